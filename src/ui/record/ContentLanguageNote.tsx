import { t } from '@/src/i18n/t';

/** "Shown in English: no translation yet." when a record's text is not in the UI language. */
export function ContentLanguageNote({ shown, lang }: { shown: string; lang: string }) {
  if (shown === lang || shown === lang.split('-')[0]) return null;
  return <p class="note">{t('popoverContentInEnglish')}</p>;
}
