import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, AXE_RUN } from './support/axe';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { ARTIFACTS } from './support/paths';
import {
  chromiumCard,
  chromiumCardViolations,
  chromiumDialog as dialog,
  chromiumLayout as layout,
  hoverOpenChromium as hoverOpen,
  mentionHighlighted as highlighted,
  pointOfMention as point,
  type CardLayout,
} from './support/card';
import { cardPointInPage } from './support/popover';
import { startServer, type FixtureServer } from './support/server';

/**
 * The preview card and the popup as a reader meets them: a news page with a sticky header and a
 * cookie banner, at 1280 × 800, in dark mode, and on a 390 × 844 touch phone.
 */
const UN = 'United Nations Convention against Cybercrime';
const NEWS = '/popover/news.html';

/** A real (trusted) click on a control of the card (or of the toast, once only it is left). */
async function clickInCard(page: Page, selector: string, text?: string): Promise<void> {
  const p = await chromiumCard(page)(cardPointInPage, { selector, text });
  if (!p) throw new Error(`${selector} ${text ?? ''} is not in the card`);
  await page.mouse.click(p.x, p.y);
}

/** The toast's text (null when no toast is shown). */
const toastText = (page: Page) =>
  chromiumCard(page)(
    (root) =>
      root.host.hasAttribute('data-toast')
        ? (root.querySelector<HTMLElement>('.toast')?.innerText ?? null)
        : null,
    null,
  ).then((t) => t ?? null);

async function expectPreviewCard(page: Page, name: string): Promise<CardLayout> {
  const card = (await layout(page))!;
  expect(card.height).toBeLessThanOrEqual(380);
  expect(card.scrollable).toEqual([]);
  expect(card.overflowing).toEqual([]);
  expect(card.text).toContain(name);
  expect(card.text).toContain('UN treaty on cybercrime, adopted in 2024');
  expect(card.text).toContain('Open for signature until');
  expect(card.text).toMatch(/\d+ signatories · \d+ of 40 ratifications/);
  expect(card.asOfCount).toBe(1);
  expect(card.hasBar).toBe(true);
  expect(card.hasCountry).toBe(true);
  expect(card.critics).toBe(2);
  expect(card.supporters).toBe(2);
  expect(card.text).toContain('Full summary');
  return card;
}

describe('Preview card and popup in Chromium', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('at 1280 × 800, light', () => {
    let session: ChromiumSession;
    beforeAll(async () => {
      session = await launchChromium({ viewport: { width: 1280, height: 800 } });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('is a preview card of at most 380 px with nothing to scroll, on a news page', async () => {
      const { page } = session;
      await page.goto(server.url(NEWS));
      await hoverOpen(page);
      await expectPreviewCard(page, 'UN Convention against Cybercrime');
      await page.screenshot({ path: `${ARTIFACTS}/card-light.png` });
      expect(await chromiumCardViolations(page)).toEqual([]);
    });

    it('fits the other instruments too, each as tall as 380 px at most', async () => {
      const { page } = session;
      for (const [text, instrument] of [
        ['Budapest Convention', 'budapest-convention'],
        ['UN Ad Hoc Committee', 'ad-hoc-committee'],
      ] as const) {
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 400);
        await expect.poll(() => dialog(page)).toBeNull();
        const info = await hoverOpen(page, text);
        expect(info.instrument).toBe(instrument);
        const card = (await layout(page))!;
        expect(card.height).toBeLessThanOrEqual(380);
        expect(card.scrollable).toEqual([]);
        expect(card.overflowing).toEqual([]);
        expect(card.asOfCount).toBeLessThanOrEqual(1);
        expect(card.critics).toBe(card.supporters);
      }
    });

    it('turns off on this site with a toast whose Undo brings the rule and highlights back within a second', async () => {
      const { page } = session;
      await page.goto(server.url(NEWS, 'undo.example.test'));
      await hoverOpen(page);
      await clickInCard(page, 'button', 'Turn off on this site');
      await expect.poll(() => highlighted(page)).toBe(false);
      // The popover's host is gone; only the toast's is left.
      await expect.poll(() => toastText(page)).not.toBeNull();
      expect(
        await chromiumCard(page)(
          (root) =>
            [...root.querySelectorAll('.toast button')].filter(
              (b) => b.textContent?.trim() === 'Undo',
            ).length,
          null,
        ),
      ).toBe(1);
      expect(await toastText(page)).toContain('Off on this site');
      await page.screenshot({ path: `${ARTIFACTS}/card-undo-toast.png` });
      const undo = await chromiumCard(page)(cardPointInPage, {
        selector: '.toast button',
        text: 'Undo',
      });
      if (!undo) throw new Error('No Undo in the toast');
      const started = Date.now();
      await page.mouse.click(undo.x, undo.y);
      await expect.poll(() => highlighted(page), { timeout: 1_000, interval: 25 }).toBe(true);
      expect(Date.now() - started).toBeLessThan(1_000);
      const sites = await session.worker.evaluate(
        async () =>
          ((await chrome.storage.sync.get('settings')).settings as { sites?: object } | undefined)
            ?.sites,
      );
      expect(sites ?? {}).toEqual({});
      expect(await toastText(page)).toBeNull();
    });

    it('popup at 600 px: the site switch and the first mentions show without scrolling', async () => {
      const { page } = session;
      await page.goto(server.url(NEWS));
      await point(page, UN);
      const tabId = await tabIdOf(session, page);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await expect.poll(() => popup.locator('.mention').count()).toBeGreaterThan(0);
      const at = await popup.evaluate(() => {
        const sw = document.querySelector('[role="switch"]')!.getBoundingClientRect();
        const first = document.querySelector('.mention')!.getBoundingClientRect();
        const focusable = document.querySelector('input, button, a');
        return {
          switchBottom: sw.bottom,
          firstMentionBottom: first.bottom,
          docHeight: document.documentElement.scrollHeight,
          firstControlIsSiteSwitch: focusable?.closest('.site') !== null,
          scrollAreas: [...document.querySelectorAll('*')].filter((e) => {
            const cs = getComputedStyle(e);
            return /auto|scroll/.test(cs.overflowY) && e.scrollHeight > e.clientHeight;
          }).length,
          rowsDir: [...document.querySelectorAll('.snippet')].map((e) => e.getAttribute('dir')),
        };
      });
      expect(at.firstControlIsSiteSwitch).toBe(true);
      expect(at.switchBottom).toBeLessThan(600);
      expect(at.firstMentionBottom).toBeLessThanOrEqual(600);
      expect(at.docHeight).toBeLessThanOrEqual(600);
      expect(at.scrollAreas).toBeLessThanOrEqual(1);
      expect(new Set(at.rowsDir)).toEqual(new Set(['auto']));
      await popup.screenshot({ path: `${ARTIFACTS}/popup-light.png` });
      await popup.evaluate(AXE_SOURCE);
      expect(await popup.evaluate(AXE_RUN)).toEqual([]);
      await popup.close();
    });

    it('popup on a page that mentions only the Budapest Convention shows its status', async () => {
      const { page } = session;
      await page.goto(server.url('/popover/budapest-only.html'));
      await expect
        .poll(() => page.evaluate(() => CSS.highlights.has('treaty-lens-budapest-convention')))
        .toBe(true);
      const tabId = await tabIdOf(session, page);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await expect.poll(() => popup.locator('.mention').count()).toBeGreaterThan(0);
      const rows = await popup
        .locator('.status-row')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-instrument')));
      expect(rows).toEqual(['budapest-convention']);
      expect(await popup.locator('.status-row').innerText()).toContain('In force since');
      await popup.close();
    });
  });

  describe('dark', () => {
    let session: ChromiumSession;
    beforeAll(async () => {
      session = await launchChromium({
        viewport: { width: 1280, height: 800 },
        colorScheme: 'dark',
      });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('keeps the card within 380 px and accessible in dark mode; the popup too', async () => {
      const { page } = session;
      await page.goto(server.url(NEWS));
      const info = await hoverOpen(page);
      expect(info.styles.background).not.toBe('rgb(255, 255, 255)');
      await expectPreviewCard(page, 'UN Convention against Cybercrime');
      await page.screenshot({ path: `${ARTIFACTS}/card-dark.png` });
      expect(await chromiumCardViolations(page)).toEqual([]);

      const tabId = await tabIdOf(session, page);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await expect.poll(() => popup.locator('.mention').count()).toBeGreaterThan(0);
      await popup.screenshot({ path: `${ARTIFACTS}/popup-dark.png` });
      await popup.evaluate(AXE_SOURCE);
      expect(await popup.evaluate(AXE_RUN)).toEqual([]);
      await popup.close();
    });
  });

  describe('phone, 390 × 844 with touch', () => {
    let session: ChromiumSession;
    beforeAll(async () => {
      session = await launchChromium({ viewport: { width: 390, height: 844 }, hasTouch: true });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('is a bottom sheet whose every target is at least 44 × 44 px', async () => {
      const { page } = session;
      await page.goto(server.url(NEWS));
      const p = await point(page, UN);
      await page.touchscreen.tap(p.x, p.y);
      await expect.poll(() => dialog(page)).not.toBeNull();
      const card = (await layout(page))!;
      // Across the screen, resting on its bottom edge.
      expect(card.width).toBe(390);
      expect(Math.round(card.bottom)).toBe(card.viewportHeight);
      expect(card.smallTargets).toEqual([]);
      expect(card.scrollable).toEqual([]);
      expect(card.overflowing).toEqual([]);
      expect(card.critics).toBe(2);
      expect(card.supporters).toBe(2);
      await page.screenshot({ path: `${ARTIFACTS}/card-phone.png` });
      expect(await chromiumCardViolations(page)).toEqual([]);
    });
  });
});
