import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumCard } from './support/card';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { describeTotals, emptyTotals } from './support/hostile';
import { ARTIFACTS } from './support/paths';
import { findingTests, type Driver, type DriverPage } from './support/findings';
import { fuzzPages } from './support/fuzz';
import { startServer, type FixtureServer } from './support/server';

/** Pages per run (≥ 200 in CI); HOSTILE_PAGES overrides it for a longer local run. */
const PAGES = Number(process.env.HOSTILE_PAGES ?? 200);
/** Every CARD_EVERY-th page opens and closes a card; every OFF_ON_EVERY-th switches off and on. */
const CARD_EVERY = 12;
const OFF_ON_EVERY = 40;

describe('Hostile pages in Chromium: one fixture per finding, then seeded DOM fuzzing', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let messenger: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    session = await launchChromium();
    // One extension page for the settings messages (the worker cannot message itself).
    messenger = await session.openExtensionPage('popup.html');
    await session.page.bringToFront();
  });

  findingTests(
    (): Driver => ({
      name: 'chromium',
      page: session.page as unknown as DriverPage,
      card: chromiumCard(session.page),
      extensionId: session.extensionId,
      tabCount: async () => session.context.pages().length,
      async siteRules() {
        const worker = await session.serviceWorker();
        return worker.evaluate(async () => {
          const stored = (await chrome.storage.sync.get('settings')).settings as
            { sites?: Record<string, unknown> } | undefined;
          const sites = stored?.sites ?? {};
          return Object.keys(sites).length > 0 ? sites : null;
        });
      },
      async cardPieceLoads() {
        const worker = await session.serviceWorker();
        return worker.evaluate(() => {
          const g = globalThis as unknown as { __tlCardLoads?: { n: number } };
          if (!g.__tlCardLoads) {
            const loads = (g.__tlCardLoads = { n: 0 });
            chrome.runtime.onMessage.addListener((m: { type?: string }) => {
              if (m?.type === 'injectCard') loads.n++;
            });
          }
          return g.__tlCardLoads.n;
        });
      },
    }),
    () => server,
  );
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const setSiteRule = (rule: 'off' | null) =>
    messenger.evaluate(
      (r) =>
        chrome.runtime.sendMessage({
          type: 'setSiteRule',
          payload: { host: '127.0.0.1', rule: r },
        }),
      rule,
    );

  it(`${PAGES} seeded pages: no mutation, the same DOM after a card and after off/on, no error`, async () => {
    const { page } = session;
    const started = Date.now();
    const totals = emptyTotals();
    const problems: string[] = [];
    const current = { seed: 0 };
    // Exceptions and console errors of every world of the page: its own, its frames', ours.
    const cdp = await session.context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (e) => {
      totals.errors++;
      problems.push(
        `seed ${current.seed}: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`,
      );
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type !== 'error') return;
      totals.errors++;
      problems.push(
        `seed ${current.seed}: console.error ${JSON.stringify(e.args.map((a) => a.value ?? a.description))}`,
      );
    });
    await cdp.send('Runtime.enable');
    const card = chromiumCard(page);

    await fuzzPages({
      name: 'chromium',
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

    console.log(describeTotals('chromium', totals, Date.now() - started));
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    expect(problems).toEqual([]);
    expect(totals.pages).toBe(PAGES);
    expect(totals.cards).toBeGreaterThan(0);
    expect(totals.offOn).toBeGreaterThan(0);
  }, 150_000);
});
