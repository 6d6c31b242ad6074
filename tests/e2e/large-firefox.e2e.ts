import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import {
  HIGHLIGHT_NAMES,
  readHighlightsInPage,
  countHighlighted,
  type Highlights,
} from './support/highlights';
import { LARGE_ARTICLE, largeArticle } from './support/large-page';
import { ARTIFACTS } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

const read = (page: Page): Promise<Highlights> =>
  page.evaluate(readHighlightsInPage, [...HIGHLIGHT_NAMES]);

describe('A large page in Firefox (the located full scan)', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    server.route('/page/large-article.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(largeArticle());
    });
    session = await launchFirefox();
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('finds exactly the article’s mentions and the component’s, none in inputs, editors or scripts', async () => {
    await page.goto(server.url('/page/large-article.html'));
    await expect.poll(() => read(page).then(countHighlighted), { timeout: 15_000 }).toBe(9);
    expect(await read(page)).toEqual(LARGE_ARTICLE);
    expect(
      await page.evaluate(
        () => (window as unknown as { __foreignMutations: string[] }).__foreignMutations,
      ),
    ).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => document.getElementById('headline')?.scrollIntoView());
    await page.screenshot({ path: `${ARTIFACTS}/large-article-firefox.png` });
  });
});
