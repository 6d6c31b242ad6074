import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument, getSource } from '@/src/knowledge/index';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import {
  criticismLinkInPage,
  dialogInPage,
  cardPointInPage,
  cardTextInPage,
  mentionPointInPage,
  type DialogInfo,
} from './support/popover';
import { firefoxCard } from './support/card';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

const UN = 'United Nations Convention against Cybercrime';

describe('Popover in Firefox', () => {
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
  const card = () => firefoxCard(session.browser, page);
  const dialog = (p: Page): Promise<DialogInfo | null> =>
    firefoxCard(session.browser, p)(dialogInPage, null);

  async function hoverOpen(): Promise<DialogInfo> {
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('treaty-lens-un-cybercrime-convention')), {
        timeout: 10_000,
      })
      .toBe(true);
    const point = (await page.evaluate(mentionPointInPage, UN))!;
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => dialog(page), { timeout: 2_000 }).not.toBeNull();
    return (await dialog(page))!;
  }

  it('opens on hover with the status and a sourced criticism, and closes on Escape', async () => {
    await page.goto(server.url('/popover/plain.html'));
    const info = await hoverOpen();
    // The card is named by the name readers use; the official name is its subtitle.
    expect(info.name).toBe(getInstrument('un-cybercrime-convention').card.shortName.en);
    expect(info.popoverOpen).toBe(true);
    const text = (await card()(cardTextInPage, null)) ?? '';
    expect(text).toMatch(/As of /);
    const criticism = getInstrument('un-cybercrime-convention').criticisms[0]!;
    // Criticisms render a frame after summary and status: wait for them.
    await expect.poll(() => card()(criticismLinkInPage, null)).not.toBeNull();
    const link = await card()(criticismLinkInPage, null);
    expect(link?.href).toBe(new URL(getSource(criticism.source)!.url).href);
    expect(link?.target).toBe('_blank');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page)).toBeNull();
  });

  it('is a preview card of at most 380 px with nothing to scroll on a news page at 1280 × 800', async () => {
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url('/popover/news.html'));
    await hoverOpen();
    const measured = await card()((root) => {
      const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
      const scrolls = [dialog, ...dialog.querySelectorAll<HTMLElement>('*')].filter((e) => {
        const cs = getComputedStyle(e);
        return /auto|scroll/.test(cs.overflowY) && e.scrollHeight > e.clientHeight + 1;
      });
      return {
        height: dialog.getBoundingClientRect().height,
        scrolls: scrolls.length,
        asOf: (dialog.innerText.match(/As of /g) ?? []).length,
        critics: dialog.querySelectorAll('[data-section="criticism"] li').length,
        supporters: dialog.querySelectorAll('[data-section="support"] li').length,
      };
    }, null);
    if (!measured) throw new Error('No card to measure');
    expect(measured.height).toBeLessThanOrEqual(380);
    expect(measured.scrolls).toBe(0);
    expect(measured.asOf).toBe(1);
    expect([measured.critics, measured.supporters]).toEqual([2, 2]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page)).toBeNull();
  });

  it('opens the full summary of the instrument in a new tab', async () => {
    await page.goto(server.url('/popover/plain.html'));
    await hoverOpen();
    const before = new Set(await session.browser.pages());
    // A real click: a page's synthetic one would be refused.
    const button = (await card()(cardPointInPage, { selector: 'button', text: 'Full summary' }))!;
    await page.mouse.click(button.x, button.y);
    let heading: string | null = null;
    await expect
      .poll(
        async () => {
          for (const tab of await session.browser.pages()) {
            if (before.has(tab)) continue;
            const found = await tab
              .evaluate(() =>
                location.pathname === '/summary.html' &&
                location.hash === '#un-cybercrime-convention'
                  ? (document.querySelector('h1')?.textContent ?? null)
                  : null,
              )
              .catch(() => null);
            if (found) heading = found;
          }
          return heading;
        },
        { timeout: 10_000 },
      )
      .toBe(UN);
    await page.bringToFront();
    await page.keyboard.press('Escape');
  });

  it('stays open while the pointer moves into it', async () => {
    await page.goto(server.url('/popover/plain.html'));
    const info = await hoverOpen();
    await page.mouse.move(info.rect.x + 40, info.rect.y + 60, { steps: 8 });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await dialog(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page)).toBeNull();
  });

  it('reaches the next mention by shortcut message, with focus inside', async () => {
    await page.goto(server.url('/popover/plain.html'));
    await hoverOpen();
    await page.keyboard.press('Escape');
    await page.bringToFront();
    // Without the tabs permission URLs are hidden: the web page is the active tab that is not ours.
    const answer = await session.extensionPage.evaluate(async () => {
      const own = await browser.tabs.getCurrent();
      const tabs = await browser.tabs.query({ active: true });
      const tab = tabs.find((t) => t.id !== own?.id);
      return browser.tabs.sendMessage(
        tab!.id!,
        { type: 'moveMention', payload: { direction: 'next' } },
        { frameId: 0 },
      );
    });
    // Continues after the mention hovered last (index 0).
    expect(answer).toEqual({ ok: true, data: { opened: true, index: 1 } });
    await expect.poll(() => dialog(page).then((d) => d?.instrument)).toBe('budapest-convention');
    await expect.poll(() => dialog(page).then((d) => d?.focusInside)).toBe(true);
  });
});
