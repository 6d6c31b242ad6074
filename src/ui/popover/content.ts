import {
  getInstrument,
  getSource,
  statusOf,
  type EventKind,
  type Instrument,
  type InstrumentId,
  type IsoDay,
  type Position,
  type Source,
  type SourceId,
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
  const cited = new Set<SourceId>(instrument.summarySources);
  const statusSources = [
    status.type === 'treaty' ? status.signature?.source : undefined,
    status.type === 'treaty' ? status.signatories?.source : undefined,
    status.type === 'treaty' ? status.parties?.source : undefined,
    status.type === 'treaty' ? status.threshold?.source : undefined,
    status.type === 'treaty' ? status.entryIntoForce?.source : undefined,
    status.type === 'committee' ? status.lastSession?.source : undefined,
    status.type === 'committee' ? status.outcome?.adopted?.source : undefined,
  ];
  for (const s of statusSources) if (s) cited.add(s);
  for (const claim of [...timeline, ...instrument.criticisms, ...instrument.support]) {
    cited.add(claim.source);
  }
  const sources = [...cited].map(getSource).filter((s): s is Source => s !== undefined);
  return {
    instrument,
    status,
    timeline,
    criticisms: instrument.criticisms,
    support: instrument.support,
    sources,
  };
}
