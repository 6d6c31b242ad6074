import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTrustGuard } from '@/src/ui/popover/trust';

function guarded() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  root.append(button);
  const guard = createTrustGuard(window);
  guard.attach(root);
  const seen: Array<{ type: string; activated: boolean }> = [];
  for (const type of ['click', 'keydown', 'pointerdown', 'focusin']) {
    button.addEventListener(type, (e) => seen.push({ type: e.type, activated: guard.activated() }));
  }
  const fire = (type: string, trusted: boolean) => {
    const event = new Event(type, { bubbles: true, composed: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: trusted });
    button.dispatchEvent(event);
    return event;
  };
  return { guard, seen, fire, host };
}

const setActivation = (isActive: boolean | undefined) =>
  Object.defineProperty(navigator, 'userActivation', {
    configurable: true,
    value: isActive === undefined ? undefined : { isActive },
  });

afterEach(() => {
  setActivation(undefined);
  document.body.replaceChildren();
});

describe('createTrustGuard', () => {
  it('drops a page’s synthetic events before the card sees them', () => {
    const { seen, fire } = guarded();
    for (const type of ['click', 'keydown', 'pointerdown', 'focusin']) {
      expect(fire(type, false).defaultPrevented).toBe(true);
    }
    expect(seen).toEqual([]);
  });

  it('lets the reader’s events through, activated only for a click or key being handled', () => {
    const { seen, fire, guard } = guarded();
    setActivation(true);
    fire('click', true);
    fire('keydown', true);
    fire('pointerdown', true);
    expect(seen).toEqual([
      { type: 'click', activated: true },
      { type: 'keydown', activated: true },
      { type: 'pointerdown', activated: false },
    ]);
    expect(guard.activated()).toBe(false); // The click's dispatch is over.
  });

  it('refuses an action without the browser’s user activation, even on a trusted click', () => {
    const { seen, fire } = guarded();
    setActivation(false);
    fire('click', true);
    expect(seen).toEqual([{ type: 'click', activated: false }]);
  });

  it('does not stay activated when a handler inside stops the click', () => {
    vi.useFakeTimers();
    try {
      const { fire, guard, host } = guarded();
      const stopper = (e: Event) => e.stopPropagation();
      host.shadowRoot!.querySelector('button')!.addEventListener('click', stopper);
      fire('click', true);
      vi.advanceTimersByTime(1);
      expect(guard.activated()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
