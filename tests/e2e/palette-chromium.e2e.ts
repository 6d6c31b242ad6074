import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { artifact } from './support/extension';
import { mentionPointInPage } from './support/popover';
import { startServer, type FixtureServer } from './support/server';

type Box = { x: number; y: number; width: number; height: number };
type Rgb = [number, number, number];

/** Main world: the highlight that holds the mention inside element `id`, and its first line box. */
function paintedInPage(id: string): { name: string; box: Box } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('treaty-lens-')) continue;
    for (const range of highlight) {
      const el = range.startContainer.parentElement?.closest('[id]');
      if (el?.id !== id) continue;
      const r = range.getClientRects()[0]!;
      return { name, box: { x: r.left, y: r.top, width: r.width, height: r.height } };
    }
  }
  return null;
}

/**
 * Main world: decodes a PNG screenshot on a canvas and returns the median colour of each pixel row
 * (text glyphs are a minority of a row's pixels; an underline row is nearly all line colour).
 */
async function rowColoursInPage(png: string): Promise<Array<[number, number, number]>> {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  const rows: Array<[number, number, number]> = [];
  for (let y = 0; y < img.height; y++) {
    const channel = (c: number): number => {
      const values: number[] = [];
      for (let x = 0; x < img.width; x++) values.push(data[(y * img.width + x) * 4 + c]!);
      values.sort((a, b) => a - b);
      return values[values.length >> 1]!;
    };
    rows.push([channel(0), channel(1), channel(2)]);
  }
  return rows;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

async function rows(page: Page, clip: Box): Promise<Rgb[]> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(rowColoursInPage, png);
}

/** The page's own background next to a block: a strip of its padding, left of the text. */
async function backgroundBeside(page: Page, id: string): Promise<Rgb> {
  const box = await page.evaluate((elementId) => {
    const r = document.getElementById(elementId)!.getBoundingClientRect();
    return { x: r.left - 8, y: r.top, width: 4, height: r.height };
  }, id);
  const strip = await rows(page, box);
  return strip[strip.length >> 1]!;
}

/**
 * The underline's contrast with the page: the pixel row under the text whose colour stands out
 * most from the page's background (measured on screenshot pixels, not read from our own CSS).
 */
async function underlineContrast(page: Page, id: string, bgId: string): Promise<number> {
  const painted = await page.evaluate(paintedInPage, id);
  if (!painted) throw new Error(`no highlight in #${id}`);
  const { box } = painted;
  const below = await rows(page, {
    x: Math.round(box.x),
    y: Math.round(box.y + box.height * 0.6),
    width: Math.round(box.width),
    height: Math.round(box.height * 0.4 + 6),
  });
  const bg = await backgroundBeside(page, bgId);
  return Math.max(...below.map((row) => contrast(row, bg)));
}

describe('Highlight palette on light and dark pages (Chromium)', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium({ viewport: { width: 900, height: 700 } });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(tone: 'light' | 'dark'): Promise<Page> {
    const { page } = session;
    await page.goto(server.url(`/palette/${tone}.html`));
    await expect
      .poll(() => page.evaluate(paintedInPage, 'band-un'), { timeout: 5_000 })
      .not.toBeNull();
    return page;
  }

  it.each([
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const)(
    'paints every instrument with ≥ 3:1 underline contrast on a %s page (and its %s band)',
    async (tone, bandTone) => {
      const page = await open(tone);
      const suffix = (t: string): string => (t === 'dark' ? '-dark' : '');
      const cases: Array<[string, string, string, string]> = [
        ['un', 'body', `treaty-lens-un-cybercrime-convention${suffix(tone)}`, tone],
        ['budapest', 'body', `treaty-lens-budapest-convention${suffix(tone)}`, tone],
        ['committee', 'body', `treaty-lens-ad-hoc-committee${suffix(tone)}`, tone],
        ['band-un', 'band-un', `treaty-lens-un-cybercrime-convention${suffix(bandTone)}`, bandTone],
      ];
      await page.screenshot({ path: artifact(`palette-${tone}.png`) });
      const measured: Record<string, number> = {};
      for (const [id, bgOf, name] of cases) {
        expect((await page.evaluate(paintedInPage, id))?.name).toBe(name);
        // The body's text starts at its padding; the band's paragraph sits inside its padding.
        const ratio = await underlineContrast(page, id, bgOf === 'body' ? id : 'band-un');
        measured[id] = Math.round(ratio * 100) / 100;
      }
      console.log(`underline contrast on the ${tone} page:`, JSON.stringify(measured));
      for (const ratio of Object.values(measured)) expect(ratio).toBeGreaterThanOrEqual(3);
    },
  );

  it('keeps the active mention bright yellow with dark text on a dark page (not olive)', async () => {
    const page = await open('dark');
    const point = await page.evaluate(mentionPointInPage, 'Convention against Cybercrime in');
    await page.mouse.move(point!.x - 3, point!.y);
    await page.mouse.move(point!.x, point!.y);
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
                'treaty-lens-active-dark',
              )?.size ?? 0,
          ),
        { timeout: 3_000 },
      )
      .toBe(1);
    const box = await page.evaluate(() => {
      const range = [
        ...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'treaty-lens-active-dark',
        )!,
      ][0]!;
      const r = range.getClientRects()[0]!;
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    // The top rows of the line box: mostly fill, the glyphs' tops are a minority of each row.
    const lines = await rows(page, {
      x: Math.round(box.x),
      y: Math.round(box.y + 1),
      width: Math.round(box.width),
      height: Math.round(box.height * 0.5),
    });
    await page.screenshot({ path: artifact('palette-dark-active.png') });
    const fill = lines[0]!;
    const text = await page.evaluate(() => {
      const p = document.getElementById('un')!;
      return getComputedStyle(p).color;
    });
    console.log('active mention fill on the dark page:', fill, 'page text colour', text);
    expect(luminance(fill)).toBeGreaterThan(0.6);
    expect(contrast(fill, [17, 24, 39])).toBeGreaterThanOrEqual(7);
  });
});
