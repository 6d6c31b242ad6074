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

/** Rows of the sparse table; every {@link SPARSE_EVERY}th row (from row 1) holds a mention. */
export const SPARSE_ROWS = 3000;
/** One row in this many holds a mention: 25 rows of 30 px, so 16 mentions span 12,000 px. */
export const SPARSE_EVERY = 25;
/** Rows of the table in a 400 px scroller after the first table; one in 10 holds a mention. */
export const SCROLLER_ROWS = 200;
const SCROLLER_EVERY = 10;
/** Mentions on the sparse page: the table's rows, its header's, the scroller's, 1,000 paragraphs'. */
export const SPARSE_MENTIONS =
  SPARSE_ROWS / SPARSE_EVERY + 1 + SCROLLER_ROWS / SCROLLER_EVERY + 1000;

/**
 * A page of a dense page's size in mentions whose first 121 are sparse: a table of
 * {@link SPARSE_ROWS} rows with a mention every {@link SPARSE_EVERY} rows and one in its sticky
 * header, then 1,000 paragraphs with a mention each (so the paint window is on). Sixteen
 * consecutive table mentions span more than thirteen 900 px screens.
 */
export function sparseHtml(): string {
  const rows: string[] = [];
  for (let i = 1; i <= SPARSE_ROWS; i++) {
    rows.push(
      i % SPARSE_EVERY === 0
        ? `<tr><td>Row ${i} cites the Budapest Convention on cybercrime.</td></tr>`
        : `<tr><td>Row ${i}</td></tr>`,
    );
  }
  const inner: string[] = [];
  for (let i = 1; i <= SCROLLER_ROWS; i++) {
    inner.push(
      i % SCROLLER_EVERY === 0
        ? `<tr><td>Inner row ${i} cites the Budapest Convention.</td></tr>`
        : `<tr><td>Inner row ${i}</td></tr>`,
    );
  }
  const paragraphs = Array.from(
    { length: 1000 },
    (_, i) => `<p>Paragraph ${i} on the UN Convention against Cybercrime.</p>`,
  );
  return `<!doctype html><html><head>${RECORDER}<meta charset="utf-8"><title>Sparse mentions</title>
<style>body{font:16px/1.4 sans-serif;margin:0 8px}table{border-collapse:collapse;width:100%}
td{height:29px;padding:0 4px;border-bottom:1px solid #ddd}
th{position:sticky;top:0;background:#eef;height:40px;text-align:left}</style></head><body>
<table><thead><tr><th>Rows that cite the Budapest Convention</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
<div id="scroller" style="height:400px;overflow:auto;border:2px solid #99c;margin:16px 0">
<table id="inner"><tbody>${inner.join('')}</tbody></table></div>
${paragraphs.join('\n')}</body></html>`;
}

/**
 * In the page's world: the rows (1-based) of the first table and of the scroller's whose mention
 * is registered, and whether the header's is.
 */
export function paintedRowsInPage(): { rows: number[]; inner: number[]; header: boolean } {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const rows: number[] = [];
  const inner: number[] = [];
  let header = false;
  registry.forEach((highlight, name) => {
    if (!name.startsWith('treaty-lens-') || name.startsWith('treaty-lens-active')) return;
    for (const range of highlight) {
      const node = range.startContainer;
      const cell = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('td,th');
      if (cell?.tagName === 'TH') header = true;
      else if (cell) {
        const row = cell.parentElement as HTMLTableRowElement;
        if (cell.closest('table')?.id === 'inner') inner.push(row.rowIndex + 1);
        else rows.push(row.rowIndex);
      }
    }
  });
  return { rows: rows.sort((a, b) => a - b), inner: inner.sort((a, b) => a - b), header };
}

/** What `expectSparsePainted` needs of a page (Playwright's and Puppeteer's pages both fit). */
export interface SparsePage {
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  evaluate<T>(fn: () => T): Promise<T>;
  screenshot(options: { path: string }): Promise<unknown>;
}

/**
 * On the sparse page, loaded and listed: scrolled to each of sixteen consecutive table mentions
 * from the middle of the table (so whatever the groups' boundaries, the middle of a group is
 * among them), the mention in view is painted, and so is the sticky header's; only a few rows
 * are (screenshot `sparse-<shot>-<browser>.png`); the page saw no mutation. `from`: the first
 * row checked (default: the table's middle).
 */
export async function expectSparsePainted(
  page: SparsePage,
  browserName: string,
  shot = 'middle',
  from = Math.round(SPARSE_ROWS / 2 / SPARSE_EVERY) * SPARSE_EVERY,
): Promise<void> {
  for (let k = 0; k < 16; k++) {
    const row = from + k * SPARSE_EVERY;
    await page.evaluate((r: number) => {
      const table = document.querySelector('table')!; // The first: the long one.
      table.rows[r]!.scrollIntoView({ block: 'center' });
    }, row);
    await expect
      .poll(() => page.evaluate(paintedRowsInPage).then((p) => p.rows.includes(row)), {
        timeout: 5000,
        message: `row ${row}, in view, is painted`,
      })
      .toBe(true);
    const now = await page.evaluate(paintedRowsInPage);
    expect(now.header).toBe(true);
    // Only the mentions near the viewport: five screens hold six table mentions.
    expect(now.rows.length).toBeLessThanOrEqual(16);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/sparse-${shot}-${browserName}.png` });
  expect(
    await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations),
  ).toBe(0);
}

/**
 * On the sparse page: the scroller brought into view, then scrolled (inside) to each of its
 * mentions from row 60 on, 300 px apart in a 400 px box: the mention in view is painted
 * (screenshot `sparse-scroller-<browser>.png`). Sixteen of them span eleven scroller heights.
 */
export async function expectScrollerPainted(page: SparsePage, browserName: string): Promise<void> {
  for (let row = 60; row <= SCROLLER_ROWS - 30; row += SCROLLER_EVERY) {
    await page.evaluate((r: number) => {
      const table = document.getElementById('inner') as HTMLTableElement;
      table.rows[r - 1]!.scrollIntoView({ block: 'center' });
    }, row);
    await expect
      .poll(() => page.evaluate(paintedRowsInPage).then((p) => p.inner.includes(row)), {
        timeout: 5000,
        message: `inner row ${row}, in view in the scroller, is painted`,
      })
      .toBe(true);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/sparse-scroller-${browserName}.png` });
}
