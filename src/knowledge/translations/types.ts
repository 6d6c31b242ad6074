/**
 * The languages the knowledge content is written in: the eight interface languages, as BCP 47 tags
 * (the extension's `_locales` folders with `-` for `_`). English is the source of every translation.
 */
export const CONTENT_LANGUAGES = ['en', 'fr', 'es', 'de', 'pt-BR', 'ru', 'zh-CN', 'ar'] as const;

/** One of the eight content languages. */
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** A language a record's English text is translated into. */
export type TargetLanguage = Exclude<ContentLanguage, 'en'>;

/** Who wrote a group of translations and whether a fluent reader has checked them. */
export interface TranslationProvenance {
  /** Who wrote the translation, e.g. "Treaty Lens developers (machine-assisted draft)". */
  translatedBy: string;
  /** A fluent speaker has checked the translation against the English. */
  reviewed: boolean;
}

/**
 * Translations that share a provenance. Each key is `sourceHash()` of the English text the
 * translation renders, so a translation stays attached when records are reordered, and one whose
 * English changed no longer matches (the schema test reports it as stale).
 */
export interface TranslationGroup extends TranslationProvenance {
  texts: Readonly<Record<string, string>>;
}

/** Every translation into one language. */
export interface TranslationFile {
  lang: TargetLanguage;
  groups: readonly TranslationGroup[];
}

/** One translated text with what the UI and the tests need to know about it. */
export interface Translation extends TranslationProvenance {
  text: string;
  lang: TargetLanguage;
  /** `sourceHash()` of the English text this translates. */
  sourceHash: string;
}
