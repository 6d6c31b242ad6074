import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_RUN, AXE_SOURCE } from './support/axe';
import {
  chromiumCardViolations,
  chromiumDialog,
  chromiumLayout,
  hoverOpenChromium,
  pointOfMention,
} from './support/card';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { ARTIFACTS } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

/**
 * The preview card and the popup in English, French and Arabic (Chromium's UI language follows
 * --lang), light and dark: each instrument's card stays within 380 px at 1280 × 800 with nothing
 * to scroll and no text block wider than its box (French and Arabic words are longer), axe finds
 * nothing in the card (its closed shadow tree, `lang` and `dir` included) or in the popup, and the
 * card is a bottom sheet with 44 px targets on a 390 × 844 touch phone. Screenshots of each land
 * in tests/e2e/artifacts/ (card-<lang>-<scheme>.png, popup-<lang>-<scheme>.png,
 * card-<lang>-phone.png) to be looked at.
 */
const NEWS = '/popover/news.html';
const SCHEMES = ['light', 'dark'] as const;
const MENTIONS = [
  ['United Nations Convention against Cybercrime', 'un-cybercrime-convention'],
  ['Budapest Convention', 'budapest-convention'],
  ['UN Ad Hoc Committee', 'ad-hoc-committee'],
] as const;
const DIRECTION: Record<string, string> = { en: 'ltr', fr: 'ltr', ar: 'rtl' };

async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 400);
  await expect.poll(() => chromiumDialog(page)).toBeNull();
}

describe.each(['en', 'fr', 'ar'])('The card and the popup in Chromium, --lang=%s', (lang) => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    session = await launchChromium({ lang, viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(SCHEMES)(
    'every card fits 380 px with nothing to scroll or cut, and axe finds nothing (%s)',
    async (scheme) => {
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url(NEWS));
      for (const [text, instrument] of MENTIONS) {
        const info = await hoverOpenChromium(page, text);
        expect(info.instrument).toBe(instrument);
        const card = (await chromiumLayout(page))!;
        const where = `${instrument} ${lang} ${scheme}`;
        // The figure for the report (the run's log): each card's height in each language.
        console.info(`card height ${where}: ${card.height.toFixed(1)} px`);
        if (instrument === 'un-cybercrime-convention') {
          await page.screenshot({ path: `${ARTIFACTS}/card-${lang}-${scheme}.png` });
        }
        expect(card.lang, where).toBe(lang);
        expect(card.dir, where).toBe(DIRECTION[lang]);
        expect(card.height, where).toBeLessThanOrEqual(380);
        expect(card.scrollable, where).toEqual([]);
        expect(card.overflowing, where).toEqual([]);
        expect(card.critics, where).toBe(card.supporters);
        // One as-of date at most (the committee's settled outcome carries none).
        expect(card.asOfElements, where).toBe(instrument === 'ad-hoc-committee' ? 0 : 1);
        expect(await chromiumCardViolations(page), where).toEqual([]);
        if (instrument === 'un-cybercrime-convention') {
          expect(card.hasBar && card.hasCountry, where).toBe(true);
        }
        await closeCard(page);
      }
    },
  );

  it.each(SCHEMES)('the popup has no axe violations (%s)', async (scheme) => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.url(NEWS));
    await pointOfMention(page, 'United Nations Convention against Cybercrime');
    const tabId = await tabIdOf(session, page);
    const popup = await session.context.newPage();
    try {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await expect.poll(() => popup.locator('.mention').count()).toBeGreaterThan(0);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      await popup.screenshot({ path: `${ARTIFACTS}/popup-${lang}-${scheme}.png` });
      await popup.evaluate(AXE_SOURCE);
      expect(await popup.evaluate(AXE_RUN), `popup ${lang} ${scheme}`).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  describe('phone, 390 × 844 with touch', () => {
    let phone: ChromiumSession;
    beforeAll(async () => {
      phone = await launchChromium({ lang, viewport: { width: 390, height: 844 }, hasTouch: true });
    });
    afterAll(async () => {
      await phone?.close();
    });

    it('is a bottom sheet whose every target is at least 44 × 44 px', async () => {
      const { page } = phone;
      await page.goto(server.url(NEWS));
      const p = await pointOfMention(page, 'United Nations Convention against Cybercrime');
      await page.touchscreen.tap(p.x, p.y);
      await expect.poll(() => chromiumDialog(page)).not.toBeNull();
      const card = (await chromiumLayout(page))!;
      await page.screenshot({ path: `${ARTIFACTS}/card-${lang}-phone.png` });
      console.info(`sheet height ${lang}: ${card.height.toFixed(1)} px of ${card.viewportHeight}`);
      expect(card.width).toBe(390);
      expect(Math.round(card.bottom)).toBe(card.viewportHeight);
      expect(card.smallTargets).toEqual([]);
      expect(card.scrollable).toEqual([]);
      expect(card.overflowing).toEqual([]);
      expect(await chromiumCardViolations(page)).toEqual([]);
    });
  });
});
