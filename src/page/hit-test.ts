import type { Point } from './order';

/**
 * The browser's caret-from-point and geometry, behind an interface (happy-dom has neither):
 * `caretAt` gives the text position under a viewport point, `rects` a range's client rects.
 */
export interface HitTester {
  caretAt(x: number, y: number): Point | null;
  rects(range: Range): ArrayLike<DOMRectReadOnly>;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * Hit-testing with `caretPositionFromPoint` (standard; given the scanned open shadow roots so it
 * can return positions inside them) or WebKit's `caretRangeFromPoint`, whichever exists.
 */
export function browserHitTester(
  doc: Document = document,
  shadowRoots: () => ShadowRoot[] = () => [],
): HitTester {
  const d = doc as CaretDocument;
  return {
    caretAt(x, y) {
      if (typeof d.caretPositionFromPoint === 'function') {
        const roots = shadowRoots();
        const pos = roots.length
          ? d.caretPositionFromPoint(x, y, { shadowRoots: roots })
          : d.caretPositionFromPoint(x, y);
        return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
      }
      if (typeof d.caretRangeFromPoint === 'function') {
        const range = d.caretRangeFromPoint(x, y);
        return range ? { node: range.startContainer, offset: range.startOffset } : null;
      }
      return null;
    },
    rects: (range) => range.getClientRects(),
  };
}

/** Whether a point lies in one of the rects (with a pixel of slack for sub-pixel edges). */
export function rectsContain(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}
