import { uiLanguage } from '@/src/i18n/t';
// In the card piece's build, `@/src/knowledge` itself resolves to this module (wxt.config.ts), so
// the card's components find here the facts that arrive with each card. In unit tests they use the
// bundled knowledge, which has every fact already, and adding here changes nothing they read.
import { installCardFacts } from '@/src/knowledge/card/index';
import type { CardFacts } from '@/src/knowledge/card/slice';
import { sendToBackground } from '@/src/messaging/client';
import type { BackgroundProtocol, Res } from '@/src/messaging/protocol';
import type { CardContext, CardView } from './card-slot';
import type { PopoverMention } from './engine';
import { createPopoverHost } from './host';
import { createTrustGuard } from './trust';
import { showSiteOffToast, turnOffWithUndo } from './turn-off';

/** How long an answer asked for at hover intent may serve the card that follows. */
export const ANSWER_TTL_MS = 10_000;

/** The background's answer to `cardFacts`. */
export type CardFactsAnswer = Res<BackgroundProtocol, 'cardFacts'>;

/** How the card gets its facts (the background; a fake in unit tests). */
export interface CardDeps {
  send: typeof sendToBackground;
  /** Adds the facts of an answer where the card's knowledge functions find them. */
  install: (facts: CardFacts) => void;
}

/** The language a page declares around a mention: the nearest `lang` attribute, trimmed. */
export function declaredLanguageOf(range: Range): string | null {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // A page can set any `lang` it likes: the worst it can do is pick which of our texts is shown.
  return element?.closest('[lang]')?.getAttribute('lang')?.trim().slice(0, 100) || null;
}

/**
 * The card's view, in the card piece: asks the background for the facts of the mention's
 * instrument in the reader's content language (as soon as hover intent starts, so they are usually
 * there when the delay ends), then renders the card with the host (host.tsx). Its actions ("Turn
 * off on this site" with Undo, "Full summary") act only on the reader's own activation.
 */
export function createCard(
  context: CardContext,
  deps: CardDeps = { send: sendToBackground, install: installCardFacts },
): CardView {
  const { win, signal } = context;
  const trust = createTrustGuard(win);
  let languages: { contentLang: string; pageLang: string | null } | null = null;
  const host = createPopoverHost(
    {
      onClose: context.onClose,
      onHidden: context.onHidden,
      async onTurnOff() {
        // Settings change only on the reader's own click (never on a page's synthetic one).
        if (!trust.activated()) return;
        // The background's settings broadcast then stops this content script's highlights and
        // popover; the toast's Undo restores the previous rule, and the broadcast brings them back.
        await turnOffWithUndo({
          hostname: win.location.hostname,
          sites: context.siteRules(),
          setSiteRule: (host, rule) => deps.send('setSiteRule', { host, rule }),
          showToast: (onUndo) => showSiteOffToast(signal, trust, onUndo, win.document),
        });
      },
      async onOpenSummary(mention) {
        if (!trust.activated()) return;
        await deps.send('openSummary', { instrument: mention.instrument });
      },
      country: context.country,
      languages: () => languages ?? { contentLang: uiLanguage(), pageLang: null },
    },
    trust,
    win.document,
  );

  // One request per mention from hover intent to card; forgotten when the card closes or after
  // ANSWER_TTL_MS, so a later card reads the settings and facts as they are then.
  const asked = new Map<string, { answer: Promise<CardFactsAnswer | null>; at: number }>();
  const ask = (mention: PopoverMention): Promise<CardFactsAnswer | null> => {
    const declaredLang = declaredLanguageOf(mention.range);
    const text = mention.range.toString().slice(0, 200);
    const key = JSON.stringify([mention.instrument, declaredLang, text]);
    const now = Date.now();
    for (const [k, v] of asked) if (now - v.at > ANSWER_TTL_MS) asked.delete(k);
    let answer = asked.get(key)?.answer;
    if (!answer) {
      answer = deps
        .send('cardFacts', {
          instrument: mention.instrument,
          uiLang: uiLanguage(),
          declaredLang,
          text,
        })
        .then((a) => (deps.install(a.facts), a))
        .catch(() => {
          asked.delete(key); // The next hover asks again (a worker that was restarting).
          return null;
        });
      asked.set(key, { answer, at: now });
    }
    return answer;
  };

  let token = 0; // Bumped by every show, hide and remove: a late answer never shows a stale card.
  return {
    prepare(mention) {
      void ask(mention);
    },
    show(mention, options) {
      const mine = ++token;
      void ask(mention).then((answer) => {
        if (mine !== token || !answer || signal.aborted) return;
        languages = { contentLang: answer.contentLang, pageLang: answer.pageLang };
        host.show(mention, options);
      });
    },
    hide() {
      token++;
      asked.clear();
      host.hide();
    },
    reveal: (mention) => host.reveal(mention),
    isInside: (event) => host.isInside(event),
    hasFocus: () => host.hasFocus(),
    remove() {
      token++;
      asked.clear();
      host.remove();
    },
  };
}
