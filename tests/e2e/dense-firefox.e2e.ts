import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denseHtml, MENTIONS, paintedInPage } from './support/dense';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { ARTIFACTS } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

describe('A page with thousands of mentions in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    server.route('/dense.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(denseHtml());
    });
    session = await launchFirefox();
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** How many mentions the tab on `url` reported (the background counts every one). */
  const listed = (url: string): Promise<number> =>
    session.extensionPage.evaluate(async (u) => {
      // Stored by tab (`tab:<id>`) with the tab's URL.
      const all = await browser.storage.session.get(null);
      const tab = Object.values(all).find((t) => (t as { url?: string }).url === u) as
        { frames: Record<string, { counts: Record<string, number> }> } | undefined;
      let n = 0;
      for (const frame of Object.values(tab?.frames ?? {}))
        for (const count of Object.values(frame.counts)) n += count;
      return n;
    }, url);

  it('lists every mention, paints those near the viewport, and follows scrolling', async () => {
    const url = server.url('/dense.html');
    await page.goto(url);
    await expect.poll(() => listed(url), { timeout: 30_000 }).toBe(MENTIONS);
    await expect.poll(() => page.evaluate(paintedInPage).then((p) => p.total)).toBeGreaterThan(0);
    const top = await page.evaluate(paintedInPage);
    expect(top.total).toBeLessThan(MENTIONS / 4);
    expect(top.paragraphs[0]).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/dense-top-firefox.png` });

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(() => page.evaluate(paintedInPage).then((p) => p.paragraphs.at(-1)), {
        timeout: 5000,
      })
      .toBe(MENTIONS - 1);
    const bottom = await page.evaluate(paintedInPage);
    expect(bottom.paragraphs[0]).toBeGreaterThan(MENTIONS / 2);
    expect(bottom.total).toBeLessThan(MENTIONS / 4);
    await page.screenshot({ path: `${ARTIFACTS}/dense-bottom-firefox.png` });
    expect(
      await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations),
    ).toBe(0);
  });
});
