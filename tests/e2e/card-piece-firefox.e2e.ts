import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxCard } from './support/card';
import { forgeInPage, openingTimeInPage, watchedInPage, watchInPage } from './support/card-piece';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import {
  dialogInPage,
  mentionPointInPage,
  timeOpeningInPage,
  type DialogInfo,
  type XY,
} from './support/popover';
import { startServer, type FixtureServer } from './support/server';

const UN = 'United Nations Convention against Cybercrime';
const BUDAPEST = 'Budapest Convention';

describe('The card piece in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    session = await launchFirefox();
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const dialog = (): Promise<DialogInfo | null> =>
    firefoxCard(session.browser, page)(dialogInPage, null);

  async function mentionPoint(text: string): Promise<XY> {
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('treaty-lens-budapest-convention')), {
        timeout: 10_000,
      })
      .toBe(true);
    return (await page.evaluate(mentionPointInPage, text))!;
  }

  async function timedHover(text: string): Promise<number> {
    const point = await mentionPoint(text);
    await page.evaluate(timeOpeningInPage);
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(openingTimeInPage), { timeout: 3_000 }).not.toBeNull();
    return (await page.evaluate(openingTimeInPage))!;
  }

  it('shows nothing for a page’s forged events, and opens on the reader’s first hover in time', async () => {
    await page.goto(server.url('/popover/plain.html'));
    await page.evaluate(watchInPage);
    const point = await mentionPoint(UN);
    await page.evaluate(forgeInPage, point);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await dialog()).toBeNull();
    expect(await page.evaluate(watchedInPage)).toMatchObject({ mutations: 0, messages: 0 });

    const first = await timedHover(UN);
    expect((await dialog())!.name).toMatch(/Convention/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog()).toBeNull();
    await page.mouse.move(5, 5);
    const second = await timedHover(BUDAPEST);
    expect((await dialog())!.name).toMatch(/Budapest/);

    const seen = await page.evaluate(watchedInPage);
    expect(seen.messages).toBe(0);
    expect(seen.scriptsNow).toBe(seen.scripts);
    console.log(
      `Firefox: first open (card piece injected, facts asked) ${first.toFixed(0)} ms; later open ${second.toFixed(0)} ms; ratio ${(first / second).toFixed(2)} (hover delay 300 ms in both)`,
    );
    expect(first).toBeLessThan(1_000);
  });
});
