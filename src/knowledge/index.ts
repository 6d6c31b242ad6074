import { AD_HOC_COMMITTEE } from '@/src/knowledge/ad-hoc-committee';
import { BUDAPEST_CONVENTION } from '@/src/knowledge/budapest-convention';
import type { InstrumentId } from '@/src/knowledge/ids';
import { PARTICIPANTS, PROTOCOL_PARTICIPANTS } from '@/src/knowledge/participants';
import type { ParticipantList } from '@/src/knowledge/participant-types';
import { isInstrumentId } from '@/src/knowledge/ids';
import { SOURCES } from '@/src/knowledge/sources';
import { statusAt, type Status } from '@/src/knowledge/status';
import type { Instrument, IsoDay, KnowledgeRecord, Source, SourceId } from '@/src/knowledge/types';
import { UN_CYBERCRIME_CONVENTION } from '@/src/knowledge/un-cybercrime-convention';

export * from '@/src/knowledge/data-free';
export {
  countryStatus,
  PARTICIPANTS,
  PROTOCOL_PARTICIPANTS,
  type CountryStatus,
  type CountryStatusKind,
} from '@/src/knowledge/participants';
export { SOURCES } from '@/src/knowledge/sources';

/** Every instrument the detector knows, by id. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  'un-cybercrime-convention': UN_CYBERCRIME_CONVENTION,
  'budapest-convention': BUDAPEST_CONVENTION,
  'ad-hoc-committee': AD_HOC_COMMITTEE,
};

/** The instrument with this id. */
export function getInstrument(id: InstrumentId): Instrument {
  return INSTRUMENTS[id];
}

/** Every record: the instruments and their related entries (the Budapest protocols). */
export function allRecords(): KnowledgeRecord[] {
  return Object.values(INSTRUMENTS).flatMap((i) => [i, ...(i.related ?? [])]);
}

let SOURCES_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/** The facts a surface shows: what `installFacts` puts in place of the bundled ones. */
export interface InstallableFacts {
  instruments: Readonly<Record<InstrumentId, Instrument>>;
  participants: Readonly<Record<string, ParticipantList>>;
  sources: readonly Source[];
}

/**
 * Puts a verified facts update in place of the bundled facts for this page or content script, so
 * every caller of this module (records, statuses, participants, sources) sees the same facts.
 * Call it once before the first render (`installStoredFacts` in `update/store.ts` does); the
 * bundled objects are updated in place because the surfaces import them directly.
 */
export function installFacts(facts: InstallableFacts): void {
  Object.assign(INSTRUMENTS as Record<InstrumentId, Instrument>, facts.instruments);
  const lists = PARTICIPANTS as Partial<Record<InstrumentId, ParticipantList>>;
  const protocols = PROTOCOL_PARTICIPANTS as Record<string, ParticipantList>;
  for (const [id, list] of Object.entries(facts.participants)) {
    if (isInstrumentId(id)) lists[id] = list;
    else protocols[id] = list;
  }
  (SOURCES as Source[]).splice(0, SOURCES.length, ...facts.sources);
  SOURCES_BY_ID = new Map(SOURCES.map((s) => [s.id, s]));
}

/** The source with this id, or undefined (the schema test guarantees every cited id exists). */
export function getSource(id: SourceId): Source | undefined {
  return SOURCES_BY_ID.get(id);
}

/** Every source id a record cites, in first-cited order, for a "Sources" list. */
export function sourceIdsOf(record: KnowledgeRecord): SourceId[] {
  const ids = new Set<SourceId>(record.summarySources);
  const claims = [
    ...record.keyProvisions,
    ...record.timeline,
    ...record.counts,
    ...record.criticisms,
    ...record.support,
    ...(record.entryIntoForce ? [record.entryIntoForce] : []),
    ...(record.signature ? [record.signature] : []),
  ];
  for (const c of claims) {
    ids.add(c.source);
    for (const id of c.alsoSources ?? []) ids.add(id);
  }
  return [...ids];
}

/**
 * Status of a bundled instrument on `date`, wired with its participant list and the other records
 * (a committee follows its outcome). Same purity as `statusAt`: the date is passed in.
 */
export function statusOf(id: InstrumentId, date: IsoDay): Status {
  const participants = PARTICIPANTS[id];
  return statusAt(INSTRUMENTS[id], date, {
    related: allRecords(),
    ...(participants ? { participants } : {}),
  });
}
