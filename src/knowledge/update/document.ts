import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import type { ParticipantList } from '@/src/knowledge/participant-types';
import type { Instrument, Source } from '@/src/knowledge/types';

/** What the `format` field of a facts document must say. */
export const FACTS_FORMAT = 'treaty-lens-facts';
/** The document shape this build understands; a newer shape is refused, not guessed at. */
export const FACTS_FORMAT_VERSION = 1;
/**
 * Version of the facts bundled in this build (`YYYYMMDDNN`). An update must carry a higher
 * version than the facts in use, so a replayed older file can never roll the facts back.
 */
export const BUNDLED_FACTS_VERSION = 2026120400;
/** Largest signed file accepted, in bytes (the bundled facts are about a third of this). */
export const MAX_FACTS_BYTES = 1_500_000;

/** Every fact Treaty Lens shows, as one versioned document (the payload of a signed update). */
export interface FactsDocument {
  format: typeof FACTS_FORMAT;
  formatVersion: typeof FACTS_FORMAT_VERSION;
  /** `YYYYMMDDNN`, increasing with every published update. */
  version: number;
  /** When the document was signed (ISO 8601, UTC). */
  signedAt: string;
  instruments: Record<InstrumentId, Instrument>;
  /** Participant lists by record id (the instruments' and the protocols'). */
  participants: Record<string, ParticipantList>;
  sources: Source[];
}

/** The file served: the document's exact bytes (base64) and an Ed25519 signature over them. */
export interface SignedFacts {
  /** Base64 of the UTF-8 JSON of a `FactsDocument`: the signature covers these bytes exactly. */
  payload: string;
  /** Base64 Ed25519 signature of the payload bytes. */
  signature: string;
  /** Which key signed it, for key rotation; informative only (the bundled key decides). */
  keyId: string;
}

/** Why an update was refused; each maps to one line in the options page. */
export type FactsProblem =
  | 'network'
  | 'http'
  | 'too-large'
  | 'not-json'
  | 'bad-signature'
  | 'schema'
  | 'older'
  | 'future'
  | 'permission';

/** An update that was refused, with the reason and details for the log. */
export class FactsError extends Error {
  override name = 'FactsError';
  constructor(
    readonly problem: FactsProblem,
    detail: string,
  ) {
    super(detail);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isText = (v: unknown): boolean => isRecord(v) && typeof v.en === 'string' && v.en !== '';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

function fail(detail: string): never {
  throw new FactsError('schema', detail);
}

function checkRecord(id: string, r: unknown): void {
  if (!isRecord(r)) fail(`${id}: not an object`);
  if (r.id !== id) fail(`${id}: id is ${String(r.id)}`);
  if (!isText(r.name) || !isText(r.summary)) fail(`${id}: name or summary missing`);
  if (!isRecord(r.card) || !isText(r.card.shortName) || !isText(r.card.gist)) {
    fail(`${id}: card texts missing`);
  }
  for (const key of [
    'keyProvisions',
    'timeline',
    'counts',
    'criticisms',
    'support',
    'summarySources',
  ]) {
    if (!isArray(r[key])) fail(`${id}: ${key} is not a list`);
  }
  for (const e of r.timeline as unknown[]) {
    if (!isRecord(e) || typeof e.id !== 'string' || typeof e.date !== 'string' || !isText(e.text)) {
      fail(`${id}: a timeline event is malformed`);
    }
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date as string))
      fail(`${id}: bad date ${String(e.date)}`);
  }
  for (const c of r.counts as unknown[]) {
    if (!isRecord(c) || !Number.isInteger(c.value) || (c.value as number) < 0) {
      fail(`${id}: a count is malformed`);
    }
  }
  for (const related of isArray(r.related) ? r.related : []) {
    if (!isRecord(related) || typeof related.id !== 'string') fail(`${id}: bad related record`);
    checkRecord(related.id, related);
  }
}

function checkList(id: string, l: unknown): void {
  if (!isRecord(l) || !isArray(l.participants) || typeof l.asOf !== 'string') {
    fail(`participants ${id}: malformed`);
  }
  for (const p of l.participants) {
    if (!isRecord(p) || typeof p.code !== 'string' || !/^[A-Z]{2}$/.test(p.code)) {
      fail(`participants ${id}: a row has no ISO code`);
    }
    if (p.status !== 'party' && p.status !== 'signatory') fail(`participants ${id}: bad status`);
  }
}

/**
 * Checks that a parsed value is a facts document this build can use (shape, not truth: the
 * signature says who vouches for it). Throws a `FactsError` of kind `schema` naming the first
 * problem.
 */
export function checkFactsDocument(value: unknown): FactsDocument {
  if (!isRecord(value)) fail('not an object');
  if (value.format !== FACTS_FORMAT) fail(`format is ${String(value.format)}`);
  if (value.formatVersion !== FACTS_FORMAT_VERSION) {
    fail(`format version ${String(value.formatVersion)} is not ${FACTS_FORMAT_VERSION}`);
  }
  if (!Number.isSafeInteger(value.version) || (value.version as number) <= 0) fail('bad version');
  if (typeof value.signedAt !== 'string' || Number.isNaN(Date.parse(value.signedAt))) {
    fail('bad signing date');
  }
  if (!isRecord(value.instruments)) fail('no instruments');
  for (const id of INSTRUMENT_IDS) checkRecord(id, value.instruments[id]);
  if (!isRecord(value.participants)) fail('no participants');
  for (const [id, list] of Object.entries(value.participants)) checkList(id, list);
  if (!isArray(value.sources)) fail('no sources');
  const ids = new Set<string>();
  for (const s of value.sources) {
    if (!isRecord(s) || typeof s.id !== 'string' || typeof s.url !== 'string') fail('bad source');
    if (!/^https?:\/\//.test(s.url)) fail(`source ${s.id}: not a web address`);
    ids.add(s.id);
  }
  // Every cited source must be in the document, as in the bundle (the schema test's rule).
  const cited = JSON.stringify(value.instruments).match(/"source":"([^"]+)"/g) ?? [];
  for (const c of cited) {
    const id = c.slice(10, -1);
    if (!ids.has(id)) fail(`cites unknown source ${id}`);
  }
  return value as unknown as FactsDocument;
}
