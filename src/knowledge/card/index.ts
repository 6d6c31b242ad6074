/**
 * The popover card's stand-in for `src/knowledge/index.ts`. In the card piece's build
 * (`content-card.js`, see wxt.config.ts) `@/src/knowledge` resolves here, so the card's own code
 * (PopoverCard, StatusLine, status words …) runs unchanged on the facts of the one instrument it
 * shows, which the background sends (`cardFacts`, cut by `cardSlice`), instead of shipping every
 * record, source, participant list and translation in the piece. Same functions, same results:
 * `tests/unit/knowledge/card.test.ts` renders the card both ways and compares.
 */
import { countryStatusIn, type CountryStatus } from '@/src/knowledge/country-status';
import type { InstrumentId } from '@/src/knowledge/ids';
import type { ParticipantList } from '@/src/knowledge/participant-types';
import { statusAt, type Status } from '@/src/knowledge/status';
import type { Instrument, IsoDay, KnowledgeRecord, Source, SourceId } from '@/src/knowledge/types';
import type { CardFacts } from './slice';
import { addTranslations } from './translations';

export * from '@/src/knowledge/data-free';
export { type CountryStatus, type CountryStatusKind } from '@/src/knowledge/country-status';
export type { CardFacts } from './slice';

const records = new Map<InstrumentId, Instrument>();
const lists: Partial<Record<InstrumentId, ParticipantList>> = {};
const sources = new Map<SourceId, Source>();

/**
 * Adds the facts the background sent for a card. Added, never cleared: a card still open (or
 * re-rendering) keeps finding its instrument while another one's facts arrive; a newer answer
 * (after a facts update) replaces the records it carries.
 */
export function installCardFacts(facts: CardFacts): void {
  for (const [id, record] of Object.entries(facts.records) as [InstrumentId, Instrument][])
    records.set(id, record);
  Object.assign(lists, facts.participants);
  for (const s of facts.sources) sources.set(s.id, s);
  addTranslations(facts.translations);
}

/** Whether the facts of `id` have arrived. */
export function hasInstrument(id: InstrumentId): boolean {
  return records.has(id);
}

/** The instrument with this id; throws when its facts have not arrived (a wiring error). */
export function getInstrument(id: InstrumentId): Instrument {
  const record = records.get(id);
  if (!record) throw new Error(`No facts received for ${id}.`);
  return record;
}

/** Every record received, with their related entries (as the bundled `allRecords`). */
export function allRecords(): KnowledgeRecord[] {
  return [...records.values()].flatMap((i) => [i, ...(i.related ?? [])]);
}

/** The source with this id among those received, or undefined. */
export function getSource(id: SourceId): Source | undefined {
  return sources.get(id);
}

/** Status of a received instrument on `date`, wired as the bundled `statusOf` wires it. */
export function statusOf(id: InstrumentId, date: IsoDay): Status {
  const participants = lists[id];
  return statusAt(getInstrument(id), date, {
    related: allRecords(),
    ...(participants ? { participants } : {}),
  });
}

/** Where a country stands with a received instrument (the bundled `countryStatus`'s contract). */
export function countryStatus(instrumentId: string, code: string, date: IsoDay): CountryStatus {
  return countryStatusIn(lists, instrumentId, code, date);
}
