import { ImportError } from '@/src/knowledge/import/html';
import { isCoePage, parseCoeChart } from '@/src/knowledge/import/coe';
import { isUntcPage, parseUntc } from '@/src/knowledge/import/untc';
import type { ImportedPage } from '@/src/knowledge/import/types';

export { ImportError } from '@/src/knowledge/import/html';
export { mergeList, formatDiff, type ListDiff } from '@/src/knowledge/import/merge';
export { LIST_FILES, listSource, type ListKey } from '@/src/knowledge/import/serialize';
export type { ImportedPage, ImportedRow } from '@/src/knowledge/import/types';
export { parseUntc } from '@/src/knowledge/import/untc';
export { parseCoeChart } from '@/src/knowledge/import/coe';

/** Reads a saved depositary page of either kind; anything else is an `ImportError`. */
export function parseDepositaryPage(html: string): ImportedPage {
  if (isCoePage(html)) return parseCoeChart(html);
  if (isUntcPage(html)) return parseUntc(html);
  throw new ImportError(
    'Not a depositary page Treaty Lens can read: expected a saved UN Treaty Collection status page (chapter XVIII-16) or a Council of Europe "chart of signatures and ratifications" (ETS 185, ETS 189, CETS 224).',
  );
}
