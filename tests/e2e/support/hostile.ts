/**
 * Shared pieces of the hostile-page suites (tests/e2e/hostile-*.e2e.ts). Functions named `…InPage`
 * run inside the page (passed to `evaluate`), so they must not close over anything.
 */

/** The seeds of a run: HOSTILE_SEED (first seed, default 1) and a count. */
export function seeds(count: number): number[] {
  const first = Number(process.env.HOSTILE_SEED ?? 1);
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Totals a fuzz run prints and asserts. */
export interface FuzzTotals {
  pages: number;
  frames: number;
  mutations: number;
  diffs: number;
  errors: number;
  /** Pages on which a card was opened and closed, and on which the site was switched off and on. */
  cards: number;
  offOn: number;
}

/** A fresh set of totals. */
export const emptyTotals = (): FuzzTotals => ({
  pages: 0,
  frames: 0,
  mutations: 0,
  diffs: 0,
  errors: 0,
  cards: 0,
  offOn: 0,
});

/** Whether the page's last paragraph (#sentinel) is highlighted: the first full scan is done. */
export function sentinelHighlightedInPage(): boolean {
  const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
    'treaty-lens-budapest-convention',
  );
  const sentinel = document.getElementById('sentinel');
  if (!highlight || !sentinel) return false;
  for (const range of highlight) if (sentinel.contains(range.startContainer)) return true;
  return false;
}

/** Whether no Treaty Lens highlight holds a range (switched off). */
export function nothingHighlightedInPage(): boolean {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, h] of registry) if (name.startsWith('treaty-lens-') && h.size > 0) return false;
  return true;
}

/** Scrolls #sentinel's name into view and returns the centre of "Budapest Convention" in it. */
export function sentinelPointInPage(): { x: number; y: number } | null {
  const sentinel = document.getElementById('sentinel');
  const node = sentinel?.firstChild;
  if (!sentinel || !node) return null;
  sentinel.scrollIntoView({ block: 'center', behavior: 'instant' });
  const at = (node.textContent ?? '').indexOf('Budapest Convention');
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + 'Budapest Convention'.length);
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

type FuzzWindow = Window & {
  __fuzz: { snapshot(): string; mutations(): string[]; frames: number; seed: number };
};

/** The fuzz page's serialisation (body, open shadow roots, srcdoc frames). */
export function snapshotInPage(): string {
  return (window as unknown as FuzzWindow).__fuzz.snapshot();
}

/** Mutations nobody on the page made, in the page and its frames. */
export function mutationsInPage(): string[] {
  return (window as unknown as FuzzWindow).__fuzz.mutations();
}

/** How many srcdoc frames the page has. */
export function framesInPage(): number {
  return (window as unknown as FuzzWindow).__fuzz.frames;
}

/** A short line for the log. */
export function describeTotals(browser: string, t: FuzzTotals, ms: number): string {
  return (
    `[hostile fuzz ${browser}] pages ${t.pages}, frames ${t.frames}, mutations ${t.mutations}, ` +
    `diffs ${t.diffs}, errors ${t.errors} (cards opened/closed ${t.cards}, off/on ${t.offOn}) ` +
    `in ${(ms / 1000).toFixed(1)} s`
  );
}
