/**
 * `npm run bench` (second part): what readers get from the BUILT extension, run as a content
 * script (isolated world) in Chromium and Firefox, against the same pages with no extension, with
 * an empty content script (a control extension built here) and with a content script that only
 * walks the text (the content-script-world floor). Needs `npm run build` and `npm run build:firefox`.
 * Loads alternate between the browsers; medians; ratios from this one run. `--json` prints JSON.
 *
 * Pages: a 200 KB news article without a mention (1 frame, and with 20 small same-origin iframes),
 * an 8.4 MB-class page (250k+ text nodes, 20 mentions) and a 20,000-mention page. The page itself
 * measures its 10 ms timer's longest gap, frames (rAF intervals), first and last highlight change
 * (the highlight registry is shared by all worlds); CDP gives main-thread task time and heap.
 * Past 1,000 mentions only those near the viewport are registered (src/page/paint-window.ts): on
 * the dense page `mentions` is what is registered and `scanFrom…Ms` run to the last change of it,
 * `listed` is what the engine reported, and `engineScanMs` and the `window…` figures cover the
 * engine's own window (its first message to its last report).
 *
 * The large page is about OUR cost, not the browser's: its DOMContentLoaded handler reads
 * `document.body.offsetHeight` (as many real pages do), so the browser's own first layout of
 * 270k nodes (~2.4 s in Chromium) is done before document_idle scripts start. A marker extension
 * loaded beside ours (and alone, as the no-extension control) logs when document_idle scripts
 * start, with the page's `performance.now()` clock (the empty-content-script control carries it
 * too, so the no-mention rows compare like with like); the floor control logs its own start and
 * duration. Figures: scan = marker's start → last highlight change (pre-screen, the engine's
 * injection, locate, cues, detection, painting), against the floor = a bare SHOW_TEXT walk that
 * reads each node's data in the content-script world; the timer gap counted from the marker's
 * start to 500 ms after the last highlight (the scan's shadow-root search comes after its last
 * highlight), next to the no-extension gap in the same window; main-thread CPU (CDP
 * TaskDuration) of ours and of the floor, each minus the no-extension control's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PBrowser } from 'puppeteer-core';
import { createScreens } from '@/src/content/screen';
import { highlightCss } from '@/src/page/palette';
import { manyMentionsPage } from './pages';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const JSON_ONLY = process.argv.includes('--json');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * `--only=news,large,…` runs only those sections (news, news21, large, dense, firefox,
 * firefoxDense).
 */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (section: string): boolean => !ONLY || ONLY.includes(section);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const log = (...args: unknown[]): void => {
  if (!JSON_ONLY) console.log(...args);
};
const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

// --- pages ------------------------------------------------------------------------------------

const WORDS =
  'the of and to in a is that for on with as was by at from it an be this which or are have were has not but its had also their more been one all new would after other than who into over about some states city council budget school river weather market price energy football season players coach transport housing'.split(
    ' ',
  );

function words(seed: number, n: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(' ');
}

/**
 * The page's own probe, first in <head>: a 10 ms timer (its longest gap), frames, and the first
 * and last change of the number of highlighted ranges (read from the shared registry).
 */
const PROBE = `<script>(function(){
var m = window.__probe = { gaps: [], frames: [], first: -1, last: -1, count: 0, dcl: 0, load: 0 };
var prev = 0;
setInterval(function(){
  var t = performance.now(); if (prev) m.gaps.push([t, t - prev]); prev = t;
  var c = 0; if (window.CSS && CSS.highlights) CSS.highlights.forEach(function(h){ c += h.size; });
  if (c > 0 && m.first < 0) m.first = t;
  if (c !== m.count) { m.count = c; m.last = t; }
}, 10);
var pf = 0;
requestAnimationFrame(function f(t){ if (pf) m.frames.push([t, t - pf]); pf = t; requestAnimationFrame(f); });
document.addEventListener('DOMContentLoaded', function(){ m.dcl = performance.now(); });
addEventListener('load', function(){ m.load = performance.now(); });
})();</script>`;

/** Forces the page's first layout in its DOMContentLoaded handler (as many real pages do). */
const LAYOUT_AT_DCL = `<script>document.addEventListener('DOMContentLoaded', function(){ void document.body.offsetHeight; window.__probe.laidOut = performance.now(); });</script>`;

function doc(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${PROBE}${head}</head><body>${body}</body></html>`;
}

/** A 200 KB news article without a mention (scripts with numbers and JSON, as real pages have). */
function newsPage(frames = 0): string {
  const parts: string[] = [
    '<header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header><article><h1>City council agrees budget</h1>',
  ];
  for (let i = 0; parts.join('').length < 200_000; i++) {
    parts.push(
      `<p>${words(i + 1, 20)} <a href="#a${i}">${words(i + 7, 3)}</a> ${words(i + 3, 25)} <em>${words(i + 5, 4)}</em>.</p>`,
    );
    if (i % 10 === 0) parts.push(`<figure><figcaption>${words(i + 9, 8)}</figcaption></figure>`);
  }
  parts.push('</article>');
  for (let f = 0; f < frames; f++)
    parts.push(`<iframe src="/ad/${f}.html" width="300" height="60"></iframe>`);
  const script = `<script>window.__data = {"id":1850185,"w":185,"items":[${Array.from({ length: 50 }, (_, i) => i * 37).join(',')}]};</script>`;
  return doc(
    'City council agrees budget',
    parts.join('\n') + script,
    '<style>p{line-height:1.5}.x{width:185px}</style>',
  );
}

function adPage(i: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><a href="#">${words(i + 100, 3)}</a><p>${words(i + 200, 6)}</p><span>${words(i, 2)}</span></body></html>`;
}

/**
 * An 8.4 MB-class page of 270k short text nodes in 27,000 blocks (divs, not a table: a table that
 * large takes the browser itself many seconds to lay out), with 20 mentions spread evenly.
 */
function largePage(rows = 27_000, mentions = 20): string {
  const every = Math.floor(rows / mentions);
  const names = [
    'the Budapest Convention',
    'the UN Convention against Cybercrime',
    'the Hanoi Convention',
    'the UN <em>Convention against</em> Cybercrime',
  ];
  const parts: string[] = ['<main><h1>Archive index</h1>'];
  for (let i = 0; i < rows; i++) {
    const m = i % every === 0 ? ` ${names[(i / every) % names.length]}` : '';
    parts.push(
      `<div><b>${words(i, 2)}</b> ${words(i + 1, 3)} <i>${words(i + 2, 2)}</i> ${words(i + 3, 4)}${m} <a href="#r${i}">${words(i + 4, 2)}</a> ${words(i + 5, 3)} <span>${words(i + 6, 3)}</span> ${words(i + 7, 5)} <small>${words(i + 8, 2)}</small> ${words(i + 9, 4)}</div>`,
    );
  }
  parts.push('</main>');
  return doc('Archive index', parts.join('\n'), LAYOUT_AT_DCL);
}

const CSS_RULES = highlightCss('underline');
const PAGES = {
  news: newsPage(0),
  news21: newsPage(20),
  large: largePage(),
  dense: manyMentionsPage(CSS_RULES, 20_000).replace('<head>', `<head>${PROBE}`),
};

// The news pages must hold no mention (not even an anchor in their prose).
{
  const [anchors] = createScreens();
  const prose = PAGES.news.replace(
    /<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g,
    ' ',
  );
  anchors.lastIndex = 0;
  if (anchors.test(prose)) throw new Error('The news page holds an anchor: change its words.');
}

function serve(): Promise<{ url: (p: string) => string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const ad = /^\/ad\/(\d+)\.html$/.exec(path);
    const key = path.slice(1).replace(/\.html$/, '') as keyof typeof PAGES;
    const body = ad ? adPage(Number(ad[1])) : PAGES[key];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: (p) => `http://127.0.0.1:${port}${p}`, close: () => server.close() });
    }),
  );
}

// --- control extensions -----------------------------------------------------------------------

/** The content-script-world floor: a bare TreeWalker read of every text node, timed, logged. */
const FLOOR_JS = `(function(){var t=performance.now();var w=document.createTreeWalker(document.body||document.documentElement,NodeFilter.SHOW_TEXT);var n=0,c=0;while(w.nextNode()){n++;c+=w.currentNode.data.length;}console.log('tl-floor '+(performance.now()-t)+' '+n+' '+t);})();`;

/** Logs when document_idle content scripts start, on the page's clock (top frame only). */
const MARKER_JS = `if (window === top) console.log('tl-idle ' + performance.now());`;

/** Writes a tiny extension whose content script is `js` (MV3 for Chromium, MV2 for Firefox). */
function controlExtension(name: string, js: string, firefox: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), `tl-bench-${name}-`));
  writeFileSync(join(dir, 'cs.js'), js);
  const contentScripts = [
    {
      matches: ['http://*/*', 'https://*/*'],
      js: ['cs.js'],
      all_frames: true,
      run_at: 'document_idle',
    },
  ];
  const manifest = firefox
    ? {
        manifest_version: 2,
        name,
        version: '1.0',
        content_scripts: contentScripts,
        browser_specific_settings: { gecko: { id: `${name}@bench.treaty-lens.org` } },
      }
    : { manifest_version: 3, name, version: '1.0', content_scripts: contentScripts };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

// --- Chromium ---------------------------------------------------------------------------------

type Variant = 'none' | 'empty' | 'floor' | 'ours';

interface ChromiumRig {
  context: BrowserContext;
  worker: Worker | null;
  dir: string;
}

async function launchChromiumRig(
  extension: string | null,
  marker: string | null = null,
): Promise<ChromiumRig> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-bench-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ];
  const extensions = [extension, marker].filter((e): e is string => e !== null).join(',');
  if (extensions)
    args.push(`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1200, height: 900 },
  });
  let worker: Worker | null = null;
  if (extension === `${ROOT}.output/chrome-mv3`) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Close the welcome tab of the first install.
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
  }
  return { context, worker, dir };
}

/** Counts every message the service worker receives (an extra listener that never answers). */
async function countMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      __tlCount?: number;
      __tlListening?: boolean;
      __tlLog?: Array<[number, number]>;
    };
    g.__tlCount = 0;
    g.__tlLog = [];
    if (!g.__tlListening) {
      g.__tlListening = true;
      chrome.runtime.onMessage.addListener((message: unknown) => {
        g.__tlCount = (g.__tlCount ?? 0) + 1;
        // When the engine started (its first message) and each report's size: the scan's window.
        const m = message as { type?: string; payload?: { mentions?: unknown[] } } | null;
        if (m?.type === 'getPageState') g.__tlLog?.push([Date.now(), -1]);
        if (m?.type === 'reportMentions')
          g.__tlLog?.push([Date.now(), m.payload?.mentions?.length ?? 0]);
        return undefined;
      });
    }
  });
}
const readMessages = (worker: Worker): Promise<number> =>
  worker.evaluate(() => (globalThis as unknown as { __tlCount?: number }).__tlCount ?? -1);
/** The worker's log: `[Date.now(), -1]` for `getPageState`, `[Date.now(), n]` per report. */
const readLog = (worker: Worker): Promise<Array<[number, number]>> =>
  worker.evaluate(
    () => (globalThis as unknown as { __tlLog?: Array<[number, number]> }).__tlLog ?? [],
  );

interface Probe {
  gaps: Array<[number, number]>;
  frames: Array<[number, number]>;
  first: number;
  last: number;
  count: number;
  dcl: number;
  load: number;
  /** After the DOMContentLoaded handler's forced layout (large page only). */
  laidOut?: number;
}

interface Load {
  cpuMs: number;
  onloadMs: number;
  heapMB: number;
  messages: number;
  probe: Probe;
  floorMs: number;
  /** When the floor's walk started, and when document_idle scripts started (marker). */
  floorStart: number;
  idleAt: number;
  longTasks: number[];
  /** In the page's time: the engine's first message, its last report, and that report's size. */
  engine?: { start: number; lastReport: number; listed: number };
  /** Only for traced loads (the large page). */
  breakdown?: Breakdown | null;
}

/** Reads the controls' console lines (content-script worlds log to the page's console). */
function consoleReader(): {
  on: (text: string) => void;
  floorMs: number;
  floorStart: number;
  idleAt: number;
} {
  const r = {
    floorMs: NaN,
    floorStart: NaN,
    idleAt: NaN,
    on(text: string): void {
      const floor = /^tl-floor ([\d.]+) \d+ ([\d.]+)/.exec(text);
      if (floor) {
        r.floorMs = Number(floor[1]);
        r.floorStart = Number(floor[2]);
      }
      const idle = /^tl-idle ([\d.]+)/.exec(text);
      if (idle && Number.isNaN(r.idleAt)) r.idleAt = Number(idle[1]);
    },
  };
  return r;
}

/** Main-thread time after document_idle scripts start, by kind (from a CDP timeline trace). */
interface Breakdown {
  /** Style recalculation (UpdateLayoutTree): the inserted `::highlight()` sheet restyles all. */
  styleMs: number;
  /** Compiling and running `content-engine.js` (its first evaluation). */
  engineEvalMs: number;
  /** Tasks that run our scan's slices (`scheduler.postTask` callbacks and MessageChannel). */
  sliceTasksMs: number;
}

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Sums the trace's main-thread events after the first document_idle script (the marker's). */
function breakdown(events: TraceEvent[]): Breakdown {
  const idle = events.find(
    (e) => e.name === 'EvaluateScript' && /\/cs\.js$/.test(e.args?.data?.url ?? ''),
  );
  const after = idle ? events.filter((e) => e.tid === idle.tid && e.ts >= idle.ts) : [];
  const sum = (f: (e: TraceEvent) => boolean): number =>
    after.filter(f).reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  return {
    styleMs: round(sum((e) => e.name === 'UpdateLayoutTree')),
    engineEvalMs: round(
      sum(
        (e) => e.name === 'EvaluateScript' && /content-engine\.js$/.test(e.args?.data?.url ?? ''),
      ),
    ),
    sliceTasksMs: round(sum((e) => e.name === 'RunPostTaskCallback')),
  };
}

async function loadInChromium(
  rig: ChromiumRig,
  url: string,
  settleMs: number,
  variant: Variant,
  trace = false,
): Promise<Load> {
  const page = await rig.context.newPage();
  const cdp = await rig.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => {
      for (const v of e.value) events.push(v as unknown as TraceEvent);
    });
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline',
      transferMode: 'ReportEvents',
    });
  }
  const logs = consoleReader();
  page.on('console', (msg) => logs.on(msg.text()));
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: number[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  if (rig.worker && variant === 'ours') await countMessages(rig.worker);
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.waitForTimeout(settleMs);
  const probe = (await page.evaluate(
    () => (window as unknown as { __probe: Probe }).__probe,
  )) as Probe;
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longtasks: number[] }).__longtasks,
  );
  const metrics = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const metric = (name: string): number =>
    metrics.metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Performance.getMetrics')) as typeof metrics;
  const heapUsed = heap.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const messages = rig.worker && variant === 'ours' ? await readMessages(rig.worker) : 0;
  let engine: Load['engine'];
  if (rig.worker && variant === 'ours') {
    const log = await readLog(rig.worker);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const start = log.find(([, n]) => n < 0);
    const reports = log.filter(([, n]) => n >= 0);
    const last = reports[reports.length - 1];
    if (start && last) {
      engine = { start: start[0] - origin, lastReport: last[0] - origin, listed: last[1] };
    }
  }
  if (trace) {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  }
  await cdp.detach();
  await page.close();
  return {
    cpuMs: metric('TaskDuration') * 1000,
    onloadMs: probe.load,
    heapMB: heapUsed / 1e6,
    messages,
    probe,
    floorMs: logs.floorMs,
    floorStart: logs.floorStart,
    idleAt: logs.idleAt,
    longTasks,
    engine,
    breakdown: trace ? breakdown(events) : null,
  };
}

/** After the last highlight, the scan may still search shadow roots: gaps count this long. */
const AFTER_LAST_MS = 500;

/**
 * The longest timer gap (or frame) that ended within `[from, to]`, counting only its part after
 * `from`: a gap that began before the window (the page's own 2 s first layout, when document_idle
 * scripts start right after it) is not the extension's.
 */
const longestIn = (series: Array<[number, number]>, from: number, to: number): number =>
  Math.max(
    0,
    ...series.filter(([t]) => t >= from && t <= to).map(([t, g]) => Math.min(g, t - from)),
  );

/**
 * The page's measures of a scan: first/last highlight change after DOMContentLoaded and after
 * document_idle scripts started (the marker; DOMContentLoaded where there is none), gaps from
 * there to `AFTER_LAST_MS` after the last highlight.
 */
function scanFigures(load: Load) {
  const p = load.probe;
  const start = Number.isFinite(load.idleAt) ? load.idleAt : p.dcl;
  const end = p.last > 0 ? p.last : start;
  return {
    scanMs: p.last > 0 ? p.last - p.dcl : NaN,
    scanFromIdleMs: p.last > 0 ? p.last - start : NaN,
    firstMs: p.first > 0 ? p.first - p.dcl : NaN,
    firstFromIdleMs: p.first > 0 ? p.first - start : NaN,
    idleAfterDclMs: start - p.dcl,
    mentions: p.count,
    maxTimerGapMs: longestIn(p.gaps, start, end + AFTER_LAST_MS),
    maxFrameMs: longestIn(p.frames, start, end + AFTER_LAST_MS),
    longestTaskMs: Math.max(0, ...load.longTasks),
  };
}

/**
 * The longest timer gap and frame within `[from, to]` (page time), counting only the part of each
 * inside it: a gap that began before the engine started (the page's own layout, the pre-screen,
 * inserting the stylesheet) is not the scan's.
 */
function inWindow(p: Probe, from: number, to: number): { gap: number; frame: number } {
  const inside = ([t, d]: [number, number]): number => Math.min(t, to) - Math.max(t - d, from);
  return {
    gap: Math.max(0, ...p.gaps.map(inside)),
    frame: Math.max(0, ...p.frames.map(inside)),
  };
}

/**
 * The figures of the engine's own window (its first message to the background until its last
 * report of mentions), beside the same span after DOMContentLoaded of the page without the
 * extension: the page's own load-time layout is not ours to count. `listed`: the last report's
 * size (every mention, painted or not: past 1,000 mentions only those near the viewport are
 * registered, see src/page/paint-window.ts).
 */
function engineWindowFigures(ours: Load[], none: Load[]) {
  const runs = ours.filter((l) => l.engine);
  const from = median(runs.map((l) => l.engine!.start - l.probe.dcl));
  const to = median(runs.map((l) => l.engine!.lastReport - l.probe.dcl));
  const mine = runs.map((l) => inWindow(l.probe, l.engine!.start, l.engine!.lastReport));
  const theirs = none.map((l) => inWindow(l.probe, l.probe.dcl + from, l.probe.dcl + to));
  return {
    listed: Math.min(...runs.map((l) => l.engine!.listed)),
    engineWindowMs: [round(from), round(to)],
    engineScanMs: round(to - from),
    windowMaxTimerGapMs: round(Math.max(...mine.map((w) => w.gap))),
    windowMaxFrameMs: round(Math.max(...mine.map((w) => w.frame))),
    noExtensionWindowTimerGapMs: round(Math.max(...theirs.map((w) => w.gap))),
    noExtensionWindowFrameMs: round(Math.max(...theirs.map((w) => w.frame))),
  };
}

/** How long after its first highlight the dense page is watched in Firefox. */
const FIREFOX_DENSE_WINDOW_MS = 5000;

// --- Firefox ----------------------------------------------------------------------------------

async function launchFirefoxRig(
  extension: string | null,
  marker: string | null = null,
): Promise<{ browser: PBrowser; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-bench-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: dir,
  });
  if (extension) await browser.installExtension(extension);
  if (marker) await browser.installExtension(marker);
  await new Promise((r) => setTimeout(r, 1500));
  return { browser, dir };
}

async function loadInFirefox(
  browser: PBrowser,
  url: string,
  settleMs: number,
): Promise<{ probe: Probe; floorMs: number; idleAt: number }> {
  const page = await browser.newPage();
  const logs = consoleReader();
  page.on('console', (msg) => logs.on(msg.text()));
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await new Promise((r) => setTimeout(r, settleMs));
  const probe = (await page.evaluate(
    () => (window as unknown as { __probe: Probe }).__probe,
  )) as Probe;
  await page.close();
  return { probe, floorMs: logs.floorMs, idleAt: logs.idleAt };
}

// --- main -------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const load0 = loadavg().map((x) => round(x, 2));
  const server = await serve();
  const emptyDir = controlExtension('empty', '', false);
  const floorDir = controlExtension('floor', FLOOR_JS, false);
  const markerDir = controlExtension('marker', MARKER_JS, false);
  // The marker only logs a line: the no-extension control carries it too (same pages, same clock),
  // and so does the empty-content-script control, so that ours (which carries it) is compared with
  // a rig that pays the same second isolated world per frame (~0.2 MB of heap each on news21).
  const rigs: Record<Variant, ChromiumRig> = {
    none: await launchChromiumRig(null, markerDir),
    empty: await launchChromiumRig(emptyDir, markerDir),
    floor: await launchChromiumRig(floorDir),
    ours: await launchChromiumRig(`${ROOT}.output/chrome-mv3`, markerDir),
  };
  const version = rigs.none.context.browser()?.version() ?? 'Chromium';
  const results: Record<string, unknown> = {};

  // No-mention pages: none / empty content script / ours, alternated.
  for (const [key, path] of [
    ['news', '/news.html'],
    ['news21', '/news21.html'],
  ] as const) {
    if (!runs(key)) continue;
    const loads: Record<'none' | 'empty' | 'ours', Load[]> = { none: [], empty: [], ours: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const v of ['none', 'empty', 'ours'] as const)
        loads[v].push(await loadInChromium(rigs[v], server.url(path), 1500, v));
    }
    const m = (v: keyof typeof loads, f: (l: Load) => number): number => median(loads[v].map(f));
    const row = {
      cpuMs: {
        none: round(m('none', (l) => l.cpuMs)),
        empty: round(m('empty', (l) => l.cpuMs)),
        ours: round(m('ours', (l) => l.cpuMs)),
      },
      onloadMs: {
        none: round(m('none', (l) => l.onloadMs)),
        empty: round(m('empty', (l) => l.onloadMs)),
        ours: round(m('ours', (l) => l.onloadMs)),
      },
      heapMB: {
        none: round(
          m('none', (l) => l.heapMB),
          2,
        ),
        empty: round(
          m('empty', (l) => l.heapMB),
          2,
        ),
        ours: round(
          m('ours', (l) => l.heapMB),
          2,
        ),
      },
      messages: Math.max(...loads.ours.map((l) => l.messages)),
    };
    results[key] = {
      ...row,
      cpuOursOverEmpty: round(row.cpuMs.ours / row.cpuMs.empty, 2),
      onloadOursOverEmpty: round(row.onloadMs.ours / row.onloadMs.empty, 2),
      heapOursMinusEmptyMB: round(row.heapMB.ours - row.heapMB.empty, 2),
    };
    log(key, JSON.stringify(results[key]));
  }

  // Positive control of the message counter: a page with mentions does message the worker.
  if (runs('news21')) {
    const l = await loadInChromium(rigs.ours, server.url('/dense.html'), 3000, 'ours');
    results.messageCounterControl = { page: 'dense', messages: l.messages };
  }

  // Large and dense pages in Chromium: none (the page's own timer gap), floor, ours.
  for (const [key, path, settle] of [
    ['large', '/large.html', 5000],
    ['dense', '/dense.html', 5000],
  ] as const) {
    if (!runs(key)) continue;
    const none: Load[] = [];
    const floor: Load[] = [];
    const ours: Load[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      // The large page's loads are traced: where the time after document_idle goes.
      const trace = key === 'large';
      none.push(await loadInChromium(rigs.none, server.url(path), 1500, 'none', trace));
      floor.push(await loadInChromium(rigs.floor, server.url(path), 1500, 'floor'));
      ours.push(await loadInChromium(rigs.ours, server.url(path), settle, 'ours', trace));
    }
    const figures = ours.map(scanFigures);
    const scanMs = median(figures.map((f) => f.scanMs));
    const scanFromIdleMs = median(figures.map((f) => f.scanFromIdleMs));
    // The no-extension control's gap in the same window: from its idle start, as long as ours.
    const window = scanFromIdleMs + AFTER_LAST_MS;
    const noneGap = median(
      none.map((l) => {
        const from = Number.isFinite(l.idleAt) ? l.idleAt : l.probe.dcl;
        return longestIn(l.probe.gaps, from, from + window);
      }),
    );
    const floorMs = median(floor.map((l) => l.floorMs));
    const cpu = (loads: Load[]): number => median(loads.map((l) => l.cpuMs));
    const cpuNone = cpu(none);
    results[`${key}Chromium`] = {
      mentions: figures[0]?.mentions,
      floorMs: round(floorMs),
      floorStartAfterDclMs: round(median(floor.map((l) => l.floorStart - l.probe.dcl))),
      idleAfterDclMs: round(median(figures.map((f) => f.idleAfterDclMs))),
      scanFromIdleMs: round(scanFromIdleMs),
      scanFromIdleOverFloor: round(scanFromIdleMs / floorMs, 2),
      firstHighlightFromIdleMs: round(median(figures.map((f) => f.firstFromIdleMs))),
      firstBeforeLastInEveryLoad: figures.every((f) => f.firstFromIdleMs < f.scanFromIdleMs),
      scanFromDclMs: round(scanMs),
      firstHighlightMs: round(median(figures.map((f) => f.firstMs))),
      maxTimerGapMs: round(Math.max(...figures.map((f) => f.maxTimerGapMs))),
      maxTimerGapsMs: figures.map((f) => round(f.maxTimerGapMs)),
      noExtensionTimerGapMs: round(noneGap),
      maxFrameMs: round(Math.max(...figures.map((f) => f.maxFrameMs))),
      longestTaskMs: round(Math.max(...figures.map((f) => f.longestTaskMs))),
      cpuMs: { none: round(cpuNone), floor: round(cpu(floor)), ours: round(cpu(ours)) },
      cpuOursMinusNoneMs: round(cpu(ours) - cpuNone),
      cpuFloorMinusNoneMs: round(cpu(floor) - cpuNone),
      cpuOverFloorCpu: round((cpu(ours) - cpuNone) / (cpu(floor) - cpuNone), 2),
      scansFromIdleMs: figures.map((f) => round(f.scanFromIdleMs)),
      // Main-thread time after document_idle (trace): ours and the no-extension control's.
      afterIdleOurs: ours.map((l) => l.breakdown ?? null),
      afterIdleNone: none.map((l) => l.breakdown ?? null),
      floorsMs: floor.map((l) => round(l.floorMs)),
      dclMs: round(median(ours.map((l) => l.probe.dcl))),
      noExtensionDclMs: round(median(none.map((l) => l.probe.dcl))),
      ...engineWindowFigures(ours, none),
    };
    log(`${key}Chromium`, JSON.stringify(results[`${key}Chromium`]));
  }
  for (const rig of Object.values(rigs)) {
    await rig.context.close();
    rmSync(rig.dir, { recursive: true, force: true });
  }

  // Firefox: the large page, none (with the marker), floor, ours (with the marker).
  if (runs('firefox')) {
    const ffFloorDir = controlExtension('floor', FLOOR_JS, true);
    const ffMarkerDir = controlExtension('marker', MARKER_JS, true);
    const noneRig = await launchFirefoxRig(null, ffMarkerDir);
    const floorRig = await launchFirefoxRig(ffFloorDir);
    const oursRig = await launchFirefoxRig(`${ROOT}.output/firefox-mv2`, ffMarkerDir);
    const none: Array<{ probe: Probe; idleAt: number }> = [];
    const floor: number[] = [];
    const ours: ReturnType<typeof scanFigures>[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      none.push(await loadInFirefox(noneRig.browser, server.url('/large.html'), 1500));
      floor.push((await loadInFirefox(floorRig.browser, server.url('/large.html'), 1500)).floorMs);
      const l = await loadInFirefox(oursRig.browser, server.url('/large.html'), 6000);
      ours.push(
        scanFigures({
          cpuMs: 0,
          onloadMs: 0,
          heapMB: 0,
          messages: 0,
          floorMs: NaN,
          floorStart: NaN,
          idleAt: l.idleAt,
          longTasks: [],
          probe: l.probe,
        }),
      );
    }
    const floorMs = median(floor);
    const scanFromIdleMs = median(ours.map((f) => f.scanFromIdleMs));
    const noneGap = median(
      none.map((l) => {
        const from = Number.isFinite(l.idleAt) ? l.idleAt : l.probe.dcl;
        return longestIn(l.probe.gaps, from, from + scanFromIdleMs + AFTER_LAST_MS);
      }),
    );
    results.largeFirefox = {
      mentions: ours[0]?.mentions,
      floorMs: round(floorMs),
      idleAfterDclMs: round(median(ours.map((f) => f.idleAfterDclMs))),
      scanFromIdleMs: round(scanFromIdleMs),
      scanFromIdleOverFloor: round(scanFromIdleMs / floorMs, 2),
      firstHighlightFromIdleMs: round(median(ours.map((f) => f.firstFromIdleMs))),
      firstBeforeLastInEveryLoad: ours.every((f) => f.firstFromIdleMs < f.scanFromIdleMs),
      scanFromDclMs: round(median(ours.map((f) => f.scanMs))),
      maxTimerGapMs: round(Math.max(...ours.map((f) => f.maxTimerGapMs))),
      maxTimerGapsMs: ours.map((f) => round(f.maxTimerGapMs)),
      noExtensionTimerGapMs: round(noneGap),
      scansFromIdleMs: ours.map((f) => round(f.scanFromIdleMs)),
      floorsMs: floor.map((f) => round(f)),
    };
    log('largeFirefox', JSON.stringify(results.largeFirefox));
    for (const rig of [noneRig, floorRig, oursRig]) {
      await rig.browser.close();
      rmSync(rig.dir, { recursive: true, force: true });
    }
    rmSync(ffFloorDir, { recursive: true, force: true });
    rmSync(ffMarkerDir, { recursive: true, force: true });
  }

  // Firefox: the 20,000-mention page, none vs ours. The page cannot see the engine start or its
  // last report here (no access to the background over BiDi): the window is the first highlight
  // and the FIREFOX_DENSE_WINDOW_MS after it, and the same span of the page without the extension.
  if (runs('firefoxDense')) {
    const noneRig = await launchFirefoxRig(null);
    const oursRig = await launchFirefoxRig(`${ROOT}.output/firefox-mv2`);
    const none: Probe[] = [];
    const ours: Probe[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      none.push((await loadInFirefox(noneRig.browser, server.url('/dense.html'), 1500)).probe);
      ours.push(
        (
          await loadInFirefox(
            oursRig.browser,
            server.url('/dense.html'),
            FIREFOX_DENSE_WINDOW_MS + 2000,
          )
        ).probe,
      );
    }
    const from = median(ours.map((p) => p.first - p.dcl));
    const mine = ours.map((p) => inWindow(p, p.first, p.first + FIREFOX_DENSE_WINDOW_MS));
    const theirs = none.map((p) =>
      inWindow(p, p.dcl + from, p.dcl + from + FIREFOX_DENSE_WINDOW_MS),
    );
    results.denseFirefox = {
      registeredRanges: Math.min(...ours.map((p) => p.count)),
      firstHighlightMs: round(from),
      windowMs: FIREFOX_DENSE_WINDOW_MS,
      windowMaxTimerGapMs: round(Math.max(...mine.map((w) => w.gap))),
      windowMaxFrameMs: round(Math.max(...mine.map((w) => w.frame))),
      noExtensionWindowTimerGapMs: round(Math.max(...theirs.map((w) => w.gap))),
      noExtensionWindowFrameMs: round(Math.max(...theirs.map((w) => w.frame))),
    };
    log('denseFirefox', JSON.stringify(results.denseFirefox));
    for (const rig of [noneRig, oursRig]) {
      await rig.browser.close();
      rmSync(rig.dir, { recursive: true, force: true });
    }
  }
  server.close();
  rmSync(emptyDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
  rmSync(markerDir, { recursive: true, force: true });

  const report = {
    date: new Date().toISOString(),
    chromium: version,
    runs: RUNS,
    loadAverage: { before: load0, after: loadavg().map((x) => round(x, 2)) },
    pageBytes: Object.fromEntries(Object.entries(PAGES).map(([k, v]) => [k, Buffer.byteLength(v)])),
    results,
  };
  mkdirSync(`${ROOT}tests/bench/results`, { recursive: true });
  const file = `${ROOT}tests/bench/results/extension-${report.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2));
  if (JSON_ONLY) process.stdout.write(`${JSON.stringify(report)}\n`);
  else log(`\n${JSON.stringify(report, null, 2)}\nwritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
