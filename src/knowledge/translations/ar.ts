import type { TranslationFile } from './types';

/** Knowledge content in ar. Keys: `sourceHash()` of the English text (see README). */
export const AR: TranslationFile = {
  lang: 'ar',
  groups: [],
};
