/**
 * The popover card's stand-in for `src/knowledge/translations/index.ts`: in the card piece's build
 * (wxt.config.ts) the translations module resolves here, so the card ships no translation file.
 * It holds only what the background sent with the card's facts: one language, one instrument.
 */
import { sourceHash } from '@/src/knowledge/translations/hash';
import type { TargetLanguage, Translation } from '@/src/knowledge/translations/types';
import { CONTENT_LANGUAGES } from '@/src/knowledge/translations/types';

export * from '@/src/knowledge/translations/types';
export { sourceHash } from '@/src/knowledge/translations/hash';

/** Language → source hash → translation, as received. */
const BY_LANGUAGE = new Map<string, Map<string, Translation>>();

/** Adds translations the background sent (they only ever add to or replace what is here). */
export function addTranslations(translations: readonly Translation[]): void {
  for (const t of translations) {
    let table = BY_LANGUAGE.get(t.lang);
    if (!table) BY_LANGUAGE.set(t.lang, (table = new Map()));
    table.set(t.sourceHash, t);
  }
}

/** Same contract as the bundled `translationOf`, over the translations received so far. */
export function translationOf(english: string, lang: string): Translation | undefined {
  return BY_LANGUAGE.get(lang)?.get(sourceHash(english));
}

/** Same contract as the bundled `isTargetLanguage` (which languages exist, not which were received). */
export function isTargetLanguage(lang: string): lang is TargetLanguage {
  return lang !== 'en' && (CONTENT_LANGUAGES as readonly string[]).includes(lang);
}
