import type { TranslationFile } from './types';

/** Knowledge content in pt-BR. Keys: `sourceHash()` of the English text (see README). */
export const PT_BR: TranslationFile = {
  lang: 'pt-BR',
  groups: [],
};
