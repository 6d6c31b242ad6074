import type { PageMention } from './types';

/** What a visibility watcher reports about one watched element. */
export interface WatchEntry {
  target: Element;
  /** Within the watcher's margin around the viewport: its mentions should be painted. */
  near: boolean;
  /** Inside the viewport itself: the reader sees it now, so painting it cannot wait. */
  visible: boolean;
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
  /** Consecutive mentions watched together (tests use small groups). */
  groupSize?: number;
}

/** Mentions on a page up to which every one is painted. */
export const PAINT_ALL_LIMIT = 1000;
/** How long the window waits to apply changes the reader does not see yet. */
export const WINDOW_DEFER_MS = 200;
/** Consecutive mentions watched together (by the elements of the first and the last). */
export const GROUP_SIZE = 16;

/** Consecutive mentions (in the order they were found) painted and unpainted together. */
interface Group {
  mentions: Set<PageMention>;
  sentinels: Element[];
  /** How many of its sentinels the watcher last reported near. */
  near: number;
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
 * Watching 20,000 elements cost the browser 40–110 ms per frame, so mentions are watched in groups
 * of {@link GROUP_SIZE} consecutive ones, by the elements of the group's first and last mention:
 * a group is painted while either is near. (A group whose ends are both far while a mention
 * between them is in view — 16 mentions spread over more than five screens, or out of document
 * order — is not painted until an end comes near.)
 */
export class PaintWindow {
  private readonly painted = new Set<PageMention>();
  private readonly groupOf = new Map<PageMention, Group>();
  /** The groups each watched element is a sentinel of. */
  private readonly watched = new Map<Element, Group[]>();
  /** Elements the watcher last reported near the viewport. */
  private readonly nearElements = new Set<Element>();
  /** Elements the watcher reported at least once (its first report settles their groups). */
  private readonly reported = new Set<Element>();
  private readonly pending = new Set<Group>();
  private watcher: VisibilityWatcher | null = null;
  private timer: number | null = null;
  private readonly limit: number;
  private readonly deferMs: number;
  private readonly groupSize: number;
  private total = 0;

  constructor(private readonly options: PaintWindowOptions) {
    this.limit = options.limit ?? PAINT_ALL_LIMIT;
    this.deferMs = options.deferMs ?? WINDOW_DEFER_MS;
    this.groupSize = options.groupSize ?? GROUP_SIZE;
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
   * watched and painted when near.
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
    if (group.mentions.size > 0) return;
    for (const el of group.sentinels) {
      const groups = this.watched.get(el);
      if (!groups) continue;
      const rest = groups.filter((g) => g !== group);
      if (rest.length > 0) {
        this.watched.set(el, rest);
      } else {
        this.watched.delete(el);
        this.nearElements.delete(el);
        this.reported.delete(el);
        this.watcher?.unobserve(el);
      }
    }
    this.pending.delete(group);
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
    this.reported.clear();
    this.pending.clear();
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
      const members = mentions.slice(i, i + this.groupSize);
      const ends = [anchorOf(members[0]!), anchorOf(members[members.length - 1]!)];
      const sentinels = [...new Set(ends.filter((el): el is Element => el !== null))];
      const group: Group = { mentions: new Set(members), sentinels, near: 0 };
      for (const mention of members) this.groupOf.set(mention, group);
      if (sentinels.length === 0) {
        for (const mention of members) this.show(mention); // Nothing to watch: keep it painted.
        continue;
      }
      for (const el of sentinels) {
        const groups = this.watched.get(el);
        if (groups) {
          groups.push(group);
          if (this.nearElements.has(el)) group.near++;
        } else {
          this.watched.set(el, [group]);
          this.watcher!.observe(el);
        }
      }
      if (group.near > 0) for (const mention of members) this.show(mention);
    }
  }

  private onEntries(entries: readonly WatchEntry[]): void {
    let urgent = false;
    for (const entry of entries) {
      const groups = this.watched.get(entry.target);
      if (!groups) continue;
      const first = !this.reported.has(entry.target);
      this.reported.add(entry.target);
      if (!first && this.nearElements.has(entry.target) === entry.near) continue;
      if (entry.visible) urgent = true;
      if (entry.near) this.nearElements.add(entry.target);
      else this.nearElements.delete(entry.target);
      for (const group of groups) {
        if (entry.near) group.near++;
        else if (!first) group.near--;
        this.pending.add(group);
      }
    }
    if (urgent) this.apply();
    else if (this.timer === null && this.pending.size > 0) {
      this.timer = this.options.timers.setTimeout(() => this.apply(), this.deferMs);
    }
  }

  /** Applies every pending change in one go: one revalidation of the highlights, not many. */
  private apply(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
    for (const group of this.pending) {
      for (const mention of group.mentions) {
        if (group.near > 0) this.show(mention);
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
