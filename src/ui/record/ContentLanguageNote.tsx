import { t, uiLanguage } from '@/src/i18n/t';

const base = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/** The name of a language in the interface language ("espagnol" for `es` in French). */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Says in which language a record's text is when the reader would not expect it: "Shown in
 * English: no translation yet." when it is not in the content language asked for (`lang`), or
 * "Explanation in Spanish." when it is, but the page it explains (`pageLang`) is in another one.
 */
export function ContentLanguageNote({
  shown,
  lang,
  pageLang,
}: {
  shown: string;
  lang: string;
  pageLang?: string | null;
}) {
  if (base(shown) !== base(lang)) return <p class="note">{t('popoverContentInEnglish')}</p>;
  if (pageLang && base(pageLang) !== base(shown)) {
    return <p class="note">{t('popoverContentLanguage', languageName(shown))}</p>;
  }
  return null;
}
