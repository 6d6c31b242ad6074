import type { InstrumentId } from '@/src/knowledge/ids';

/** Name of the highlight of one instrument's mentions. */
export const highlightName = (id: InstrumentId): string => `treaty-lens-${id}`;
/** Name of the highlight of the mention in use (popover open, navigated to). */
export const ACTIVE_HIGHLIGHT = 'treaty-lens-active';

/** One registered highlight: only the set operations every browser allows from a content script. */
export interface HighlightHandle {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  clear(): void;
}

/**
 * The CSS Custom Highlight registry behind a small interface (happy-dom has none). Firefox content
 * scripts cannot iterate `CSS.highlights` or a `Highlight` (Xray wrappers), so callers keep their
 * own list of what they added and never read it back.
 */
export interface HighlightRegistry {
  /** Creates the highlight of `name` (registered only while it holds a range). */
  create(name: string, priority?: number): HighlightHandle;
  /** Unregisters `name`. */
  remove(name: string): void;
  /** Restores what a page changed in the registry (also runs by itself while anything is shown). */
  heal?(): void;
}

/** How often a registry with something shown checks that the page left it alone. */
export const HEAL_INTERVAL_MS = 500;

interface NativeHighlight extends HighlightHandle {
  priority: number;
  readonly size: number;
  has(range: AbstractRange): boolean;
}

interface NativeRegistry {
  get(name: string): unknown;
  set(name: string, h: unknown): unknown;
  delete(name: string): boolean;
}

type HighlightWindow = Window & {
  Highlight?: new (...ranges: AbstractRange[]) => NativeHighlight;
  CSS?: { highlights?: NativeRegistry };
};

/** One of our highlights: the native object and our own list of its ranges (never read back). */
interface Owned {
  name: string;
  priority: number;
  native: NativeHighlight;
  ranges: Set<AbstractRange>;
}

/**
 * The browser's registry, or null where the CSS Custom Highlight API is missing.
 *
 * Pages share `CSS.highlights` with us. So that a page learns nothing before there is something to
 * show, a highlight is registered only while it holds a range. While any of ours is shown, a
 * check every {@link HEAL_INTERVAL_MS} (and `heal()`) puts back what a page cleared, deleted or
 * replaced, removes ranges a page added to ours, resets our priorities, and unregisters what a
 * page registered under our other names (it would be painted in our style). Only get/set/delete,
 * `size`, `has`, `add`, `delete` and `clear` are used: never iteration (Firefox Xray).
 * `afterHeal` runs after each check (the engine puts back its scoped stylesheet there).
 */
export function cssHighlightRegistry(
  win: Window = window,
  afterHeal?: () => void,
): HighlightRegistry | null {
  const w = win as HighlightWindow;
  const found = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!found || typeof Ctor !== 'function') return null;
  const registry: NativeRegistry = found;
  const owned = new Map<string, Owned>();
  let timer: number | null = null;

  const shown = () => {
    for (const o of owned.values()) if (o.ranges.size > 0) return true;
    return false;
  };
  const schedule = () => {
    if (timer === null && shown()) timer = win.setInterval(heal, HEAL_INTERVAL_MS);
    else if (timer !== null && !shown()) {
      win.clearInterval(timer);
      timer = null;
    }
  };
  const register = (o: Owned) => {
    if (registry.get(o.name) !== o.native) registry.set(o.name, o.native);
  };
  const unregister = (o: Owned) => {
    if (registry.get(o.name) === o.native) registry.delete(o.name);
  };

  function heal(): void {
    if (!shown()) return schedule();
    for (const o of owned.values()) {
      if (o.ranges.size === 0) {
        // Our name, nothing of ours to show: a page's entry here would be painted in our style.
        if (registry.get(o.name) !== undefined) registry.delete(o.name);
        continue;
      }
      const { native } = o;
      if (native.priority !== o.priority) native.priority = o.priority;
      let intact = native.size === o.ranges.size;
      if (intact) {
        for (const range of o.ranges) {
          if (!native.has(range)) {
            intact = false;
            break;
          }
        }
      }
      if (!intact) {
        native.clear();
        for (const range of o.ranges) native.add(range);
      }
      register(o);
    }
    afterHeal?.();
  }

  return {
    create(name, priority = 0) {
      const previous = owned.get(name);
      if (previous) unregister(previous);
      const native = new Ctor();
      native.priority = priority;
      const o: Owned = { name, priority, native, ranges: new Set() };
      owned.set(name, o);
      return {
        add(range) {
          if (owned.get(name) !== o) return;
          o.ranges.add(range);
          native.add(range);
          if (o.ranges.size === 1) {
            register(o);
            schedule();
          }
        },
        delete(range) {
          if (!o.ranges.delete(range)) return;
          native.delete(range);
          if (o.ranges.size === 0) {
            unregister(o);
            schedule();
          }
        },
        clear() {
          o.ranges.clear();
          native.clear();
          unregister(o);
          schedule();
        },
      };
    },
    remove(name) {
      const o = owned.get(name);
      if (!o) return;
      owned.delete(name);
      o.ranges.clear();
      o.native.clear();
      unregister(o);
      schedule();
    },
    heal,
  };
}
