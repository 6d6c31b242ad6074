import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument, getSource } from '@/src/knowledge/index';
import { AXE_RUN, AXE_SOURCE } from './support/axe';
import { chromiumCard, chromiumCardViolations } from './support/card';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { ARTIFACTS } from './support/paths';
import {
  activeMentionInPage,
  criticismLinkInPage,
  dialogInPage,
  mentionPointInPage,
  mentionRectsInPage,
  cardPointInPage,
  cardTextInPage,
  timeOpeningInPage,
  type DialogInfo,
  type XY,
} from './support/popover';
import { startServer, type FixtureServer } from './support/server';

const UN = 'United Nations Convention against Cybercrime';

const dialog = (page: Page): Promise<DialogInfo | null> =>
  chromiumCard(page)(dialogInPage, null).then((d) => d ?? null);

/** A real (trusted) click on a control of the card. */
async function clickInCard(page: Page, selector: string, text?: string): Promise<void> {
  const point = await chromiumCard(page)(cardPointInPage, { selector, text });
  if (!point) throw new Error(`${selector} ${text ?? ''} is not in the card`);
  await page.mouse.click(point.x, point.y);
}

async function mentionPoint(page: Page, text: string): Promise<XY> {
  // The page engine scans after load: wait until the mention is highlighted (hit-testable), in
  // the light or the dark palette (a page in dark mode gets the dark one).
  await expect
    .poll(() =>
      page.evaluate(() =>
        ['', '-dark'].some((tone) =>
          CSS.highlights.has(`treaty-lens-un-cybercrime-convention${tone}`),
        ),
      ),
    )
    .toBe(true);
  const point = await page.evaluate(mentionPointInPage, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

async function hoverOpen(page: Page, text = UN): Promise<DialogInfo> {
  const point = await mentionPoint(page, text);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => dialog(page), { timeout: 2_000 }).not.toBeNull();
  return (await dialog(page))!;
}

async function closeByEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog(page)).toBeNull();
}

describe('Popover in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    session = await launchChromium({ colorScheme: 'light' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens on hover within a second, with the status, its as-of date and a sourced criticism', async () => {
    const { page } = session;
    await page.goto(server.url('/popover/plain.html'));
    const point = await mentionPoint(page, UN);
    // Timed inside the page (first pointer move → card placed), not across the test's round trips.
    await page.evaluate(timeOpeningInPage);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => dialog(page), { timeout: 3_000, interval: 50 }).not.toBeNull();
    const elapsed = await page.evaluate(() => {
      const times = (window as unknown as { __tlTimes: { move?: number; open?: number } })
        .__tlTimes;
      return (times.open ?? Infinity) - (times.move ?? 0);
    });
    expect(elapsed).toBeLessThan(1_000);

    const info = (await dialog(page))!;
    // The card is named by the name readers use; the official name is its subtitle.
    expect(info.name).toBe(getInstrument('un-cybercrime-convention').card.shortName.en);
    expect(info.popoverOpen).toBe(true);
    // Beside the mention, never over any line of it (this one wraps onto two lines).
    const lines = await page.evaluate(mentionRectsInPage, UN);
    expect(lines.length).toBe(2);
    for (const line of lines) {
      const overlaps =
        line.x < info.rect.x + info.rect.width &&
        info.rect.x < line.x + line.width &&
        line.y < info.rect.y + info.rect.height &&
        info.rect.y < line.y + line.height;
      expect(overlaps).toBe(false);
    }
    expect(await page.evaluate(activeMentionInPage)).toBe(UN);

    const text = (await chromiumCard(page)(cardTextInPage, null)) ?? '';
    expect(text).toContain('Status');
    expect(text).toMatch(/As of (\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}|\w+ \d{4})/);
    expect(text).toMatch(/\d+ of 40 ratifications/);

    const criticism = getInstrument('un-cybercrime-convention').criticisms[0]!;
    // Criticisms render a frame after summary and status: wait for them.
    await expect.poll(() => chromiumCard(page)(criticismLinkInPage, null)).not.toBeNull();
    const link = await chromiumCard(page)(criticismLinkInPage, null);
    expect(link).toEqual({
      href: new URL(getSource(criticism.source)!.url).href,
      target: '_blank',
      rel: 'noopener noreferrer',
      // Who said it links to where they said it.
      text: (criticism.shortBy ?? criticism.by).en,
    });
    await page.screenshot({ path: `${ARTIFACTS}/popover-light.png` });
  });

  it('opens a criticism source in a new tab', async () => {
    const { page, context } = session;
    // The tests make no network requests: answer for every https source locally.
    await context.route(/^https:\/\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>A source</title>' }),
    );
    const popup = context.waitForEvent('page');
    await clickInCard(page, '[data-section="criticism"] a');
    const opened = await popup;
    const criticism = getInstrument('un-cybercrime-convention').criticisms[0]!;
    expect(opened.url()).toBe(new URL(getSource(criticism.source)!.url).href);
    await opened.close();
    await page.bringToFront();
  });

  it('opens the full summary of the instrument in a new tab, from the card', async () => {
    const { page, context } = session;
    await page.goto(server.url('/popover/plain.html'));
    await hoverOpen(page);
    const opened = context.waitForEvent('page');
    await clickInCard(page, 'button', 'Full summary');
    const summary = await opened;
    await summary.waitForLoadState();
    expect(new URL(summary.url()).hash).toBe('#un-cybercrime-convention');
    expect(new URL(summary.url()).pathname).toBe('/summary.html');
    await expect.poll(() => summary.locator('h1').textContent()).toBe(UN);
    const record = getInstrument('un-cybercrime-convention');
    const events = summary.locator('section[aria-labelledby="record-timeline"] li');
    expect(await events.count()).toBe(record.timeline.length);
    expect(await summary.locator('[data-status="figures"]').textContent()).toMatch(
      /signatories · \d+ of 40 ratifications/,
    );
    await summary.screenshot({ path: `${ARTIFACTS}/summary-light.png`, fullPage: true });
    await summary.evaluate(AXE_SOURCE);
    expect(await summary.evaluate(AXE_RUN)).toEqual([]);
    // The instrument tabs switch the record in place.
    await summary.getByRole('link', { name: 'Budapest Convention' }).click();
    await expect
      .poll(() => summary.locator('h1').textContent())
      .toBe(getInstrument('budapest-convention').name.en);
    expect(await summary.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await summary.close();
    await page.bringToFront();
  });

  it('stays open while the pointer moves into it and closes after it leaves both', async () => {
    const { page } = session;
    await page.goto(server.url('/popover/plain.html'));
    const open = await hoverOpen(page);
    await page.mouse.move(open.rect.x + 40, open.rect.y + 60, { steps: 8 });
    await page.waitForTimeout(900);
    expect(await dialog(page)).not.toBeNull();
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => dialog(page), { timeout: 2_000 }).toBeNull();
    expect(await page.evaluate(activeMentionInPage)).toBeNull();
  });

  it('closes on Escape and on an outside click', async () => {
    const { page } = session;
    await hoverOpen(page);
    await closeByEscape(page);
    await hoverOpen(page);
    await page.mouse.click(5, 5);
    await expect.poll(() => dialog(page)).toBeNull();
  });

  it('moves to the next mention by shortcut, opens it with focus inside, and Escape gives focus back', async () => {
    const { page } = session;
    await page.goto(server.url('/popover/plain.html'));
    await mentionPoint(page, UN);
    const tabId = await tabIdOf(session, page);
    const worker = await session.serviceWorker();
    // Headless Chromium cannot press extension shortcuts: send what the onCommand listener sends.
    const move = (direction: 'next' | 'previous') =>
      worker.evaluate(
        ({ id, dir }) =>
          chrome.tabs.sendMessage(
            id,
            { type: 'moveMention', payload: { direction: dir } },
            { frameId: 0 },
          ),
        { id: tabId, dir: direction },
      );
    await page.focus('#plain-link');
    expect(await move('next')).toEqual({ ok: true, data: { opened: true, index: 0 } });
    await expect.poll(() => dialog(page).then((d) => d?.focusInside)).toBe(true);
    expect((await dialog(page))!.instrument).toBe('un-cybercrime-convention');

    expect(await move('next')).toEqual({ ok: true, data: { opened: true, index: 1 } });
    await expect.poll(() => dialog(page).then((d) => d?.instrument)).toBe('budapest-convention');
    expect(await page.evaluate(activeMentionInPage)).toBe('Budapest Convention');
    await expect.poll(() => dialog(page).then((d) => d?.focusInside)).toBe(true);

    // Tab moves through the dialog's controls.
    await page.keyboard.press('Tab');
    const focused = await chromiumCard(page)((root) => root.activeElement?.tagName, null);
    expect(['BUTTON', 'A']).toContain(focused);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page)).toBeNull();
    // Focus is back where it was before the shortcut.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plain-link');
  });

  it('opens from the popup list (openMention) with focus inside', async () => {
    const { page } = session;
    await page.goto(server.url('/popover/plain.html'));
    await mentionPoint(page, UN);
    const tabId = await tabIdOf(session, page);
    const worker = await session.serviceWorker();
    const answer = await worker.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, { type: 'openMention', payload: { index: 2 } }, { frameId: 0 }),
      tabId,
    );
    expect(answer).toEqual({ ok: true, data: { opened: true } });
    await expect.poll(() => dialog(page).then((d) => d?.instrument)).toBe('ad-hoc-committee');
    await expect.poll(() => dialog(page).then((d) => d?.focusInside)).toBe(true);
    await closeByEscape(page);
  });

  it('passes axe with no violations (light)', async () => {
    const { page } = session;
    await page.goto(server.url('/popover/plain.html'));
    await hoverOpen(page);
    expect(await chromiumCardViolations(page)).toEqual([]);
  });

  it('stays on top of hostile CSS and a max z-index overlay, unchanged', async () => {
    const { page } = session;
    await page.goto(server.url('/popover/plain.html'));
    const plain = await hoverOpen(page);
    await page.goto(server.url('/popover/hostile.html'));
    const hostile = await hoverOpen(page);
    expect(hostile.hitAtCentre).toBe('host');
    expect(hostile.popoverOpen).toBe(true);
    expect(hostile.styles).toEqual(plain.styles);
    expect(hostile.rect.width).toBe(plain.rect.width);
    expect(hostile.rect.height).toBe(plain.rect.height);
    await page.screenshot({ path: `${ARTIFACTS}/popover-hostile.png` });
    expect(await chromiumCardViolations(page)).toEqual([]);
  });

  it('closes when the mention scrolls out of view', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1200, height: 400 });
    await page.goto(server.url('/popover/plain.html'));
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
    });
    await hoverOpen(page);
    await page.mouse.move(5, 390);
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(() => dialog(page)).toBeNull();
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('turns itself off on this site through the background', async () => {
    const { page } = session;
    await page.goto(server.url('/popover/plain.html', 'news.example.test'));
    await hoverOpen(page);
    await clickInCard(page, 'button', 'Turn off on this site');
    await expect
      .poll(() =>
        session.worker.evaluate(
          async () =>
            ((await chrome.storage.sync.get('settings')).settings as { sites?: object } | undefined)
              ?.sites,
        ),
      )
      .toEqual({ 'news.example.test': 'off' });
    // The popover's host is gone; only the "Off on this site · Undo" toast is left.
    await expect
      .poll(() => chromiumCard(page)((root) => root.host.hasAttribute('data-toast'), null))
      .toBe(true);
    await expect
      .poll(() => chromiumCard(page)((root) => root.querySelectorAll('.toast').length, null))
      .toBe(1);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('treaty-lens-un-cybercrime-convention')))
      .toBe(false);
  });
});

describe('Popover in Chromium, dark and touch', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('follows dark mode and passes axe there too', async () => {
    const session = await launchChromium({ colorScheme: 'dark' });
    try {
      const { page } = session;
      await page.goto(server.url('/popover/plain.html'));
      const info = await hoverOpen(page);
      expect(info.styles.background).not.toBe('rgb(255, 255, 255)');
      await page.screenshot({ path: `${ARTIFACTS}/popover-dark.png` });
      expect(await chromiumCardViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('opens on a tap on a mention (narrow touch screen), closes with its close button, and leaves other taps alone', async () => {
    const session = await launchChromium({ viewport: { width: 390, height: 800 }, hasTouch: true });
    try {
      const { page } = session;
      await page.goto(server.url('/popover/plain.html'));
      const point = await mentionPoint(page, 'Budapest Convention');
      await page.touchscreen.tap(point.x, point.y);
      await expect.poll(() => dialog(page).then((d) => d?.instrument)).toBe('budapest-convention');
      // The tap on a mention inside a link did not follow the link.
      expect(new URL(page.url()).hash).toBe('');
      const info = (await dialog(page))!;
      expect(info.rect.x).toBeGreaterThanOrEqual(0);
      expect(info.rect.x + info.rect.width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${ARTIFACTS}/popover-narrow.png` });
      expect(await chromiumCardViolations(page)).toEqual([]);

      const close = (await chromiumCard(page)(cardPointInPage, {
        selector: 'button[aria-label="Close"]',
      }))!;
      await page.touchscreen.tap(close.x, close.y);
      await expect.poll(() => dialog(page)).toBeNull();

      const plainLink = await page.evaluate(mentionPointInPage, 'A link without');
      await page.touchscreen.tap(plainLink!.x, plainLink!.y);
      await expect.poll(() => new URL(page.url()).hash).toBe('#elsewhere');
      expect(await dialog(page)).toBeNull();
    } finally {
      await session.close();
    }
  });
});
