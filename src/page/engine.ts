import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { snippetAround } from './snippet';
import type { HighlightStyle } from '@/src/settings/schema';
import { cssHighlightRegistry, type HighlightHandle, type HighlightRegistry } from './highlights';
import { browserHitTester, rectsContain, type HitTester } from './hit-test';
import { Locator, ShadowRootSearch } from './locate';
import { planRescan, type MutationLike } from './observer';
import { comparePoints, startOf, upperBound, type Point } from './order';
import { intersectionWatcher, PaintWindow, type WatcherFactory } from './paint-window';
import { nextFrame, pageSlicer, type Slicer } from './scheduler';
import { mapSpan, SegmentWalker, type Segment, type SegmentBatch } from './segments';
import { tonedActiveName, tonedHighlightName, TONES, ToneReader, type Tone } from './palette';
import { elementAround, ScopedRules, type ScopedRulesOptions } from './scoped-rules';
import { DEFAULT_HIGHLIGHT_STYLE, HighlightStyles } from './styles';
import type { Detector, PageMention } from './types';

/** An element counted in the scoped rules under a highlight name. */
interface Counted {
  name: string;
  el: Element;
}

/** Options of a page engine; everything but the detector has a browser default. */
export interface PageEngineOptions<Cues> {
  detector: Detector<Cues>;
  doc?: Document;
  /** The highlight registry; null (or missing API) scans and reports without painting. */
  registry?: HighlightRegistry | null;
  hitTester?: HitTester;
  slicer?: Slicer;
  instruments?: readonly InstrumentId[];
  style?: HighlightStyle;
  /** Delay that batches mutation records before a rescan. */
  batchMs?: number;
  /** More changed blocks than this in one batch: rescan the whole page. */
  fullRescanThreshold?: number;
  /**
   * Watches how near mentions are to the viewport, for pages with more mentions than `paintAllLimit`
   * (`paint-window.ts`); null paints every mention. Default: an IntersectionObserver.
   */
  watcher?: WatcherFactory | null;
  /** Up to this many mentions all are painted; past it only those near the viewport. */
  paintAllLimit?: number;
  /**
   * A full scan of a page with at least this many characters of text locates the screens' hits
   * natively and walks only their blocks (`locate.ts`); a smaller page is walked whole.
   */
  locateMinChars?: number;
  /** More screen hits than this: the full scan walks the whole page (the locate saves nothing). */
  locateMaxHits?: number;
  /**
   * Inserts the document's `::highlight()` rules (the background's `insertHighlightRules`): asked
   * once, when the engine first starts painting with document rules. Default: nothing to insert
   * (tests, or rules already in the document).
   */
  documentRules?: () => Promise<void>;
  /**
   * Rules on the elements around painted mentions instead, for documents of at least
   * `minElements` elements (`scoped-rules.ts`: Chromium only, where highlight styles inherit);
   * null: always the document rules.
   */
  scopedRules?: ScopedRulesOptions | null;
}

/** The page side of Treaty Lens: scan, highlight, follow changes, hit-test. See README.md. */
export interface PageEngine {
  /** Starts scanning and observing; resolves when the first full scan is painted. */
  start(): Promise<void>;
  /** Stops everything and removes every highlight and stylesheet; the engine can start again. */
  stop(): void;
  /** Whether the engine is started. */
  readonly running: boolean;
  /** The mentions in document order (composed order across open shadow roots). */
  mentions(): readonly PageMention[];
  /** The mention under a viewport point, or null. */
  mentionAt(x: number, y: number): PageMention | null;
  /** Marks a mention as the one in use (`treaty-lens-active`), or clears it with null. */
  setActive(mention: PageMention | null): void;
  /** The active mention, if it is still on the page. */
  active(): PageMention | null;
  /** Calls `listener` after the mention list or the active mention changed; returns unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Changes which instruments are highlighted (rescans) and the highlight style (restyles). */
  update(options: { instruments?: readonly InstrumentId[]; style?: HighlightStyle }): void;
  /** Resolves when no scan is queued or running (for tests and benchmarks). */
  idle(): Promise<void>;
}

// Cues are collected from the start of the page: titles and leads carry them, and a bounded
// sample keeps a huge page from delaying its first highlights. The sample goes to the detector in
// pieces sized for a few milliseconds each, at the rate the last piece went: the first call runs
// cold code and compiles expressions, and on a page dense with names a call can cost 50 times
// more per character than on plain prose, so one call on the whole sample could be a long task.
const CUE_SAMPLE_CHARS = 50_000;
const CUE_PIECE_MS = 3;
const CUE_PIECE = { first: 512, min: 256, max: 8_192 };

// Below this much text the cue sample's walk covers most of the page anyway: walk it all.
const LOCATE_MIN_CHARS = 100_000;
// Past this many screen hits the blocks to walk approach the whole page, and the locate's own
// cost grows with them (measured on the bench pages: README.md, "Locate").
const LOCATE_MAX_HITS = 2_000;
// A locate whose tree changed between its slices starts again, at most this many times.
const LOCATE_TRIES = 3;

/** The start of the page's text for `collectCues` (the title, then blocks), handed out in pieces. */
export class CueSample {
  private parts: string[];
  private pendingChars: number;
  private total: number;
  /** The sample has all the text it takes. */
  full = false;
  /** Size of the next piece (the engine adapts it to the detector's speed). */
  pieceChars: number;
  private takenAny = false;

  constructor(
    title: string,
    private readonly limit = CUE_SAMPLE_CHARS,
    pieceChars = CUE_PIECE.first,
  ) {
    this.parts = title ? [title] : [];
    this.pendingChars = title.length;
    this.total = title.length;
    this.pieceChars = pieceChars;
  }

  /** Sets the next piece's size from how long the last one took (`ms` for `chars`). */
  adapt(chars: number, ms: number): void {
    const next = Math.round((chars * CUE_PIECE_MS) / Math.max(ms, 0.05));
    this.pieceChars = Math.min(CUE_PIECE.max, Math.max(CUE_PIECE.min, next));
  }

  add(batch: SegmentBatch): void {
    for (let i = 0; i < batch.size && !this.full; i++) {
      let text = batch.segmentText(i);
      if (text === null) continue;
      if (this.total + text.length >= this.limit) {
        text = text.slice(0, this.limit - this.total);
        this.full = true;
      }
      this.parts.push(text);
      this.pendingChars += text.length + 1;
      this.total += text.length + 1;
    }
  }

  /** Whether a whole piece waits (or, once the sample is full, any text at all). */
  get ready(): boolean {
    return this.pendingChars >= this.pieceChars || (this.full && this.parts.length > 0);
  }

  /** Whether a piece was taken yet. */
  get started(): boolean {
    return this.takenAny;
  }

  /** Whether every piece was taken. */
  get drained(): boolean {
    return this.parts.length === 0;
  }

  /**
   * The next piece of at most `pieceChars` (whole blocks joined by line breaks; a longer block is
   * cut), or null when no whole piece waits. `rest`: take what waits even if it is short (the
   * walk is over).
   */
  take(rest = false): string | null {
    if (!this.ready && !(rest && this.parts.length > 0)) return null;
    let n = 0;
    let chars = 0;
    while (n < this.parts.length && chars + this.parts[n]!.length <= this.pieceChars) {
      chars += this.parts[n++]!.length + 1;
    }
    this.takenAny = true;
    let piece: string;
    if (n > 0) {
      piece = this.parts.splice(0, n).join('\n');
    } else {
      // One block longer than a piece: cut it and keep its tail for the next piece.
      const block = this.parts[0]!;
      piece = block.slice(0, this.pieceChars);
      this.parts[0] = block.slice(this.pieceChars);
    }
    this.pendingChars = this.parts.reduce((sum, part) => sum + part.length + 1, 0);
    return piece;
  }
}

class Engine<Cues> implements PageEngine {
  private readonly doc: Document;
  private readonly detector: Detector<Cues>;
  private readonly registry: HighlightRegistry | null;
  private readonly hit: HitTester;
  private readonly slicer: Slicer;
  private readonly batchMs: number;
  private readonly threshold: number;
  private readonly locateMinChars: number;
  private readonly locateMaxHits: number;
  private instruments: readonly InstrumentId[];
  private style: HighlightStyle;

  private list: PageMention[] = [];
  private current: PageMention | null = null;
  private handles = new Map<string, HighlightHandle>();
  private readonly styles: HighlightStyles;
  // Each mention is painted with the palette for its own background (light or dark).
  private readonly tones: ToneReader;
  private toneOf = new WeakMap<PageMention, Tone>();
  // Which mentions are registered: all of them on most pages, those near the viewport on a page
  // with thousands (every change of a highlight costs the browser time for each registered range).
  private readonly window: PaintWindow;
  private readonly listeners = new Set<() => void>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private observer: MutationObserver | null = null;
  private pending: MutationLike[] = [];
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private generation = 0;
  private cues: Cues | undefined;
  private started = false;
  private readonly documentRules: (() => Promise<void>) | null;
  private documentRulesAsked: Promise<void> | null = null;
  private readonly scopedOptions: ScopedRulesOptions | null;
  // The scoped rules while they are in use, and the element each painted range counted in them.
  private scoped: ScopedRules | null = null;
  private scopedPaint = new WeakMap<PageMention, Counted>();
  private scopedActive: Counted | null = null;

  constructor(options: PageEngineOptions<Cues>) {
    this.doc = options.doc ?? document;
    const win = this.doc.defaultView ?? window;
    this.detector = options.detector;
    this.registry =
      options.registry === undefined
        ? cssHighlightRegistry(win, () => this.healStyles())
        : options.registry;
    this.hit = options.hitTester ?? browserHitTester(this.doc, () => [...this.shadowRoots]);
    this.slicer = options.slicer ?? pageSlicer(win);
    this.batchMs = options.batchMs ?? 50;
    this.threshold = options.fullRescanThreshold ?? 200;
    this.locateMinChars = options.locateMinChars ?? LOCATE_MIN_CHARS;
    this.locateMaxHits = options.locateMaxHits ?? LOCATE_MAX_HITS;
    this.instruments = options.instruments ?? INSTRUMENT_IDS;
    this.style = options.style ?? DEFAULT_HIGHLIGHT_STYLE;
    this.styles = new HighlightStyles(this.doc);
    this.documentRules = options.documentRules ?? null;
    this.scopedOptions = options.scopedRules ?? null;
    this.tones = new ToneReader(win);
    this.window = new PaintWindow({
      paint: (m) => this.paint(m),
      unpaint: (m) => this.unpaint(m),
      watcher: options.watcher === undefined ? intersectionWatcher(this.doc) : options.watcher,
      timers: {
        setTimeout: (fn, ms) => win.setTimeout(fn, ms),
        clearTimeout: (id) => win.clearTimeout(id),
      },
      limit: options.paintAllLimit,
    });
  }

  get running(): boolean {
    return this.started;
  }

  start(): Promise<void> {
    if (this.started) return this.idle();
    this.started = true;
    this.generation++;
    if (this.registry) {
      for (const tone of TONES) {
        for (const id of INSTRUMENT_IDS) {
          const name = tonedHighlightName(id, tone);
          this.handles.set(name, this.registry.create(name));
        }
        // Above the instrument highlights, so the mention in use stands out.
        this.handles.set(tonedActiveName(tone), this.registry.create(tonedActiveName(tone), 1));
      }
    }
    const rules = this.chooseRules();
    this.styles.setStyle(this.style);
    const win = this.doc.defaultView;
    if (win?.MutationObserver) {
      this.observer = new win.MutationObserver((records) => this.onMutations(records));
      this.observe(this.doc);
    }
    // The document rules before the first highlight (as when they were inserted with the engine).
    return this.enqueue((gen) =>
      rules
        ? rules.then(() => (gen === this.generation ? this.fullScan(gen) : undefined))
        : this.fullScan(gen),
    );
  }

  /**
   * Scoped rules for a large document when they are available and the document rules are not in
   * it yet; else the document rules (asked once per frame: they stay).
   */
  private chooseRules(): Promise<void> | null {
    const options = this.scopedOptions;
    if (options && this.registry && !this.documentRulesAsked) {
      const count = this.doc.getElementsByTagName('*').length;
      if (count >= options.minElements) {
        const win = this.doc.defaultView ?? window;
        const scoped = new ScopedRules(
          this.doc,
          this.style,
          options,
          {
            setTimeout: (fn, ms) => win.setTimeout(fn, ms),
            clearTimeout: (id) => win.clearTimeout(id),
            now: () => win.performance.now(),
            frame: (fn) => nextFrame(win, fn, 100),
          },
          () => void this.leaveScopedRules(scoped),
        );
        this.scoped = scoped;
        this.styles.setDocumentWide(false);
        return null;
      }
    }
    this.styles.setDocumentWide(true);
    return this.documentRules ? this.askDocumentRules() : null;
  }

  private askDocumentRules(): Promise<void> {
    this.documentRulesAsked ??= (this.documentRules?.() ?? Promise.resolve()).catch(
      () => undefined, // No rules (the background refused): mentions are found, just not painted.
    );
    return this.documentRulesAsked;
  }

  /** The scoped rules gave up: the document rules first, then the scoped sheet goes. */
  private async leaveScopedRules(scoped: ScopedRules): Promise<void> {
    await this.askDocumentRules();
    if (this.scoped !== scoped) return;
    this.scoped = null;
    this.scopedPaint = new WeakMap();
    this.scopedActive = null;
    scoped.detach();
    this.styles.setDocumentWide(true);
  }

  private healStyles(): void {
    this.scoped?.heal();
  }

  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    if (this.batchTimer !== null) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    this.window.clear();
    for (const name of this.handles.keys()) this.registry?.remove(name);
    this.handles.clear();
    this.styles.detach();
    this.scoped?.detach();
    this.scoped = null;
    this.scopedPaint = new WeakMap();
    this.scopedActive = null;
    this.shadowRoots.clear();
    this.list = [];
    this.current = null;
    this.emit();
  }

  mentions(): readonly PageMention[] {
    return this.list;
  }

  mentionAt(x: number, y: number): PageMention | null {
    if (this.list.length === 0) return null;
    const caret = this.hit.caretAt(x, y);
    if (!caret) return null;
    // The caret may sit just after a mention's last character: check the one before as well.
    const after = upperBound(this.list, caret, (m) => startOf(m.range));
    for (const index of [after - 1, after - 2]) {
      const mention = this.list[index];
      if (!mention) continue;
      const end: Point = { node: mention.range.endContainer, offset: mention.range.endOffset };
      if (comparePoints(caret, end) > 0) continue;
      if (rectsContain(this.hit.rects(mention.range), x, y)) return mention;
    }
    return null;
  }

  setActive(mention: PageMention | null): void {
    const next = mention && this.list.includes(mention) ? mention : null;
    if (next === this.current) return;
    if (this.current) this.unmarkActive(this.current);
    this.current = next;
    if (next) {
      // Painted wherever it is (the reader may have moved to it by keyboard, far from the window).
      this.window.reveal(next);
      this.activeHandle(next)?.add(next.range);
      this.scopedActive = this.count(tonedActiveName(this.toneOf.get(next) ?? 'light'), next);
    }
    this.emit();
  }

  active(): PageMention | null {
    return this.current;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(options: { instruments?: readonly InstrumentId[]; style?: HighlightStyle }): void {
    if (options.style && options.style !== this.style) {
      this.style = options.style;
      if (this.started) {
        this.styles.setStyle(options.style);
        this.scoped?.setStyle(options.style);
      }
    }
    const next = options.instruments;
    if (
      next &&
      (next.length !== this.instruments.length || next.some((id) => !this.instruments.includes(id)))
    ) {
      this.instruments = [...next];
      if (this.started) void this.enqueue((gen) => this.fullScan(gen));
    }
  }

  idle(): Promise<void> {
    return this.queue;
  }

  // --- scanning -----------------------------------------------------------------------------

  private enqueue(job: (gen: number) => Promise<void>): Promise<void> {
    const gen = this.generation;
    this.queue = this.queue
      .then(() => (gen === this.generation ? job(gen) : undefined))
      .catch(() => undefined);
    return this.queue;
  }

  private emit(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A listener's failure must not stop the scan or other listeners.
      }
    }
  }

  private observe(root: Document | ShadowRoot): void {
    this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private addShadowRoot(root: ShadowRoot): boolean {
    if (this.shadowRoots.has(root)) return false;
    this.shadowRoots.add(root);
    this.observe(root);
    this.styles.addShadowRoot(root);
    return true;
  }

  /**
   * Walks `roots` (and the shadow roots found in them) and detects as it goes, in slices: each
   * closed batch of blocks is screened and detected while the walk goes on, so no per-block data
   * outlives its batch. With `onCues`, page cues are first collected from the start of the text
   * (`onCues` runs then, before any detection); with `cuesOnly` the walk ends there. Hands each
   * slice's mentions to `commit`; returns false when the engine was stopped or restarted.
   */
  private async scanRoots(
    roots: Node[],
    gen: number,
    onlyNewShadowRoots: boolean,
    commit: (found: PageMention[]) => void,
    onCues: (() => void) | null,
    cuesOnly = false,
  ): Promise<boolean> {
    let sliceStart = this.slicer.now();
    const deadline = (): boolean => this.slicer.now() - sliceStart > this.slicer.sliceMs;
    let yieldNow = false;
    // Whether this slice has done any work yet (walking or detecting).
    let busy = false;
    let found: PageMention[] = [];
    const queue: SegmentBatch[] = [];
    let resumeAt = 0;
    let sample = onCues ? new CueSample(this.doc.title) : null;
    let cues: Cues | undefined;
    let walker: SegmentWalker | null = null;
    let next = 0;
    for (;;) {
      // While cues are collected, the walk waits for the sample's pieces to be taken.
      if (next < roots.length && !sample?.ready) {
        const w = (walker ??= new SegmentWalker(roots[next]!, this.doc));
        // Stop at each closed batch: batches waiting for the end of the slice would keep their
        // nodes alive and pile up, and the cue sample is taken piece by piece as it grows.
        const done = w.step(() => w.hasBatches || deadline());
        busy = true;
        for (const batch of w.takeBatches()) {
          queue.push(batch);
          sample?.add(batch);
        }
        if (done) {
          for (const root of w.shadowRoots) {
            const isNew = this.addShadowRoot(root);
            if (isNew || !onlyNewShadowRoots) roots.push(root);
          }
          walker = null;
          next++;
        }
      }
      const walked = next >= roots.length;
      // A piece only within the slice's time, unless nothing else can move the scan on: the walk
      // waits for the sample to be taken, or is over. The first piece runs the detector cold (it
      // compiles its expressions then), so it starts a slice of its own.
      const pieceWaits = sample !== null && (sample.ready || (walked && !sample.drained));
      if (sample && pieceWaits && !sample.started && busy) {
        yieldNow = true;
      } else if (sample && (!deadline() || sample.ready || walked)) {
        const piece = sample.take(walked);
        if (piece !== null) {
          const t = this.slicer.now();
          const more = this.detector.collectCues(piece);
          sample.adapt(piece.length, this.slicer.now() - t);
          cues = cues === undefined ? more : this.detector.mergeCues(cues, more);
        }
        if ((sample.full || walked) && sample.drained) {
          this.cues = cues ?? this.detector.collectCues('');
          sample = null;
          onCues?.();
          if (cuesOnly) return true;
        }
      }
      if (!sample) {
        // At least one block per slice, however short the slice: the scan always moves on.
        while (queue.length > 0) {
          resumeAt = this.detectBatch(queue[0]!, resumeAt, found, deadline);
          if (resumeAt < 0) {
            queue.shift();
            resumeAt = 0;
          }
          if (deadline()) break;
        }
        if (walked && queue.length === 0) break;
      }
      if (yieldNow || deadline()) {
        yieldNow = false;
        busy = false;
        commit(found);
        found = [];
        await this.slicer.yield();
        if (gen !== this.generation) return false;
        sliceStart = this.slicer.now();
      }
    }
    commit(found);
    return true;
  }

  /**
   * Screens a batch from segment `from` on with the detector's screen (one regex pass over the
   * joined text) and runs the detector on the blocks with a hit. Returns the segment to resume
   * at when `deadline()` ran out, or -1 when the batch is done.
   */
  private detectBatch(
    batch: SegmentBatch,
    from: number,
    out: PageMention[],
    deadline: () => boolean,
  ): number {
    const screen = this.detector.screen;
    const more = this.detector.moreScreens ?? [];
    const text = batch.text();
    let i = from;
    while (i < batch.size) {
      if (screen) {
        const at = batch.textFrom[i]!;
        let next = firstHit(screen, text, at);
        for (const other of more) {
          const hit = firstHit(other, text, at);
          if (hit >= 0 && (next < 0 || hit < next)) next = hit;
        }
        if (next < 0) return -1;
        i = batch.segmentAt(next);
      }
      const segment = batch.segment(i);
      if (segment) this.detect(segment, out);
      i++;
      if (deadline()) return i < batch.size ? i : -1;
    }
    return -1;
  }

  private detect(segment: Segment, out: PageMention[]): void {
    const spans = this.detector.find(segment.text, this.cues as Cues, this.instruments);
    for (const span of spans) {
      if (!this.instruments.includes(span.instrument)) continue;
      const points = mapSpan(segment, span.start, span.end);
      if (!points) continue;
      const range = this.doc.createRange();
      try {
        range.setStart(points.start.node, points.start.offset);
        range.setEnd(points.end.node, points.end.offset);
      } catch {
        continue; // The text changed since the walk; the observer will bring it back.
      }
      if (range.collapsed) continue;
      out.push({
        instrument: span.instrument,
        range,
        text: segment.text.slice(span.start, span.end).slice(0, 200),
        snippet: snippetAround(segment.text, span.start, span.end),
      });
    }
  }

  /** Registers a mention's range (the paint window decides when). */
  private paint(mention: PageMention): void {
    if (!this.registry) return;
    let tone = this.toneOf.get(mention);
    if (!tone) {
      // Read when first painted: on a page with thousands of mentions most never are.
      tone = this.tones.toneOf(mention.range);
      this.toneOf.set(mention, tone);
    }
    const name = tonedHighlightName(mention.instrument, tone);
    this.handles.get(name)?.add(mention.range);
    const counted = this.count(name, mention);
    if (counted) this.scopedPaint.set(mention, counted);
  }

  private unpaint(mention: PageMention): void {
    const tone = this.toneOf.get(mention) ?? 'light';
    this.handles.get(tonedHighlightName(mention.instrument, tone))?.delete(mention.range);
    this.uncount(this.scopedPaint.get(mention));
    this.scopedPaint.delete(mention);
  }

  /** Counts the element around a painted range in the scoped rules (when they are in use). */
  private count(name: string, mention: PageMention): Counted | null {
    const el = this.scoped ? elementAround(mention.range) : null;
    if (!el) return null;
    this.scoped!.add(name, el);
    return { name, el };
  }

  private uncount(counted: Counted | null | undefined): void {
    if (counted) this.scoped?.delete(counted.name, counted.el);
  }

  /** Takes the active mark off a mention. */
  private unmarkActive(mention: PageMention): void {
    this.activeHandle(mention)?.delete(mention.range);
    this.uncount(this.scopedActive);
    this.scopedActive = null;
  }

  /** Drops a mention that left the page: unpainted, unwatched, no longer the active one. */
  private forget(mention: PageMention): void {
    this.window.remove(mention);
    if (mention === this.current) {
      this.unmarkActive(mention);
      this.current = null;
    }
  }

  private activeHandle(mention: PageMention): HighlightHandle | undefined {
    return this.handles.get(tonedActiveName(this.toneOf.get(mention) ?? 'light'));
  }

  private async fullScan(gen: number): Promise<void> {
    const root = this.doc.documentElement;
    if (!root) return;
    // Records queued so far are covered by this scan.
    this.observer?.takeRecords();
    this.pending = [];
    // Found mentions are painted in commits that at least double what is painted: the browser
    // revalidates every registered range after each change of a highlight, so painting each
    // slice's few mentions made style and layout grow with every slice on a page dense with
    // names. The first mentions found are painted at once, before the scan goes on.
    let waiting: PageMention[] = [];
    // Found mentions not yet handed to the paint window: once it only watches (thousands of
    // mentions), each slice hands its own over, so no commit watches thousands at once.
    let unwatched: PageMention[] = [];
    const commit = (): void => {
      this.window.add(unwatched);
      unwatched = [];
      for (const mention of waiting) this.list.push(mention);
      if (waiting.length > 0) this.emit();
      waiting = [];
    };
    const clear = (): void => {
      this.tones.reset();
      this.toneOf = new WeakMap();
      this.window.clear();
      unwatched = [];
      for (const handle of this.handles.values()) handle.clear();
      this.scoped?.clear();
      this.scopedPaint = new WeakMap();
      this.scopedActive = null;
      this.current = null;
      this.list = [];
    };
    const collect = (found: PageMention[]): void => {
      for (const mention of found) {
        waiting.push(mention);
        unwatched.push(mention);
      }
      if (this.window.windowed) {
        this.window.add(unwatched);
        unwatched = [];
      }
      if (waiting.length >= Math.max(this.list.length, 1)) commit();
    };
    const located = await this.locatedScan(root, gen, collect, clear);
    if (located === 'stopped') return;
    const done = located === 'done' || (await this.scanRoots([root], gen, false, collect, clear));
    if (!done || gen !== this.generation) return;
    commit();
    // Shadow roots were walked after the main tree: restore composed document order.
    if (this.shadowRoots.size > 0) {
      this.list.sort((a, b) => comparePoints(startOf(a.range), startOf(b.range)));
    }
    this.emit();
    // Resolve in a task of its own: what waits for the scan (the content script's report of
    // every mention, 20–30 ms for 20,000) must not lengthen the last slice.
    if (this.list.length > 0) await this.slicer.yield();
  }

  /**
   * The full scan of a large page with few hits: locate the screens' hits natively
   * (`Locator`), collect the page cues from a walk of the start of the page only, find the open
   * shadow roots with a native query, then walk and detect only the located blocks and the
   * shadow roots. 'fallback' when the page is small, has too many hits, or kept changing while
   * it was located: the caller walks it whole.
   */
  private async locatedScan(
    root: Element,
    gen: number,
    collect: (found: PageMention[]) => void,
    clear: () => void,
  ): Promise<'done' | 'fallback' | 'stopped'> {
    const detector = this.detector;
    const win = this.doc.defaultView;
    if (!detector.screen || !win?.MutationObserver || this.locateMinChars === Infinity) {
      return 'fallback';
    }
    const screens = [detector.screen, ...(detector.moreScreens ?? [])];
    let sliceStart = this.slicer.now();
    const deadline = (): boolean => this.slicer.now() - sliceStart > this.slicer.sliceMs;
    const pause = async (): Promise<boolean> => {
      await this.slicer.yield();
      sliceStart = this.slicer.now();
      return gen === this.generation;
    };
    // The hit offsets are offsets into the text as it was read: a change between two slices of
    // the locate (the page's own tasks run there) would misplace them. A private observer tells.
    const guard = new win.MutationObserver(() => undefined);
    guard.observe(root, { childList: true, subtree: true, characterData: true });
    let blocks: Node[] | null = null;
    try {
      for (let tries = 0; tries < LOCATE_TRIES && !blocks; tries++) {
        guard.takeRecords();
        // The body's text: the head holds no prose (the walk skips it) but often big scripts,
        // whose hits would count towards the limit.
        const locator = new Locator(this.doc.body ?? root, screens, {
          minChars: this.locateMinChars,
          maxHits: this.locateMaxHits,
        });
        let changed = false;
        while (!locator.step(deadline)) {
          if (!(await pause())) return 'stopped';
          if (guard.takeRecords().length > 0) {
            changed = true;
            break;
          }
        }
        if (changed) continue;
        const outcome = locator.outcome!;
        // Many hits: many mentions to paint, more than scoped rules are worth.
        if (outcome === 'too-many-hits') this.scoped?.expect(Infinity);
        if (typeof outcome === 'string') return 'fallback';
        this.scoped?.expect(outcome.hits);
        blocks = outcome.blocks;
      }
    } finally {
      guard.disconnect();
    }
    if (!blocks) return 'fallback';
    // Cues from the start of the page, as the whole walk collects them (same sample, same pieces).
    if (!(await this.scanRoots([root], gen, false, () => undefined, clear, true))) return 'stopped';
    // The located blocks first, so that their highlights are painted while the shadow roots are
    // searched. Their walk also walks the new shadow roots it meets (scanRoots appends those to
    // `walked`); the search then brings every other open shadow root, known ones included.
    const walked: Node[] = [...blocks];
    if (!(await this.scanRoots(walked, gen, true, collect, null))) return 'stopped';
    sliceStart = this.slicer.now();
    const search = new ShadowRootSearch(root);
    while (!search.step(deadline)) if (!(await pause())) return 'stopped';
    const done = new Set(walked);
    const shadows = search.found.filter((shadow) => !done.has(shadow));
    for (const shadow of shadows) this.addShadowRoot(shadow);
    const finished = await this.scanRoots(shadows, gen, true, collect, null);
    return finished ? 'done' : 'stopped';
  }

  private onMutations(records: MutationRecord[]): void {
    // Elements moved: the scoped rules name positions.
    this.scoped?.moved();
    for (const record of records) this.pending.push(record);
    if (this.batchTimer !== null) return;
    this.batchTimer = setTimeout(() => {
      this.batchTimer = null;
      const batch = this.pending;
      this.pending = [];
      if (batch.length > 0) void this.enqueue((gen) => this.rescan(batch, gen));
    }, this.batchMs);
  }

  private async rescan(records: MutationLike[], gen: number): Promise<void> {
    const roots = new Set<Node>(
      [this.doc.documentElement, this.doc.body].filter((n): n is HTMLElement => !!n),
    );
    const plan = planRescan(records, this.threshold, roots);
    if (plan.full) return this.fullScan(gen);
    let changed = false;
    if (plan.removed) {
      // Ranges whose text was removed collapse or leave the document: drop them.
      const kept = this.list.filter(
        (m) => !m.range.collapsed && m.range.startContainer.isConnected,
      );
      if (kept.length !== this.list.length) {
        const keep = new Set(kept);
        for (const m of this.list) if (!keep.has(m)) this.forget(m);
        this.list = kept;
        changed = true;
      }
    }
    for (const unit of plan.units) {
      if (!unit.isConnected) continue;
      changed = this.dropWithin(unit) || changed;
      const found: PageMention[] = [];
      const done = await this.scanRoots(
        [unit],
        gen,
        true,
        (batch) => {
          for (const mention of batch) found.push(mention);
        },
        null,
      );
      if (!done) return;
      if (found.length > 0) {
        this.insert(found);
        changed = true;
      }
    }
    if (changed) this.emit();
  }

  /** Removes the mentions that start inside `unit` (contiguous in document order). */
  private dropWithin(unit: Node): boolean {
    const first = upperBound(this.list, { node: unit, offset: 0 }, (m) => startOf(m.range));
    let from = first;
    // upperBound skips mentions starting exactly at (unit, 0), which cannot happen for text.
    while (from > 0 && unit.contains(this.list[from - 1]!.range.startContainer)) from--;
    let to = from;
    while (to < this.list.length && unit.contains(this.list[to]!.range.startContainer)) to++;
    if (to === from) return false;
    for (const m of this.list.slice(from, to)) this.forget(m);
    this.list.splice(from, to - from);
    return true;
  }

  /** Inserts one unit's mentions (in order among themselves) at their place in the list. */
  private insert(found: PageMention[]): void {
    this.window.add(found);
    const at = upperBound(this.list, startOf(found[0]!.range), (m) => startOf(m.range));
    this.list = [...this.list.slice(0, at), ...found, ...this.list.slice(at)];
  }
}

/** Where a global RegExp first matches in `text` from `at` on, or -1. */
function firstHit(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text)?.index ?? -1;
}

/** Creates a page engine for one document (one per frame). */
export function createPageEngine<Cues>(options: PageEngineOptions<Cues>): PageEngine {
  return new Engine(options);
}
