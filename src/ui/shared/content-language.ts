import { foldLiteral } from '@/src/detect/fold';
import type { InstrumentId } from '@/src/knowledge/ids';
import { NAMES } from '@/src/knowledge/names';
import { CONTENT_LANGUAGES, type ContentLanguage } from '@/src/knowledge/translations/types';
import type { ContentLanguageChoice } from '@/src/settings/schema';

/** The content language `tag` is written in, as the extension's locales resolve it, or null. */
function exactOrBase(tag: string): ContentLanguage | null {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return null;
  const exact = CONTENT_LANGUAGES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  return CONTENT_LANGUAGES.find((l) => l === base) ?? null;
}

/**
 * The content language for the interface language: the same locale the browser picks for the
 * extension's own strings (exact tag, then its base language: `fr-CA` → `fr`), else English, so
 * that content and interface never disagree.
 */
export function interfaceContentLanguage(uiLang: string): ContentLanguage {
  return exactOrBase(uiLang) ?? 'en';
}

/**
 * The content language for a page language, or null when the page is in none of ours. Wider than
 * the interface mapping: any Portuguese page reads Brazilian Portuguese well, and a Simplified
 * Chinese page (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`) gets `zh-CN`; Traditional Chinese does not.
 */
export function pageContentLanguage(pageLang: string): ContentLanguage | null {
  const tag = pageLang.trim().replace(/_/g, '-').toLowerCase();
  if (/^pt\b/.test(tag)) return 'pt-BR';
  if (/^zh\b/.test(tag)) return /^zh(-hans|-cn|-sg|$)/.test(tag) ? 'zh-CN' : null;
  return exactOrBase(tag);
}

/**
 * The language a card's content is shown in: the interface's (default), or with the "page's
 * language" choice the page's when it is one of the eight.
 */
export function pickContentLanguage(
  choice: ContentLanguageChoice,
  uiLang: string,
  pageLang: string | null,
): ContentLanguage {
  const page = choice === 'page' && pageLang ? pageContentLanguage(pageLang) : null;
  return page ?? interfaceContentLanguage(uiLang);
}

/**
 * The language of a mention as written: the nearest `lang` attribute (the element's, else the
 * document's), else the language of the name it matched (`mentionLanguage`). Null when unknown.
 * A page can set any `lang` it likes: the worst it can do is pick which of our texts is shown.
 */
export function pageLanguageOf(range: Range, instrument: InstrumentId): string | null {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const declared = element?.closest('[lang]')?.getAttribute('lang')?.trim();
  if (declared) return declared;
  return mentionLanguage(range.toString(), instrument);
}

/**
 * The language of a detected name: the names data's language when the text is one of its names
 * as usually written, else the script's language where one of ours is the obvious reading
 * (Arabic, Han without kana, Russian Cyrillic). Null when the text does not tell.
 */
export function mentionLanguage(text: string, instrument: InstrumentId): string | null {
  const folded = foldLiteral(text.replace(/\s+/g, ' ').trim());
  const name = NAMES[instrument].find((n) => n.lang !== 'mul' && foldLiteral(n.text) === folded);
  if (name) return name.lang;
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Han}/u.test(text) && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text))
    return 'zh';
  // Ukrainian and Serbian letters: Cyrillic, but not Russian.
  if (/\p{Script=Cyrillic}/u.test(text) && !/[іїєґђћџљњј]/iu.test(text)) return 'ru';
  return null;
}
