import type { TranslationFile } from './types';

/** Knowledge content in zh-CN. Keys: `sourceHash()` of the English text (see README). */
export const ZH_CN: TranslationFile = {
  lang: 'zh-CN',
  groups: [],
};
