import { beforeEach, describe, expect, it } from 'vitest';
import {
  intersectionWatcher,
  layoutContexts,
  PaintWindow,
  type LayoutContext,
  type VisibilityWatcher,
  type WatchEntry,
} from '@/src/page/paint-window';
import type { PageMention } from '@/src/page/types';

/** Where each element's box is in the tests' layout: paragraph i at 100·i px unless set. */
const layout = new Map<Element, { top: number; bottom: number; empty?: boolean }>();
let VIEWPORT = 1000;
let viewportWidth = 1200;
function boxOf(el: Element): { top: number; bottom: number; empty: boolean } {
  const set = layout.get(el);
  if (set) return { empty: false, ...set };
  const i = paragraphs.indexOf(el as HTMLElement);
  return { top: i * 100, bottom: i * 100 + 20, empty: false };
}

/** A watcher the test drives: it reports what the test says about each watched element. */
class FakeWatcher implements VisibilityWatcher {
  readonly watched = new Set<Element>();
  /** How many times each element was observed (a new observation reports afresh). */
  readonly observations = new Map<Element, number>();
  disconnected = false;
  constructor(readonly report: (entries: readonly WatchEntry[]) => void) {}
  observe(el: Element): void {
    this.watched.add(el);
    this.observations.set(el, (this.observations.get(el) ?? 0) + 1);
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
        ...boxOf(target),
        viewport: VIEWPORT,
        viewportWidth,
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
/** Elements in a sticky box or a scroller of their own (the rest are in the document's). */
let contextOf: Map<Element, LayoutContext>;
let contextReads: number;
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
    contexts: () => (el) => {
      contextReads++;
      return contextOf.get(el) ?? { key: null, height: Infinity };
    },
  });
}

beforeEach(() => {
  painted = new Set();
  changes = 0;
  watcher = null;
  timers = new Timers();
  layout.clear();
  VIEWPORT = 1000;
  viewportWidth = 1200;
  contextOf = new Map();
  contextReads = 0;
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

  it('past the limit measures each element once, then watches each run by its top and bottom', () => {
    const list = mentions(20);
    const win = makeWindow(8, 4);
    win.add(list.slice(0, 8));
    expect(painted.size).toBe(8);
    win.add(list.slice(8));
    expect(win.windowed).toBe(true);
    // Painted mentions stay painted until the watcher's first report; the new ones wait for it.
    expect(painted.size).toBe(8);
    // Until the first report every element is watched: its report gives its box.
    expect(watcher!.watched.size).toBe(20);
    watcher!.tell(() => false);
    // Groups [0-3] [4-7] [8-11] [12-15] [16-19], each 320 px tall: one run, two sentinels each.
    expect([...watcher!.watched].map(index).sort((a, b) => a - b)).toEqual([
      0, 3, 4, 7, 8, 11, 12, 15, 16, 19,
    ]);
    expect(win.watchedCount).toBe(10);
    // Far from the viewport: the first report unpaints what was painted.
    timers.runAll();
    expect(painted.size).toBe(0);
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

  it('paints a mention near the viewport in the middle of a group spread over many screens', () => {
    // Sixteen mentions one screen apart: the group spans 15 screens, the window five.
    const list = mentions(16);
    for (const [i, p] of paragraphs.entries())
      layout.set(p, { top: i * 1000, bottom: i * 1000 + 20 });
    const win = makeWindow(4, 16);
    win.add(list);
    expect(watcher!.watched.size).toBe(16);
    // Scrolled to paragraph 8 (in view); 6–10 are within two viewports of it.
    const near = (el: Element): boolean => Math.abs(index(el) - 8) <= 2;
    watcher!.tell(near, (el) => index(el) === 8);
    // Runs are no taller than two viewports: [0,1] [2,3] … [14,15], watched by both ends.
    expect(win.watchedCount).toBe(16);
    expect([...painted].map((m) => list.indexOf(m)).sort((a, b) => a - b)).toEqual([
      6, 7, 8, 9, 10, 11,
    ]);
    // The group's own ends (0 and 15) are far: watching only them would paint nothing here.
    expect(near(paragraphs[0]!) || near(paragraphs[15]!)).toBe(false);
    // Scrolling on to paragraph 13: 12–15 painted, the rest unpainted after the delay.
    watcher!.tell((el) => index(el) >= 11);
    timers.runAll();
    expect([...painted].map((m) => list.indexOf(m)).sort((a, b) => a - b)).toEqual([
      10, 11, 12, 13, 14, 15,
    ]);
  });

  it('paints every mention within the window when the group mixes dense and sparse mentions', () => {
    // A table of rows: mentions 0–11 in adjacent rows, then 12–15 three screens apart each.
    const list = mentions(16);
    for (const [i, p] of paragraphs.entries()) {
      const top = i < 12 ? i * 30 : 400 + (i - 11) * 3000;
      layout.set(p, { top, bottom: top + 30 });
    }
    const win = makeWindow(4, 16);
    win.add(list);
    const inWindow = (from: number, to: number) => (el: Element) => {
      const { top, bottom } = boxOf(el);
      return bottom >= from && top <= to;
    };
    // The reader at 9,000 px: the window is 7,000–12,000 px; mention 14 (9,400 px) is in it.
    watcher!.tell(inWindow(7000, 12000), inWindow(9000, 10000));
    expect([...painted].map((m) => list.indexOf(m))).toEqual([14]);
    // The dense rows are one run: two watched elements for twelve mentions.
    expect(win.watchedCount).toBe(2 + 4);
  });

  it('paints a mention in a sticky box wherever the reader has scrolled', () => {
    // Mention 5 is in a sticky box among the rows, measured where it sits before any scroll.
    const list = mentions(16);
    for (const [i, p] of paragraphs.entries()) {
      layout.set(p, { top: i * 40, bottom: i * 40 + 20 });
    }
    const sticky = paragraphs[5]!;
    contextOf.set(sticky, { key: sticky, height: Infinity });
    const win = makeWindow(4, 16);
    win.add(list);
    watcher!.tell(
      () => true,
      () => true,
    );
    expect(painted.size).toBe(16);
    // Its own run, apart from the rows around it: watched by its own element.
    expect(win.watchedCount).toBe(3);
    expect(watcher!.watched.has(sticky)).toBe(true);
    // Scrolled 40 screens down: the rows (and the group's ends, 0 and 15) are far; the sticky
    // box has come along, in view.
    watcher!.tell(
      (el) => el === sticky,
      (el) => el === sticky,
    );
    timers.runAll();
    expect([...painted].map((m) => list.indexOf(m))).toEqual([5]);
  });

  it('runs mentions out of document order by where they are laid out', () => {
    // Mention 5 sits in a box positioned 30 screens below the others (absolute positioning).
    const list = mentions(16);
    for (const [i, p] of paragraphs.entries()) layout.set(p, { top: i * 40, bottom: i * 40 + 20 });
    layout.set(paragraphs[5]!, { top: 30_000, bottom: 30_020 });
    const win = makeWindow(4, 16);
    win.add(list);
    watcher!.tell(() => false);
    // The others run by their top (0) and bottom (15), mention 5 alone.
    expect(new Set([...watcher!.watched].map(index))).toEqual(new Set([0, 15, 5]));
    expect(win.watchedCount).toBe(3);
    watcher!.tell(
      (el) => boxOf(el).top > 25_000,
      () => true,
    );
    expect([...painted].map((m) => list.indexOf(m))).toEqual([5]);
  });

  it("keeps a scroller's mentions in runs no taller than the scroller", () => {
    // Mentions 0–7 in a 150 px scroller, 100 px apart: runs of two (0–120 px tall).
    const list = mentions(8);
    const scroller = document.createElement('div');
    for (const p of paragraphs) contextOf.set(p, { key: scroller, height: 150 });
    const win = makeWindow(4, 8);
    win.add(list);
    watcher!.tell(() => false);
    expect(win.watchedCount).toBe(8);
    watcher!.tell(
      (el) => index(el) === 5,
      () => true,
    );
    expect([...painted].map((m) => list.indexOf(m)).sort()).toEqual([4, 5]);
  });

  it('measures the rest of a run again when the element watching it leaves the page', () => {
    const list = mentions(8);
    const win = makeWindow(4, 8);
    win.add(list);
    watcher!.tell(() => false);
    expect(new Set([...watcher!.watched].map(index))).toEqual(new Set([0, 7]));
    // Mention 0 goes (its paragraph was removed): the others are measured again…
    win.remove(list[0]!);
    expect(watcher!.watched.size).toBe(7);
    expect(watcher!.watched.has(paragraphs[0]!)).toBe(false);
    watcher!.tell((el) => index(el) === 1);
    // … and watched by their new top and bottom.
    expect(new Set([...watcher!.watched].map(index))).toEqual(new Set([1, 7]));
    timers.runAll();
    expect([...painted].map((m) => list.indexOf(m)).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Removing a member that is not a sentinel changes nothing watched.
    win.remove(list[3]!);
    expect(new Set([...watcher!.watched].map(index))).toEqual(new Set([1, 7]));
    expect(painted.has(list[3]!)).toBe(false);
  });

  it('measures mentions without a box again once their box appears', () => {
    // A collapsed section: mentions 0–7 have no box, then it opens over 8 screens.
    const list = mentions(8);
    for (const p of paragraphs) layout.set(p, { top: 0, bottom: 0, empty: true });
    const win = makeWindow(4, 8);
    win.add(list);
    watcher!.tell(() => false);
    expect(new Set([...watcher!.watched].map(index))).toEqual(new Set([0, 7]));
    for (const [i, p] of paragraphs.entries())
      layout.set(p, { top: i * 1000, bottom: i * 1000 + 20 });
    // Opened: its first paragraph reports a box (near); every member is measured again.
    watcher!.tell((el) => index(el) === 0);
    expect(watcher!.watched.size).toBe(8);
    watcher!.tell(
      (el) => index(el) >= 3 && index(el) <= 5,
      (el) => index(el) === 4,
    );
    expect([...painted].map((m) => list.indexOf(m)).sort()).toEqual([2, 3, 4, 5]);
  });

  it('measures afresh on a rescan and measures added mentions alone', () => {
    const list = mentions(12);
    const win = makeWindow(4, 4);
    win.add(list.slice(0, 8));
    watcher!.tell(() => false);
    expect(win.watchedCount).toBe(4);
    const reads = contextReads;
    // A block added later (infinite scroll): only its mentions are measured.
    win.add(list.slice(8));
    expect(watcher!.watched.size).toBe(8);
    watcher!.tell((el) => index(el) >= 8);
    expect(contextReads - reads).toBe(4);
    timers.runAll();
    expect([...painted].map((m) => list.indexOf(m))).toEqual([8, 9, 10, 11]);
    // A full rescan: clear, then everything is measured again from nothing.
    win.clear();
    painted.clear();
    win.add(list);
    expect(watcher!.watched.size).toBe(12);
    watcher!.tell((el) => index(el) < 4);
    timers.runAll();
    expect([...painted].map((m) => list.indexOf(m))).toEqual([0, 1, 2, 3]);
  });

  it('measures every run again when a resize reflows the page', () => {
    const list = mentions(8);
    const win = makeWindow(4, 8);
    win.add(list);
    watcher!.tell((el) => index(el) < 2);
    timers.runAll();
    expect(win.watchedCount).toBe(2);
    expect(painted.size).toBe(8);
    // A phone turned: a third of the width, the paragraphs three times as far apart.
    viewportWidth = 400;
    for (const [i, p] of paragraphs.entries())
      layout.set(p, { top: i * 900, bottom: i * 900 + 60 });
    watcher!.tell((el) => index(el) < 2);
    expect(watcher!.watched.size).toBe(8);
    // Still painted until the runs' first reports say otherwise.
    expect(painted.size).toBe(8);
    watcher!.tell(
      (el) => index(el) < 2,
      (el) => index(el) === 0,
    );
    // Runs of two viewports (2,000 px) with 900 px between paragraphs: [0–2] [3–5] [6–7].
    expect(win.watchedCount).toBe(6);
    expect([...painted].map((m) => list.indexOf(m)).sort()).toEqual([0, 1, 2]);
    // A small change (a scrollbar appearing) measures nothing again.
    viewportWidth = 1190 / 3;
    watcher!.tell((el) => index(el) < 3);
    expect(win.watchedCount).toBe(6);
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

describe('layoutContexts', () => {
  it('finds the nearest sticky, fixed or clipping box, through shadow roots', () => {
    /** A div with `style`, holding a paragraph; returns both. */
    const box = (style: string): { div: HTMLElement; p: HTMLElement } => {
      const div = document.createElement('div');
      div.setAttribute('style', style);
      const p = document.createElement('p');
      p.textContent = 'x';
      div.append(p);
      document.body.append(div);
      return { div, p };
    };
    document.body.replaceChildren();
    const plain = box('');
    const sticky = box('position: sticky; top: 0');
    const scroller = box('overflow-y: auto');
    const host = box('');
    const shadow = host.div.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('p');
    shadow.append(inShadow);
    const read = layoutContexts();
    expect(read(plain.p)).toEqual({ key: null, height: Infinity });
    expect(read(sticky.p)).toEqual({ key: sticky.div, height: Infinity });
    expect(read(scroller.p)).toEqual({ key: scroller.div, height: scroller.div.clientHeight });
    expect(read(inShadow).key).toBeNull();
    host.div.style.position = 'fixed';
    // Remembered: one reader per scan (a rescan makes a new one).
    expect(read(inShadow).key).toBeNull();
    expect(layoutContexts()(inShadow).key).toBe(host.div);
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
    const fakeWin = {
      IntersectionObserver: FakeIO,
      innerHeight: 900,
      innerWidth: 1200,
      scrollY: 3000,
    };
    (fakeDoc as { defaultView: unknown }).defaultView = fakeWin;
    const got: WatchEntry[][] = [];
    expect(intersectionWatcher(fakeDoc)((e) => got.push([...e]))).not.toBeNull();
    expect(made[0]!.options.root).toBe(fakeDoc);
    expect(made[0]!.options.rootMargin).toBe('200% 0px');
    const target = document.createElement('p');
    const rect = (top: number) => ({
      top,
      bottom: top + 20,
      left: 0,
      right: 100,
      width: 100,
      height: 20,
    });
    made[0]!.callback(
      [
        { target, isIntersecting: true, boundingClientRect: rect(100) },
        { target, isIntersecting: true, boundingClientRect: rect(1500) },
        { target, isIntersecting: false, boundingClientRect: rect(5000) },
        {
          target,
          isIntersecting: false,
          boundingClientRect: { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 },
        },
      ] as unknown as IntersectionObserverEntry[],
      {} as IntersectionObserver,
    );
    expect(got[0]!.map((e) => [e.near, e.visible])).toEqual([
      [true, true],
      [true, false],
      [false, false],
      [false, false],
    ]);
    // Boxes in document coordinates (scrolled 3,000 px), with the viewport they were taken in.
    expect(got[0]![1]).toMatchObject({ top: 4500, bottom: 4520, empty: false, viewport: 900 });
    expect(got[0]![1]!.viewportWidth).toBe(1200);
    expect(got[0]![3]!.empty).toBe(true);
  });
});
