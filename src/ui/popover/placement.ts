import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Space kept between the card and the viewport's edges, in px. */
const VIEWPORT_PADDING = 8;
/** The card's tallest size when there is room (matches popover.css). */
const MAX_HEIGHT = 540;
/** Below this the card would be useless; flip() picks the roomier side first. */
const MIN_HEIGHT = 140;

/**
 * A Floating UI reference for a mention's Range: its rects, plus the element it lives in so that
 * scrolling ancestors are followed. getClientRects lets inline() pick the line of a wrapped name.
 */
export function rangeReference(range: Range): VirtualElement {
  const node = range.startContainer;
  const contextElement = node instanceof Element ? node : (node.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}

/**
 * Places `floating` (the top-layer host, position: fixed) beside the reference: below it, or above
 * when there is more room there, shifted to stay inside the viewport, its height capped to the room
 * left so it never covers the mention. Calls `onHidden` when the mention is scrolled out of view.
 * Returns the function that stops following scroll and resize.
 */
export function followReference(
  reference: VirtualElement,
  floating: HTMLElement,
  callbacks: { onPlaced: () => void; onHidden: () => void },
): () => void {
  const update = async (): Promise<void> => {
    const { x, y, middlewareData } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // No pointer coordinates on purpose: then inline() spans from the first line's top to the
        // last line's bottom of a wrapped name, so the card (below or above) never covers any of it.
        inline(),
        offset(6),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply({ availableHeight, elements }) {
            const height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.floor(availableHeight)));
            elements.floating.style.setProperty('--tl-max-block-size', `${height}px`);
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (middlewareData.hide?.referenceHidden) {
      callbacks.onHidden();
      return;
    }
    // Custom properties read by the `:host` rule, whose !important the page cannot override.
    floating.style.setProperty('--tl-left', `${Math.round(x)}px`);
    floating.style.setProperty('--tl-top', `${Math.round(y)}px`);
    callbacks.onPlaced();
  };
  return autoUpdate(reference, floating, () => void update(), { animationFrame: false });
}
