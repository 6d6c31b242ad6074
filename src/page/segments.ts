import {
  blockOf,
  editableElements,
  isOwnUiHost,
  isSkippedElement,
  mayHostShadow,
  SKIPPED_TAGS,
} from './skip';

/**
 * The joined text of one run of text nodes that share a block (e.g. a paragraph with its links and
 * emphasis), with each node's offset in the joined text so a match maps back to a Range.
 */
export interface Segment {
  /** The block element (or tree root) the run belongs to. */
  readonly block: Node;
  readonly nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  readonly starts: number[];
  readonly text: string;
}

/** What one walk found: the text runs, and open shadow roots to scan as well. */
export interface WalkResult {
  segments: Segment[];
  shadowRoots: ShadowRoot[];
}

const SHOW = 0x1 /* SHOW_ELEMENT */ | 0x4; /* SHOW_TEXT */
const CHECK_EVERY = 128;
// A batch is closed after this many characters or segments: big enough that one screening pass
// replaces hundreds of detector calls, small enough that screening and detecting it fit a slice.
const BATCH_CHARS = 32_768;
const BATCH_SEGMENTS = 256;
/** Joins segments in a batch's text; not white space, so no name or anchor matches across it. */
export const SEPARATOR = '\u0000';
const NON_SPACE = /\S/;

/**
 * Consecutive segments of a walk in flat arrays, their texts joined once with `SEPARATOR`: a page
 * has a hundred thousand blocks and a handful of mentions, so per-block objects, strings and node
 * lists (kept alive to the end of the walk) cost more than the matching. `segment(i)` builds one
 * block's `Segment` when it is needed (a screen hit, the cue sample).
 */
export class SegmentBatch {
  /** Per segment: its block, where its text starts and ends in `text()`, its first node. */
  readonly blocks: Node[] = [];
  readonly textFrom: number[] = [];
  readonly textTo: number[] = [];
  readonly nodeFrom: number[] = [];
  /** Every text node of the batch, and where each starts in `text()`. */
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  /** Pieces of `text()`; emptied when it is joined. */
  parts: string[] = [];
  length = 0;
  private joined: string | null = null;

  /** Number of segments. */
  get size(): number {
    return this.blocks.length;
  }

  /** The joined text (segment texts separated by `SEPARATOR`). */
  text(): string {
    if (this.joined === null) {
      this.joined = this.parts.join('');
      this.parts = [];
    }
    return this.joined;
  }

  /** Text of segment `i`, or null for runs of white space only (they can hold no name). */
  segmentText(i: number): string | null {
    const text = this.text().slice(this.textFrom[i], this.textTo[i]);
    return NON_SPACE.test(text) ? text : null;
  }

  /** Segment `i` with its own node list, or null for runs of white space only. */
  segment(i: number): Segment | null {
    const text = this.segmentText(i);
    if (text === null) return null;
    const from = this.nodeFrom[i]!;
    const to = i + 1 < this.size ? this.nodeFrom[i + 1]! : this.nodes.length;
    const base = this.textFrom[i]!;
    return {
      block: this.blocks[i]!,
      nodes: this.nodes.slice(from, to),
      starts: this.starts.slice(from, to).map((s) => s - base),
      text,
    };
  }

  /** Index of the segment holding offset `at` of `text()` (or the last one before it). */
  segmentAt(at: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.textFrom[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Walks one subtree in slices: `step(deadline)` walks until `deadline()` says stop and returns
 * whether the walk is complete. A plain TreeWalker with no filter callback (a filter costs more
 * than the matching itself); excluded subtrees are skipped when their element is met. Segments
 * are written to batches (`takeBatches()`), closed as they fill up and at the end.
 */
export class SegmentWalker {
  private readonly walker: TreeWalker;
  private readonly root: Node;
  private started = false;
  private done = false;
  private pending: Node | null = null;
  /** True when the node to resume from was removed between slices: the walk ended early. */
  incomplete = false;
  private block: Node | null = null;
  private batch = new SegmentBatch();
  private readonly batches: SegmentBatch[] = [];
  /** Where the open segment starts: its first node, its text offset, the parts before it. */
  private segNodes = 0;
  private segText = 0;
  private segParts = 0;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  /** Open shadow roots found so far (the caller may take them between steps). */
  readonly shadowRoots: ShadowRoot[] = [];

  /** Editable elements under the root, skipped with their subtrees (null: none). */
  private readonly editable: ReadonlySet<Element> | null;

  constructor(root: Node, doc: Document = root.ownerDocument ?? (root as Document)) {
    this.root = root;
    this.walker = doc.createTreeWalker(root, SHOW);
    this.editable = editableElements(root);
  }

  /** Whether a closed batch waits to be taken. */
  get hasBatches(): boolean {
    return this.batches.length > 0;
  }

  /** Closed batches not taken yet (all of them once the walk is complete). */
  takeBatches(): SegmentBatch[] {
    return this.batches.splice(0);
  }

  /** The segments of the batches not taken, as `Segment`s (tests; a page scan takes batches). */
  get result(): WalkResult {
    const segments: Segment[] = [];
    for (const batch of this.batches) {
      for (let i = 0; i < batch.size; i++) {
        const segment = batch.segment(i);
        if (segment) segments.push(segment);
      }
    }
    return { segments, shadowRoots: this.shadowRoots };
  }

  /** Walks until done or until `deadline()` returns true; true when the whole subtree is walked. */
  step(deadline: () => boolean = () => false): boolean {
    if (this.done) return true;
    const w = this.walker;
    let node: Node | null;
    if (!this.started) {
      this.started = true;
      node = this.root.nodeType === 1 || this.root.nodeType === 11 ? this.enter() : w.nextNode();
    } else {
      node = this.pending;
      if (node && !node.isConnected && this.root.isConnected) {
        this.incomplete = true;
        node = null;
      }
    }
    let count = 0;
    while (node) {
      if (node.nodeType === 3) {
        const parent = node.parentNode;
        if (parent !== this.lastParent) {
          this.lastParent = parent;
          this.lastBlock = blockOf(parent ?? this.root, this.root);
        }
        if (this.lastBlock !== this.block) this.flush(this.lastBlock);
        const b = this.batch;
        const data = (node as Text).data;
        b.nodes.push(node as Text);
        b.starts.push(b.length);
        b.parts.push(data);
        b.length += data.length;
      } else {
        // Every element of the page passes here: one read of its name, set lookups, and the
        // shadowRoot getter only where a shadow root can be.
        const el = node as Element;
        const name = el.localName;
        if (SKIPPED_TAGS.has(name) || this.editable?.has(el)) {
          node = this.skipSubtree();
          if (++count % CHECK_EVERY === 0 && deadline()) return this.pause(node);
          continue;
        }
        if (name === 'br') {
          // A line break separates words that would otherwise be joined ("Nations<br>Convention").
          if (this.batch.nodes.length > this.segNodes) {
            this.batch.parts.push('\n');
            this.batch.length += 1;
          }
        } else if (mayHostShadow(name)) {
          // Our own UI host can host a shadow root, so it is only ever one of these elements.
          if (isOwnUiHost(el)) {
            node = this.skipSubtree();
            if (++count % CHECK_EVERY === 0 && deadline()) return this.pause(node);
            continue;
          }
          const shadow = el.shadowRoot;
          if (shadow) this.shadowRoots.push(shadow);
        }
      }
      node = w.nextNode();
      if (++count % CHECK_EVERY === 0 && deadline()) return this.pause(node);
    }
    this.finish();
    return true;
  }

  /** The root itself may be an element to check (skipped? shadow host?) before its children. */
  private enter(): Node | null {
    const root = this.root;
    if (root.nodeType === 1) {
      const el = root as Element;
      if (isSkippedElement(el)) return null;
      if (el.shadowRoot) this.shadowRoots.push(el.shadowRoot);
    }
    return this.walker.nextNode();
  }

  private pause(next: Node | null): boolean {
    if (!next) {
      this.finish();
      return true;
    }
    this.pending = next;
    return false;
  }

  private finish(): void {
    this.flush(null);
    if (this.batch.size > 0) this.batches.push(this.batch);
    this.batch = new SegmentBatch();
    this.done = true;
  }

  private skipSubtree(): Node | null {
    const w = this.walker;
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      if (!w.parentNode()) return null;
    }
  }

  /** Closes the open segment (if any) and opens one for `next`. */
  private flush(next: Node | null): void {
    const b = this.batch;
    if (b.nodes.length > this.segNodes) {
      if (b.length - this.segText > 1) {
        b.blocks.push(this.block!);
        b.textFrom.push(this.segText);
        b.textTo.push(b.length);
        b.nodeFrom.push(this.segNodes);
        b.parts.push(SEPARATOR);
        b.length += 1;
        if (b.length >= BATCH_CHARS || b.size >= BATCH_SEGMENTS) {
          this.batches.push(b);
          this.batch = new SegmentBatch();
        }
      } else {
        // One character at most: no name fits. Drop the run from the batch.
        b.nodes.length = this.segNodes;
        b.starts.length = this.segNodes;
        b.parts.length = this.segParts;
        b.length = this.segText;
      }
    }
    const open = this.batch;
    this.segNodes = open.nodes.length;
    this.segText = open.length;
    this.segParts = open.parts.length;
    this.block = next;
  }
}

/** Walks a whole subtree at once (tests, small rescans). */
export function walkAll(root: Node, doc?: Document): WalkResult {
  const walker = new SegmentWalker(root, doc);
  walker.step();
  return walker.result;
}

/** Index of the last node whose start is ≤ `offset` (binary search over `starts`). */
function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A text position: a node and an offset in it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * Maps `[start, end)` of a segment's joined text to start and end points in its text nodes. A
 * boundary in a virtual line break (from `<br>`) snaps to the neighbouring real text. Returns null
 * when the nodes no longer hold that text (changed since the walk).
 */
export function mapSpan(
  segment: Segment,
  start: number,
  end: number,
): { start: TextPoint; end: TextPoint } | null {
  const { nodes, starts } = segment;
  if (nodes.length === 0 || end <= start) return null;
  let i = nodeAt(starts, start);
  let startOffset = start - starts[i]!;
  if (startOffset >= nodes[i]!.length) {
    // The start falls after this node's text (in a virtual break): begin at the next node.
    if (i + 1 >= nodes.length) return null;
    i += 1;
    startOffset = 0;
  }
  let j = nodeAt(starts, end - 1);
  const endOffset = Math.min(end - starts[j]!, nodes[j]!.length);
  if (j < i) j = i;
  if (endOffset > nodes[j]!.length || startOffset > nodes[i]!.length) return null;
  return {
    start: { node: nodes[i]!, offset: startOffset },
    end: { node: nodes[j]!, offset: endOffset },
  };
}
