import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

describe('Firefox smoke', () => {
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

  it('runs the content script, which gets its settings from the background and reports back', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/smoke.html'));
    const url = server.url('/smoke.html');
    await expect
      .poll(
        () =>
          session.extensionPage.evaluate(async (expected) => {
            const all = await browser.storage.session.get(null);
            return Object.values(all).some((tab) => (tab as { url?: string }).url === expected);
          }, url),
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('answers a round trip from an extension page', async () => {
    const answer = await session.extensionPage.evaluate(() =>
      browser.runtime.sendMessage({ type: 'ping', payload: { text: 'hello' } }),
    );
    expect(answer).toEqual({ ok: true, data: { text: 'hello', from: 'background' } });
  });

  it('renders the popup and keeps the switch across a browser restart', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('[role=switch]');
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe('Treaty Lens');
    await popup.click('[role=switch]');
    await expect
      .poll(() => popup.$eval('[role=switch]', (el) => (el as HTMLInputElement).checked))
      .toBe(false);
    await session.close(true);
    session = await launchFirefox({ profile: session.profile });
    const again = await session.openExtensionPage('popup.html');
    await again.waitForSelector('[role=switch]');
    await expect
      .poll(() => again.$eval('[role=switch]', (el) => (el as HTMLInputElement).checked))
      .toBe(false);
  });
});
