import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { artifact } from './support/extension';
import { HIGHLIGHT_NAMES, readHighlightsInPage } from './support/highlights';
import { startServer, type FixtureServer } from './support/server';
import { expectSteady } from './support/wait';

const seen = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
/** A message the service worker received: its type and the frame that sent it. */
interface Received {
  type: string;
  url: string;
  frameId: number | undefined;
}

const highlighted = async (page: Page): Promise<string[]> =>
  Object.values(await page.evaluate(readHighlightsInPage, [...HIGHLIGHT_NAMES]))
    .flat()
    .map((h) => h.text);

describe('The pre-screen in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  /**
   * Records the messages the service worker receives from now on (an extra, silent listener): each
   * one's type and the frame that sent it, so that a failure says which message came from where.
   */
  async function recordMessages(): Promise<() => Promise<Received[]>> {
    const worker = await session.serviceWorker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __received: Received[]; __listening?: boolean };
      g.__received = [];
      if (!g.__listening) {
        g.__listening = true;
        chrome.runtime.onMessage.addListener((message: unknown, sender) => {
          const type = (message as { type?: unknown } | null)?.type;
          g.__received.push({ type: String(type), url: sender.url ?? '', frameId: sender.frameId });
        });
      }
    });
    return () =>
      worker.evaluate(() => (globalThis as unknown as { __received: Received[] }).__received);
  }

  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is the only script in every frame, and the engine is no file a page can load', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ js: ['content-screen.js'], all_frames: true }),
    ]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const { page } = session;
    const status = await page.goto(server.url('/prescreen/quiet.html')).then(() =>
      page.evaluate(async (id) => {
        try {
          return (await fetch(`chrome-extension://${id}/content-engine.js`)).status;
        } catch {
          return 'refused';
        }
      }, session.extensionId),
    );
    expect(status).toBe('refused');
  });

  it('on a page and frames without a mention: no message, no DOM change, no engine, nothing sent', async () => {
    const { page } = session;
    const received = await recordMessages();
    await page.goto(server.url('/prescreen/quiet.html'));
    await page.waitForTimeout(1500);
    expect(await seen(page)).toEqual([]);
    expect(await received()).toEqual([]);
    expect(await highlighted(page)).toEqual([]);
    // No tab state was stored for the tab: the background did not even wake up for it.
    const tabId = await tabIdOf(session, page);
    const stored = await session.worker.evaluate(
      async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null,
      tabId,
    );
    expect(stored).toBeNull();
    // The popup still knows the site (from the tab's URL) and offers its switch.
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByRole('switch', { name: 'On this site' }).count()).toBe(1);
    expect(
      await popup.getByRole('heading', { name: 'Treaty Lens cannot run on this page' }).count(),
    ).toBe(0);
    await popup.locator('main').screenshot({ path: artifact('prescreen-popup-no-mention.png') });
    await popup.close();
  });

  it('loads the engine when the page adds a mention later, and the page still sees nothing', async () => {
    const { page } = session;
    const received = await recordMessages();
    const url = server.url('/prescreen/quiet.html');
    await page.goto(url);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later: the Budapest Convention turns 25.';
      document.getElementById('page-owned')!.append(p);
    });
    await expect
      .poll(() => highlighted(page), { timeout: 10_000 })
      .toEqual(['Budapest Convention']);
    // The frame reports its mentions after the scan that painted them has resolved (a task later,
    // then a message to the worker): the highlight alone does not mean the report has arrived.
    await expect
      .poll(async () => (await received()).map((m) => m.type), {
        timeout: 10_000,
        message: 'the frame never reported its mention to the background',
      })
      .toContain('reportMentions');
    // Exactly these four, in this order, all from the top frame (the highlight rules are asked for
    // before the first highlight): none from the quiet frames, no second report.
    const expected = ['injectEngine', 'getPageState', 'insertHighlightRules', 'reportMentions'].map(
      (type) => ({
        type,
        url,
        frameId: 0,
      }),
    );
    expect(await received()).toEqual(expected);
    // A repeated report would come when the reporter's 250 ms throttle fires: watch well past it.
    await expectSteady(received, expected, { ms: 1_000, what: 'the messages the worker received' });
    expect(await seen(page)).toEqual([]);
    await page.screenshot({ path: artifact('prescreen-late-mention-chromium.png') });
  });

  it('keeps its highlights when the page posts WXT-style invalidation messages', async () => {
    const { page } = session;
    await page.goto(server.url('/smoke.html'));
    await expect.poll(() => highlighted(page).then((h) => h.length)).toBeGreaterThan(0);
    const before = await highlighted(page);
    // WXT's context stops its script on this event on `document` (and announces itself with the
    // same type by postMessage); a page that knows the extension id could send it.
    await page.evaluate((id) => {
      for (const name of ['content', 'content-screen', 'content-engine']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        const detail = { contentScriptName: name, messageId: 'page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, session.extensionId);
    await page.waitForTimeout(500);
    expect(await highlighted(page)).toEqual(before);
  });
});
