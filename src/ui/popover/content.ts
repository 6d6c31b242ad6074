import {
  getInstrument,
  statusOf,
  type EventKind,
  type Instrument,
  type InstrumentId,
  type IsoDay,
  type Position,
  type Status,
  type TimelineEvent,
} from '@/src/knowledge/index';

/** The kinds of event worth a line among an instrument's key dates, whatever the record. */
const KEY_EVENT_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'established',
  'negotiation-start',
  'draft-approved',
  'adopted',
  'signature-opens',
  'signature-closes',
  'entry-into-force',
]);

/** How many key dates are listed. */
export const MAX_TIMELINE_EVENTS = 5;

/**
 * An instrument's key dated events, oldest first (a scheduled future date, like a deadline, stays).
 * The preview card no longer lists them (the full summary has the whole timeline), but translation
 * coverage (`src/knowledge/translations/coverage.ts`) still requires these texts in every language.
 */
export function keyEvents(
  events: readonly TimelineEvent[],
  max = MAX_TIMELINE_EVENTS,
): TimelineEvent[] {
  return events.filter((e) => KEY_EVENT_KINDS.has(e.kind) && !e.unconfirmed).slice(-max);
}

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
