import type { RecordKind } from '@/src/knowledge/index';
import { t, type MessageKey } from '@/src/i18n/t';

const KIND_KEYS: Record<RecordKind, MessageKey> = {
  'un-convention': 'popoverKindUnConvention',
  'coe-convention': 'popoverKindCoeConvention',
  'coe-protocol': 'popoverKindCoeProtocol',
  'un-committee': 'popoverKindUnCommittee',
};

/** "What it is", shown under the instrument's name. */
export function describeKind(kind: RecordKind): string {
  return t(KIND_KEYS[kind]);
}
