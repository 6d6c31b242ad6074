import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { denseHtml, MENTIONS, paintedInPage } from './support/dense';
import { ARTIFACTS } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

describe('A page with thousands of mentions in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startServer();
    server.route('/dense.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(denseHtml());
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
    // Painted: the paragraphs on screen and a few screens below, not all 3,000.
    await expect.poll(() => page.evaluate(paintedInPage).then((p) => p.total)).toBeGreaterThan(0);
    const top = await page.evaluate(paintedInPage);
    expect(top.total).toBeLessThan(MENTIONS / 4);
    expect(top.paragraphs[0]).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/dense-top-chromium.png` });

    // Scrolled to the end: the last paragraphs are painted, the first ones no longer.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(() => page.evaluate(paintedInPage).then((p) => p.paragraphs.at(-1)), {
        timeout: 5000,
      })
      .toBe(MENTIONS - 1);
    const bottom = await page.evaluate(paintedInPage);
    expect(bottom.paragraphs[0]).toBeGreaterThan(MENTIONS / 2);
    expect(bottom.total).toBeLessThan(MENTIONS / 4);
    await page.screenshot({ path: `${ARTIFACTS}/dense-bottom-chromium.png` });
    expect(
      await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations),
    ).toBe(0);
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
});
