import type { InstrumentId } from '@/src/knowledge/ids';

/** One mention on the page, as the popover needs it. */
export interface PopoverMention {
  /** Position in the frame's ordered mention list (the index `openMention` uses). */
  index: number;
  instrument: InstrumentId;
  /** The mention's text; the popover's placement reference. */
  range: Range;
}

/**
 * What the popover needs from the page engine (src/page): hit-testing, the ordered list and the
 * active highlight. Kept this narrow so the controller is tested with a fake and the engine can
 * change behind an adapter.
 */
export interface MentionSource {
  /** The mention whose client rects contain the viewport point, or null. */
  mentionAt(x: number, y: number): PopoverMention | null;
  /** Every mention of the frame, in document order. */
  mentions(): readonly PopoverMention[];
  /** Paints one mention with `treaty-lens-active` (null: none). */
  setActive(index: number | null): void;
  /** Calls `listener` after the mention list changed (not the active one); returns unsubscribe. */
  onChange?(listener: () => void): () => void;
}
