import type { LocalizedText } from '@/src/knowledge/types';
import { translationOf } from '@/src/knowledge/translations/index';

/** A text picked for a reader, with the language it is actually in. */
export interface LocalizedResult {
  text: string;
  /** The language of `text`: the requested one, its base language, or 'en' (the fallback). */
  lang: string;
}

/** The text in exactly `lang`: written into the record, or a translation of its English. */
function inLanguage(text: LocalizedText, lang: string): string | undefined {
  return text[lang] ?? translationOf(text.en, lang)?.text;
}

/**
 * Picks the text for `lang` ('pt-BR' falls back to 'pt', then to English): a text written into the
 * record for that language first, then a translation of its current English from
 * `translations/` (one whose English source has changed no longer matches). The returned `lang`
 * tells the UI when it has to say "content in English".
 */
export function localize(text: LocalizedText, lang: string): LocalizedResult {
  const wanted = lang.trim();
  const exact = wanted ? inLanguage(text, wanted) : undefined;
  if (exact !== undefined) return { text: exact, lang: wanted };
  const base = wanted.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const byBase = base ? inLanguage(text, base) : undefined;
  if (byBase !== undefined) return { text: byBase, lang: base };
  return { text: text.en, lang: 'en' };
}
