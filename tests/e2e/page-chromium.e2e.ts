import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import {
  ALL_HIGHLIGHT_NAMES,
  anyHighlightRegisteredInPage,
  HIGHLIGHT_NAMES,
  readHighlightsInPage,
  countHighlighted,
  type Highlights,
} from './support/highlights';
import { ARTIFACTS } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

const read = (target: Page | Frame): Promise<Highlights> =>
  target.evaluate(readHighlightsInPage, [...HIGHLIGHT_NAMES]);
const foreignMutations = (target: Page | Frame): Promise<string[]> =>
  target.evaluate(() => (window as unknown as { __foreignMutations: string[] }).__foreignMutations);

const ARTICLE: Highlights = {
  'un-cybercrime-convention': [
    { text: 'UN Convention against Cybercrime', in: 'cell-un' },
    { text: 'United Nations Convention against Cybercrime', in: 'headline' },
    { text: 'UN Convention against Cybercrime', in: 'lead' },
    { text: 'Hanoi Convention', in: 'quote' },
  ],
  'budapest-convention': [
    { text: 'Budapest Convention', in: 'budapest' },
    { text: 'Budapest Convention', in: 'cell-budapest' },
  ],
  'ad-hoc-committee': [{ text: 'UN Ad Hoc Committee', in: 'committee' }],
  active: [],
};

describe('Page scanning in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  async function extensionMessage(message: unknown): Promise<unknown> {
    const worker = await session.serviceWorker();
    // The worker's own runtime.sendMessage does not reach itself: use an extension page.
    const popup = await session.openExtensionPage('popup.html');
    try {
      return await popup.evaluate((m) => chrome.runtime.sendMessage(m), message);
    } finally {
      await popup.close();
      void worker;
    }
  }
  const setSiteRule = (rule: 'on' | 'off' | null): Promise<unknown> =>
    extensionMessage({ type: 'setSiteRule', payload: { host: '127.0.0.1', rule } });
  const updateSettings = (patch: unknown): Promise<unknown> =>
    extensionMessage({ type: 'updateSettings', payload: { patch } });

  /** Each frame's stored mentions (the background stores `{ mentions, counts, at }` per frame). */
  async function reported(tabId: number): Promise<Record<string, unknown[]> | null> {
    const worker = await session.serviceWorker();
    return worker.evaluate(async (id) => {
      const key = `tab:${id}`;
      const stored = (await chrome.storage.session.get(key))[key] as
        { frames: Record<string, { mentions: unknown[] }> } | undefined;
      if (!stored) return null;
      return Object.fromEntries(
        Object.entries(stored.frames).map(([frameId, frame]) => [frameId, frame.mentions]),
      );
    }, tabId);
  }

  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights exactly the mentions of a news article, none in inputs, editors or scripts', async () => {
    const { page } = session;
    await page.goto(server.url('/page/article.html'));
    await expect.poll(() => read(page).then(countHighlighted)).toBe(7);
    expect(await read(page)).toEqual(ARTICLE);
    expect(await foreignMutations(page)).toEqual([]);
    // Nothing of ours in the DOM: no wrapper, attribute, class or stylesheet.
    expect(
      await page.evaluate(() => document.querySelectorAll('mark, [class*=treaty]').length),
    ).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: `${ARTIFACTS}/article-chromium.png`,
      fullPage: true,
      // Playwright hides the caret by setting a style on editable elements: keep the DOM as it is.
      caret: 'initial',
    });
  });

  it('reports the mentions of the frame to the background in document order', async () => {
    const { page } = session;
    const tabId = await tabIdOf(session, page);
    // Names and order; each report also carries the words of its sentence (checked below).
    const names = async () => {
      const frames = await reported(tabId);
      return frames
        ? Object.fromEntries(
            Object.entries(frames).map(([frame, list]) => [
              frame,
              (list as Array<{ instrument: string; text: string }>).map(({ instrument, text }) => ({
                instrument,
                text,
              })),
            ]),
          )
        : null;
    };
    await expect.poll(names).toEqual({
      '0': [
        {
          instrument: 'un-cybercrime-convention',
          text: 'United Nations Convention against Cybercrime',
        },
        { instrument: 'un-cybercrime-convention', text: 'UN Convention against Cybercrime' },
        { instrument: 'budapest-convention', text: 'Budapest Convention' },
        { instrument: 'un-cybercrime-convention', text: 'Hanoi Convention' },
        { instrument: 'ad-hoc-committee', text: 'UN Ad Hoc Committee' },
        { instrument: 'budapest-convention', text: 'Budapest Convention' },
        { instrument: 'un-cybercrime-convention', text: 'UN Convention against Cybercrime' },
      ],
    });
    const [first] = ((await reported(tabId))?.['0'] ?? []) as Array<{
      before?: string;
      after?: string;
    }>;
    expect(typeof first?.before).toBe('string');
    expect(`${first?.before ?? ''}${first?.after ?? ''}`.trim()).not.toBe('');
  });

  it('opens a mention from the popup list: scrolls to it and marks it active', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 800, height: 300 });
    const tabId = await tabIdOf(session, page);
    const popup = await session.openExtensionPage('popup.html');
    const answer = await popup.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, { type: 'openMention', payload: { index: 6 } }, { frameId: 0 }),
      tabId,
    );
    await popup.close();
    expect(answer).toEqual({ ok: true, data: { opened: true } });
    await expect
      .poll(() => read(page).then((h) => h.active))
      .toEqual([{ text: 'UN Convention against Cybercrime', in: 'cell-un' }]);
    const inView = await page.evaluate(() => {
      const rect = document.getElementById('cell-un')!.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await page.setViewportSize({ width: 1200, height: 900 });
    expect(await foreignMutations(page)).toEqual([]);
  });

  it('removes everything when switched off for the site and brings the same mentions back', async () => {
    const { page } = session;
    const tabId = await tabIdOf(session, page);
    await page.goto(server.url('/page/article.html'));
    await expect.poll(() => read(page).then(countHighlighted)).toBe(7);
    await updateSettings({ highlightStyle: 'background' });
    await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);

    await setSiteRule('off');
    await expect
      .poll(() => page.evaluate(anyHighlightRegisteredInPage, ALL_HIGHLIGHT_NAMES))
      .toBe(false);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await expect.poll(() => reported(tabId)).toEqual({ '0': [] });

    await setSiteRule(null);
    await expect.poll(() => read(page).then(countHighlighted)).toBe(7);
    expect(await read(page)).toEqual(ARTICLE);
    await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await expect.poll(() => reported(tabId).then((f) => f?.['0']?.length)).toBe(7);

    await updateSettings({
      highlightStyle: 'underline',
      instruments: { 'budapest-convention': false },
    });
    await expect.poll(() => read(page).then(countHighlighted)).toBe(5);
    expect((await read(page))['budapest-convention']).toEqual([]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await updateSettings({ instruments: { 'budapest-convention': true } });
    await expect.poll(() => read(page).then(countHighlighted)).toBe(7);
    expect(await foreignMutations(page)).toEqual([]);
  });

  it('finds names in several languages, right-to-left Arabic included', async () => {
    const { page } = session;
    await page.goto(server.url('/page/languages.html'));
    await expect.poll(() => read(page).then(countHighlighted)).toBe(5);
    const h = await read(page);
    expect(h['un-cybercrime-convention']).toEqual([
      { text: 'اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية', in: 'ar' },
      { text: 'Convention des Nations unies contre la cybercriminalité', in: 'fr' },
      { text: 'Конвенция ООН против киберпреступности', in: 'ru' },
    ]);
    expect(h['budapest-convention']).toEqual([
      { text: 'Convenio de Budapest', in: 'es' },
      { text: '布达佩斯公约', in: 'zh' },
    ]);
    expect(await foreignMutations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/languages-chromium.png`, caret: 'initial' });
  });

  it('follows text the page adds, changes and removes, and an in-page navigation', async () => {
    const { page } = session;
    await page.goto(server.url('/page/dynamic.html'));
    // The page appends "Hanoi Convention" 200 ms after load.
    await expect
      .poll(() => read(page).then((h) => h['un-cybercrime-convention']))
      .toEqual([{ text: 'Hanoi Convention', in: 'feed' }]);
    expect((await read(page))['budapest-convention']).toEqual([
      { text: 'Budapest Convention', in: 'first' },
    ]);

    await page.evaluate(() =>
      (
        window as unknown as { pageActions: { setText(id: string, t: string): void } }
      ).pageActions.setText('changing', 'Now it names the UN Ad Hoc Committee on Cybercrime.'),
    );
    await expect
      .poll(() => read(page).then((h) => h['ad-hoc-committee']))
      .toEqual([{ text: 'UN Ad Hoc Committee on Cybercrime', in: 'changing' }]);
    await page.evaluate(() =>
      (
        window as unknown as { pageActions: { setText(id: string, t: string): void } }
      ).pageActions.setText('changing', 'And now it names nothing.'),
    );
    await expect.poll(() => read(page).then((h) => h['ad-hoc-committee'])).toEqual([]);

    await page.evaluate(() =>
      (window as unknown as { pageActions: { remove(id: string): void } }).pageActions.remove(
        'first',
      ),
    );
    await expect.poll(() => read(page).then((h) => h['budapest-convention'])).toEqual([]);

    for (let i = 0; i < 20; i++) {
      await page.evaluate(
        (n) =>
          (window as unknown as { pageActions: { append(t: string): void } }).pageActions.append(
            n % 5 === 0 ? `Item ${n} on the Budapest Convention.` : `Item ${n}, nothing.`,
          ),
        i,
      );
    }
    await expect.poll(() => read(page).then((h) => h['budapest-convention']?.length)).toBe(4);

    await page.evaluate(() =>
      (window as unknown as { pageActions: { navigate(): void } }).pageActions.navigate(),
    );
    await expect
      .poll(() => read(page))
      .toEqual({
        'un-cybercrime-convention': [],
        'budapest-convention': [],
        'ad-hoc-committee': [{ text: 'UN Ad Hoc Committee on Cybercrime', in: 'navigated' }],
        active: [],
      });
    expect(await foreignMutations(page)).toEqual([]);
  });

  it('scans open shadow roots, a same-origin frame and an about:blank frame', async () => {
    const { page } = session;
    await page.goto(server.url('/page/shadow.html'));
    await expect
      .poll(() => read(page))
      .toEqual({
        'un-cybercrime-convention': [{ text: 'UN Convention against Cybercrime', in: 'in-shadow' }],
        'budapest-convention': [{ text: 'Budapest Convention', in: 'light' }],
        'ad-hoc-committee': [],
        active: [],
      });
    // The shadow root adopted the ::highlight rules (a document rule does not reach inside).
    expect(
      await page.evaluate(
        () => document.getElementById('card')!.shadowRoot!.adoptedStyleSheets.length,
      ),
    ).toBe(1);
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await expect
      .poll(() => read(frame).then((h) => h['un-cybercrime-convention']))
      .toEqual([{ text: 'United Nations Convention against Cybercrime', in: 'in-frame' }]);
    // document.open() gives the about:blank frame its opener's URL.
    const blank = page
      .frames()
      .find((f) => f !== page.mainFrame() && !f.url().endsWith('/frame.html'))!;
    await expect
      .poll(() => read(blank).then((h) => h['budapest-convention']))
      .toEqual([{ text: 'Budapest Convention', in: 'in-blank' }]);
    expect(await foreignMutations(page)).toEqual([]);
    expect(await foreignMutations(frame)).toEqual([]);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => reported(tabId).then((f) => (f ? Object.keys(f).length : 0))).toBe(3);
  });
});
