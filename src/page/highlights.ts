import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import type { HighlightStyle } from '@/src/settings/schema';

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

const PALETTE: Record<InstrumentId, { line: string; fill: string }> = {
  'un-cybercrime-convention': { line: '#1d4ed8', fill: 'rgba(29, 78, 216, 0.08)' },
  'budapest-convention': { line: '#047857', fill: 'rgba(4, 120, 87, 0.08)' },
  'ad-hoc-committee': { line: '#b45309', fill: 'rgba(180, 83, 9, 0.08)' },
};
const STRONG_FILL: Record<InstrumentId, string> = {
  'un-cybercrime-convention': 'rgba(29, 78, 216, 0.22)',
  'budapest-convention': 'rgba(4, 120, 87, 0.22)',
  'ad-hoc-committee': 'rgba(180, 83, 9, 0.22)',
};

function declarations(style: HighlightStyle, id: InstrumentId): string[] {
  const { line, fill } = PALETTE[id];
  switch (style) {
    case 'underline':
      return [
        `text-decoration: underline 2px ${line};`,
        'text-underline-offset: 2px;',
        `background-color: ${fill};`,
      ];
    case 'background':
      return ['text-decoration: none;', `background-color: ${STRONG_FILL[id]};`];
    case 'outline':
      // ::highlight() cannot draw borders or outlines: a line above and below frames the name.
      return [
        `text-decoration: underline overline 1px ${line};`,
        'text-underline-offset: 2px;',
        'background-color: transparent;',
      ];
  }
}

/**
 * The `::highlight()` rules for a style. The default ('underline') is also the content script's
 * manifest stylesheet (entrypoints/content/style.css; a unit test keeps them equal).
 */
export function highlightCss(style: HighlightStyle): string {
  const rules = INSTRUMENT_IDS.map(
    (id) => `::highlight(${highlightName(id)}) {\n  ${declarations(style, id).join('\n  ')}\n}`,
  );
  rules.push(
    `::highlight(${ACTIVE_HIGHLIGHT}) {\n  background-color: rgba(250, 204, 21, 0.45);\n}`,
  );
  return `${rules.join('\n')}\n`;
}
