import type { PopoverView } from './controller';
import type { SiteRule } from '@/src/settings/schema';

/** What the engine's popover gives the card piece when it creates the card's view. */
export interface CardContext {
  win: Window;
  /** The content script's life: aborting removes the card, its toast and every listener. */
  signal: AbortSignal;
  /** The close button (focus goes back to where it was). */
  onClose: () => void;
  /** The mention was scrolled out of view. */
  onHidden: () => void;
  /** The reader's country setting ('auto', 'none' or a code), read when a card opens. */
  country: () => string;
  /** The site rules now, so "Turn off on this site" can be undone exactly. */
  siteRules: () => Readonly<Record<string, SiteRule>>;
}

/** The card's view as the engine drives it, and how to take it out of the page. */
export type CardView = PopoverView & { remove(): void };

/** Creates the card's view: what the card piece (entrypoints/content-card.ts) offers the engine. */
export type CardFactory = (context: CardContext) => CardView;

// A registered symbol on the content scripts' own global: the engine and the card piece are
// injected into the same isolated world (Chrome) or sandbox (Firefox), whose global the page's
// world cannot see, so nothing passes through the page (no window event, no postMessage).
const SLOT = Symbol.for('treaty-lens.card');

/** The card piece hands its factory to the engine already running in this world. */
export function offerCard(factory: CardFactory, g: object = globalThis): void {
  (g as Record<symbol, unknown>)[SLOT] = factory;
}

/** The card piece's factory, once it was injected into this world; null before. */
export function takeCard(g: object = globalThis): CardFactory | null {
  const found = (g as Record<symbol, unknown>)[SLOT];
  return typeof found === 'function' ? (found as CardFactory) : null;
}
