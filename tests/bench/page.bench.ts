/**
 * `npm run bench`: the page engine in Chromium on generated pages, against the floor (a bare
 * TreeWalker that reads every text node) and mark.js 8.11. `--json` prints one JSON object.
 *
 * The engine and the real detector are bundled with esbuild into one IIFE and injected into each
 * freshly loaded page, with the ::highlight() rules already in the page's stylesheet, as the
 * manifest CSS is. This times exactly the scan + highlight work the content script does, without
 * the extension's start-up and messaging (which the e2e tests cover) and with the same engine code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { highlightCss } from '@/src/page/palette';
import {
  articlePage,
  feedPage,
  hugePage,
  manyMentionsPage,
  MARK_NAMES,
  PRESENT_NAMES,
} from './pages';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const JSON_ONLY = process.argv.includes('--json');
/** `--pages a,c` runs only those pages (default: all four). */
const PAGES = (
  process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length) ?? 'a,b,c,d'
)
  .split(',')
  .filter((id) => ['a', 'b', 'c', 'd'].includes(id));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (...args: unknown[]): void => {
  if (!JSON_ONLY) console.log(...args);
};

interface OursRun {
  ms: number;
  compileMs: number;
  screenMs: number;
  firstMs: number;
  mentions: number;
  detectorMs: number;
  cuesMs: number;
  maxSliceMs: number;
  longTasks: number[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [`${ROOT}tests/bench/page-entry.ts`],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    alias: { '@': ROOT.replace(/\/$/, '') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

async function fresh(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  // tsx keeps function names with an `__name` helper that serialised in-page functions call.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(() => {
    const tasks: Array<{ startTime: number; duration: number }> = [];
    (window as unknown as { __longtasks: typeof tasks }).__longtasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        tasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page;
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

function floorInPage(): { ms: number; nodes: number; chars: number } {
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  while (walker.nextNode()) {
    nodes++;
    chars += (walker.currentNode as Text).data.length;
  }
  return { ms: performance.now() - t, nodes, chars };
}

type BenchApi = {
  counters: { detectorMs: number; screenMs: number; cuesMs: number; maxSliceMs: number };
  warm(): number;
  createEngine(batchMs?: number): {
    start(): Promise<void>;
    idle(): Promise<void>;
    mentions(): readonly unknown[];
    onChange(fn: () => void): () => void;
  };
  resetCounters(): void;
};

async function oursInPage(warm: boolean): Promise<OursRun> {
  const w = window as unknown as {
    __treatyLensBench: BenchApi;
    __longtasks: Array<{ startTime: number; duration: number }>;
  };
  const api = w.__treatyLensBench;
  const compileMs = warm ? api.warm() : NaN;
  api.resetCounters();
  const painted = (): Promise<void> =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const t0 = performance.now();
  let firstMs = NaN;
  const engine = api.createEngine();
  engine.onChange(() => {
    if (Number.isNaN(firstMs) && engine.mentions().length > 0) firstMs = performance.now() - t0;
  });
  await engine.start();
  await painted();
  const ms = performance.now() - t0;
  return {
    ms,
    compileMs,
    firstMs,
    mentions: engine.mentions().length,
    ...api.counters,
    longTasks: w.__longtasks.filter((e) => e.startTime >= t0).map((e) => e.duration),
  };
}

async function markInPage(names: readonly string[]): Promise<{ ms: number; marks: number }> {
  type MarkCtor = new (el: Element) => {
    mark(k: string[], o: Record<string, unknown>): void;
  };
  const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
  const t0 = performance.now();
  await new Promise<void>((resolve) =>
    new Mark(document.body).mark([...names], {
      separateWordSearch: false,
      acrossElements: true,
      diacritics: false,
      done: () => resolve(),
    }),
  );
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { ms: performance.now() - t0, marks: document.querySelectorAll('mark').length };
}

async function feedInPage(batches: number): Promise<{ times: number[]; mentions: number }> {
  const w = window as unknown as {
    __treatyLensBench: BenchApi;
    __appendBatch(i: number): void;
  };
  const engine = w.__treatyLensBench.createEngine(0);
  await engine.start();
  const times: number[] = [];
  for (let i = 0; i < batches; i++) {
    const t0 = performance.now();
    w.__appendBatch(i);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the observer's batch timer fires
    await engine.idle();
    times.push(performance.now() - t0);
  }
  return { times, mentions: engine.mentions().length };
}

interface PageResult {
  page: string;
  description: string;
  textNodes: number;
  htmlBytes: number;
  mentions: number;
  floorMs: number;
  oursMs: number;
  firstHighlightMs: number;
  compileMs: number | null;
  coldMs: number | null;
  coldLongestTaskMs: number | null;
  detectorMs: number;
  detectorShare: number;
  /** mark.js with every name the detector knows (`markNames` of them). */
  markNames: number;
  markMs: number | null;
  markNote?: string;
  /** mark.js with only the five names the page contains. */
  markPresentMs: number | null;
  markPresentNote?: string;
  /** Null for (d): its "ours" is 100 rescans of appended batches, not one scan of a page. */
  oursOverFloor: number | null;
  markOverOurs: number | null;
  markOverOursAtLeast: boolean;
  markPresentOverOurs: number | null;
  longestTaskMs: number;
  longTasksOver50: number;
  heapGrowthMB: number;
  runs: number;
  batch?: { firstMs: number; lastMs: number; ratio: number; batches: number };
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const css = highlightCss('underline');
  const pages: Record<string, { html: string; description: string }> = {
    a: { html: articlePage(css), description: 'article, ~1.4 MB, ~24k text nodes, ~50 mentions' },
    b: { html: hugePage(css), description: '200k text nodes, few mentions' },
    c: { html: manyMentionsPage(css), description: '5,000 mentions' },
    d: { html: feedPage(css), description: 'infinite scroll, 100 batches of 50 items' },
  };
  const bundleJs = await bundle();
  const markJs = readFileSync(`${ROOT}node_modules/mark.js/dist/mark.min.js`, 'utf8');
  const server = createServer((req, res) => {
    const id = (req.url ?? '/').slice(1);
    const entry = pages[id];
    if (!entry) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(entry.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const version = browser.version();
  const results: PageResult[] = [];

  for (const id of PAGES) {
    const { html, description } = pages[id]!;
    const url = `${origin}/${id}`;
    const n = id === 'b' ? Math.min(runs, 3) : runs;
    log(`page ${id}: ${description} (${n} fresh loads per method)`);
    const floors: number[] = [];
    const ours: OursRun[] = [];
    const heaps: number[] = [];
    let textNodes = 0;
    for (let i = 0; i < n; i++) {
      const page = await fresh(browser, url);
      const floor = await page.evaluate(floorInPage);
      floors.push(floor.ms);
      textNodes = floor.nodes;
      await page.close();
    }
    let batch: PageResult['batch'];
    if (id !== 'd') {
      for (let i = 0; i < n; i++) {
        const page = await fresh(browser, url);
        await page.addScriptTag({ content: bundleJs });
        const before = await heapUsed(page);
        ours.push(await page.evaluate(oursInPage, true));
        heaps.push((await heapUsed(page)) - before);
        await page.close();
      }
    } else {
      const firsts: number[] = [];
      const lasts: number[] = [];
      let mentions = 0;
      for (let i = 0; i < n; i++) {
        const page = await fresh(browser, url);
        await page.addScriptTag({ content: bundleJs });
        const before = await heapUsed(page);
        const t0 = Date.now();
        const feed = await page.evaluate(feedInPage, 100);
        heaps.push((await heapUsed(page)) - before);
        // Medians of the first and last five batches: single batches are a millisecond or two.
        firsts.push(median(feed.times.slice(0, 5)));
        lasts.push(median(feed.times.slice(-5)));
        mentions = feed.mentions;
        const floor = await page.evaluate(floorInPage);
        floors.push(floor.ms);
        textNodes = floor.nodes;
        const total = feed.times.reduce((s, x) => s + x, 0);
        ours.push({
          ms: total,
          compileMs: NaN,
          screenMs: 0,
          firstMs: NaN,
          mentions,
          detectorMs: 0,
          cuesMs: 0,
          maxSliceMs: Math.max(...feed.times),
          longTasks: [],
        });
        void t0;
        await page.close();
      }
      floors.splice(0, n); // for (d) the floor is the walk of the final page
      batch = {
        firstMs: round(median(firsts), 2),
        lastMs: round(median(lasts), 2),
        ratio: round(median(lasts) / median(firsts), 2),
        batches: 100,
      };
    }
    // One cold run: the detector compiles its matcher inside the scan, as on a real first load.
    let cold: OursRun | null = null;
    if (id !== 'd') {
      const page = await fresh(browser, url);
      await page.addScriptTag({ content: bundleJs });
      cold = await page.evaluate(oursInPage, false);
      await page.close();
    }
    // mark.js on a fresh copy of the final page: with the detector's names (the comparison), and
    // with only the five names the page contains (a lower bound: no extension knows in advance).
    const mark = async (
      names: readonly string[],
      times: number,
      timeoutMs: number,
    ): Promise<{ ms: number | null; note?: string }> => {
      const marks: number[] = [];
      for (let i = 0; i < times; i++) {
        const page = await fresh(browser, url);
        if (id === 'd')
          await page.evaluate(() => {
            const w = window as unknown as { __appendBatch(i: number): void };
            for (let b = 0; b < 100; b++) w.__appendBatch(b);
          });
        await page.addScriptTag({ content: markJs });
        const result = await Promise.race([
          page.evaluate(markInPage, [...names]),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
        ]);
        await page.close().catch(() => undefined);
        if (!result) return { ms: null, note: `did not finish within ${timeoutMs / 1000} s` };
        marks.push(result.ms);
      }
      return { ms: median(marks) };
    };
    // BENCH_MARK_RUNS=0 leaves mark.js out (quick runs of our side only).
    const markRuns = Number(process.env.BENCH_MARK_RUNS ?? (id === 'a' ? 3 : 1));
    const skipped = { ms: null, note: 'not run (BENCH_MARK_RUNS=0)' };
    const markAll = markRuns > 0 ? await mark(MARK_NAMES, markRuns, 150_000) : skipped;
    const markPresent =
      markRuns > 0
        ? await mark(PRESENT_NAMES, id === 'b' ? 1 : Math.min(runs, 3), 90_000)
        : skipped;
    const oursMs = median(ours.map((r) => r.ms));
    const floorMs = median(floors);
    const detectorMs = median(ours.map((r) => r.detectorMs + r.cuesMs + r.screenMs));
    const longest = Math.max(...ours.map((r) => Math.max(r.maxSliceMs, ...r.longTasks, 0)));
    results.push({
      page: id,
      description,
      textNodes,
      htmlBytes: Buffer.byteLength(html),
      mentions: ours[0]?.mentions ?? 0,
      floorMs: round(floorMs),
      oursMs: round(oursMs),
      firstHighlightMs: round(median(ours.map((r) => r.firstMs).filter((x) => !Number.isNaN(x)))),
      compileMs: id === 'd' ? null : round(median(ours.map((r) => r.compileMs))),
      coldMs: cold ? round(cold.ms) : null,
      coldLongestTaskMs: cold ? round(Math.max(cold.maxSliceMs, ...cold.longTasks, 0)) : null,
      detectorMs: round(detectorMs),
      detectorShare: round(detectorMs / oursMs, 2),
      markNames: MARK_NAMES.length,
      markMs: markAll.ms === null ? null : round(markAll.ms),
      ...(markAll.note ? { markNote: markAll.note } : {}),
      markPresentMs: markPresent.ms === null ? null : round(markPresent.ms),
      ...(markPresent.note ? { markPresentNote: markPresent.note } : {}),
      oursOverFloor: id === 'd' ? null : round(oursMs / floorMs, 2),
      // A lower bound when mark.js did not finish: it took longer than the time allowed.
      markOverOurs:
        id === 'd' || markRuns === 0 ? null : round((markAll.ms ?? 150_000) / oursMs, 1),
      markOverOursAtLeast: markRuns > 0 && markAll.ms === null,
      markPresentOverOurs:
        id === 'd' || markPresent.ms === null ? null : round(markPresent.ms / oursMs, 1),
      longestTaskMs: round(longest),
      longTasksOver50: ours.reduce((s, r) => s + r.longTasks.filter((d) => d > 50).length, 0),
      heapGrowthMB: round(median(heaps) / 1e6, 2),
      runs: n,
      ...(batch ? { batch } : {}),
    });
    log(JSON.stringify(results[results.length - 1]));
  }
  await browser.close();
  server.close();

  let matcher: unknown = null;
  const matcherBench = `${ROOT}tests/bench/matcher.bench.ts`;
  if (existsSync(matcherBench)) {
    const run = spawnSync('npx', ['tsx', matcherBench, '--json'], { cwd: ROOT, encoding: 'utf8' });
    try {
      matcher = JSON.parse(run.stdout);
    } catch {
      matcher = { error: 'matcher bench did not print JSON', output: run.stdout.slice(-2000) };
    }
  }

  const report = {
    date: new Date().toISOString(),
    chromium: version,
    runs,
    pages: results,
    matcher,
  };
  mkdirSync(`${ROOT}tests/bench/results`, { recursive: true });
  const file = `${ROOT}tests/bench/results/page-${report.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2));
  if (JSON_ONLY) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  log(`\nChromium ${version}; medians of fresh page loads; written to ${file}\n`);
  log(
    `| page | text nodes | mentions | floor ms | ours ms | first hl ms | detector share | mark.js ms (${MARK_NAMES.length} names) | mark.js ms (5 names on the page) | ours/floor | mark.js/ours | mark.js 5 names/ours | longest task ms | tasks > 50 ms | heap +MB | cold ms (compile ms, longest task ms) |`,
  );
  log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    log(
      `| ${r.page} | ${r.textNodes} | ${r.mentions} | ${r.floorMs} | ${r.oursMs} | ${r.firstHighlightMs} | ${r.detectorShare} | ${r.markMs ?? r.markNote} | ${r.markPresentMs ?? r.markPresentNote} | ${r.oursOverFloor ?? '-'} | ${r.markOverOursAtLeast ? '> ' : ''}${r.markOverOurs ?? '-'} | ${r.markPresentOverOurs ?? '-'} | ${r.longestTaskMs} | ${r.longTasksOver50} | ${r.heapGrowthMB} | ${r.coldMs ?? '-'} (${r.compileMs ?? '-'}, ${r.coldLongestTaskMs ?? '-'}) |`,
    );
  }
  const d = results.find((r) => r.page === 'd')?.batch;
  if (d) log(`\n(d) first batch ${d.firstMs} ms, last batch ${d.lastMs} ms: last/first ${d.ratio}`);
  if (matcher) log('\nmatcher bench:', JSON.stringify(matcher));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
