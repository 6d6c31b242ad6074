/** A boundary point in a DOM tree (possibly inside a shadow tree). */
export interface Point {
  node: Node;
  offset: number;
}

const scratch = new WeakMap<Document, Range>();

function rootChain(node: Node): Node[] {
  const chain: Node[] = [];
  for (let root = node.getRootNode(); ;) {
    chain.push(root);
    const host = (root as ShadowRoot).host as Element | undefined;
    if (root.nodeType !== 11 || !host) return chain;
    root = host.getRootNode();
  }
}

/** Moves a point out of shadow trees until it is in `root` (shadow content sits at its host's start). */
function liftTo(point: Point, root: Node): Point {
  let { node, offset } = point;
  while (node.getRootNode() !== root) {
    const host = (node.getRootNode() as ShadowRoot).host as Element | undefined;
    if (!host) break;
    node = host;
    offset = 0;
  }
  return { node, offset };
}

/**
 * Compares two points in composed document order: negative when `a` comes first, 0 when equal.
 * Points in different shadow trees are compared through their hosts; points in unrelated trees
 * (a detached node) compare as equal, which keeps sorting stable rather than throwing.
 */
export function comparePoints(a: Point, b: Point): number {
  if (a.node === b.node) return a.offset - b.offset;
  let pa = a;
  let pb = b;
  const ra = a.node.getRootNode();
  const rb = b.node.getRootNode();
  if (ra !== rb) {
    const chainB = rootChain(b.node);
    const common = rootChain(a.node).find((root) => chainB.includes(root));
    if (!common) return 0;
    pa = liftTo(a, common);
    pb = liftTo(b, common);
    if (pa.node === pb.node && pa.offset === pb.offset) {
      // One point is inside the other's host: shadow content comes before the host's light DOM.
      const aInside = ra !== common;
      const bInside = rb !== common;
      return aInside === bInside ? 0 : aInside ? -1 : 1;
    }
  }
  const doc = pa.node.ownerDocument ?? (pa.node as Document);
  let range = scratch.get(doc);
  if (!range) {
    range = doc.createRange();
    scratch.set(doc, range);
  }
  try {
    range.setStart(pa.node, pa.offset);
    range.collapse(true);
    return -range.comparePoint(pb.node, pb.offset);
  } catch {
    return 0;
  }
}

/** The start point of a range. */
export const startOf = (range: AbstractRange): Point => ({
  node: range.startContainer,
  offset: range.startOffset,
});

/** Index of the first item whose point is after `point` (items sorted by `pointOf`). */
export function upperBound<T>(
  items: readonly T[],
  point: Point,
  pointOf: (item: T) => Point,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePoints(pointOf(items[mid]!), point) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
