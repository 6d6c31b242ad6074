import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument, localize } from '@/src/knowledge';
import { cardInPage, type CardView } from './support/content-language';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { ARTIFACTS } from './support/paths';
import { mentionPointInPage } from './support/popover';
import { startServer, type FixtureServer } from './support/server';

// The page-language choice in Firefox (English UI): the same card, in the page's language.

/** Hovers `text` (again, until the page engine has scanned) and returns the placed card. */
async function openCard(page: Page, text: string): Promise<CardView> {
  const point = await page.evaluate(mentionPointInPage, text);
  expect(point, text).not.toBeNull();
  await expect
    .poll(
      async () => {
        await page.mouse.move(point!.x - 6, point!.y + 200);
        await page.mouse.move(point!.x - 6, point!.y);
        await page.mouse.move(point!.x, point!.y, { steps: 4 });
        await new Promise((resolve) => setTimeout(resolve, 700));
        return page.evaluate(cardInPage).then((c) => c?.placed ?? false);
      },
      { timeout: 15_000, interval: 50 },
    )
    .toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 150));
  return (await page.evaluate(cardInPage))!;
}

describe('Content language in Firefox', () => {
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

  it('gives a Spanish page the Spanish card once "the page’s language" is chosen', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('input[name="content-language"][value="page"]');
    await options.click('input[name="content-language"][value="page"]');
    await expect
      .poll(() =>
        options.evaluate(
          () =>
            (document.querySelector('input[value="page"]') as HTMLInputElement | null)?.checked ??
            false,
        ),
      )
      .toBe(true);
    await options.close();

    const page = await session.newPage();
    await page.setViewport({ width: 900, height: 900 });
    await page.goto(server.url('/content-language/es.html'));
    const card = await openCard(page, 'Convención de las Naciones Unidas');
    const record = getInstrument('un-cybercrime-convention');
    const titles = [localize(record.card.shortName, 'es'), localize(record.name, 'es')];
    expect(card.dialogLang).toMatch(/^en\b/);
    expect(card.titleLang).toBe('es');
    expect(titles.map((x) => x.text)).toContain(card.title);
    expect(card.notes).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/content-firefox-page-es.png` });

    // An Arabic page: Arabic content, right to left, inside the English card.
    await page.goto(server.url('/content-language/ar.html'));
    const arabic = await openCard(page, 'اتفاقية بودابست');
    expect(arabic.titleLang).toBe('ar');
    expect(arabic.titleDirection).toBe('rtl');
    expect(arabic.leadDirection).toBe('rtl');
    expect(arabic.dialogDir).toBe('ltr');
    await page.screenshot({ path: `${ARTIFACTS}/content-firefox-page-ar.png` });
  });
});
