/**
 * The seeded DOM fuzzing loop of the hostile-page suites, the same in Chromium and Firefox: each
 * page is loaded and scanned; some open and close a card, some switch the site off and on; the
 * DOM must be the same after each, and the page's MutationObserver must have seen nothing.
 */
import { expect } from 'vitest';
import type { CardEval } from './card';
import type { DriverPage } from './findings';
import {
  framesInPage,
  mutationsInPage,
  nothingHighlightedInPage,
  seeds,
  sentinelHighlightedInPage,
  sentinelPointInPage,
  snapshotInPage,
  type FuzzTotals,
} from './hostile';
import { ARTIFACTS } from './paths';
import { dialogInPage } from './popover';

/** One browser's fuzzing run. */
export interface FuzzRun {
  name: 'chromium' | 'firefox';
  page: DriverPage;
  card: CardEval;
  /** The fixture server's address of a path. */
  url: (path: string) => string;
  setSiteRule: (rule: 'off' | null) => Promise<unknown>;
  pages: number;
  /** Every `cardEvery`-th page opens and closes a card; every `offOnEvery`-th switches off and on. */
  cardEvery: number;
  offOnEvery: number;
  totals: FuzzTotals;
  problems: string[];
  /** The seed being run, read by the browser's error listeners. */
  current: { seed: number };
}

/** Runs `run.pages` seeded pages, adding to `run.totals` and `run.problems`. */
export async function fuzzPages(run: FuzzRun): Promise<void> {
  const { page, card, totals, problems, current } = run;
  const highlighted = () =>
    expect
      .poll(() => page.evaluate(sentinelHighlightedInPage, null), {
        timeout: 10_000,
        interval: 25,
      })
      .toBe(true);
  for (const seed of seeds(run.pages)) {
    current.seed = seed;
    await page.goto(run.url(`/hostile/fuzz.html?seed=${seed}`));
    await highlighted();
    totals.pages++;
    totals.frames += await page.evaluate(framesInPage, null);
    const before = await page.evaluate(snapshotInPage, null);
    const compare = async (when: string) => {
      if ((await page.evaluate(snapshotInPage, null)) !== before) {
        totals.diffs++;
        problems.push(`seed ${seed}: DOM differs ${when}`);
      }
    };

    if (totals.pages % run.cardEvery === 1) {
      const point = (await page.evaluate(sentinelPointInPage, null))!;
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
    if (totals.pages % run.offOnEvery === 2) {
      await run.setSiteRule('off');
      await expect
        .poll(() => page.evaluate(nothingHighlightedInPage, null), { interval: 25 })
        .toBe(true);
      await compare('after off');
      await run.setSiteRule(null);
      await highlighted();
      totals.offOn++;
      await compare('after off and on');
    }
    const mutations = await page.evaluate(mutationsInPage, null);
    totals.mutations += mutations.length;
    for (const m of mutations) problems.push(`seed ${seed}: mutation ${m}`);
    // After the mutations are read: Playwright's screenshot styles inputs to hide the caret.
    if (totals.pages === 1)
      await page.screenshot({ path: `${ARTIFACTS}/hostile-fuzz-${run.name}.png` });
  }
}
