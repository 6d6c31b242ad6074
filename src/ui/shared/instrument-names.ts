import { t, type MessageKey } from '@/src/i18n/t';
import type { InstrumentId } from '@/src/knowledge/ids';

const NAME_KEYS: Record<InstrumentId, MessageKey> = {
  'un-cybercrime-convention': 'instrumentUn',
  'budapest-convention': 'instrumentBudapest',
  'ad-hoc-committee': 'instrumentAdHoc',
};

/** The short name of an instrument in the UI language (lists and settings; the popover has the full name). */
export function instrumentName(id: InstrumentId): string {
  return t(NAME_KEYS[id]);
}
