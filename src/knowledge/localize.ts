import type { LocalizedText } from '@/src/knowledge/types';

/** A text picked for a reader, with the language it is actually in. */
export interface LocalizedResult {
  text: string;
  /** The language of `text`: the requested one, its base language, or 'en' (the fallback). */
  lang: string;
}

/**
 * Picks the text for `lang` ('pt-BR' falls back to 'pt', then to English). The returned `lang`
 * tells the UI when it has to say "content in English".
 */
export function localize(text: LocalizedText, lang: string): LocalizedResult {
  const wanted = lang.trim();
  const exact = text[wanted];
  if (wanted && exact !== undefined) return { text: exact, lang: wanted };
  const base = wanted.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const byBase = text[base];
  if (base && byBase !== undefined) return { text: byBase, lang: base };
  return { text: text.en, lang: 'en' };
}
