import type { TranslationFile } from './types';

/** Knowledge content in es. Keys: `sourceHash()` of the English text (see README). */
export const ES: TranslationFile = {
  lang: 'es',
  groups: [],
};
