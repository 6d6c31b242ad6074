import {
  getInstrument,
  statusOf,
  type Instrument,
  type InstrumentId,
  type IsoDay,
  type KnowledgeRecord,
  type Source,
  type Status,
} from '@/src/knowledge/index';
import { sourcesOf, statusSourceIds } from '@/src/ui/record/sources';

/** Everything the full-summary page shows for one instrument on one day. */
export interface FullContent {
  instrument: Instrument;
  status: Status;
  /** Related records (the Budapest Convention's protocols), with their own summaries. */
  related: readonly KnowledgeRecord[];
  /** Every source the page cites for this instrument, in the order it cites them. */
  sources: Source[];
}

/**
 * The whole record of an instrument: unlike the popover's card, every key provision and every
 * timeline event (unconfirmed reports included, and marked as such).
 */
export function fullContent(id: InstrumentId, today: IsoDay): FullContent {
  const instrument = getInstrument(id);
  const status = statusOf(id, today);
  const related = instrument.related ?? [];
  const sources = sourcesOf([
    ...instrument.summarySources,
    ...statusSourceIds(status),
    ...[
      ...instrument.keyProvisions,
      ...instrument.timeline,
      ...instrument.criticisms,
      ...instrument.support,
    ].map((claim) => claim.source),
    ...related.flatMap((record) => record.summarySources),
  ]);
  return { instrument, status, related, sources };
}
