import type { TranslationFile } from './types';

/** Knowledge content in de. Keys: `sourceHash()` of the English text (see README). */
export const DE: TranslationFile = {
  lang: 'de',
  groups: [],
};
