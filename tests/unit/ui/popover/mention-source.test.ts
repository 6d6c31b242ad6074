import { describe, expect, it } from 'vitest';
import { mentionSource } from '@/src/ui/popover/index';

interface M {
  instrument: 'budapest-convention';
  range: Range;
}

/** An engine whose list and active mention change as a test says, telling its listeners. */
function fakeEngine() {
  let list: M[] = [];
  let active: M | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const m = (): M => ({ instrument: 'budapest-convention', range: document.createRange() });
  return {
    engine: {
      mentions: () => list,
      mentionAt: () => list[0] ?? null,
      setActive: (next: M | null) => {
        active = next;
        emit();
      },
      onChange: (l: () => void) => {
        listeners.add(l);
        return () => void listeners.delete(l);
      },
    },
    push: () => {
      list.push(m());
      emit();
    },
    replace: () => {
      list = [m()];
      emit();
    },
    active: () => active,
    listeners,
  };
}

describe('mentionSource', () => {
  it('tells of changes of the mention list, not of the active mention', () => {
    const fake = fakeEngine();
    const source = mentionSource(fake.engine);
    let calls = 0;
    const off = source.onChange!(() => calls++);
    fake.push(); // found more (the same list, longer)
    expect(calls).toBe(1);
    source.setActive(0); // a card opened
    source.setActive(null); // and closed
    expect(fake.active()).toBeNull();
    expect(calls).toBe(1);
    fake.replace(); // a full rescan's new list
    expect(calls).toBe(2);
    off();
    fake.push();
    expect(calls).toBe(2);
    expect(fake.listeners.size).toBe(0);
  });
});
