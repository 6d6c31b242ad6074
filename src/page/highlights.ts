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
  /** Registers an empty highlight under `name` (replacing one of that name). */
  create(name: string, priority?: number): HighlightHandle;
  /** Unregisters `name`. */
  remove(name: string): void;
}

type HighlightWindow = Window & {
  Highlight?: new (...ranges: AbstractRange[]) => HighlightHandle & { priority: number };
  CSS?: { highlights?: { set(name: string, h: unknown): unknown; delete(name: string): boolean } };
};

/** The browser's registry, or null where the CSS Custom Highlight API is missing. */
export function cssHighlightRegistry(win: Window = window): HighlightRegistry | null {
  const w = win as HighlightWindow;
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return {
    create(name, priority = 0) {
      const highlight = new Ctor();
      highlight.priority = priority;
      registry.set(name, highlight);
      return highlight;
    },
    remove(name) {
      registry.delete(name);
    },
  };
}
