import type { TranslationFile } from './types';

/** Knowledge content in ru. Keys: `sourceHash()` of the English text (see README). */
export const RU: TranslationFile = {
  lang: 'ru',
  groups: [],
};
