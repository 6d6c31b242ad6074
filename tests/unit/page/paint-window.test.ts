import { beforeEach, describe, expect, it } from 'vitest';
import {
  intersectionWatcher,
  PaintWindow,
  type VisibilityWatcher,
  type WatchEntry,
} from '@/src/page/paint-window';
import type { PageMention } from '@/src/page/types';

/** A watcher the test drives: it reports what the test says about each watched element. */
class FakeWatcher implements VisibilityWatcher {
  readonly watched = new Set<Element>();
  disconnected = false;
  constructor(readonly report: (entries: readonly WatchEntry[]) => void) {}
  observe(el: Element): void {
    this.watched.add(el);
  }
  unobserve(el: Element): void {
    this.watched.delete(el);
  }
  disconnect(): void {
    this.disconnected = true;
    this.watched.clear();
  }
  /** Reports every watched element: near when `near(el)`, visible when `visible(el)`. */
  tell(near: (el: Element) => boolean, visible: (el: Element) => boolean = () => false): void {
    this.report(
      [...this.watched].map((target) => ({
        target,
        near: near(target),
        visible: near(target) && visible(target),
      })),
    );
  }
}

/** Timers run by hand. */
class Timers {
  private next = 1;
  readonly waiting = new Map<number, () => void>();
  setTimeout(fn: () => void): number {
    this.waiting.set(this.next, fn);
    return this.next++;
  }
  clearTimeout(id: number): void {
    this.waiting.delete(id);
  }
  runAll(): void {
    const fns = [...this.waiting.values()];
    this.waiting.clear();
    for (const fn of fns) fn();
  }
}

let paragraphs: HTMLElement[] = [];
/** `n` paragraphs with one mention each; mention i starts in paragraph i. */
function mentions(n: number): PageMention[] {
  document.body.replaceChildren();
  paragraphs = [];
  const out: PageMention[] = [];
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.textContent = `${i} Budapest Convention`;
    document.body.append(p);
    paragraphs.push(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, String(i).length + 1);
    range.setEnd(p.firstChild!, p.firstChild!.textContent!.length);
    out.push({ instrument: 'budapest-convention', range, text: 'Budapest Convention' });
  }
  return out;
}

let painted: Set<PageMention>;
let changes: number;
let watcher: FakeWatcher | null;
let timers: Timers;
function makeWindow(limit: number, groupSize = 4): PaintWindow {
  return new PaintWindow({
    paint: (m) => {
      painted.add(m);
      changes++;
    },
    unpaint: (m) => {
      painted.delete(m);
      changes++;
    },
    watcher: (report) => (watcher = new FakeWatcher(report)),
    timers,
    limit,
    groupSize,
    deferMs: 200,
  });
}

beforeEach(() => {
  painted = new Set();
  changes = 0;
  watcher = null;
  timers = new Timers();
});

const index = (el: Element): number => paragraphs.indexOf(el as HTMLElement);

describe('PaintWindow', () => {
  it('paints every mention at once while there are no more than the limit', () => {
    const list = mentions(10);
    const win = makeWindow(10);
    win.add(list.slice(0, 3));
    win.add(list.slice(3));
    expect(painted.size).toBe(10);
    expect(win.windowed).toBe(false);
    expect(watcher).toBeNull();
  });

  it('past the limit watches groups of consecutive mentions by their first and last elements', () => {
    const list = mentions(20);
    const win = makeWindow(8, 4);
    win.add(list.slice(0, 8));
    expect(painted.size).toBe(8);
    win.add(list.slice(8));
    expect(win.windowed).toBe(true);
    // Painted mentions stay painted until the watcher's first report; the new ones wait for it.
    expect(painted.size).toBe(8);
    // Groups [0-3] [4-7] [8-11] [12-15] [16-19]: two sentinels each.
    expect([...watcher!.watched].map(index).sort((a, b) => a - b)).toEqual([
      0, 3, 4, 7, 8, 11, 12, 15, 16, 19,
    ]);
    expect(win.watchedCount).toBe(10);
  });

  it('paints the groups near the viewport, unpaints the far ones, and follows scrolling', () => {
    const list = mentions(20);
    const win = makeWindow(8, 4);
    win.add(list);
    // The first report: paragraphs 4–9 are near, 4 is visible (applied at once).
    watcher!.tell(
      (el) => index(el) >= 4 && index(el) <= 9,
      (el) => index(el) === 4,
    );
    // Groups [4-7] (both ends near) and [8-11] (its first end is near).
    expect([...painted].map((m) => list.indexOf(m)).sort((a, b) => a - b)).toEqual([
      4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(win.paintedCount).toBe(8);
    // Scrolling down out of sight of what changes: applied together after the delay.
    const before = changes;
    watcher!.tell((el) => index(el) >= 12 && index(el) <= 16);
    expect(changes).toBe(before);
    expect(timers.waiting.size).toBe(1);
    timers.runAll();
    expect([...painted].map((m) => list.indexOf(m)).sort((a, b) => a - b)).toEqual([
      12, 13, 14, 15, 16, 17, 18, 19,
    ]);
  });

  it('counts a group near while either end is, when one element ends two groups', () => {
    const list = mentions(8);
    // Two mentions in paragraph 3: groups [0..3] and [3'..] share paragraph 3.
    const extra = document.createRange();
    extra.setStart(paragraphs[3]!.firstChild!, 2);
    extra.setEnd(paragraphs[3]!.firstChild!, 10);
    const shared: PageMention = { instrument: 'budapest-convention', range: extra, text: 'x' };
    const all = [...list.slice(0, 4), shared, ...list.slice(4, 7)];
    const win = makeWindow(2, 4);
    win.add(all);
    watcher!.tell(
      (el) => index(el) === 3,
      () => true,
    );
    expect(painted.size).toBe(8);
    watcher!.tell(
      () => false,
      () => true,
    );
    timers.runAll();
    expect(painted.size).toBe(0);
  });

  it('reveals a mention far from the window, and forgets removed ones', () => {
    const list = mentions(20);
    const win = makeWindow(8, 4);
    win.add(list);
    watcher!.tell(
      (el) => index(el) < 4,
      () => true,
    );
    expect(win.isPainted(list[18]!)).toBe(false);
    win.reveal(list[18]!);
    expect(win.isPainted(list[18]!)).toBe(true);
    // Removing a whole group stops watching its elements.
    for (const m of list.slice(0, 4)) win.remove(m);
    expect(painted.has(list[0]!)).toBe(false);
    expect(watcher!.watched.has(paragraphs[0]!)).toBe(false);
    expect(watcher!.watched.has(paragraphs[3]!)).toBe(false);
    expect(watcher!.watched.has(paragraphs[4]!)).toBe(true);
  });

  it('clear forgets everything and paints all again below the limit', () => {
    const list = mentions(20);
    const win = makeWindow(8, 4);
    win.add(list);
    const first = watcher!;
    win.clear();
    expect(first.disconnected).toBe(true);
    expect(win.windowed).toBe(false);
    expect(timers.waiting.size).toBe(0);
    painted.clear();
    win.add(list.slice(0, 5));
    expect(painted.size).toBe(5);
  });

  it('paints everything when the browser has no watcher', () => {
    const list = mentions(20);
    const win = new PaintWindow({
      paint: (m) => painted.add(m),
      unpaint: (m) => painted.delete(m),
      watcher: () => null,
      timers,
      limit: 4,
    });
    win.add(list);
    expect(win.windowed).toBe(false);
    expect(painted.size).toBe(20);
  });
});

describe('intersectionWatcher', () => {
  it('is null without IntersectionObserver', () => {
    const fakeDoc = { defaultView: {} } as unknown as Document;
    expect(intersectionWatcher(fakeDoc)(() => undefined)).toBeNull();
  });

  it('observes with the document as root and a margin of viewports, and maps entries', () => {
    const made: Array<{
      options: IntersectionObserverInit;
      callback: IntersectionObserverCallback;
    }> = [];
    class FakeIO {
      constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit) {
        made.push({ callback, options });
      }
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    const fakeDoc = {} as Document;
    const fakeWin = { IntersectionObserver: FakeIO, innerHeight: 900, innerWidth: 1200 };
    (fakeDoc as { defaultView: unknown }).defaultView = fakeWin;
    const got: WatchEntry[][] = [];
    expect(intersectionWatcher(fakeDoc)((e) => got.push([...e]))).not.toBeNull();
    expect(made[0]!.options.root).toBe(fakeDoc);
    expect(made[0]!.options.rootMargin).toBe('200% 0px');
    const target = document.createElement('p');
    const rect = (top: number) => ({ top, bottom: top + 20, left: 0, right: 100 });
    made[0]!.callback(
      [
        { target, isIntersecting: true, boundingClientRect: rect(100) },
        { target, isIntersecting: true, boundingClientRect: rect(1500) },
        { target, isIntersecting: false, boundingClientRect: rect(5000) },
      ] as unknown as IntersectionObserverEntry[],
      {} as IntersectionObserver,
    );
    expect(got[0]!.map((e) => [e.near, e.visible])).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
  });
});
