import { t, uiDirection, uiLanguage } from '@/src/i18n/t';

/** Sets `lang`, `dir` and the title of an extension page from the UI language. */
export function applyDocumentLocale(doc: Document): void {
  const lang = uiLanguage();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = uiDirection(lang);
  doc.title = t('extName');
}
