import { BLOCK_TAGS, isSkippedElement } from './skip';

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

/**
 * Walks one subtree in slices: `step(deadline)` walks until `deadline()` says stop and returns
 * whether the walk is complete. A plain TreeWalker with no filter callback (a filter costs more
 * than the matching itself); excluded subtrees are skipped when their element is met.
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
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  /** Segments and shadow roots found so far (the caller may take them between steps). */
  readonly result: WalkResult = { segments: [], shadowRoots: [] };

  constructor(root: Node, doc: Document = root.ownerDocument ?? (root as Document)) {
    this.root = root;
    this.walker = doc.createTreeWalker(root, SHOW);
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
          this.lastBlock = this.blockOf(parent);
        }
        if (this.lastBlock !== this.block) this.flush(this.lastBlock);
        const text = node as Text;
        this.nodes.push(text);
        this.starts.push(this.length);
        const data = text.data;
        this.parts.push(data);
        this.length += data.length;
      } else {
        const el = node as Element;
        if (isSkippedElement(el)) {
          node = this.skipSubtree();
          if (++count % CHECK_EVERY === 0 && deadline()) return this.pause(node);
          continue;
        }
        if (el.shadowRoot) this.result.shadowRoots.push(el.shadowRoot);
        // A line break separates words that would otherwise be joined ("Nations<br>Convention").
        if (el.localName === 'br' && this.nodes.length > 0) {
          this.parts.push('\n');
          this.length += 1;
        }
      }
      node = w.nextNode();
      if (++count % CHECK_EVERY === 0 && deadline()) return this.pause(node);
    }
    this.flush(null);
    this.done = true;
    return true;
  }

  /** The root itself may be an element to check (skipped? shadow host?) before its children. */
  private enter(): Node | null {
    const root = this.root;
    if (root.nodeType === 1) {
      const el = root as Element;
      if (isSkippedElement(el)) return null;
      if (el.shadowRoot) this.result.shadowRoots.push(el.shadowRoot);
    }
    return this.walker.nextNode();
  }

  private pause(next: Node | null): boolean {
    if (!next) {
      this.flush(null);
      this.done = true;
      return true;
    }
    this.pending = next;
    return false;
  }

  private skipSubtree(): Node | null {
    const w = this.walker;
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      if (!w.parentNode()) return null;
    }
  }

  private blockOf(parent: Node | null): Node {
    for (let n = parent; n && n !== this.root; n = n.parentNode) {
      if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).localName)) return n;
    }
    return this.root;
  }

  private flush(next: Node | null): void {
    if (this.nodes.length > 0) {
      const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      // Runs of white space only (between blocks) can hold no name: not worth a detector call.
      if (text.length > 1 && /\S/.test(text)) {
        this.result.segments.push({
          block: this.block!,
          nodes: this.nodes,
          starts: this.starts,
          text,
        });
      }
      this.nodes = [];
      this.starts = [];
      this.parts = [];
      this.length = 0;
    }
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
