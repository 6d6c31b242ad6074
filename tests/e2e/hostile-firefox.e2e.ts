import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxCard } from './support/card';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { describeTotals, emptyTotals } from './support/hostile';
import { ARTIFACTS } from './support/paths';
import { findingTests, type Driver, type DriverPage } from './support/findings';
import { fuzzPages } from './support/fuzz';
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
    const current = { seed: 0 };
    // The page's own errors and console errors (Firefox logs content-script errors to the
    // browser console, which BiDi does not forward: ours show up as a missing card or sentinel).
    page.on('pageerror', (e) => {
      totals.errors++;
      problems.push(`seed ${current.seed}: ${String(e)}`);
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      totals.errors++;
      problems.push(`seed ${current.seed}: console.error ${m.text()}`);
    });
    const card = firefoxCard(session.browser, page);

    await fuzzPages({
      name: 'firefox',
      page: page as unknown as DriverPage,
      card,
      url: (path) => server.url(path),
      setSiteRule,
      pages: PAGES,
      cardEvery: CARD_EVERY,
      offOnEvery: OFF_ON_EVERY,
      totals,
      problems,
      current,
    });

    console.log(describeTotals('firefox', totals, Date.now() - started));
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    expect(problems).toEqual([]);
    expect(totals.pages).toBe(PAGES);
    expect(totals.cards).toBeGreaterThan(0);
    expect(totals.offOn).toBeGreaterThan(0);
  }, 120_000);
});
