import type { HighlightStyle } from '@/src/settings/schema';
import { highlightRules } from './palette';
import { adoptSheet, newSheet, unadoptSheet } from './styles';

/**
 * `::highlight()` rules on the elements that hold mentions only, for very large documents in
 * Chromium (see README.md, "Scoped rules").
 *
 * Rules written for every element (`::highlight(name) {…}`) inserted into a document that is
 * already laid out make Chromium restyle every element: 0.57–0.75 s on a page of 162,000
 * elements, in one task. Shipping them from the start in every frame would cost nothing, but any
 * page could then detect the extension (`getComputedStyle(el, '::highlight(treaty-lens-…)')`).
 * A rule whose selector names an element's tag and position (`main:nth-child(1) >
 * div:nth-child(5400)::highlight(…)`) restyles only the elements it may match: 72–95 ms on the
 * same page for 4–20 mentions. Chromium paints an element's text with the highlight style it
 * inherits from its ancestors, so one rule on the element around each mention's range is enough
 * (Firefox does not inherit highlight styles: it keeps the document rules).
 *
 * A selector does not need to match only that element: rules of our names paint only the ranges we
 * register, so an extra match costs a restyle, never a wrong paint. Positions move when the page
 * inserts or removes elements: the rules are written again after each change of the page
 * (`moved()`), at most every {@link ScopedRulesOptions.minIntervalMs}.
 */

/** When the scoped rules are used, and when they give way to the document rules. */
export interface ScopedRulesOptions {
  /** Documents with fewer elements get the document rules (their full restyle is short). */
  minElements: number;
  /**
   * More distinct elements holding painted mentions than this: the document rules. Each selector
   * costs a check of every element of its tag at each change of the sheet.
   */
  maxElements: number;
  /**
   * More screen hits than this in the document's text (several hits per mention are common):
   * the document rules from the start, before anything is written.
   */
  maxHits: number;
  /** More sheet changes than this (a page that keeps moving its mentions): the document rules. */
  maxUpdates: number;
  /** Least time between two changes of the sheet (each costs Chromium a walk of the document). */
  minIntervalMs: number;
}

/**
 * Measured on the bench's large page (Chromium 156, tests/bench): a universal rule inserted after
 * layout restyles 162,000 elements in 570 ms, i.e. ~3.5 µs an element, so a document of 20,000
 * elements restyles in ~70 ms; a change of the scoped sheet costs a ~35 ms walk of the large page
 * plus the elements of the selectors' tags.
 */
export const SCOPED_RULES: ScopedRulesOptions = {
  minElements: 20_000,
  maxElements: 64,
  maxHits: 256,
  maxUpdates: 24,
  minIntervalMs: 250,
};

/** How many levels of ancestors a selector names (tag and position each). */
const SELECTOR_DEPTH = 3;

/** A CSS identifier for a tag name (HTML names need no escape; anything else is escaped). */
function ident(name: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9-]*$/.test(name)) return name;
  return name.replace(/[^a-zA-Z0-9_-]|^-?\d/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

/**
 * The element's position among its element siblings, counted from the nearer end (so a row near
 * the end of a list of 27,000 is not counted from the start): `nth-child(i)` or `nth-last-child(j)`.
 */
function position(el: Element): string {
  let before = 1;
  let after = 1;
  let prev = el.previousElementSibling;
  let next = el.nextElementSibling;
  while (prev && next) {
    before++;
    after++;
    prev = prev.previousElementSibling;
    next = next.nextElementSibling;
  }
  return prev ? `nth-last-child(${after})` : `nth-child(${before})`;
}

/**
 * A selector of `el` by its tag and position and those of up to two ancestors
 * (`main:nth-child(1) > div:nth-child(5400) > p:nth-last-child(2)`); `:root` for the root.
 */
export function structuralSelector(el: Element, depth = SELECTOR_DEPTH): string {
  const parts: string[] = [];
  let node: Element | null = el;
  for (let level = 0; level < depth && node; level++) {
    const parent: Element | null = node.parentElement;
    if (!parent) {
      parts.unshift(':root');
      break;
    }
    parts.unshift(`${ident(node.localName)}:${position(node)}`);
    node = parent;
  }
  return parts.join(' > ');
}

/** The scoped stylesheet's text: for each name in use, its rule on the selectors of its elements. */
export function scopedCss(
  selectors: ReadonlyMap<string, readonly string[]>,
  style: HighlightStyle,
) {
  const out: string[] = [];
  for (const { name, body } of highlightRules(style)) {
    const list = selectors.get(name);
    if (!list || list.length === 0) continue;
    const subjects = [...new Set(list)].sort().map((s) => `${s}::highlight(${name})`);
    out.push(`${subjects.join(',\n')} {\n  ${body}\n}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** Timers (injectable for tests). */
export interface ScopedTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
  /** Calls `fn` just before the next frame is rendered (or soon, where no frames come). */
  frame(fn: () => void): void;
}

/**
 * The element whose rule paints a range: the element around its start and end (Chromium passes
 * the highlight style down to the text of descendants).
 */
export function elementAround(range: Range): Element | null {
  const common = range.commonAncestorContainer;
  return common.nodeType === 1 ? (common as Element) : common.parentElement;
}

/**
 * The scoped sheet of one document: which elements hold a painted mention under which highlight
 * name (counted: two mentions may share an element), written into one constructable sheet adopted
 * by the document (no DOM change). Calls `giveUp` once when the page is better served by the
 * document rules (too many elements, too many changes); the owner then inserts those and detaches
 * this.
 */
export class ScopedRules {
  private readonly held = new Map<string, Map<Element, number>>();
  private sheet: CSSStyleSheet | null = null;
  private css = '';
  private timer: number | null = null;
  private framePending = false;
  private detached = false;
  private lastWrite = -Infinity;
  private updates = 0;
  private gaveUp = false;
  private expectedRules = 0;

  constructor(
    private readonly doc: Document,
    private style: HighlightStyle,
    private readonly options: ScopedRulesOptions,
    private readonly timers: ScopedTimers,
    private readonly giveUp: () => void,
  ) {}

  /** Counts `el` as holding a painted range of highlight `name`. */
  add(name: string, el: Element): void {
    let els = this.held.get(name);
    if (!els) this.held.set(name, (els = new Map()));
    const n = els.get(el) ?? 0;
    els.set(el, n + 1);
    if (n === 0) this.schedule();
  }

  /** Undoes one `add`. */
  delete(name: string, el: Element): void {
    const els = this.held.get(name);
    const n = els?.get(el);
    if (!els || n === undefined) return;
    if (n > 1) {
      els.set(el, n - 1);
      return;
    }
    els.delete(el);
    this.schedule();
  }

  /** Forgets every element (the engine cleared its highlights). */
  clear(): void {
    this.held.clear();
    this.schedule();
  }

  /** The page changed: positions may have moved. */
  moved(): void {
    if (this.css !== '') this.schedule();
  }

  /** Rewrites the rules in another highlight style. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.schedule();
  }

  /** Puts back the sheet if the page took it out of the document or changed its rules. */
  heal(): void {
    if (!this.sheet || this.css === '' || this.gaveUp) return;
    try {
      if (!this.doc.adoptedStyleSheets.includes(this.sheet)) adoptSheet(this.doc, this.sheet);
      // The page may edit the sheet it sees: the rules are ours to keep.
      if (this.sheet.cssRules.length !== this.expectedRules) this.sheet.replaceSync(this.css);
    } catch {
      // A document that refuses adopted sheets: nothing of ours to heal.
    }
  }

  /**
   * The scan counted the screens' hits in the document's text: past `maxHits` there will be many
   * mentions to paint, so hand over to the document rules before anything is written (a write,
   * then a full restyle, would cost twice).
   */
  expect(hits: number): void {
    if (hits > this.options.maxHits) this.stop();
  }

  /** Takes the sheet out of the document and stops. */
  detach(): void {
    this.detached = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.held.clear();
    this.css = '';
    if (this.sheet) unadoptSheet(this.doc, this.sheet);
  }

  /** The written CSS (tests, diagnostics). */
  get text(): string {
    return this.css;
  }

  private schedule(): void {
    if (this.timer !== null || this.framePending || this.gaveUp || this.detached) return;
    // Written just before a frame: one write for everything the scan's slices painted since the
    // last frame (each write costs a walk of the document); later writes spaced out.
    const wait = Math.max(0, this.lastWrite + this.options.minIntervalMs - this.timers.now());
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.framePending = true;
      this.timers.frame(() => {
        this.framePending = false;
        this.write();
      });
    }, wait);
  }

  private write(): void {
    if (this.gaveUp || this.detached) return;
    const selectors = new Map<string, string[]>();
    // Each element's selector once, however many names it holds (a mention and the active one).
    const selectorOf = new Map<Element, string>();
    for (const [name, els] of this.held) {
      const list: string[] = [];
      for (const el of els.keys()) {
        // Text in shadow roots is painted by the sheet adopted there (HighlightStyles).
        if (!el.isConnected || el.getRootNode() !== this.doc) continue;
        let selector = selectorOf.get(el);
        if (selector === undefined) selectorOf.set(el, (selector = structuralSelector(el)));
        list.push(selector);
      }
      if (list.length > 0) selectors.set(name, list);
    }
    if (selectorOf.size > this.options.maxElements) return this.stop();
    const css = scopedCss(selectors, this.style);
    if (css === this.css) return;
    if (++this.updates > this.options.maxUpdates) return this.stop();
    const sheet = (this.sheet ??= newSheet(this.doc));
    if (!sheet) return this.stop();
    sheet.replaceSync(css);
    this.css = css;
    // What the browser kept (a rule it could not parse is dropped): heal compares with this, so a
    // dropped rule never makes it rewrite the sheet every check.
    this.expectedRules = sheet.cssRules.length;
    this.lastWrite = this.timers.now();
    if (!this.doc.adoptedStyleSheets.includes(sheet)) adoptSheet(this.doc, sheet);
  }

  private stop(): void {
    if (this.gaveUp) return;
    this.gaveUp = true;
    this.giveUp();
  }
}
