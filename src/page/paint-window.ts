import type { PageMention } from './types';

/** What a visibility watcher reports about one watched element. */
export interface WatchEntry {
  target: Element;
  /** Within the watcher's margin around the viewport: its mentions should be painted. */
  near: boolean;
  /** Inside the viewport itself: the reader sees it now, so painting it cannot wait. */
  visible: boolean;
  /** The top of the element's box, in px from the top of the document. */
  top: number;
  /** The bottom of the element's box, in px from the top of the document. */
  bottom: number;
  /** The element has no box (hidden, `display: contents`): its position says nothing. */
  empty: boolean;
  /** The viewport's height when the element was measured, in px. */
  viewport: number;
  /** The viewport's width then, in px (a resize reflows the page: runs are measured again). */
  viewportWidth: number;
}

/** Watches elements' distance to the viewport (an IntersectionObserver, or a fake in tests). */
export interface VisibilityWatcher {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

/** Makes a watcher that reports changes to `onChange`; null where the browser has none. */
export type WatcherFactory = (
  onChange: (entries: readonly WatchEntry[]) => void,
) => VisibilityWatcher | null;

/** How far around the viewport mentions are painted, in viewport heights above and below. */
export const WINDOW_MARGIN = '200%';

type ObserverWindow = Window & { IntersectionObserver?: typeof IntersectionObserver };

/**
 * An IntersectionObserver on the frame's own viewport (`root: document`, so the margin applies
 * in iframes too), with a margin of {@link WINDOW_MARGIN} above and below. The browser computes the
 * geometry, so positioned boxes, columns and transforms are handled as painted. Null without the
 * API (the caller then paints everything).
 */
export function intersectionWatcher(doc: Document): WatcherFactory {
  return (onChange) => {
    const win = doc.defaultView as ObserverWindow | null;
    const IO = win?.IntersectionObserver;
    if (!win || typeof IO !== 'function') return null;
    const callback = (entries: IntersectionObserverEntry[]): void => {
      const height = win.innerHeight;
      const width = win.innerWidth;
      // The observer's rects are relative to the viewport; in document coordinates, members
      // reported in different callbacks (different scroll positions) compare.
      const scrollY = win.scrollY;
      onChange(
        entries.map((e) => {
          const r = e.boundingClientRect;
          return {
            target: e.target,
            near: e.isIntersecting,
            visible:
              e.isIntersecting &&
              r.bottom >= 0 &&
              r.top <= height &&
              r.right >= 0 &&
              r.left <= width,
            top: r.top + scrollY,
            bottom: r.bottom + scrollY,
            empty: r.width === 0 && r.height === 0,
            viewport: height,
            viewportWidth: width,
          };
        }),
      );
    };
    const options = { rootMargin: `${WINDOW_MARGIN} 0px` };
    try {
      return new IO(callback, { ...options, root: doc });
    } catch {
      // A browser without a document root: the top-level viewport (the margin still applies to
      // same-origin frames).
      try {
        return new IO(callback, options);
      } catch {
        return null;
      }
    }
  };
}

/**
 * What an element's position moves with and is clipped by: its nearest ancestor (or itself)
 * that is `position: fixed`/`sticky` or clips its overflow (a scroller), or null for the
 * document. Elements of one context keep their distances when the reader scrolls the document.
 */
export interface LayoutContext {
  key: Element | null;
  /** The height of the box that clips it (the smallest on the way up), in px; else Infinity. */
  height: number;
}

/** Reads an element's {@link LayoutContext} (computed styles, or a fake in tests). */
export type ContextReader = (el: Element) => LayoutContext;

const DOCUMENT_CONTEXT: LayoutContext = { key: null, height: Infinity };

/** Overflow values whose box clips what the watcher sees of its content. */
const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto', 'overlay']);

/**
 * A {@link ContextReader} from computed styles, remembering each element it passes (mentions
 * share ancestors, so a page of 20,000 paragraphs costs about one style read per paragraph).
 * Read from the watcher's callback, after the browser's layout, so no read forces one.
 */
export function layoutContexts(): ContextReader {
  const known = new WeakMap<Element, LayoutContext>();
  const read = (el: Element): LayoutContext => {
    const cached = known.get(el);
    if (cached) return cached;
    const doc = el.ownerDocument;
    let context = DOCUMENT_CONTEXT;
    if (el !== doc.body && el !== doc.documentElement) {
      const parent = el.parentElement ?? hostOf(el);
      const outer = parent ? read(parent) : DOCUMENT_CONTEXT;
      const style = doc.defaultView?.getComputedStyle(el);
      const moves = style?.position === 'fixed' || style?.position === 'sticky';
      const clipped =
        style !== undefined && (CLIPPING.has(style.overflowX) || CLIPPING.has(style.overflowY));
      context =
        moves || clipped
          ? { key: el, height: Math.min(outer.height, clipped ? el.clientHeight : Infinity) }
          : outer;
    }
    known.set(el, context);
    return context;
  };
  return read;
}

/** Timers the window's deferred updates use (the page's window, or fakes in tests). */
export interface WindowTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Options of a {@link PaintWindow}. */
export interface PaintWindowOptions {
  /** Registers a mention's range in its highlight. */
  paint(mention: PageMention): void;
  /** Takes a mention's range out of its highlight. */
  unpaint(mention: PageMention): void;
  /** Where the watcher comes from; null paints everything. */
  watcher: WatcherFactory | null;
  timers: WindowTimers;
  /** Up to this many mentions, all are painted; past it, only those near the viewport. */
  limit?: number;
  /** How long changes out of sight wait, so that scrolling repaints a few times a second. */
  deferMs?: number;
  /** Consecutive mentions measured together (tests use small groups). */
  groupSize?: number;
  /** Makes the reader of layout contexts (default: {@link layoutContexts}; fakes in tests). */
  contexts?: () => ContextReader;
}

/** Mentions on a page up to which every one is painted. */
export const PAINT_ALL_LIMIT = 1000;
/** How long the window waits to apply changes the reader does not see yet. */
export const WINDOW_DEFER_MS = 200;
/** Consecutive mentions measured together, then split into runs by their layout. */
export const GROUP_SIZE = 16;
/**
 * The tallest a run may be, in viewport heights. A run watched by its top and bottom elements is
 * painted whenever one of its mentions is within the window as long as it is no taller than the
 * window (five viewports); two leave room for the layout to change after it was measured.
 */
export const RUN_SPAN_VIEWPORTS = 2;
/**
 * A viewport this much narrower, wider, shorter or taller than the one runs were measured in
 * (a window resized, a phone turned) has reflowed the page: every run is measured again.
 */
export const RESIZE_REMEASURE = 0.2;

/** Mentions painted and unpainted together, watched by a few of their elements. */
interface Group {
  mentions: Set<PageMention>;
  /** While measuring, every member's element; then the run's top and bottom ones. */
  sentinels: Element[];
  /** Waits for the watcher's first report on every member's element (their layout). */
  measuring: boolean;
  /** Its members had no box when measured: the first box that appears measures them again. */
  unboxed: boolean;
}

/** The last report on a watched element. */
interface Box {
  top: number;
  bottom: number;
  empty: boolean;
  viewport: number;
}

/**
 * Decides which mentions are registered in the highlights. Chromium re-validates every registered
 * range of every highlight whenever any highlight changes (measured: a change costs about 10 ms
 * per 1,000 registered ranges in the frame after it, on top of what the page's size costs), so
 * on a page with 20,000 mentions every later change (a hover, a DOM change, the scan's next
 * commit) made a frame of 200–300 ms. Up to {@link PAINT_ALL_LIMIT} mentions all are painted;
 * past it, only the mentions near the viewport (within {@link WINDOW_MARGIN} above and below),
 * following the reader as they scroll: changes out of sight are applied together after
 * {@link WINDOW_DEFER_MS}, one the reader sees at once. The engine's list keeps every mention
 * (popup, badge, hit-testing, keyboard): only painting is windowed.
 *
 * Watching 20,000 elements cost the browser 40–110 ms per frame, so each element is watched only
 * until the watcher's first report gives its box. Each {@link GROUP_SIZE} consecutive mentions
 * are then split into runs by layout: per {@link LayoutContext} (a sticky or fixed box, a
 * scroller, the document), sorted by position, no taller than {@link RUN_SPAN_VIEWPORTS}
 * viewports (nor than their scroller). A run is watched by its top and bottom elements and
 * painted while either is near: a run no taller than the window has one of them within it
 * whenever any of its mentions is, however far apart the mentions are in the document, and a
 * sticky box's mentions move with their own sentinels. On a page of paragraphs a group is one run
 * (two watched elements for 16 mentions); sparse mentions make more runs, down to one element
 * each.
 */
export class PaintWindow {
  private readonly painted = new Set<PageMention>();
  private readonly groupOf = new Map<PageMention, Group>();
  /** The groups each watched element is a sentinel of. */
  private readonly watched = new Map<Element, Set<Group>>();
  /** Elements the watcher last reported near the viewport. */
  private readonly nearElements = new Set<Element>();
  /** What the watcher last reported of each watched element's box since it was (re)observed. */
  private readonly boxes = new Map<Element, Box>();
  private readonly pending = new Set<Group>();
  private watcher: VisibilityWatcher | null = null;
  private timer: number | null = null;
  private readonly limit: number;
  private readonly deferMs: number;
  private readonly groupSize: number;
  private readonly makeContexts: () => ContextReader;
  private contexts: ContextReader;
  /** The viewport the runs were measured in (null before the first report). */
  private measuredIn: { width: number; height: number } | null = null;
  private total = 0;

  constructor(private readonly options: PaintWindowOptions) {
    this.limit = options.limit ?? PAINT_ALL_LIMIT;
    this.deferMs = options.deferMs ?? WINDOW_DEFER_MS;
    this.groupSize = options.groupSize ?? GROUP_SIZE;
    this.makeContexts = options.contexts ?? layoutContexts;
    this.contexts = this.makeContexts();
  }

  /** Whether only the mentions near the viewport are painted. */
  get windowed(): boolean {
    return this.watcher !== null;
  }

  /** Whether a mention's range is registered now. */
  isPainted(mention: PageMention): boolean {
    return this.painted.has(mention);
  }

  /** How many mentions are registered now. */
  get paintedCount(): number {
    return this.painted.size;
  }

  /** How many elements are watched (tests, benchmarks). */
  get watchedCount(): number {
    return this.watched.size;
  }

  /**
   * Takes new mentions (consecutive on the page, in order): painted at once while few, else
   * measured, then painted when near.
   */
  add(mentions: readonly PageMention[]): void {
    this.total += mentions.length;
    if (!this.watcher && this.total > this.limit) this.startWindow();
    if (!this.watcher) {
      for (const mention of mentions) this.show(mention);
      return;
    }
    this.watchGroups(mentions);
  }

  /** Forgets a mention (removed from the page): unpainted, and its group no longer holds it. */
  remove(mention: PageMention): void {
    this.total = Math.max(0, this.total - 1);
    this.hide(mention);
    const group = this.groupOf.get(mention);
    if (!group) return;
    this.groupOf.delete(mention);
    group.mentions.delete(mention);
    if (group.mentions.size === 0) {
      this.detach(group);
      return;
    }
    // A sentinel no remaining member holds would watch for nothing (and may have left the page):
    // the rest are measured again, which picks their new top and bottom.
    const el = anchorOf(mention);
    if (!el || !group.sentinels.includes(el)) return;
    for (const other of group.mentions) if (anchorOf(other) === el) return;
    this.remeasure(group);
  }

  /** Paints a mention now, wherever it is (the one the reader moves to by keyboard or list). */
  reveal(mention: PageMention): void {
    this.show(mention);
  }

  /** Forgets everything (a full rescan or stop): unpaints nothing, the caller clears highlights. */
  clear(): void {
    this.watcher?.disconnect();
    this.watcher = null;
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
    this.painted.clear();
    this.groupOf.clear();
    this.watched.clear();
    this.nearElements.clear();
    this.boxes.clear();
    this.pending.clear();
    this.contexts = this.makeContexts();
    this.measuredIn = null;
    this.total = 0;
  }

  private startWindow(): void {
    const factory = this.options.watcher;
    this.watcher = factory ? factory((entries) => this.onEntries(entries)) : null;
    // What is painted stays painted until the watcher's first report says it is far.
    if (this.watcher) this.watchGroups([...this.painted]);
  }

  private watchGroups(mentions: readonly PageMention[]): void {
    for (let i = 0; i < mentions.length; i += this.groupSize) {
      this.measure(mentions.slice(i, i + this.groupSize));
    }
  }

  /** Watches every member's element until the watcher reports its box; then splits into runs. */
  private measure(members: readonly PageMention[]): void {
    const sentinels = new Set<Element>();
    const kept: PageMention[] = [];
    for (const mention of members) {
      const el = anchorOf(mention);
      if (el) {
        sentinels.add(el);
        kept.push(mention);
      } else {
        this.groupOf.delete(mention);
        this.show(mention); // Nothing to watch: keep it painted.
      }
    }
    if (kept.length === 0) return;
    const group: Group = {
      mentions: new Set(kept),
      sentinels: [...sentinels],
      measuring: true,
      unboxed: false,
    };
    for (const mention of kept) this.groupOf.set(mention, group);
    for (const el of group.sentinels) {
      // Observed again, so the box it reports is today's, not the one of its last report.
      if (this.watched.has(el)) this.watcher!.unobserve(el);
      this.boxes.delete(el);
      this.watch(el, group);
      this.watcher!.observe(el);
    }
  }

  /** Measures a group's members again (a sentinel left, or a box appeared). */
  private remeasure(group: Group): void {
    this.detach(group);
    this.measure([...group.mentions]);
  }

  private onEntries(entries: readonly WatchEntry[]): void {
    let urgent = false;
    const measured = new Set<Group>();
    const boxed = new Set<Group>();
    for (const entry of entries) {
      const groups = this.watched.get(entry.target);
      if (!groups) continue;
      const { top, bottom, empty, viewport } = entry;
      const first = !this.boxes.has(entry.target);
      this.boxes.set(entry.target, { top, bottom, empty, viewport });
      if (!first && this.nearElements.has(entry.target) === entry.near) continue;
      if (entry.visible) urgent = true;
      if (entry.near) this.nearElements.add(entry.target);
      else this.nearElements.delete(entry.target);
      for (const group of groups) {
        if (group.measuring) measured.add(group);
        else if (group.unboxed && !empty) boxed.add(group);
        else this.pending.add(group);
      }
    }
    for (const group of boxed) this.remeasure(group);
    const last = entries.at(-1);
    if (last && this.resized(last.viewportWidth, last.viewport)) {
      this.remeasureAll();
      return; // Painted mentions stay painted until their runs' first reports.
    }
    for (const group of measured) {
      if (group.sentinels.every((el) => this.boxes.has(el))) this.settle(group);
    }
    if (urgent) this.apply();
    else if (this.timer === null && this.pending.size > 0) {
      this.timer = this.options.timers.setTimeout(() => this.apply(), this.deferMs);
    }
  }

  /** Whether the viewport changed enough since runs were measured for the page to reflow. */
  private resized(width: number, height: number): boolean {
    const was = this.measuredIn;
    this.measuredIn ??= { width, height };
    if (!was) return false;
    const changed = (now: number, then: number): boolean =>
      Math.abs(now - then) > RESIZE_REMEASURE * Math.max(then, 1);
    if (!changed(width, was.width) && !changed(height, was.height)) return false;
    this.measuredIn = { width, height };
    return true;
  }

  /** Measures every group again: a resize moved everything (and may have changed the styles). */
  private remeasureAll(): void {
    this.contexts = this.makeContexts();
    this.pending.clear();
    const groups = new Set(this.groupOf.values());
    for (const group of groups) this.remeasure(group);
  }

  /** Replaces a measured group by its runs, each watched by its top and bottom elements. */
  private settle(group: Group): void {
    const runs = this.runsOf(group);
    // The runs are watched before the group lets go, so elements they keep stay observed.
    for (const run of runs) {
      for (const mention of run.mentions) this.groupOf.set(mention, run);
      for (const el of run.sentinels) this.watch(el, run);
      this.pending.add(run);
    }
    this.detach(group);
  }

  private runsOf(group: Group): Group[] {
    type Item = { mention: PageMention; el: Element; box: Box };
    const byContext = new Map<Element | null, { height: number; items: Item[] }>();
    const unboxed: Item[] = [];
    for (const mention of group.mentions) {
      const el = anchorOf(mention)!;
      const box = this.boxes.get(el)!;
      if (box.empty) {
        unboxed.push({ mention, el, box });
        continue;
      }
      const context = this.contexts(el);
      const entry = byContext.get(context.key) ?? { height: context.height, items: [] };
      entry.items.push({ mention, el, box });
      byContext.set(context.key, entry);
    }
    const runs: Group[] = [];
    const run = (items: Item[], sentinels: Element[], isUnboxed: boolean): void => {
      runs.push({
        mentions: new Set(items.map((i) => i.mention)),
        sentinels: [...new Set(sentinels)],
        measuring: false,
        unboxed: isUnboxed,
      });
    };
    for (const { height, items } of byContext.values()) {
      items.sort((a, b) => a.box.top - b.box.top);
      const span = Math.min(RUN_SPAN_VIEWPORTS * items[0]!.box.viewport, height);
      let current: Item[] = [];
      let lowest: Item | null = null;
      for (const item of items) {
        if (lowest && Math.max(lowest.box.bottom, item.box.bottom) - current[0]!.box.top > span) {
          run(current, [current[0]!.el, lowest.el], false);
          current = [];
          lowest = null;
        }
        current.push(item);
        if (!lowest || item.box.bottom > lowest.box.bottom) lowest = item;
      }
      if (lowest) run(current, [current[0]!.el, lowest.el], false);
    }
    // Without boxes there is no layout to split by: watched by the first and the last, and
    // measured again as soon as one of them reports a box (a hidden part of the page opened).
    if (unboxed.length > 0) run(unboxed, [unboxed[0]!.el, unboxed.at(-1)!.el], true);
    return runs;
  }

  private watch(el: Element, group: Group): void {
    const groups = this.watched.get(el);
    if (groups) groups.add(group);
    else this.watched.set(el, new Set([group]));
  }

  /** Stops watching a group: elements no other group watches are unobserved. */
  private detach(group: Group): void {
    this.pending.delete(group);
    for (const el of group.sentinels) {
      const groups = this.watched.get(el);
      if (!groups) continue;
      groups.delete(group);
      if (groups.size > 0) continue;
      this.watched.delete(el);
      this.nearElements.delete(el);
      this.boxes.delete(el);
      this.watcher?.unobserve(el);
    }
  }

  /** Applies every pending change in one go: one revalidation of the highlights, not many. */
  private apply(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
    for (const group of this.pending) {
      const near = group.sentinels.some((el) => this.nearElements.has(el));
      for (const mention of group.mentions) {
        if (near) this.show(mention);
        else this.hide(mention);
      }
    }
    this.pending.clear();
  }

  private show(mention: PageMention): void {
    if (this.painted.has(mention)) return;
    this.painted.add(mention);
    this.options.paint(mention);
  }

  private hide(mention: PageMention): void {
    if (!this.painted.delete(mention)) return;
    this.options.unpaint(mention);
  }
}

/** The element that holds the start of a mention's range. */
function anchorOf(mention: PageMention): Element | null {
  const node = mention.range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The host of the shadow root an element is the top of, if any. */
function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  // A document fragment with a host (no global ShadowRoot needed: frames have their own).
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}
