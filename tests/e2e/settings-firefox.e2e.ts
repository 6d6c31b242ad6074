import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightCount } from './support/extension';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

const WITHIN_A_SECOND = { timeout: 1_000, interval: 50 };

describe('The site switch in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession;

  const badge = (tabId: number): Promise<string> =>
    session.extensionPage.evaluate(
      // Firefox answers with a promise; @types/chrome types the MV2 callback form.
      (id) =>
        (
          browser.browserAction.getBadgeText as unknown as (details: {
            tabId: number;
          }) => Promise<string>
        )({ tabId: id }),
      tabId,
    );
  /** Opens a web page and finds its tab id in the state its content script reported. */
  const openSite = async (url: string, page?: Page): Promise<{ page: Page; tabId: number }> => {
    const tab = page ?? (await session.newPage());
    await tab.goto(url);
    let tabId: number | null = null;
    await expect
      .poll(
        async () => {
          tabId = await session.extensionPage.evaluate(async (expected) => {
            const all = await browser.storage.session.get(null);
            const key = Object.keys(all).find(
              (k) => (all[k] as { url?: string } | undefined)?.url === expected,
            );
            return key ? Number(key.slice('tab:'.length)) : null;
          }, url);
          return tabId;
        },
        { timeout: 10_000 },
      )
      .not.toBeNull();
    return { page: tab, tabId: tabId! };
  };
  const siteText = (popup: Page): Promise<string> =>
    popup.$eval('.site', (el) => el.textContent ?? '').catch(() => '');

  beforeAll(async () => {
    server = await startServer();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('switches a site off from the popup within a second, leaving other sites on', async () => {
    const url = server.url('/mentions.html', 'news.example.test');
    const site = await openSite(url);
    const other = await openSite(server.url('/mentions.html', 'other.test'));
    // The tab state exists from the engine's start (getPageState): wait for its first paint.
    await expect.poll(() => highlightCount(other.page)).toBeGreaterThan(0);
    const otherHighlights = await highlightCount(other.page);

    const popup = await session.openExtensionPage(`popup.html?tabId=${site.tabId}`);
    await expect.poll(() => siteText(popup)).toContain('On here, as on every site');
    await popup.click('.site [role=switch]');
    await expect.poll(() => badge(site.tabId), WITHIN_A_SECOND).toBe('off');
    await expect.poll(() => highlightCount(site.page), WITHIN_A_SECOND).toBe(0);
    await expect
      .poll(() => siteText(popup))
      .toContain('Off here: you turned it off for news.example.test');
    expect(await badge(other.tabId)).not.toBe('off');
    expect(await highlightCount(other.page)).toBe(otherHighlights);
    await popup.close();
  });

  it('keeps the site off after a reload and a browser restart', async () => {
    const url = server.url('/mentions.html', 'news.example.test');
    const { page, tabId } = await openSite(url);
    await page.reload();
    await expect.poll(() => badge(tabId)).toBe('off');

    await session.close(true);
    session = await launchFirefox({ profile: session.profile });
    const again = await openSite(url);
    await expect.poll(() => badge(again.tabId)).toBe('off');
    const popup = await session.openExtensionPage(`popup.html?tabId=${again.tabId}`);
    await expect
      .poll(() => siteText(popup))
      .toContain('Off here: you turned it off for news.example.test');
    expect(await popup.$eval('.site [role=switch]', (el) => (el as HTMLInputElement).checked)).toBe(
      false,
    );
  });

  it('popup on a page that mentions only the Budapest Convention shows the Budapest Convention’s status', async () => {
    const site = await openSite(server.url('/popover/budapest-only.html', 'budapest.test'));
    const popup = await session.openExtensionPage(`popup.html?tabId=${site.tabId}`);
    await expect
      .poll(() =>
        popup.$$eval('.status-row', (rows) => rows.map((r) => r.getAttribute('data-instrument'))),
      )
      .toEqual(['budapest-convention']);
    const row = await popup.$eval('.status-row', (el) => (el as HTMLElement).innerText);
    expect(row).toContain('In force since');
    const snippets = await popup.$$eval('.snippet', (els) => els.map((e) => e.getAttribute('dir')));
    expect(snippets.length).toBeGreaterThan(0);
    expect(new Set(snippets)).toEqual(new Set(['auto']));
    await popup.close();
    await site.page.close();
  });
});
