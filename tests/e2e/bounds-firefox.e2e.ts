import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightCount } from './support/extension';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

/**
 * Issue 16, background side, in Firefox: an intranet host whose name is an Object.prototype key
 * once found a "rule" on the prototype (Treaty Lens silently off) and Firefox could not clone the
 * answer; a huge settings file is refused with its reason.
 */
describe('Host names and stored data in Firefox', () => {
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

  it.each(['constructor', '__proto__'])(
    'highlights on an intranet host named %s and answers its page state',
    async (host) => {
      const url = server.url('/smoke.html', host);
      const page = await session.newPage();
      await page.goto(url);
      await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(2);
      const tabs = await session.extensionPage.evaluate(async (expected) => {
        const all = await browser.storage.session.get(null);
        return Object.values(all).filter((tab) => (tab as { url?: string }).url === expected)
          .length;
      }, url);
      expect(tabs).toBe(1);
      await page.close();
    },
  );

  const tabIdOf = (url: string): Promise<number> =>
    session.extensionPage.evaluate(async (expected) => {
      const all = await browser.storage.session.get(null);
      const key = Object.keys(all).find((k) => (all[k] as { url?: string }).url === expected);
      return Number(key!.slice('tab:'.length));
    }, url);

  it('counts a reloaded page with an iframe once, with no navigation listener', async () => {
    const url = server.url('/mentions.html', 'reload.test');
    const page = await session.newPage();
    await page.goto(url);
    const frames = () =>
      session.extensionPage.evaluate(async (expected) => {
        const all = await browser.storage.session.get(null);
        const tab = Object.values(all).find((t) => (t as { url?: string }).url === expected) as
          { frames: Record<string, { mentions: unknown[] }> } | undefined;
        return tab
          ? Object.values(tab.frames).reduce((sum, frame) => sum + frame.mentions.length, 0)
          : 0;
      }, url);
    await expect.poll(frames, { timeout: 10_000 }).toBe(3);
    await page.reload();
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(2);
    // Long enough for the reloaded iframe to report; without clearing the sum would be 4 or 6.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await frames()).toBe(3);
    // And the popup lists all three (its list is read back through the background's checks).
    const popup = await session.openExtensionPage(`popup.html?tabId=${await tabIdOf(url)}`);
    await expect.poll(() => popup.$$eval('button.mention', (buttons) => buttons.length)).toBe(3);
    await popup.close();
    await page.close();
  });

  it('refuses a file nested 5,000 deep with its reason and keeps the settings', async () => {
    const before = await session.extensionPage.evaluate(() =>
      browser.runtime.sendMessage({ type: 'getSettings', payload: {} }),
    );
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid=import-file]');
    const deep = `{"app":"treaty-lens","settings":{"sites":${'{"a":'.repeat(5_000)}"on"${'}'.repeat(5_000)}}}`;
    await options.evaluate((content) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'deep.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, deep);
    await expect
      .poll(() => options.$eval('[role=alert]', (el) => el.textContent ?? '').catch(() => ''))
      .toContain('The file nests its data more than 8 levels deep');
    const after = await session.extensionPage.evaluate(() =>
      browser.runtime.sendMessage({ type: 'getSettings', payload: {} }),
    );
    expect(after).toEqual(before);
    await options.close();
  });
});
