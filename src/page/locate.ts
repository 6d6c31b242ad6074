import { blockOf, isSkippedElement, mayHostShadow } from './skip';

/**
 * The native pre-locate of a full scan (see README.md, "Locate"): one `textContent` read of the
 * root, the detector's screens run over it, and each hit offset mapped to its text node by
 * descending from the root and summing children's text lengths, without visiting the text nodes
 * that hold no hit. The scan then walks only the blocks of those nodes.
 */

/** What a locate found: the blocks to walk, in document order, none inside another. */
export interface LocateResult {
  /** Blocks holding a screen hit (outside skipped elements), deduplicated. */
  blocks: Node[];
  /** Hits of the screens in the root's text (before dropping those in skipped elements). */
  hits: number;
  /** Characters of the root's text. */
  chars: number;
}

/** Why a locate gave up: the caller walks the whole tree instead. */
export type LocateOutcome = LocateResult | 'small' | 'too-many-hits';

/** Limits of the locate; past them a full walk costs no more. */
export interface LocateLimits {
  /** Less text than this: walk everything (the cue sample's walk covers most of it anyway). */
  minChars: number;
  /** More screen hits than this: walk everything (measured: see README.md). */
  maxHits: number;
}

// The clock is read every so many children visited or hits collected.
const CHECK_EVERY = 64;

interface Frame {
  /** The next child to measure, and where it starts in the root's text. */
  child: Node | null;
  start: number;
  /** Where the parent's text ends (its last child needs no length of its own). */
  end: number;
  /** The hits inside the parent still to place: `hits[from..to)`. */
  from: number;
  to: number;
}

/**
 * Locates the screen hits of one tree in slices: `step(deadline)` works until `deadline()` says
 * stop and returns whether the locate is over; `outcome` is then set. The text is read at the
 * first step; the caller must make sure the tree did not change between steps (the engine
 * restarts a locate whose tree changed).
 */
export class Locator {
  private text: string | null = null;
  private readonly hitList: number[] = [];
  private screenIndex = 0;
  private lastIndex = 0;
  private sorted = false;
  private stack: Frame[] = [];
  private readonly found: Node[] = [];
  private lastText: Node | null = null;
  /** Set when `step` returned true. */
  outcome: LocateOutcome | null = null;

  constructor(
    private readonly root: Element | DocumentFragment,
    private readonly screens: readonly RegExp[],
    private readonly limits: LocateLimits,
  ) {}

  /** Works until done or until `deadline()` returns true; true when the outcome is set. */
  step(deadline: () => boolean = () => false): boolean {
    if (this.outcome) return true;
    if (this.text === null) {
      // One native read of the whole tree's text: Element.textContent joins the Text descendants
      // (comments and processing instructions excluded), the same offsets the descent sums.
      this.text = this.root.textContent ?? '';
      if (this.text.length < this.limits.minChars) {
        this.outcome = 'small';
        return true;
      }
      if (deadline()) return false;
    }
    if (!this.screenText(deadline)) return false;
    if (this.outcome) return true;
    if (!this.sorted) {
      this.sorted = true;
      // Hits of several screens, each in order: merge them (few hits, a plain sort).
      this.hitList.sort((a, b) => a - b);
      if (this.hitList.length > 0) {
        this.stack.push({
          child: this.root.firstChild,
          start: 0,
          end: this.text.length,
          from: 0,
          to: this.hitList.length,
        });
      }
      if (deadline()) return false;
    }
    if (!this.descend(deadline)) return false;
    this.outcome = {
      blocks: dedupe(this.found.map((node) => blockOf(node.parentNode ?? this.root, this.root))),
      hits: this.hitList.length,
      chars: this.text.length,
    };
    return true;
  }

  /** Runs the screens over the text, hit by hit; false when the deadline stopped it. */
  private screenText(deadline: () => boolean): boolean {
    const text = this.text!;
    let count = 0;
    while (this.screenIndex < this.screens.length) {
      const re = this.screens[this.screenIndex]!;
      // exec from `lastIndex` scans only up to the next hit: the text is never copied, and the
      // work between two clock checks is the distance between hits (about 1 ms per 800,000
      // characters without one in V8 and SpiderMonkey).
      re.lastIndex = this.lastIndex;
      const match = re.exec(text);
      if (!match) {
        this.screenIndex++;
        this.lastIndex = 0;
        continue;
      }
      this.hitList.push(match.index);
      this.lastIndex = match.index + Math.max(1, match[0].length);
      if (this.hitList.length > this.limits.maxHits) {
        this.outcome = 'too-many-hits';
        return true;
      }
      if (++count % CHECK_EVERY === 0 && deadline()) return false;
    }
    re0(this.screens);
    return true;
  }

  /**
   * Places the sorted hits: for each parent holding hits, its children are measured in order
   * (a Text child by its length, an element by its textContent's length, anything else 0) until
   * the last hit inside it is placed; the last child gets the rest without a length, and the
   * children after the last hit are never measured. A skipped element (script, style, textarea,
   * contenteditable, our UI …) drops the hits inside it without descending.
   */
  private descend(deadline: () => boolean): boolean {
    const hits = this.hitList;
    let count = 0;
    while (this.stack.length > 0) {
      const frame = this.stack[this.stack.length - 1]!;
      if (frame.from >= frame.to || !frame.child) {
        this.stack.pop();
        continue;
      }
      const child = frame.child;
      const type = child.nodeType;
      let length: number;
      if (type !== 1 && type !== 3 && type !== 4) length = 0;
      else if (!child.nextSibling) length = frame.end - frame.start;
      else length = type === 1 ? (child.textContent ?? '').length : (child as Text).length;
      const end = frame.start + length;
      let to = frame.from;
      while (to < frame.to && hits[to]! < end) to++;
      if (to > frame.from) {
        if (type === 1) {
          if (!isSkippedElement(child as Element)) {
            this.stack.push({
              child: child.firstChild,
              start: frame.start,
              end,
              from: frame.from,
              to,
            });
          }
        } else if (child !== this.lastText) {
          this.lastText = child;
          this.found.push(child);
        }
        frame.from = to;
      }
      frame.child = child.nextSibling;
      frame.start = end;
      if (++count % CHECK_EVERY === 0 && deadline()) return false;
    }
    return true;
  }
}

/** Resets the screens' `lastIndex` (they are shared with the engine's batch screening). */
function re0(screens: readonly RegExp[]): void {
  for (const re of screens) re.lastIndex = 0;
}

/**
 * Blocks in document order, each once, none inside another taken block (walking the outer block
 * walks the inner one). The input is in document order of the hits, so an outer block may come
 * after a block inside it (a hit in the inner block, then one in the outer block's own text).
 */
export function dedupe(blocks: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (last && (last === block || last.contains(block))) continue;
    while (out.length > 0 && block.contains(out[out.length - 1]!)) out.pop();
    out.push(block);
  }
  return out;
}

/**
 * Finds the open shadow roots under `root` (nested ones included, in document order of their
 * hosts within each tree) in slices: an element-only TreeWalker per tree, and a `shadowRoot`
 * read of each element that may host one (`mayHostShadow`), checking the clock as it goes. Not
 * one `querySelectorAll('*')`: its list of 162,000 elements is one native call of 20–40 ms
 * before the first check of the clock. (Measured in Chromium on the bench page: a selector
 * leaving out the standard tags that cannot host one, `:not(a,b,…)`, matched more slowly than
 * `*`.)
 */
export class ShadowRootSearch {
  private readonly pending: Array<Element | DocumentFragment | Document>;
  private walker: TreeWalker | null = null;
  private tree: Element | DocumentFragment | Document | null = null;
  private readonly seen = new Set<ShadowRoot>();
  /** The open shadow roots found so far, each once. */
  readonly found: ShadowRoot[] = [];

  constructor(root: Element | DocumentFragment | Document) {
    this.pending = [root];
  }

  /** Searches until done or until `deadline()` returns true; true when the search is over. */
  step(deadline: () => boolean = () => false): boolean {
    let count = 0;
    // The page removed the element the walk stopped at (a walker there would end in the removed
    // subtree): walk that tree again; a root found twice is kept once.
    if (this.walker && !this.walker.currentNode.isConnected && this.tree?.isConnected) {
      this.pending.unshift(this.tree);
      this.walker = null;
    }
    for (;;) {
      if (!this.walker) {
        const next = this.pending.shift();
        if (!next) return true;
        const doc = next.nodeType === 9 ? (next as Document) : next.ownerDocument!;
        this.tree = next;
        this.walker = doc.createTreeWalker(next, 0x1 /* SHOW_ELEMENT */);
        // The root element itself may host one.
        if (next.nodeType === 1) this.check(next as Element);
      }
      for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
        this.check(node as Element);
        if (++count % 256 === 0 && deadline()) return false;
      }
      this.walker = null;
    }
  }

  private check(el: Element): void {
    // The name test spares the getter on the elements that cannot host a shadow root.
    if (!mayHostShadow(el.localName)) return;
    const shadow = el.shadowRoot;
    if (shadow && !this.seen.has(shadow)) {
      this.seen.add(shadow);
      this.found.push(shadow);
      this.pending.push(shadow);
    }
  }
}
