import { sourcesOf, statusSourceIds } from '@/src/ui/record/sources';
import {
  getInstrument,
  statusOf,
  type EventKind,
  type Instrument,
  type InstrumentId,
  type IsoDay,
  type Position,
  type Source,
  type Status,
  type TimelineEvent,
} from '@/src/knowledge/index';

/** The events worth a line in the popover's compact timeline, whatever the record. */
const KEY_EVENT_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'established',
  'negotiation-start',
  'draft-approved',
  'adopted',
  'signature-opens',
  'signature-closes',
  'entry-into-force',
]);

/** How many timeline events the card shows: the popover is a preview, not the full record. */
export const MAX_TIMELINE_EVENTS = 5;

/** Everything one popover card shows, gathered from the knowledge base for one day. */
export interface CardContent {
  instrument: Instrument;
  status: Status;
  timeline: TimelineEvent[];
  criticisms: readonly Position[];
  support: readonly Position[];
  /** Every source the card cites, in the order the card cites them. */
  sources: Source[];
}

/** The key dated events of a record, oldest first (a scheduled future date, like a deadline, stays). */
export function keyEvents(
  events: readonly TimelineEvent[],
  max = MAX_TIMELINE_EVENTS,
): TimelineEvent[] {
  return events.filter((e) => KEY_EVENT_KINDS.has(e.kind) && !e.unconfirmed).slice(-max);
}

/** Gathers the card for an instrument on `today`; only sources the card actually cites are listed. */
export function cardContent(id: InstrumentId, today: IsoDay): CardContent {
  const instrument = getInstrument(id);
  const status = statusOf(id, today);
  const timeline = keyEvents(instrument.timeline);
  const sources = sourcesOf([
    ...instrument.summarySources,
    ...statusSourceIds(status),
    ...[...timeline, ...instrument.criticisms, ...instrument.support].map((claim) => claim.source),
  ]);
  return {
    instrument,
    status,
    timeline,
    criticisms: instrument.criticisms,
    support: instrument.support,
    sources,
  };
}
