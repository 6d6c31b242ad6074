import { cardSlice } from '@/src/knowledge/card/slice';
import { loadFacts, type FactsStorage } from '@/src/knowledge/update/store';
import type { BackgroundProtocol, Req, Res } from '@/src/messaging/protocol';
import type { ContentLanguageChoice } from '@/src/settings/schema';
import { mentionLanguage, pickContentLanguage } from '@/src/ui/shared/content-language';

/**
 * Answers a card's `cardFacts`: the language its texts are shown in, picked exactly as the card
 * used to pick it (the content-language setting; the page's language is the `lang` attribute
 * around the mention, else the language of the name as written, which only the names data knows:
 * it stays here, out of the card), and the facts of the one instrument in that language, from the
 * verified facts update when there is one, else the bundle.
 */
export async function answerCardFacts(
  request: Req<BackgroundProtocol, 'cardFacts'>,
  deps: { choice: ContentLanguageChoice; storage: FactsStorage },
): Promise<Res<BackgroundProtocol, 'cardFacts'>> {
  const { instrument, uiLang, declaredLang, text } = request;
  const pageLang = declaredLang?.trim() || mentionLanguage(text, instrument);
  const contentLang = pickContentLanguage(deps.choice, uiLang, pageLang);
  const facts = await loadFacts(deps.storage);
  return { contentLang, pageLang, facts: cardSlice(facts, instrument, contentLang) };
}
