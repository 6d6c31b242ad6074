import type { InstrumentId } from '@/src/knowledge/ids';
import type { MoveDirection } from '@/src/messaging/protocol';
import type { SiteRule } from '@/src/settings/schema';
import type { CardFactory } from './card-slot';
import { PopoverController } from './controller';
import type { MentionSource, PopoverMention } from './engine';
import { createLazyView } from './lazy-view';

/** The page engine as the popover uses it (structurally: src/page's PageEngine fits). */
export interface PageMentions<M extends { instrument: InstrumentId; range: Range }> {
  mentions(): readonly M[];
  mentionAt(x: number, y: number): M | null;
  setActive(mention: M | null): void;
  onChange?(listener: () => void): () => void;
}

/** Adapts the page engine (mentions as objects) to the popover's index-based view of them. */
export function mentionSource<M extends { instrument: InstrumentId; range: Range }>(
  engine: PageMentions<M>,
): MentionSource {
  const toPopover = (m: M, index: number): PopoverMention => ({
    index,
    instrument: m.instrument,
    range: m.range,
  });
  return {
    mentionAt(x, y) {
      const hit = engine.mentionAt(x, y);
      if (!hit) return null;
      const index = engine.mentions().indexOf(hit);
      return index < 0 ? null : toPopover(hit, index);
    },
    mentions: () => engine.mentions().map(toPopover),
    setActive(index) {
      engine.setActive(index === null ? null : (engine.mentions()[index] ?? null));
    },
    // The list only: the engine also tells of a change of the active mention (each card opened or
    // closed), which is no reason to look again under the pointer.
    onChange: engine.onChange
      ? (listener) => {
          let list = engine.mentions();
          let length = list.length;
          return engine.onChange!(() => {
            const now = engine.mentions();
            if (now === list && now.length === length) return;
            list = now;
            length = now.length;
            listener();
          });
        }
      : undefined,
  };
}

/** A running popover: what the content script's message handlers call. */
export interface RunningPopover {
  /** Opens mention `index` with focus inside (the popup's list). */
  openIndex(index: number): boolean;
  /** Moves to the next or previous mention and opens it (keyboard shortcuts). */
  move(direction: MoveDirection): PopoverMention | null;
  setHoverDelay(ms: number): void;
  /** Closes the popover, removes its host and every listener. */
  stop(): void;
}

/**
 * Starts the popover for this frame: listeners for hover, tap and Escape; the card itself (Preact,
 * its styles, its facts) is a separate piece loaded into the frame the first time a card is wanted
 * (`createLazyView`). Everything stops on `stop()` or when `signal` aborts (the content script's
 * life).
 */
export function startPopover(
  signal: AbortSignal,
  engine: MentionSource,
  options: {
    hoverDelayMs: number;
    win?: Window;
    country?: () => string;
    /** The site rules now, so "Turn off on this site" can be undone exactly. */
    siteRules?: () => Readonly<Record<string, SiteRule>>;
    /** Loads the card piece (default: the background injects it); tests pass the card directly. */
    loadCard?: () => Promise<CardFactory | null>;
  },
): RunningPopover {
  const win = options.win ?? window;
  const aborter = new AbortController();
  let controller: PopoverController | null = null;
  const view = createLazyView(
    {
      win,
      signal,
      onClose: () => controller?.close({ restoreFocus: true }),
      onHidden: () => controller?.close(),
      country: options.country ?? (() => 'auto'),
      siteRules: options.siteRules ?? (() => ({})),
    },
    options.loadCard,
  );
  controller = new PopoverController({
    engine,
    view,
    win,
    signal: aborter.signal,
    hoverDelayMs: options.hoverDelayMs,
  });
  const stop = () => {
    aborter.abort();
    view.remove();
  };
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  const running = controller;
  return {
    openIndex: (index) => running.openIndex(index),
    move: (direction) => running.move(direction),
    setHoverDelay: (ms) => running.setHoverDelay(ms),
    stop,
  };
}
