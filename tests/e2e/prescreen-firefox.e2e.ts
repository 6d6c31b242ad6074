import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from './support/extension';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { HIGHLIGHT_NAMES, readHighlightsInPage } from './support/highlights';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

const ADDON_ID = 'treaty-lens@treaty-lens.org';
const seen = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
const highlighted = async (page: Page): Promise<string[]> =>
  Object.values(await page.evaluate(readHighlightsInPage, [...HIGHLIGHT_NAMES]))
    .flat()
    .map((h) => h.text);

describe('The pre-screen in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await startServer();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('on a page and frames without a mention: no message, no DOM change, nothing stored', async () => {
    const page = await session.newPage();
    const url = server.url('/prescreen/quiet.html');
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await seen(page)).toEqual([]);
    expect(await highlighted(page)).toEqual([]);
    const stored = await session.extensionPage.evaluate(async (expected) => {
      const all = await browser.storage.session.get(null);
      return Object.values(all).some((tab) => (tab as { url?: string }).url === expected);
    }, url);
    expect(stored).toBe(false);
    await page.close();
  });

  it('loads the engine when the page adds a mention later, and the page still sees nothing', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/prescreen/quiet.html'));
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: the Budapest Convention turns 25.';
      document.getElementById('page-owned')!.append(p);
    });
    await expect
      .poll(() => highlighted(page), { timeout: 10_000 })
      .toEqual(['Budapest Convention']);
    expect(await seen(page)).toEqual([]);
    await page.screenshot({ path: artifact('prescreen-late-mention-firefox.png') });
    await page.close();
  });

  it('keeps its highlights when the page sends WXT-style invalidation events', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/smoke.html'));
    await expect.poll(() => highlighted(page).then((h) => h.length)).toBeGreaterThan(0);
    const before = await highlighted(page);
    await page.evaluate((id) => {
      for (const name of ['content', 'content-screen', 'content-engine']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        const detail = { contentScriptName: name, messageId: 'page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, ADDON_ID);
    await new Promise((r) => setTimeout(r, 500));
    expect(await highlighted(page)).toEqual(before);
    await page.close();
  });
});
