/** The dense page of the e2e suites: 3,000 mentions, one per paragraph, and a mutation recorder. */
import { manyMentionsPage } from '../../bench/pages';

/** Mentions on the dense test page: past the paint-all limit (1,000). */
export const MENTIONS = 3000;
/** The page records every mutation after its parsing ends, to prove we make none. */
const RECORDER = `<script>window.__mutations = 0; document.addEventListener('DOMContentLoaded', () => new MutationObserver((r) => { window.__mutations += r.length; }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));</script>`;

/** In the page's world: how many ranges are registered, and in which paragraphs (by index). */
export function paintedInPage(): { total: number; paragraphs: number[]; active: number[] } {
  const ps = [...document.querySelectorAll('p')];
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const at = (range: Range): number =>
    ps.findIndex((p) => p.contains(range.startContainer as Node));
  let total = 0;
  const paragraphs: number[] = [];
  const active: number[] = [];
  registry.forEach((highlight, name) => {
    if (!name.startsWith('treaty-lens-')) return;
    for (const range of highlight) {
      if (name.startsWith('treaty-lens-active')) active.push(at(range));
      else {
        total++;
        paragraphs.push(at(range));
      }
    }
  });
  return { total, paragraphs: paragraphs.sort((a, b) => a - b), active };
}

/** The page's HTML (no highlight rules of its own: the extension's stylesheet paints). */
export function denseHtml(): string {
  return manyMentionsPage('', MENTIONS).replace('<head>', `<head>${RECORDER}`);
}
