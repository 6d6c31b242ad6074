import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  denseHtml,
  expectPaintWindow,
  expectScrollerPainted,
  expectSparsePainted,
  MENTIONS,
  SPARSE_MENTIONS,
  sparseHtml,
} from './support/dense';
import { launchFirefox, type FirefoxSession } from './support/firefox';
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
    server.route('/sparse.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sparseHtml());
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
    await expectPaintWindow(page, 'firefox');
  });

  it('paints every mention in view where sixteen consecutive ones span many screens', async () => {
    const url = server.url('/sparse.html');
    await page.goto(url);
    await expect.poll(() => listed(url), { timeout: 30_000 }).toBe(SPARSE_MENTIONS);
    await expectSparsePainted(page, 'firefox');
    await expectScrollerPainted(page, 'firefox');
  });
});
