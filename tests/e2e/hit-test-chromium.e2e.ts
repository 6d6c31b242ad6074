import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, ROOT } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

// Hit-testing needs real layout and caret APIs, and the engine is not reachable from a page with
// the extension (no debug hooks ship): the benchmark's bundle of the same engine is injected.
async function engineBundle(): Promise<string> {
  const result = await build({
    entryPoints: [`${ROOT}tests/bench/page-entry.ts`],
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': ROOT.replace(/\/$/, '') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** In the page: starts an engine, then hit-tests the middle of the first match of `text`. */
async function hitInPage(args: { text: string; hostId?: string }): Promise<{
  atName: string | null;
  beside: string | null;
}> {
  type Engine = {
    start(): Promise<void>;
    mentionAt(x: number, y: number): { text: string } | null;
  };
  const w = window as unknown as {
    __treatyLensBench: { createEngine(): Engine };
    __engine?: Engine;
  };
  w.__engine ??= w.__treatyLensBench.createEngine();
  await w.__engine.start();
  const root: Node = args.hostId
    ? document.getElementById(args.hostId)!.shadowRoot!
    : document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(args.text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + args.text.length);
    const rect = range.getBoundingClientRect();
    const y = rect.top + rect.height / 2;
    return {
      atName: w.__engine.mentionAt(rect.left + rect.width / 2, y)?.text ?? null,
      beside: w.__engine.mentionAt(rect.left - 40, y)?.text ?? null,
    };
  }
  throw new Error(`"${args.text}" not on the page`);
}

describe('Hit-testing in Chromium', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  let bundle: string;

  beforeAll(async () => {
    server = await startServer();
    bundle = await engineBundle();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the mention under a point and nothing beside it', async () => {
    await page.goto(server.url('/page/article.html'));
    await page.addScriptTag({ content: bundle });
    expect(await page.evaluate(hitInPage, { text: 'Budapest Convention, the' })).toEqual({
      atName: 'Budapest Convention',
      beside: null,
    });
    expect(await page.evaluate(hitInPage, { text: 'Cybercrime' })).toMatchObject({
      atName: 'United Nations Convention against Cybercrime',
    });
  });

  it('finds a mention inside an open shadow root', async () => {
    await page.goto(server.url('/page/shadow.html'));
    await page.addScriptTag({ content: bundle });
    expect(
      await page.evaluate(hitInPage, { text: 'Convention against', hostId: 'card' }),
    ).toMatchObject({ atName: 'UN Convention against Cybercrime' });
  });
});
