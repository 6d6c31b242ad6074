import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import {
  ALL_HIGHLIGHT_NAMES,
  anyHighlightRegisteredInPage,
  HIGHLIGHT_NAMES,
  readHighlightsInPage,
  countHighlighted,
  type Highlights,
} from './support/highlights';
import { ARTIFACTS } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

declare const browser: typeof chrome;

const read = (page: Page): Promise<Highlights> =>
  page.evaluate(readHighlightsInPage, [...HIGHLIGHT_NAMES]);
const foreignMutations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __foreignMutations: string[] }).__foreignMutations);

describe('Page scanning in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let page: Page;

  const setSiteRule = (rule: 'on' | 'off' | null): Promise<unknown> =>
    session.extensionPage.evaluate(
      (r) =>
        browser.runtime.sendMessage({
          type: 'setSiteRule',
          payload: { host: '127.0.0.1', rule: r },
        }),
      rule,
    );

  beforeAll(async () => {
    server = await startServer();
    session = await launchFirefox();
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights exactly the mentions of a news article without changing its DOM', async () => {
    await page.goto(server.url('/page/article.html'));
    await expect.poll(() => read(page).then(countHighlighted), { timeout: 10_000 }).toBe(7);
    expect(await read(page)).toEqual({
      'un-cybercrime-convention': [
        { text: 'UN Convention against Cybercrime', in: 'cell-un' },
        { text: 'United Nations Convention against Cybercrime', in: 'headline' },
        { text: 'UN Convention against Cybercrime', in: 'lead' },
        { text: 'Hanoi Convention', in: 'quote' },
      ],
      'budapest-convention': [
        { text: 'Budapest Convention', in: 'budapest' },
        { text: 'Budapest Convention', in: 'cell-budapest' },
      ],
      'ad-hoc-committee': [{ text: 'UN Ad Hoc Committee', in: 'committee' }],
      active: [],
    });
    expect(await foreignMutations(page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/article-firefox.png` });
  });

  it('removes every highlight when switched off and brings them back when on again', async () => {
    await setSiteRule('off');
    await expect
      .poll(() => page.evaluate(anyHighlightRegisteredInPage, ALL_HIGHLIGHT_NAMES))
      .toBe(false);
    await setSiteRule(null);
    await expect.poll(() => read(page).then(countHighlighted), { timeout: 10_000 }).toBe(7);
    expect(await foreignMutations(page)).toEqual([]);
  });

  it('follows text the page changes and appends', async () => {
    await page.goto(server.url('/page/dynamic.html'));
    await expect
      .poll(() => read(page).then((h) => h['un-cybercrime-convention']), { timeout: 10_000 })
      .toEqual([{ text: 'Hanoi Convention', in: 'feed' }]);
    await page.evaluate(() =>
      (
        window as unknown as { pageActions: { setText(id: string, t: string): void } }
      ).pageActions.setText('changing', 'Now it names the UN Ad Hoc Committee on Cybercrime.'),
    );
    await expect
      .poll(() => read(page).then((h) => h['ad-hoc-committee']))
      .toEqual([{ text: 'UN Ad Hoc Committee on Cybercrime', in: 'changing' }]);
    expect(await foreignMutations(page)).toEqual([]);
  });

  it('scans an open shadow root', async () => {
    await page.goto(server.url('/page/shadow.html'));
    await expect
      .poll(() => read(page).then((h) => h['un-cybercrime-convention']), { timeout: 10_000 })
      .toEqual([{ text: 'UN Convention against Cybercrime', in: 'in-shadow' }]);
    expect(await foreignMutations(page)).toEqual([]);
  });
});
