import { afterEach, describe, expect, it } from 'vitest';
import type { InstrumentId } from '@/src/knowledge/ids';
import { createPageEngine, type PageEngine, type PageEngineOptions } from '@/src/page/engine';
import type { HighlightHandle, HighlightRegistry } from '@/src/page/highlights';
import type { Slicer } from '@/src/page/scheduler';
import { markOwnUi } from '@/src/page/skip';
import type { DetectedSpan, Detector } from '@/src/page/types';

/** Fills a shadow root from markup (parsed in a detached body, then moved). */
function fill(root: ShadowRoot, html: string): void {
  const scratch = document.implementation.createHTMLDocument('');
  scratch.body.insertAdjacentHTML('beforeend', html);
  root.append(...[...scratch.body.childNodes].map((n) => document.importNode(n, true)));
}

// The full scan's native pre-locate (locate.ts) must find exactly what the whole walk finds.

const NAMES: Array<[string, InstrumentId]> = [
  ['UN Convention against Cybercrime', 'un-cybercrime-convention'],
  ['Budapest Convention', 'budapest-convention'],
  ['Ad Hoc Committee', 'ad-hoc-committee'],
];

/** A literal-name detector with screens that hold for it (no hit, no name). */
function screenedDetector(seen: string[] = []): Detector<string> {
  return {
    collectCues: (text) => `cues of ${text.length} chars`,
    mergeCues: (a, b) => `${a} + ${b}`,
    screen: /cyber|budapest|ad\s*hoc/gi,
    moreScreens: [/\u00ad/g],
    find(text, cues, instruments) {
      seen.push(text);
      const out: DetectedSpan[] = [];
      // Soft hyphens hide names from the screen; the detector folds them away (as the real one).
      // and folds white space (a line break from <br> included) to one kind.
      const folded = text.replace(/\u00ad/g, '\u200c').replace(/\s/g, ' ');
      for (const [name, instrument] of NAMES) {
        if (!instruments.includes(instrument)) continue;
        for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + 1)) {
          out.push({ start: i, end: i + name.length, instrument });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

const nullRegistry: HighlightRegistry = {
  create: (): HighlightHandle => ({ add() {}, delete() {}, clear() {} }),
  remove() {},
};

function slicer(onYield: () => void = () => undefined): Slicer {
  return {
    sliceMs: 0,
    now: () => performance.now(),
    yield: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          onYield();
          resolve();
        }, 0),
      ),
  };
}

let engines: PageEngine[] = [];
afterEach(() => {
  for (const e of engines) e.stop();
  engines = [];
});

async function scan(
  options: Partial<PageEngineOptions<string>> & { seen?: string[] } = {},
): Promise<string[]> {
  const { seen, ...rest } = options;
  const engine = createPageEngine({
    detector: screenedDetector(seen),
    doc: document,
    registry: nullRegistry,
    slicer: slicer(),
    batchMs: 5,
    ...rest,
  });
  engines.push(engine);
  await engine.start();
  const out = engine.mentions().map((m) => {
    const r = m.range;
    return `${m.instrument} ${r.toString()} @${r.startOffset}-${r.endOffset} ${pathOf(r.startContainer)}`;
  });
  engine.stop();
  return out;
}

/** A node's path from the document (child indexes, through shadow hosts). */
function pathOf(node: Node): string {
  const path: string[] = [];
  for (let n: Node | null = node; n && n !== document;) {
    const parent: Node | null = n.parentNode;
    if (!parent) break;
    path.unshift(String([...parent.childNodes].indexOf(n as ChildNode)));
    n = parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return path.join('.');
}

const PAGES: Record<string, string> = {
  'split over inline elements':
    '<h1>The <a href="#">UN <em>Convention against</em> Cybercrime</a></h1><p>Also the Budapest Convention and the <b>Ad Hoc</b> Committee.</p>',
  'dark header':
    '<header style="background-color: rgb(18, 18, 18)"><p>Budapest Convention</p></header><p>Budapest Convention</p>',
  'two blocks': '<p>Budapest Convention</p><p>UN Convention against Cybercrime</p>',
  'nested blocks and own text':
    '<div>Budapest Convention <p>Ad Hoc Committee</p> and the Budapest Convention <section><p>UN Convention against Cybercrime</p></section></div>',
  'br and inline splits':
    '<p>the Budapest<br>Convention and the Ad <i>Hoc</i><br>Committee</p><p>UN<br>Convention against<br> Cybercrime</p>',
  'skipped elements':
    '<script>"Budapest Convention"</script><noscript>Budapest Convention</noscript><textarea>Budapest Convention</textarea><div contenteditable><p>Budapest Convention</p></div><template><p>Budapest Convention</p></template><select><option>Budapest Convention</option></select><p>Budapest Convention</p>',
  'text directly in body': 'Budapest Convention in body <p>and Ad Hoc Committee</p> tail',
  'soft hyphens': '<p>Buda\u00adpest Convention</p><p>Budapest Convention</p>',
  'a table':
    '<table><tr><td>Budapest Convention</td><td>x</td></tr><tr><td>Ad Hoc Committee</td></tr></table>',
  'comments between':
    '<p>Budapest <!-- x --> Convention</p><!-- Budapest Convention --><p>Budapest Convention</p>',
};

/** A larger page: many blocks without a name, a few with one, in several shapes. */
function largePage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 120; i++) {
    const name =
      i % 97 === 3
        ? ' the <em>Budapest</em> Convention'
        : i % 89 === 5
          ? ' the UN <b>Convention against</b> Cybercrime'
          : '';
    rows.push(`<div><b>row ${i}</b> plain words <i>here</i>${name} <a href="#">link</a> end</div>`);
  }
  return `<main><h1>Index</h1>${rows.join('\n')}</main>`;
}

function setBody(html: string): void {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
}

describe('the located full scan', () => {
  it.each(Object.entries(PAGES))('finds exactly what the whole walk finds: %s', async (_, html) => {
    setBody(html);
    const whole = await scan({ locateMinChars: Infinity });
    const located = await scan({ locateMinChars: 0 });
    expect(whole.length).toBeGreaterThan(0);
    expect(located).toEqual(whole);
  });

  it('finds exactly what the whole walk finds on a larger page, and detects only hit blocks', async () => {
    setBody(largePage());
    const seenWhole: string[] = [];
    const seenLocated: string[] = [];
    const whole = await scan({ locateMinChars: Infinity, seen: seenWhole });
    const located = await scan({ locateMinChars: 0, seen: seenLocated });
    expect(whole).toHaveLength(4);
    expect(located).toEqual(whole);
    // The cue sample is walked from the start; blocks are detected only where a screen hit.
    expect(seenLocated.filter((t) => !/Budapest|Cybercrime/.test(t))).toEqual([]);
  });

  it('scans open shadow roots and keeps composed document order', async () => {
    setBody(`${largePage()}<x-card></x-card><p>last Ad Hoc Committee</p>`);
    const host = document.querySelector('x-card')!;
    const root = host.attachShadow({ mode: 'open' });
    fill(root, '<p>UN Convention against Cybercrime</p><y-in></y-in>');
    fill(
      root.querySelector('y-in')!.attachShadow({ mode: 'open' }),
      '<p>Budapest Convention deep</p>',
    );
    const whole = await scan({ locateMinChars: Infinity });
    const located = await scan({ locateMinChars: 0 });
    expect(whole).toHaveLength(7);
    expect(located).toEqual(whole);
  });

  it('walks a shadow root inside a located block once, and all of them again on a full rescan', async () => {
    setBody(`${largePage()}<p>Budapest Convention <x-in></x-in></p><x-out></x-out>`);
    fill(document.querySelector('x-in')!.attachShadow({ mode: 'open' }), '<p>Ad Hoc Committee</p>');
    fill(
      document.querySelector('x-out')!.attachShadow({ mode: 'open' }),
      '<p>Ad Hoc Committee</p>',
    );
    const whole = await scan({ locateMinChars: Infinity });
    expect(whole).toHaveLength(7);
    const engine = createPageEngine({
      detector: screenedDetector(),
      doc: document,
      registry: nullRegistry,
      slicer: slicer(),
      locateMinChars: 0,
    });
    engines.push(engine);
    await engine.start();
    const texts = (): string[] => engine.mentions().map((m) => `${m.instrument} ${m.text}`);
    const all = whole.map((w) => w.split(' @')[0] ?? '');
    expect(texts()).toEqual(all);
    // A change of instruments rescans fully, with every shadow root already known.
    engine.update({ instruments: ['ad-hoc-committee'] });
    await engine.idle();
    expect(texts()).toEqual(all.filter((t) => t.startsWith('ad-hoc-committee')));
    engine.update({ instruments: ['ad-hoc-committee', 'budapest-convention'] });
    await engine.idle();
    expect(texts()).toEqual(all.filter((t) => !t.startsWith('un-')));
  });

  it('never scans our own UI host', async () => {
    setBody(`<x-ui><p>Budapest Convention</p></x-ui>${largePage()}`);
    markOwnUi(document.querySelector('x-ui')!);
    const located = await scan({ locateMinChars: 0 });
    expect(located).toHaveLength(4);
    expect(located).toEqual(await scan({ locateMinChars: Infinity }));
  });

  it('walks the whole page past the hit limit, with the same result', async () => {
    setBody(largePage());
    const seen: string[] = [];
    const located = await scan({ locateMinChars: 0, locateMaxHits: 3, seen });
    expect(located).toEqual(await scan({ locateMinChars: Infinity }));
  });

  it('starts the locate again when the page changes between its slices', async () => {
    setBody(largePage());
    const whole = await scan({ locateMinChars: Infinity });
    let changes = 0;
    // Each yield inserts text before every name: the offsets read first are stale afterwards.
    const located = await scan({
      locateMinChars: 0,
      slicer: slicer(() => {
        if (changes++ < 2) document.querySelector('main')!.prepend('inserted text '.repeat(50));
      }),
    });
    expect(changes).toBeGreaterThan(1);
    expect(located.map((l) => l.split(' @')[0])).toEqual(whole.map((l) => l.split(' @')[0]));
  });
});

describe('highlight rules on a large document with many hits', () => {
  const SCOPED = { minElements: 0, maxElements: 64, maxHits: 3, maxUpdates: 20, minIntervalMs: 0 };

  async function rulesOf(hitsAllowed: number): Promise<{ asked: number; adopted: number }> {
    let asked = 0;
    const engine = createPageEngine({
      detector: screenedDetector(),
      doc: document,
      registry: nullRegistry,
      slicer: slicer(),
      batchMs: 5,
      watcher: null,
      locateMinChars: 0,
      scopedRules: { ...SCOPED, maxHits: hitsAllowed },
      documentRules: () => {
        asked++;
        return Promise.resolve();
      },
    });
    engines.push(engine);
    await engine.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const adopted = document.adoptedStyleSheets.length;
    engine.stop();
    document.adoptedStyleSheets = [];
    return { asked, adopted };
  }

  it('asks for the document rules, and writes no scoped sheet, when the locate counts more hits than maxHits', async () => {
    setBody(largePage());
    expect(await rulesOf(3)).toEqual({ asked: 1, adopted: 0 });
    // Under the limit the scoped sheet paints, and no document rules are asked for.
    expect(await rulesOf(1_000)).toEqual({ asked: 0, adopted: 1 });
  });
});
