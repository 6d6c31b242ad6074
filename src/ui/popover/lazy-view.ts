import { sendToBackground } from '@/src/messaging/client';
import { takeCard, type CardContext, type CardFactory, type CardView } from './card-slot';
import type { PopoverMention } from './engine';
import { revealRange } from './reveal';

/**
 * Loads the card piece into this frame: the background injects `content-card.js` into the same
 * isolated world, which hands over its factory (card-slot.ts). Null when it could not be loaded.
 */
export async function loadCardPiece(
  send: typeof sendToBackground = sendToBackground,
  g: object = globalThis,
): Promise<CardFactory | null> {
  const ready = takeCard(g);
  if (ready) return ready;
  const { injected } = await send('injectCard', {});
  return injected ? takeCard(g) : null;
}

/**
 * The popover's view in the engine, before and after the card piece is there. The first time the
 * controller wants a card (hover intent starts, a tap, focus by keyboard or the popup's list: the
 * controller acts only on the reader's trusted events and the background's messages) it loads the
 * piece, then hands every call to the card's view; a card asked for while loading shows as soon as
 * the piece is there (unless hidden meanwhile). Scrolling a mention into view needs no card.
 */
export function createLazyView(
  context: CardContext,
  load: () => Promise<CardFactory | null> = loadCardPiece,
): CardView {
  let card: CardView | null = null;
  let loading: Promise<CardView | null> | null = null;
  let wanted: { mention: PopoverMention; options: { focus: boolean } } | null = null;
  let prepared: PopoverMention | null = null;
  let removed = false;

  const ensure = (): void => {
    if (card || loading || removed || context.signal.aborted) return;
    loading = load()
      .catch(() => null)
      .then((factory) => {
        if (!factory || removed || context.signal.aborted) {
          loading = null; // Not there (the worker was restarting): the next interaction asks again.
          return null;
        }
        card = factory(context);
        if (wanted) card.show(wanted.mention, wanted.options);
        else if (prepared) card.prepare(prepared);
        wanted = null;
        prepared = null;
        return card;
      });
  };

  return {
    prepare(mention) {
      if (card) return card.prepare(mention);
      prepared = mention;
      ensure();
    },
    show(mention, options) {
      if (card) return card.show(mention, options);
      wanted = { mention, options };
      ensure();
    },
    hide() {
      wanted = null;
      prepared = null;
      card?.hide();
    },
    reveal(mention) {
      revealRange(mention.range, context.win.document);
    },
    isInside: (event) => card?.isInside(event) ?? false,
    hasFocus: () => card?.hasFocus() ?? false,
    remove() {
      removed = true;
      wanted = null;
      prepared = null;
      card?.remove();
      card = null;
    },
  };
}
