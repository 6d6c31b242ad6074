import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { chromiumCard } from './support/card';
import { mentionPointInPage } from './support/popover';
import { startServer, type FixtureServer } from './support/server';

const UN = 'United Nations Convention against Cybercrime';

/** The country line inside the open popover, or null when it has none. */
function countryLineInPage(root: ShadowRoot): string | null {
  return root.querySelector('[role="dialog"] .country-line')?.textContent?.trim() ?? null;
}

describe('Where does my country stand (Chromium)', () => {
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

  async function setCountry(country: string): Promise<void> {
    const worker = await session.serviceWorker();
    await worker.evaluate(async (code) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), country: code } });
    }, country);
  }

  async function hoverUn(page: Page): Promise<void> {
    await page.goto(server.url('/popover/plain.html'));
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('treaty-lens-un-cybercrime-convention')))
      .toBe(true);
    const point = await page.evaluate(mentionPointInPage, UN);
    if (!point) throw new Error('no mention');
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => chromiumCard(page)((root) => !!root.querySelector('[role="dialog"]'), null))
      .toBe(true);
  }

  it.each([
    ['FR', /^Your country: France: signed on October 25, 2025, not yet ratified$/],
    // Canada's July 2026 signature is an unconfirmed report (issue 18): not counted.
    ['CA', /^Your country: Canada: not among the \d+ signatories known to us$/],
    ['JP', /^Your country: Japan: not among the \d+ signatories known to us$/],
  ])('shows the line for %s in the popover', async (country, expected) => {
    await setCountry(country);
    const page = session.page;
    await hoverUn(page);
    await expect.poll(() => chromiumCard(page)(countryLineInPage, null)).toMatch(expected);
  });

  it('shows no line when the reader chose not to', async () => {
    await setCountry('none');
    const page = session.page;
    await hoverUn(page);
    expect(await chromiumCard(page)(countryLineInPage, null)).toBeNull();
  });
});
