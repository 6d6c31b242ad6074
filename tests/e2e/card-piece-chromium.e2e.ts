import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumCard } from './support/card';
import { launchChromium, type ChromiumSession } from './support/chromium';
import {
  dialogInPage,
  mentionPointInPage,
  timeOpeningInPage,
  type DialogInfo,
  type XY,
} from './support/popover';
import { forgeInPage, watchedInPage, watchInPage } from './support/card-piece';
import { startServer, type FixtureServer } from './support/server';

const UN = 'United Nations Convention against Cybercrime';
const BUDAPEST = 'Budapest Convention';

const dialog = (page: Page): Promise<DialogInfo | null> =>
  chromiumCard(page)(dialogInPage, null).then((d) => d ?? null);

describe('The card piece in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  /** Records the type of every message the service worker receives from now on. */
  async function recordMessages(): Promise<() => Promise<string[]>> {
    const worker = await session.serviceWorker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __types: string[]; __recording?: boolean };
      g.__types = [];
      if (!g.__recording) {
        g.__recording = true;
        chrome.runtime.onMessage.addListener(
          (m: { type?: string }) => void g.__types.push(String(m?.type)),
        );
      }
    });
    return () => worker.evaluate(() => (globalThis as unknown as { __types: string[] }).__types);
  }

  async function mentionPoint(page: Page, text: string): Promise<XY> {
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('treaty-lens-budapest-convention')))
      .toBe(true);
    return (await page.evaluate(mentionPointInPage, text))!;
  }

  /** Hovers `text` and returns the time from the first pointer move to the card placed, in page time. */
  async function timedHover(page: Page, text: string): Promise<number> {
    const point = await mentionPoint(page, text);
    await page.evaluate(timeOpeningInPage);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => dialog(page), { timeout: 3_000, interval: 20 }).not.toBeNull();
    await expect
      .poll(
        () =>
          page.evaluate(
            () => (window as unknown as { __tlTimes: { open?: number } }).__tlTimes.open,
          ),
        {
          interval: 20,
        },
      )
      .toBeDefined();
    return page.evaluate(() => {
      const t = (window as unknown as { __tlTimes: { move: number; open: number } }).__tlTimes;
      return t.open - t.move;
    });
  }

  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium({ colorScheme: 'light' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('loads only on the reader’s own first hover, once, unseen by the page, and opens in time', async () => {
    const { page } = session;
    const messages = await recordMessages();
    await page.goto(server.url('/popover/plain.html'));
    await page.evaluate(watchInPage);
    const point = await mentionPoint(page, UN);
    await page.waitForTimeout(500);
    // The engine runs; the card piece and the facts have not been asked for.
    expect(await messages()).toContain('injectEngine');
    expect(await messages()).not.toContain('injectCard');
    expect(await messages()).not.toContain('cardFacts');

    // The page forges a hover, a tap, focus and the shortcut keys: nothing loads, nothing shows.
    await page.evaluate(forgeInPage, point);
    await page.waitForTimeout(800);
    expect(await messages()).not.toContain('injectCard');
    expect(await dialog(page)).toBeNull();
    expect(await page.evaluate(watchedInPage)).toMatchObject({ mutations: 0, messages: 0 });

    const first = await timedHover(page, UN);
    const afterFirst = await messages();
    expect(afterFirst.filter((t) => t === 'injectCard')).toHaveLength(1);
    expect(afterFirst).toContain('cardFacts');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page)).toBeNull();
    await page.mouse.move(5, 5);

    const second = await timedHover(page, BUDAPEST);
    expect((await messages()).filter((t) => t === 'injectCard')).toHaveLength(1);
    expect((await dialog(page))!.name).toMatch(/Budapest/);

    // Only the card's own host came and went: no script element, no window message.
    const seen = await page.evaluate(watchedInPage);
    expect(seen.messages).toBe(0);
    expect(seen.scriptsNow).toBe(seen.scripts);
    console.log(
      `first open (card piece injected, facts asked) ${first.toFixed(0)} ms; later open ${second.toFixed(0)} ms; ratio ${(first / second).toFixed(2)} (hover delay 300 ms in both)`,
    );
    expect(first).toBeLessThan(1_000);
  });
});
