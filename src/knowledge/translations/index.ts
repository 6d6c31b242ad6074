import { sourceHash } from './hash';
import type { TargetLanguage, Translation, TranslationFile } from './types';
import { AR } from './ar';
import { DE } from './de';
import { ES } from './es';
import { FR } from './fr';
import { PT_BR } from './pt-BR';
import { RU } from './ru';
import { ZH_CN } from './zh-CN';

export * from './types';
export { sourceHash } from './hash';

/** Every translation file, one per target language. */
export const TRANSLATION_FILES: readonly TranslationFile[] = [FR, ES, DE, PT_BR, RU, ZH_CN, AR];

/** Language → source hash → translation, built once. */
const BY_LANGUAGE: ReadonlyMap<string, ReadonlyMap<string, Translation>> = new Map(
  TRANSLATION_FILES.map((file) => [
    file.lang,
    new Map(
      file.groups.flatMap((group) =>
        Object.entries(group.texts).map(([hash, text]): [string, Translation] => [
          hash,
          {
            text,
            lang: file.lang,
            sourceHash: hash,
            translatedBy: group.translatedBy,
            reviewed: group.reviewed,
          },
        ]),
      ),
    ),
  ]),
);

// Hashing is cheap, but a card renders the same few dozen texts on every hover.
const hashes = new Map<string, string>();
function cachedHash(english: string): string {
  let hash = hashes.get(english);
  if (hash === undefined) {
    hash = sourceHash(english);
    hashes.set(english, hash);
  }
  return hash;
}

/**
 * The translation of an English record text into `lang` (an exact content-language tag such as
 * `fr` or `pt-BR`), or undefined when there is none for this exact English wording.
 */
export function translationOf(english: string, lang: string): Translation | undefined {
  const table = BY_LANGUAGE.get(lang);
  return table?.get(cachedHash(english));
}

/** Whether `lang` is a language the knowledge content is translated into (not English). */
export function isTargetLanguage(lang: string): lang is TargetLanguage {
  return BY_LANGUAGE.has(lang);
}
