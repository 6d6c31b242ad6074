import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDialog } from './support/card';
import { launchChromium, type ChromiumSession } from './support/chromium';
import {
  HIGHLIGHT_NAMES,
  readHighlightsInPage,
  countHighlighted,
  type Highlights,
} from './support/highlights';
import { LARGE_ARTICLE, largeArticle } from './support/large-page';
import { ARTIFACTS } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

// On a document of 20,000+ elements the engine in Chromium does not insert the document-wide
// `::highlight()` rules (their arrival after layout restyles every element): it writes rules on
// the elements around its mentions (src/page/scoped-rules.ts). What the reader sees must not
// change: every mention painted, in shadow roots too, after the page moves them, and the mention
// in use; nothing of ours on the rest of the page.

const SPLIT = '<p id="split">Row 750b: the UN <em>Convention against</em> Cybercrime, split.</p>\n';
const EXPECTED: Highlights = {
  ...LARGE_ARTICLE,
  'un-cybercrime-convention': [
    ...LARGE_ARTICLE['un-cybercrime-convention']!,
    { text: 'UN Convention against Cybercrime', in: 'split' },
  ].sort((a, b) => a.in.localeCompare(b.in)),
};

const read = (page: Page): Promise<Highlights> =>
  page.evaluate(readHighlightsInPage, [...HIGHLIGHT_NAMES]);
const sorted = (h: Highlights): Highlights =>
  Object.fromEntries(
    Object.entries(h).map(([k, list]) => [k, [...list].sort((a, b) => a.in.localeCompare(b.in))]),
  );

/**
 * Main world: the highlight background that applies to the text of each mention's element (the
 * style Chromium paints with: computed, inherited down), and to elements holding no mention.
 */
function paintedInPage(): { mentions: Record<string, string>; others: string[]; elements: number } {
  const mentions: Record<string, string> = {};
  const within = new Set<Element>();
  CSS.highlights.forEach((highlight, name) => {
    highlight.forEach((range) => {
      const el = (range as Range).startContainer.parentElement!;
      const root = el.getRootNode() as Document | ShadowRoot;
      const id = el.closest('[id]')?.id ?? (root instanceof ShadowRoot ? 'in-shadow' : '?');
      within.add(el);
      mentions[`${name} ${id}`] = getComputedStyle(el, `::highlight(${name})`).backgroundColor;
    });
  });
  const rows = [...document.querySelectorAll('article p')].filter((p) => !p.id).slice(0, 400);
  const others = [
    ...new Set(
      rows
        .filter((p) => !within.has(p))
        .map(
          (p) =>
            getComputedStyle(p, '::highlight(treaty-lens-budapest-convention)').backgroundColor,
        ),
    ),
  ];
  return { mentions, others, elements: document.getElementsByTagName('*').length };
}

/** Main world: pixels of a screenshot (base64 PNG) near the colour `[r, g, b]` (±24 a channel). */
async function pixelsNearInPage([png, [r, g, b]]: [string, number[]]): Promise<number> {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = new OffscreenCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    const near = (v: number, c: number): boolean => Math.abs(v - c) <= 24;
    if (near(data[i]!, r!) && near(data[i + 1]!, g!) && near(data[i + 2]!, b!)) n++;
  }
  return n;
}

/** The underline colours of the light palette (src/page/palette.ts), as pixels show them. */
const UN_BLUE = [29, 78, 216];
const BUDAPEST_GREEN = [4, 120, 87];

async function underlinePixels(page: Page, id: string, colour: number[]): Promise<number> {
  await page.evaluate((elementId) => {
    document.getElementById(elementId)!.scrollIntoView({ block: 'center' });
  }, id);
  await page.waitForTimeout(200);
  const box = await page.evaluate((elementId) => {
    const r = document.getElementById(elementId)!.getBoundingClientRect();
    return { x: Math.max(0, r.left), y: Math.max(0, r.top), width: r.width, height: r.height };
  }, id);
  // caret 'initial': hiding the caret would set style attributes on the page's inputs.
  const png = (await page.screenshot({ clip: box, caret: 'initial' })).toString('base64');
  return page.evaluate(pixelsNearInPage, [png, colour] as [string, number[]]);
}

describe('A document of 20,000+ elements in Chromium (highlight rules on the mentions’ elements)', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startServer();
    server.route('/page/large-elements.html', (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(largeArticle({ elements: true, extra: SPLIT }));
    });
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('paints every mention, in shadow roots and across elements, and nothing else gets our rules', async () => {
    const { page } = session;
    await page.goto(server.url('/page/large-elements.html'));
    await expect.poll(() => read(page).then(countHighlighted), { timeout: 20_000 }).toBe(10);
    expect(sorted(await read(page))).toEqual(sorted(EXPECTED));
    // Every mention's text has our highlight background (the rules reach it), including the
    // split one (its start is inside <em>: inherited from the paragraph's rule) and the one in
    // the shadow root (the sheet adopted there).
    await expect
      .poll(async () => Object.values((await page.evaluate(paintedInPage)).mentions), {
        timeout: 5_000,
      })
      .not.toContain('rgba(0, 0, 0, 0)');
    const painted = await page.evaluate(paintedInPage);
    expect(painted.elements).toBeGreaterThan(20_000);
    expect(Object.keys(painted.mentions)).toHaveLength(10);
    // Elements without a mention: no rule of ours (the document-wide rules were not inserted).
    expect(painted.others).toEqual(['rgba(0, 0, 0, 0)']);
    // And the reader sees it: the underline colours in the pixels.
    expect(await underlinePixels(page, 'deep', BUDAPEST_GREEN)).toBeGreaterThan(20);
    expect(await underlinePixels(page, 'split', UN_BLUE)).toBeGreaterThan(20);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/scoped-rules-chromium.png`, caret: 'initial' });
    expect(
      await page.evaluate(
        () => (window as unknown as { __foreignMutations: string[] }).__foreignMutations,
      ),
    ).toEqual([]);
  });

  it('keeps a mention painted after the page moves it (elements inserted before and after)', async () => {
    const { page } = session;
    await page.evaluate(() => {
      const deep = document.getElementById('deep')!;
      for (let i = 0; i < 3; i++)
        deep.before(Object.assign(document.createElement('p'), { textContent: `new ${i}` }));
      for (let i = 0; i < 5; i++)
        deep.after(Object.assign(document.createElement('p'), { textContent: `later ${i}` }));
    });
    await expect
      .poll(
        async () =>
          (await page.evaluate(paintedInPage)).mentions['treaty-lens-budapest-convention deep'],
        { timeout: 5_000 },
      )
      .not.toBe('rgba(0, 0, 0, 0)');
    expect(await underlinePixels(page, 'deep', BUDAPEST_GREEN)).toBeGreaterThan(20);
  });

  it('paints the mention in use: hover opens its card, and its text gets the active highlight', async () => {
    const { page } = session;
    const point = await page.evaluate(() => {
      const em = document.querySelector('#split em')!;
      em.scrollIntoView({ block: 'center' });
      const r = em.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    // Inside the mention (its middle is in <em>), with a second move as a reader's pointer makes.
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => chromiumDialog(page), { timeout: 5_000 }).not.toBeNull();
    await expect
      .poll(
        () => page.evaluate(paintedInPage).then((p) => p.mentions['treaty-lens-active split']),
        {
          timeout: 5_000,
        },
      )
      .toMatch(/^rgba\(250, 204, 21/);
  });
});
