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
