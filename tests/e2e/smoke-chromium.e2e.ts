import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { startServer, type FixtureServer } from './support/server';

describe('Chromium smoke', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs the content script, which gets its settings from the background and reports back', async () => {
    const { page } = session;
    await page.goto(server.url('/smoke.html'));
    const tabId = await tabIdOf(session, page);
    // The content script asks getPageState, then reports: the tab state appears in session storage.
    await expect
      .poll(() =>
        session.worker.evaluate(async (id) => {
          const key = `tab:${id}`;
          const stored = (await chrome.storage.session.get(key))[key] as
            { url?: string } | undefined;
          return stored?.url ?? null;
        }, tabId),
      )
      .toBe(server.url('/smoke.html'));
  });

  it('renders the popup with the product name, version and a working switch', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.getByRole('heading', { level: 1 }).textContent())
      .toBe('Treaty Lens');
    const manifestVersion = await session.worker.evaluate(
      () => chrome.runtime.getManifest().version,
    );
    expect(await popup.textContent('body')).toContain(manifestVersion);
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect
      .poll(() =>
        session.worker.evaluate(
          async () =>
            (
              (await chrome.storage.sync.get('settings')).settings as
                { enabled?: boolean } | undefined
            )?.enabled,
        ),
      )
      .toBe(false);
    await popup.close();
  });

  it('keeps the switch across a browser restart', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('switch').isChecked()).toBe(false);
    await session.close(true);
    session = await launchChromium({ userDataDir: session.userDataDir });
    const again = await session.openExtensionPage('popup.html');
    await expect.poll(() => again.getByRole('switch').isChecked()).toBe(false);
    await again.getByRole('switch').click();
    await expect.poll(() => again.getByRole('switch').isChecked()).toBe(true);
  });
});
