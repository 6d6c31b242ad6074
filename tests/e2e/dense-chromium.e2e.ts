import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import {
  denseHtml,
  expectPaintWindow,
  expectScrollerPainted,
  expectSparsePainted,
  MENTIONS,
  paintedInPage,
  SPARSE_EVERY,
  SPARSE_MENTIONS,
  sparseHtml,
} from './support/dense';
import { startServer, type FixtureServer } from './support/server';

describe('A page with thousands of mentions in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startServer();
    server.route('/dense.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(denseHtml());
    });
    server.route('/sparse.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sparseHtml());
    });
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** How many mentions this tab's frames reported (the background counts every one). */
  async function listed(tabId: number): Promise<number> {
    const worker = await session.serviceWorker();
    return worker.evaluate(async (id) => {
      const key = `tab:${id}`;
      const stored = (await chrome.storage.session.get(key))[key] as
        { frames: Record<string, { counts: Record<string, number> }> } | undefined;
      if (!stored) return 0;
      let n = 0;
      for (const frame of Object.values(stored.frames))
        for (const count of Object.values(frame.counts)) n += count;
      return n;
    }, tabId);
  }

  it('lists every mention, paints those near the viewport, and follows scrolling', async () => {
    const { page } = session;
    await page.goto(server.url('/dense.html'));
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => listed(tabId), { timeout: 20_000 }).toBe(MENTIONS);
    await expectPaintWindow(page, 'chromium');
  });

  it('paints the mention the reader moves to from the list, wherever it is', async () => {
    const { page } = session;
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect
      .poll(() => page.evaluate(paintedInPage).then((p) => p.paragraphs[0]), { timeout: 5000 })
      .toBe(0);
    const tabId = await tabIdOf(session, page);
    const popup = await session.openExtensionPage('popup.html');
    try {
      await popup.evaluate(
        ({ id, index }) => chrome.tabs.sendMessage(id, { type: 'openMention', payload: { index } }),
        { id: tabId, index: 2000 },
      );
    } finally {
      await popup.close();
    }
    // Mention i is in paragraph i.
    await expect
      .poll(() => page.evaluate(paintedInPage).then((p) => p.active), { timeout: 5000 })
      .toEqual([2000]);
    expect((await page.evaluate(paintedInPage)).paragraphs).toContain(2000);
  });

  it('paints every mention in view where sixteen consecutive ones span many screens', async () => {
    const { page } = session;
    await page.goto(server.url('/sparse.html'));
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => listed(tabId), { timeout: 20_000 }).toBe(SPARSE_MENTIONS);
    await expectSparsePainted(page, 'chromium');
    await expectScrollerPainted(page, 'chromium');
    // A window a quarter as tall (the window is then shorter than runs measured in the tall
    // one): every run is measured again, so the mentions then in view are painted as well.
    await page.setViewportSize({ width: 700, height: 250 });
    await expectSparsePainted(page, 'chromium', 'resized', SPARSE_EVERY * 20);
    await page.setViewportSize({ width: 1200, height: 900 });
  });
});
