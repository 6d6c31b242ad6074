import { afterEach, describe, expect, it } from 'vitest';
import type { InstrumentId } from '@/src/knowledge/ids';
import { createPageEngine, CueSample, type PageEngine } from '@/src/page/engine';
import { SegmentWalker } from '@/src/page/segments';
import { markOwnUi } from '@/src/page/skip';
import type { HighlightHandle, HighlightRegistry } from '@/src/page/highlights';
import type { HitTester } from '@/src/page/hit-test';
import type { WatchEntry } from '@/src/page/paint-window';
import type { Slicer } from '@/src/page/scheduler';
import type { DetectedSpan, Detector } from '@/src/page/types';

const NAMES: Array<[string, InstrumentId]> = [
  ['UN Convention against Cybercrime', 'un-cybercrime-convention'],
  ['Budapest Convention', 'budapest-convention'],
  ['Ad Hoc Committee', 'ad-hoc-committee'],
];

/** A literal-name detector: enough to test the page side without the real matcher. */
const fakeDetector: Detector<string> = {
  collectCues: (text) => `cues of ${text.length} chars`,
  mergeCues: (a, b) => `${a} + ${b}`,
  find(text, _cues, instruments) {
    const out: DetectedSpan[] = [];
    for (const [name, instrument] of NAMES) {
      if (!instruments.includes(instrument)) continue;
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        out.push({ start: i, end: i + name.length, instrument });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** Records what the engine registers, like CSS.highlights would hold it. */
class FakeRegistry implements HighlightRegistry {
  readonly highlights = new Map<string, Set<AbstractRange>>();
  create(name: string): HighlightHandle {
    const set = new Set<AbstractRange>();
    this.highlights.set(name, set);
    return {
      add: (r) => void set.add(r),
      delete: (r) => void set.delete(r),
      clear: () => set.clear(),
    };
  }
  remove(name: string): void {
    this.highlights.delete(name);
  }
  texts(name: string): string[] {
    return [...(this.highlights.get(`treaty-lens-${name}`) ?? [])].map((r) =>
      (r as Range).toString(),
    );
  }
}

// Slices of zero milliseconds: every check yields, so slicing is exercised on tiny pages.
const eagerSlicer: Slicer = {
  sliceMs: 0,
  now: () => performance.now(),
  yield: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

function body(html: string): void {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
}

const settle = async (engine: PageEngine): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  await engine.idle();
};

let engine: PageEngine | null = null;
function makeEngine(options: { instruments?: InstrumentId[]; hitTester?: HitTester } = {}) {
  const registry = new FakeRegistry();
  engine = createPageEngine({
    detector: fakeDetector,
    doc: document,
    registry,
    slicer: eagerSlicer,
    batchMs: 5,
    ...options,
  });
  return { engine, registry };
}

afterEach(() => {
  engine?.stop();
  engine = null;
});

describe('page cues', () => {
  /** The batches of a walk of the current body. */
  function batchesOfBody() {
    const walker = new SegmentWalker(document.body);
    walker.step();
    return walker.takeBatches();
  }

  it('hands the sample out in pieces of at most the piece size, the whole text once', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} ${'x'.repeat(90)}.`);
    body(paragraphs.map((p) => `<p>${p}</p>`).join(''));
    const sample = new CueSample('Title', 50_000, 1_000);
    for (const batch of batchesOfBody()) sample.add(batch);
    expect(sample.full).toBe(false);
    const pieces: string[] = [];
    for (let piece = sample.take(); piece !== null; piece = sample.take()) pieces.push(piece);
    // Whole pieces only; the short rest waits for the end of the walk.
    expect(sample.drained).toBe(false);
    pieces.push(sample.take(true)!);
    expect(sample.drained).toBe(true);
    expect(sample.take(true)).toBeNull();
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1_000);
    expect(pieces.join('\n').split('\n').filter(Boolean)).toEqual(['Title', ...paragraphs]);
  });

  it('stops at the size limit and cuts a block longer than a piece', () => {
    body(`<p>${'a'.repeat(2_500)}</p><p>never sampled</p>`);
    const sample = new CueSample('', 2_000, 1_000);
    for (const batch of batchesOfBody()) sample.add(batch);
    expect(sample.full).toBe(true);
    const pieces = [sample.take(), sample.take(), sample.take()];
    expect(pieces.map((p) => p?.length)).toEqual([1_000, 1_000, undefined]);
    expect(sample.drained).toBe(true);
  });

  it('collects cues piece by piece, adds them up and detects only with the whole sum', async () => {
    // 60 paragraphs of ~1 kB: more than the 50k sample, so cues come from several pieces.
    body(
      Array.from(
        { length: 60 },
        (_, i) => `<p>${i} ${'word '.repeat(200)} Budapest Convention</p>`,
      ).join(''),
    );
    const pieces: number[] = [];
    const seen = new Set<number>();
    const counting: Detector<number> = {
      collectCues(text) {
        pieces.push(text.length);
        return text.length;
      },
      mergeCues: (a, b) => a + b,
      find(text, cues, instruments) {
        seen.add(cues);
        return fakeDetector.find(text, '', instruments);
      },
    };
    engine = createPageEngine({
      detector: counting,
      doc: document,
      registry: new FakeRegistry(),
      slicer: eagerSlicer,
    });
    await engine.start();
    expect(engine.mentions()).toHaveLength(60);
    expect(pieces.length).toBeGreaterThan(5);
    for (const length of pieces) expect(length).toBeLessThanOrEqual(8_192);
    const total = pieces.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(49_000);
    expect(total).toBeLessThan(51_000);
    // Every block was detected with the cues of the whole sample, never a part of it.
    expect([...seen]).toEqual([total]);
  });

  it('runs the first piece (a cold detector) at the start of a slice of its own', async () => {
    body('<p>Some text before the Budapest Convention.</p>'.repeat(30));
    let yields = 0;
    const yieldsAtPiece: number[] = [];
    const counting: Detector<number> = {
      collectCues(text) {
        yieldsAtPiece.push(yields);
        return text.length;
      },
      mergeCues: (a, b) => a + b,
      find: (text, _cues, instruments) => fakeDetector.find(text, '', instruments),
    };
    engine = createPageEngine({
      detector: counting,
      doc: document,
      registry: new FakeRegistry(),
      // Slices that never run out: the only yields are the one before the first piece and the
      // one after the scan (start() resolves in a task of its own).
      slicer: {
        sliceMs: 1e9,
        now: () => 0,
        yield: () => {
          yields++;
          return Promise.resolve();
        },
      },
    });
    await engine.start();
    expect(engine.mentions()).toHaveLength(30);
    expect(yieldsAtPiece[0]).toBe(1);
    expect(yields).toBe(2);
  });

  it('sizes the pieces to the time the detector takes', async () => {
    body(Array.from({ length: 60 }, (_, i) => `<p>${i} ${'word '.repeat(200)}</p>`).join(''));
    // A clock that only the detector moves: 10 µs per character, so 300 characters make 3 ms.
    let clock = 0;
    const pieces: number[] = [];
    const slow: Detector<number> = {
      collectCues(text) {
        pieces.push(text.length);
        clock += text.length / 100;
        return text.length;
      },
      mergeCues: (a, b) => a + b,
      find: () => [],
    };
    engine = createPageEngine({
      detector: slow,
      doc: document,
      registry: new FakeRegistry(),
      slicer: { sliceMs: 1e9, now: () => clock, yield: () => Promise.resolve() },
    });
    await engine.start();
    expect(pieces[0]).toBeLessThanOrEqual(512);
    // Then 3 ms worth each: 300 characters, or less where a block ends.
    const rest = pieces.slice(1);
    for (const length of rest) expect(length).toBeLessThanOrEqual(300);
    expect(rest.filter((length) => length === 300).length).toBeGreaterThan(rest.length / 2);
  });
});

describe('screens', () => {
  it('detects only blocks that one of the screens hits', async () => {
    body(
      '<p>Budapest Convention</p><p>UN Convention against Cybercrime</p><p>Ad Hoc Committee</p>',
    );
    const seen: string[] = [];
    const screened: Detector<string> = {
      ...fakeDetector,
      screen: /Budapest/g,
      moreScreens: [/Committee/g],
      find(text, cues, instruments) {
        seen.push(text);
        return fakeDetector.find(text, cues, instruments);
      },
    };
    engine = createPageEngine({
      detector: screened,
      doc: document,
      registry: new FakeRegistry(),
      slicer: eagerSlicer,
    });
    await engine.start();
    expect(seen).toEqual(['Budapest Convention', 'Ad Hoc Committee']);
    expect(engine.mentions().map((m) => m.text)).toEqual([
      'Budapest Convention',
      'Ad Hoc Committee',
    ]);
  });
});

describe('start', () => {
  it('finds mentions split over inline elements and highlights them per instrument', async () => {
    body(
      '<h1>The <a href="#">UN <em>Convention against</em> Cybercrime</a></h1><p>Also the Budapest Convention and the <b>Ad Hoc</b> Committee.</p>',
    );
    const { engine, registry } = makeEngine();
    await engine.start();
    expect(engine.mentions().map((m) => [m.instrument, m.text, m.range.toString()])).toEqual([
      [
        'un-cybercrime-convention',
        'UN Convention against Cybercrime',
        'UN Convention against Cybercrime',
      ],
      ['budapest-convention', 'Budapest Convention', 'Budapest Convention'],
      ['ad-hoc-committee', 'Ad Hoc Committee', 'Ad Hoc Committee'],
    ]);
    expect(registry.texts('budapest-convention')).toEqual(['Budapest Convention']);
    expect(registry.texts('active')).toEqual([]);
  });

  it('paints mentions on a dark background with the dark palette, and the active one too', async () => {
    body(
      '<header style="background-color: rgb(18, 18, 18)"><p>Budapest Convention</p></header><p>Budapest Convention</p>',
    );
    const { engine, registry } = makeEngine();
    await engine.start();
    expect(registry.texts('budapest-convention')).toEqual(['Budapest Convention']);
    expect(registry.texts('budapest-convention-dark')).toEqual(['Budapest Convention']);
    engine.setActive(engine.mentions()[0]!);
    expect(registry.texts('active-dark')).toEqual(['Budapest Convention']);
    expect(registry.texts('active')).toEqual([]);
    engine.setActive(engine.mentions()[1]!);
    expect(registry.texts('active-dark')).toEqual([]);
    expect(registry.texts('active')).toEqual(['Budapest Convention']);
  });

  it('does not change the DOM', async () => {
    body('<p>The Budapest Convention <em>and</em> more.</p>');
    const before = document.body.outerHTML;
    const { engine } = makeEngine();
    await engine.start();
    expect(engine.mentions()).toHaveLength(1);
    expect(document.body.outerHTML).toBe(before);
  });

  it('highlights only the instruments asked for, and rescans when they change', async () => {
    body('<p>Budapest Convention</p><p>UN Convention against Cybercrime</p>');
    const { engine, registry } = makeEngine({ instruments: ['budapest-convention'] });
    await engine.start();
    expect(engine.mentions().map((m) => m.instrument)).toEqual(['budapest-convention']);
    engine.update({ instruments: ['un-cybercrime-convention'] });
    await engine.idle();
    expect(engine.mentions().map((m) => m.instrument)).toEqual(['un-cybercrime-convention']);
    expect(registry.texts('budapest-convention')).toEqual([]);
  });

  it('scans open shadow roots and keeps the list in composed document order', async () => {
    body('<p>first Budapest Convention</p><x-card></x-card><p>last Ad Hoc Committee</p>');
    const root = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    root.append(
      Object.assign(document.createElement('p'), {
        textContent: 'UN Convention against Cybercrime',
      }),
    );
    const { engine } = makeEngine();
    await engine.start();
    expect(engine.mentions().map((m) => m.instrument)).toEqual([
      'budapest-convention',
      'un-cybercrime-convention',
      'ad-hoc-committee',
    ]);
  });
});

describe('following changes', () => {
  it('finds a mention in an appended block and keeps document order', async () => {
    body('<ul id="feed"><li>Budapest Convention</li></ul><p>Ad Hoc Committee</p>');
    const { engine, registry } = makeEngine();
    await engine.start();
    const li = document.createElement('li');
    li.append(
      'new: ',
      Object.assign(document.createElement('em'), { textContent: 'UN Convention' }),
      ' against Cybercrime',
    );
    document.getElementById('feed')!.append(li);
    await settle(engine);
    expect(engine.mentions().map((m) => m.instrument)).toEqual([
      'budapest-convention',
      'un-cybercrime-convention',
      'ad-hoc-committee',
    ]);
    expect(registry.texts('un-cybercrime-convention')).toEqual([
      'UN Convention against Cybercrime',
    ]);
  });

  it('drops a mention whose text changed or was removed', async () => {
    body('<p id="a">Budapest Convention</p><p id="b">Ad Hoc Committee</p>');
    const { engine, registry } = makeEngine();
    await engine.start();
    (document.getElementById('a')!.firstChild as Text).data = 'Budapest, the city';
    document.getElementById('b')!.remove();
    await settle(engine);
    expect(engine.mentions()).toEqual([]);
    expect(registry.texts('budapest-convention')).toEqual([]);
    expect(registry.texts('ad-hoc-committee')).toEqual([]);
  });

  it('finds a name completed by a text change', async () => {
    body('<p id="a">The Budapest <em>Treaty</em></p>');
    const { engine } = makeEngine();
    await engine.start();
    expect(engine.mentions()).toEqual([]);
    (document.querySelector('em')!.firstChild as Text).data = 'Convention';
    await settle(engine);
    expect(engine.mentions().map((m) => m.range.toString())).toEqual(['Budapest Convention']);
  });

  it('ignores changes in its own UI host', async () => {
    body('<p>Budapest Convention</p>');
    const { engine } = makeEngine();
    await engine.start();
    let changes = 0;
    engine.onChange(() => changes++);
    const host = document.createElement('qzxw-k3j9a0p2');
    markOwnUi(host);
    host.textContent = 'UN Convention against Cybercrime';
    document.body.append(host);
    await settle(engine);
    expect(changes).toBe(0);
    expect(engine.mentions()).toHaveLength(1);
  });
});

describe('stop', () => {
  it('removes every highlight and mention, stops observing, and comes back the same', async () => {
    body('<p>Budapest Convention</p><p>Ad Hoc Committee</p>');
    const { engine, registry } = makeEngine();
    await engine.start();
    const before = engine.mentions().map((m) => m.text);
    engine.stop();
    expect(registry.highlights.size).toBe(0);
    expect(engine.mentions()).toEqual([]);
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'Budapest Convention' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(engine.mentions()).toEqual([]);
    document.body.lastElementChild!.remove();
    await engine.start();
    expect(engine.mentions().map((m) => m.text)).toEqual(before);
    expect(registry.texts('ad-hoc-committee')).toEqual(['Ad Hoc Committee']);
  });
});

describe('setActive and onChange', () => {
  it('marks one mention active and tells listeners', async () => {
    body('<p>Budapest Convention and Ad Hoc Committee</p>');
    const { engine, registry } = makeEngine();
    await engine.start();
    let changes = 0;
    const off = engine.onChange(() => changes++);
    const [, second] = engine.mentions();
    engine.setActive(second!);
    expect(engine.active()).toBe(second);
    expect(registry.texts('active')).toEqual(['Ad Hoc Committee']);
    engine.setActive(null);
    expect(registry.texts('active')).toEqual([]);
    expect(changes).toBe(2);
    off();
    engine.setActive(second!);
    expect(changes).toBe(2);
  });
});

describe('mentionAt', () => {
  it('finds the mention under a point and confirms it against its rects', async () => {
    body('<p>See the Budapest Convention here.</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const hitTester: HitTester = {
      caretAt: (x) => ({ node: text, offset: x }),
      // Pretend each character is one pixel wide on the line y = 0..10.
      rects: (range) => [
        new DOMRect(range.startOffset, 0, range.endOffset - range.startOffset, 10),
      ],
    };
    const { engine } = makeEngine({ hitTester });
    await engine.start();
    expect(engine.mentionAt(12, 5)?.text).toBe('Budapest Convention');
    expect(engine.mentionAt(27, 5)?.text).toBe('Budapest Convention'); // caret after the last letter
    expect(engine.mentionAt(3, 5)).toBeNull();
    expect(engine.mentionAt(12, 50)).toBeNull(); // the caret is there, the rects are not
  });
});

describe('painting during a full scan', () => {
  it('paints the first mention at once and then in commits that at least double the painted count', async () => {
    body(Array.from({ length: 40 }, (_, i) => `<p>${i} Budapest Convention</p>`).join(''));
    const adds: number[] = [];
    const registry = new FakeRegistry();
    const create = registry.create.bind(registry);
    registry.create = (name: string) => {
      const handle = create(name);
      return { ...handle, add: (r) => (adds.push(adds.length), handle.add(r)) };
    };
    const sizes: number[] = [];
    engine = createPageEngine({
      detector: fakeDetector,
      doc: document,
      registry,
      slicer: eagerSlicer,
    });
    engine.onChange(() => sizes.push(engine!.mentions().length));
    await engine.start();
    expect(adds).toHaveLength(40);
    expect(sizes.at(-1)).toBe(40);
    expect(sizes[0]).toBeGreaterThan(0);
    expect(sizes[0]).toBeLessThan(40);
    // Each commit but the last at least doubles the list: a handful of changes, not one per slice.
    const distinct = [...new Set(sizes)];
    for (let i = 1; i < distinct.length - 1; i++) {
      expect(distinct[i]).toBeGreaterThanOrEqual(2 * distinct[i - 1]!);
    }
    expect(distinct.length).toBeLessThanOrEqual(8);
  });
});

describe('painting on a page with more mentions than the paint-all limit', () => {
  it('lists every mention, paints only those near the viewport, and paints the active one anywhere', async () => {
    body(Array.from({ length: 30 }, (_, i) => `<p>${i} Budapest Convention</p>`).join(''));
    const registry = new FakeRegistry();
    let report: ((entries: readonly WatchEntry[]) => void) | null = null;
    const observed = new Set<Element>();
    const nearEnd = (el: Element): boolean => Number(el.textContent!.split(' ')[0]) < 5;
    engine = createPageEngine({
      detector: fakeDetector,
      doc: document,
      registry,
      slicer: eagerSlicer,
      batchMs: 5,
      paintAllLimit: 10,
      watcher: (r) => {
        report = r;
        return {
          observe: (el) => void observed.add(el),
          unobserve: (el) => void observed.delete(el),
          disconnect: () => observed.clear(),
        };
      },
    });
    await engine.start();
    expect(engine.mentions()).toHaveLength(30);
    expect(observed.size).toBeGreaterThan(0);
    // The watcher's report: the first paragraphs are near (and in view); paragraph i at 40·i px.
    const top = (el: Element): number => Number(el.textContent!.split(' ')[0]) * 40;
    report!(
      [...observed].map((target) => ({
        target,
        near: nearEnd(target),
        visible: true,
        top: top(target),
        bottom: top(target) + 20,
        empty: false,
        viewport: 800,
        viewportWidth: 1200,
      })),
    );
    // Once measured, each run is watched by its top and bottom elements only.
    expect(observed.size).toBeLessThan(30);
    const painted = registry.texts('budapest-convention');
    expect(painted.length).toBeGreaterThanOrEqual(5);
    expect(painted.length).toBeLessThan(30);
    // Moving to a far mention (keyboard, popup list) paints it and marks it active.
    const far = engine.mentions()[27]!;
    engine.setActive(far);
    expect(registry.highlights.get('treaty-lens-budapest-convention')!.has(far.range)).toBe(true);
    expect(registry.highlights.get('treaty-lens-active')!.has(far.range)).toBe(true);
    // A removed mention is unpainted and dropped from the list.
    const first = engine.mentions()[0]!;
    expect(registry.highlights.get('treaty-lens-budapest-convention')!.has(first.range)).toBe(true);
    document.body.firstElementChild!.remove();
    await settle(engine);
    expect(engine.mentions()).toHaveLength(29);
    expect(engine.mentions()).not.toContain(first);
    expect(registry.highlights.get('treaty-lens-budapest-convention')!.has(first.range)).toBe(
      false,
    );
    engine.stop();
    expect(observed.size).toBe(0);
  });
});

describe('highlight rules: the document rules, or rules on the elements around mentions', () => {
  const wait = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
  const SCOPED = { minElements: 0, maxElements: 8, maxUpdates: 20, minIntervalMs: 0 };
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  function start(scopedRules: typeof SCOPED | null) {
    const registry = new FakeRegistry();
    const asked: string[] = [];
    engine = createPageEngine({
      detector: fakeDetector,
      doc: document,
      registry,
      slicer: eagerSlicer,
      batchMs: 5,
      watcher: null,
      scopedRules,
      documentRules: async () => {
        asked.push(`rules with ${registry.texts('budapest-convention').length} painted`);
        await wait(5);
      },
    });
    return { engine, registry, asked };
  }

  it('asks for the document rules once, before the first highlight, on a small document', async () => {
    body('<p>the Budapest Convention</p>');
    const { engine, registry, asked } = start({ ...SCOPED, minElements: 1_000 });
    await engine.start();
    expect(asked).toEqual(['rules with 0 painted']);
    expect(registry.texts('budapest-convention')).toEqual(['Budapest Convention']);
    engine.stop();
    await engine.start();
    expect(asked).toHaveLength(1); // they stay in the frame
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('writes rules on the elements around painted mentions on a large document, and no document rules', async () => {
    body(
      '<div><p>x</p><p>the Budapest Convention and the UN <em>Convention against</em> Cybercrime</p></div>',
    );
    const { engine, asked } = start(SCOPED);
    await engine.start();
    await wait();
    expect(asked).toEqual([]);
    const [sheet] = document.adoptedStyleSheets;
    const text = [...sheet!.cssRules].map((r) => r.cssText).join('\n');
    const p = document.querySelectorAll('p')[1]!;
    for (const name of ['budapest-convention', 'un-cybercrime-convention']) {
      const rule = [...sheet!.cssRules].find((r) => r.cssText.includes(`treaty-lens-${name})`))!;
      const selector = rule.cssText.split('::highlight')[0]!;
      expect(document.querySelector(selector)).toBe(p);
    }
    expect(text).not.toContain('treaty-lens-active');
    // The mention in use gets its rule too, and loses it again.
    engine.setActive(engine.mentions()[0]!);
    await wait();
    expect([...sheet!.cssRules].some((r) => r.cssText.includes('treaty-lens-active)'))).toBe(true);
    engine.setActive(null);
    await wait();
    expect([...sheet!.cssRules].some((r) => r.cssText.includes('treaty-lens-active)'))).toBe(false);
    engine.stop();
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('follows the page: a mention removed loses its rule, one moved gets its new position', async () => {
    body('<main><p>the Budapest Convention</p><p>the Ad Hoc Committee</p></main>');
    const { engine } = start(SCOPED);
    await engine.start();
    await wait();
    const sheet = document.adoptedStyleSheets[0]!;
    const selectorOf = (name: string) =>
      [...sheet.cssRules]
        .find((r) => r.cssText.includes(`treaty-lens-${name})`))
        ?.cssText.split('::highlight')[0];
    const committee = document.querySelectorAll('p')[1]!;
    document
      .querySelector('main')!
      .prepend(document.createElement('hr'), document.createElement('hr'));
    document.querySelectorAll('p')[0]!.remove();
    await settle(engine);
    await wait();
    expect(selectorOf('budapest-convention')).toBeUndefined();
    expect(document.querySelector(selectorOf('ad-hoc-committee')!)).toBe(committee);
  });

  it('gives way to the document rules when too many elements hold mentions', async () => {
    body(Array.from({ length: 12 }, () => '<p>the Budapest Convention</p>').join(''));
    const { engine, registry, asked } = start(SCOPED);
    await engine.start();
    await wait(40);
    expect(asked).toEqual(['rules with 12 painted']);
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(registry.texts('budapest-convention')).toHaveLength(12);
  });
});
