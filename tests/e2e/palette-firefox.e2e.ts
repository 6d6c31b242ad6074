import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from './support/extension';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { readHighlightsInPage, type HighlightedRange } from './support/highlights';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

const IDS = ['un-cybercrime-convention', 'budapest-convention', 'ad-hoc-committee'];
const NAMES = IDS.flatMap((id) => [`treaty-lens-${id}`, `treaty-lens-${id}-dark`]);

/** Where each mention was painted: element id → highlight name (without the prefix). */
function byElement(h: Record<string, HighlightedRange[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, ranges] of Object.entries(h)) for (const r of ranges) out[r.in] = name;
  return out;
}

describe('Highlight palette and welcome page in Firefox', () => {
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

  it('paints mentions on a dark page with the dark palette and a light band with the light one', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/palette/dark.html'));
    await expect
      .poll(
        async () => Object.keys(byElement(await page.evaluate(readHighlightsInPage, NAMES))).length,
        {
          timeout: 10_000,
        },
      )
      .toBe(4);
    expect(byElement(await page.evaluate(readHighlightsInPage, NAMES))).toEqual({
      un: 'un-cybercrime-convention-dark',
      budapest: 'budapest-convention-dark',
      committee: 'ad-hoc-committee-dark',
      'band-un': 'un-cybercrime-convention',
    });
    await page.screenshot({ path: artifact('palette-dark-firefox.png') });
    await page.close();
  });

  it('names the shortcuts on the welcome page as Firefox reports them', async () => {
    const welcome = await session.openExtensionPage('welcome.html');
    await welcome.waitForSelector('main h1');
    const reported = await welcome.evaluate(async () =>
      Object.fromEntries(
        (await browser.commands.getAll()).map((c) => [c.name ?? '', c.shortcut ?? '']),
      ),
    );
    const text = await welcome.evaluate(() => document.querySelector('main')?.textContent ?? '');
    expect(reported['next-mention']).toBeTruthy();
    expect(text).toContain(reported['next-mention']);
    expect(text).toContain(reported['previous-mention']);
    expect(text).toContain('about:addons');
    await welcome.screenshot({ path: artifact('welcome-firefox.png'), fullPage: true });
  });
});
