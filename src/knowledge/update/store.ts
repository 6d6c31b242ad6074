import { INSTRUMENTS, installFacts } from '@/src/knowledge/index';
import { PARTICIPANTS, PROTOCOL_PARTICIPANTS } from '@/src/knowledge/participants';
import type { ParticipantList } from '@/src/knowledge/participant-types';
import { SOURCES } from '@/src/knowledge/sources';
import type { Instrument, Source } from '@/src/knowledge/types';
import type { InstrumentId } from '@/src/knowledge/ids';
import {
  BUNDLED_FACTS_VERSION,
  checkFactsDocument,
  type FactsDocument,
} from '@/src/knowledge/update/document';

/** storage.local key of the last verified update (written by the background only). */
export const FACTS_UPDATE_KEY = 'factsUpdate';

/** What the background stores after a signed update verified. */
export interface StoredFactsUpdate {
  document: FactsDocument;
  /** When the extension verified and stored it (ISO 8601). */
  appliedAt: string;
  /** The address it came from. */
  url: string;
}

/** The facts every surface shows: the verified update when there is one, else the bundle. */
export interface FactsView {
  instruments: Readonly<Record<InstrumentId, Instrument>>;
  participants: Readonly<Record<string, ParticipantList>>;
  sources: readonly Source[];
  version: number;
  /** Null for the bundled facts. */
  update: { signedAt: string; appliedAt: string; url: string } | null;
}

/** The facts bundled in this build. */
export function bundledFacts(): FactsView {
  const participants: Record<string, ParticipantList> = { ...PROTOCOL_PARTICIPANTS };
  for (const [id, list] of Object.entries(PARTICIPANTS)) if (list) participants[id] = list;
  return {
    instruments: INSTRUMENTS,
    participants,
    sources: SOURCES,
    version: BUNDLED_FACTS_VERSION,
    update: null,
  };
}

/** The part of `storage.local` the accessor needs (the real one, or a fake in tests). */
export interface FactsStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * The one accessor for facts: the stored update when it is well-formed and newer than the bundle
 * (the background verified its signature before storing it), otherwise the bundled facts. Never
 * throws: unreadable storage means the bundle.
 */
export async function loadFacts(storage: FactsStorage): Promise<FactsView> {
  const bundled = bundledFacts();
  try {
    const stored = (await storage.get(FACTS_UPDATE_KEY))[FACTS_UPDATE_KEY] as
      Partial<StoredFactsUpdate> | undefined;
    if (!stored?.document || typeof stored.appliedAt !== 'string') return bundled;
    // Storage is not a trust boundary we control (another build, a corrupted profile): the shape
    // is checked again, and a stored update older than this build's bundle is ignored.
    const doc = checkFactsDocument(stored.document);
    if (doc.version <= BUNDLED_FACTS_VERSION) return bundled;
    return {
      instruments: doc.instruments,
      participants: doc.participants,
      sources: doc.sources,
      version: doc.version,
      update: {
        signedAt: doc.signedAt,
        appliedAt: stored.appliedAt,
        url: String(stored.url ?? ''),
      },
    };
  } catch {
    return bundled;
  }
}

/**
 * Loads the facts (stored update or bundle) and installs them for this page or content script.
 * The one call each surface makes before it first shows a fact.
 */
export async function installStoredFacts(storage: FactsStorage): Promise<FactsView> {
  const facts = await loadFacts(storage);
  if (facts.update) installFacts(facts);
  return facts;
}
