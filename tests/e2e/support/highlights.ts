/** A highlighted range as read back from the page: its text and the id of its nearest element. */
export interface HighlightedRange {
  text: string;
  /** The `id` of the closest element with one around the range's start (through shadow hosts). */
  in: string;
}

/** What `readHighlightsInPage` returns: each highlight's ranges, by name without the prefix. */
export type Highlights = Record<string, HighlightedRange[]>;

/** How many mentions are highlighted (the active highlight repeats one of them: not counted). */
export const countHighlighted = (h: Highlights): number =>
  Object.entries(h).reduce((n, [name, list]) => (name === 'active' ? n : n + list.length), 0);

/** Highlight names Treaty Lens registers. */
export const HIGHLIGHT_NAMES = [
  'treaty-lens-un-cybercrime-convention',
  'treaty-lens-budapest-convention',
  'treaty-lens-ad-hoc-committee',
  'treaty-lens-active',
] as const;

/** Every name Treaty Lens may register: the light names above and their dark-page twins. */
export const ALL_HIGHLIGHT_NAMES = [
  ...HIGHLIGHT_NAMES,
  ...HIGHLIGHT_NAMES.map((name) => `${name}-dark`),
];

/**
 * Runs in the page's main world (Playwright/Puppeteer `evaluate`): reads every Treaty Lens
 * highlight from `CSS.highlights`, which page scripts see too. Sorted by element id then text.
 */
export function readHighlightsInPage(names: readonly string[]): Record<string, HighlightedRange[]> {
  const out: Record<string, HighlightedRange[]> = {};
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const name of names) {
    const highlight = registry.get(name);
    const ranges: HighlightedRange[] = [];
    if (highlight) {
      for (const range of highlight) {
        let node: Node | null = range.startContainer;
        let id = '';
        while (node && !id) {
          if (node.nodeType === 1 && (node as Element).id) id = (node as Element).id;
          node = node.parentNode ?? (node as ShadowRoot).host ?? null;
        }
        ranges.push({ text: range.toString().replace(/\s+/g, ' '), in: id });
      }
    }
    ranges.sort((a, b) => (a.in + a.text).localeCompare(b.in + b.text));
    out[name.replace('treaty-lens-', '')] = ranges;
  }
  return out;
}

/** Whether any Treaty Lens highlight is registered at all (main world). */
export function anyHighlightRegisteredInPage(names: readonly string[]): boolean {
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  return names.some((name) => registry.has(name));
}
