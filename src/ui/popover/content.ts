import {
  getInstrument,
  statusOf,
  type Instrument,
  type InstrumentId,
  type IsoDay,
  type Position,
  type Status,
} from '@/src/knowledge/index';

/** How many points of each side the preview card shows: the strongest two (records list them first). */
export const CARD_POSITIONS = 2;

/** Everything one preview card shows, gathered from the knowledge base for one day. */
export interface CardContent {
  instrument: Instrument;
  status: Status;
  /** The strongest criticisms, as many as `support`, so neither side looks weightier by count. */
  criticisms: readonly Position[];
  /** The strongest supporters' points, as many as `criticisms`. */
  support: readonly Position[];
}

/**
 * Gathers the card for an instrument on `today`: the status, and the same number of points from
 * each side (two, or fewer when one side has fewer). Timeline, every position and all sources live
 * on the full-summary page.
 */
export function cardContent(id: InstrumentId, today: IsoDay): CardContent {
  const instrument = getInstrument(id);
  const shown = Math.min(CARD_POSITIONS, instrument.criticisms.length, instrument.support.length);
  return {
    instrument,
    status: statusOf(id, today),
    criticisms: instrument.criticisms.slice(0, shown),
    support: instrument.support.slice(0, shown),
  };
}
