/** The dense page of the e2e suites: 3,000 mentions, one per paragraph, and a mutation recorder. */
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { manyMentionsPage } from '../../bench/pages';
import { ARTIFACTS } from './paths';

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

/** What `expectPaintWindow` needs of a page: Playwright's and Puppeteer's pages both fit. */
export interface DensePage {
  evaluate<T>(fn: () => T): Promise<T>;
  screenshot(options: { path: string }): Promise<unknown>;
}

/**
 * On the dense page, loaded and listed: only the paragraphs near the viewport are painted, at the
 * top and after scrolling to the end (screenshots `dense-{top,bottom}-<browser>.png`), and the
 * page saw no mutation.
 */
export async function expectPaintWindow(page: DensePage, browserName: string): Promise<void> {
  // Painted: the paragraphs on screen and a few screens below, not all 3,000.
  await expect.poll(() => page.evaluate(paintedInPage).then((p) => p.total)).toBeGreaterThan(0);
  const top = await page.evaluate(paintedInPage);
  expect(top.total).toBeLessThan(MENTIONS / 4);
  expect(top.paragraphs[0]).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/dense-top-${browserName}.png` });

  // Scrolled to the end: the last paragraphs are painted, the first ones no longer.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(() => page.evaluate(paintedInPage).then((p) => p.paragraphs.at(-1)), { timeout: 5000 })
    .toBe(MENTIONS - 1);
  const bottom = await page.evaluate(paintedInPage);
  expect(bottom.paragraphs[0]).toBeGreaterThan(MENTIONS / 2);
  expect(bottom.total).toBeLessThan(MENTIONS / 4);
  await page.screenshot({ path: `${ARTIFACTS}/dense-bottom-${browserName}.png` });
  expect(
    await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations),
  ).toBe(0);
}
