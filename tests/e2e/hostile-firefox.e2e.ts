import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxCard } from './support/card';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import {
  describeTotals,
  emptyTotals,
  framesInPage,
  mutationsInPage,
  nothingHighlightedInPage,
  seeds,
  sentinelHighlightedInPage,
  sentinelPointInPage,
  snapshotInPage,
} from './support/hostile';
import { ARTIFACTS } from './support/paths';
import { findingTests, type Driver, type DriverPage } from './support/findings';
import { dialogInPage } from './support/popover';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

/** Pages per run (≥ 50 in CI); HOSTILE_PAGES_FIREFOX overrides it for a longer local run. */
const PAGES = Number(process.env.HOSTILE_PAGES_FIREFOX ?? 50);
/** Every CARD_EVERY-th page opens and closes a card; every OFF_ON_EVERY-th switches off and on. */
const CARD_EVERY = 8;
const OFF_ON_EVERY = 25;

describe('Hostile pages in Firefox: one fixture per finding, then seeded DOM fuzzing', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    session = await launchFirefox();
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  findingTests(
    (): Driver => ({
      name: 'firefox',
      page: page as unknown as DriverPage,
      card: firefoxCard(session.browser, page),
      extensionId: 'treaty-lens@treaty-lens.org',
      tabCount: async () => (await session.browser.pages()).length,
      siteRules: () =>
        session.extensionPage.evaluate(async () => {
          const stored = (await browser.storage.sync.get('settings')).settings as
            { sites?: Record<string, unknown> } | undefined;
          const sites = stored?.sites ?? {};
          return Object.keys(sites).length > 0 ? sites : null;
        }),
    }),
    () => server,
  );

  const setSiteRule = (rule: 'off' | null) =>
    session.extensionPage.evaluate(
      (r) =>
        browser.runtime.sendMessage({
          type: 'setSiteRule',
          payload: { host: '127.0.0.1', rule: r },
        }),
      rule,
    );

  it(`${PAGES} seeded pages: no mutation, the same DOM after a card and after off/on, no error`, async () => {
    const started = Date.now();
    const totals = emptyTotals();
    const problems: string[] = [];
    let seed = 0;
    // The page's own errors and console errors (Firefox logs content-script errors to the
    // browser console, which BiDi does not forward: ours show up as a missing card or sentinel).
    page.on('pageerror', (e) => {
      totals.errors++;
      problems.push(`seed ${seed}: ${String(e)}`);
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      totals.errors++;
      problems.push(`seed ${seed}: console.error ${m.text()}`);
    });
    const card = firefoxCard(session.browser, page);

    for (seed of seeds(PAGES)) {
      await page.goto(server.url(`/hostile/fuzz.html?seed=${seed}`));
      await expect
        .poll(() => page.evaluate(sentinelHighlightedInPage), { timeout: 10_000, interval: 25 })
        .toBe(true);
      totals.pages++;
      totals.frames += await page.evaluate(framesInPage);
      const before = await page.evaluate(snapshotInPage);
      const compare = async (when: string) => {
        if ((await page.evaluate(snapshotInPage)) !== before) {
          totals.diffs++;
          problems.push(`seed ${seed}: DOM differs ${when}`);
        }
      };

      if (totals.pages % CARD_EVERY === 1) {
        const point = (await page.evaluate(sentinelPointInPage))!;
        await page.mouse.move(point.x - 4, point.y);
        await page.mouse.move(point.x, point.y);
        await expect
          .poll(() => card(dialogInPage, null), { timeout: 3_000, interval: 25 })
          .not.toBeNull();
        await page.keyboard.press('Escape');
        await expect.poll(() => card(dialogInPage, null), { interval: 25 }).toBeNull();
        await page.mouse.move(1, 1);
        totals.cards++;
        await compare('after the card closed');
      }
      if (totals.pages % OFF_ON_EVERY === 2) {
        await setSiteRule('off');
        await expect
          .poll(() => page.evaluate(nothingHighlightedInPage), { interval: 25 })
          .toBe(true);
        await compare('after off');
        await setSiteRule(null);
        await expect
          .poll(() => page.evaluate(sentinelHighlightedInPage), { timeout: 10_000, interval: 25 })
          .toBe(true);
        totals.offOn++;
        await compare('after off and on');
      }
      const mutations = await page.evaluate(mutationsInPage);
      totals.mutations += mutations.length;
      for (const m of mutations) problems.push(`seed ${seed}: mutation ${m}`);
      // After the mutations are read: Playwright's screenshot styles inputs to hide the caret.
      if (totals.pages === 1)
        await page.screenshot({ path: `${ARTIFACTS}/hostile-fuzz-firefox.png` });
    }

    console.log(describeTotals('firefox', totals, Date.now() - started));
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    expect(problems).toEqual([]);
    expect(totals.pages).toBe(PAGES);
    expect(totals.cards).toBeGreaterThan(0);
    expect(totals.offOn).toBeGreaterThan(0);
  }, 120_000);
});
