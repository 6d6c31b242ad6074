import { describe, expect, it, vi } from 'vitest';
import { createReporter, mentionReports, sameReports } from '@/src/content/reporter';
import type { PageEngine } from '@/src/page/engine';
import type { PageMention } from '@/src/page/types';

function fakeEngine(mentions: PageMention[]): PageEngine {
  return { mentions: () => mentions } as unknown as PageEngine;
}
const mention = (text: string): PageMention => ({
  instrument: 'budapest-convention',
  text,
  range: {} as Range,
});

describe('createReporter', () => {
  it('sends one report per burst of changes, in document order, and skips unchanged lists', async () => {
    vi.useFakeTimers();
    const list = [mention('Budapest Convention')];
    const send = vi.fn(() => Promise.resolve());
    const reporter = createReporter(send, fakeEngine(list), {
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    });
    reporter.schedule();
    reporter.schedule();
    list.push(mention('x'.repeat(300)));
    await vi.advanceTimersByTimeAsync(300);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith([
      { instrument: 'budapest-convention', text: 'Budapest Convention' },
      { instrument: 'budapest-convention', text: 'x'.repeat(200) },
    ]);
    reporter.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(send).toHaveBeenCalledTimes(1);
    list.length = 0;
    await reporter.flush();
    expect(send).toHaveBeenLastCalledWith([]);
    vi.useRealTimers();
  });

  it('reports the words around each mention, within the protocol’s bounds', () => {
    const list: PageMention[] = [
      {
        ...mention('Budapest Convention'),
        snippet: { before: `${'x'.repeat(100)}joined the `, after: ' in 2004.' },
      },
    ];
    const [report] = mentionReports(fakeEngine(list));
    expect(report).toEqual({
      instrument: 'budapest-convention',
      text: 'Budapest Convention',
      before: `${'x'.repeat(69)}joined the `,
      after: ' in 2004.',
    });
    expect(report!.before!.length).toBe(80);
  });
});

describe('createReporter on a frame without mentions', () => {
  it('sends nothing while the list has always been empty', async () => {
    vi.useFakeTimers();
    const send = vi.fn(() => Promise.resolve());
    const reporter = createReporter(send, fakeEngine([]), {
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    });
    reporter.schedule();
    await vi.advanceTimersByTimeAsync(300);
    await reporter.flush();
    expect(send).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('keeps going when the background cannot store a report', async () => {
    const list = [mention('Budapest Convention')];
    const send = vi.fn(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    const reporter = createReporter(send, fakeEngine(list), {
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    });
    await expect(reporter.flush()).resolves.toBeUndefined();
    list.push(mention('Hanoi Convention'));
    await reporter.flush();
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('sameReports', () => {
  const a = { instrument: 'budapest-convention' as const, text: 'Budapest Convention' };
  it('compares every field of every report, in order', () => {
    expect(sameReports([], [])).toBe(true);
    expect(sameReports([a], [{ ...a }])).toBe(true);
    expect(sameReports([a], [a, a])).toBe(false);
    expect(sameReports([a], [{ ...a, text: 'Budapest convention' }])).toBe(false);
    expect(sameReports([a], [{ ...a, instrument: 'un-cybercrime-convention' }])).toBe(false);
    expect(sameReports([a], [{ ...a, before: 'the' }])).toBe(false);
    expect(sameReports([{ ...a, after: 'in' }], [{ ...a, after: 'in' }])).toBe(true);
    expect(sameReports([{ ...a, after: 'in' }], [{ ...a, after: 'on' }])).toBe(false);
  });
});
