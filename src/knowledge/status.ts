import {
  addDays,
  daysBetween,
  earliestDay,
  firstOfMonthAfter,
  latestDay,
} from '@/src/knowledge/dates';
import type { Participant, ParticipantList } from '@/src/knowledge/participant-types';
import type {
  Count,
  CountKind,
  EventKind,
  FuzzyDate,
  IsoDay,
  KnowledgeRecord,
  LocalizedText,
  SourceId,
  TimelineEvent,
} from '@/src/knowledge/types';

/** Data older than this many days at the date asked about is flagged `stale`. */
export const STALE_AFTER_DAYS = 180;

/**
 * How long a figure the reader sees stays current, in days, before the UI says it "may be out of
 * date": a stated total that can change with any deposit ages in 90 days; a participant list, read
 * whole from the depositary, in 180. Settled events (adoption, opening, entry into force) never age.
 */
export const FRESH_FOR_DAYS = { count: 90, list: 180 } as const;

/**
 * The freshness limit of one figure, in days, or null when it cannot go out of date (a zero that
 * the treaty's own rules make certain on the date itself).
 */
export function freshForDays(figure: Figure, date: IsoDay): number | null {
  if (figure.basis === 'rule' && figure.asOf === date) return null;
  return figure.basis === 'list' ? FRESH_FOR_DAYS.list : FRESH_FOR_DAYS.count;
}

/** Whether a figure is older than its own freshness limit on `date`. */
export function isFigureStale(figure: Figure, date: IsoDay): boolean {
  const limit = freshForDays(figure, date);
  return limit !== null && daysBetween(earliestDay(figure.asOf), date) > limit;
}

/**
 * The depositary's own page for each instrument that has one: where a reader checks a figure that
 * may be out of date (the UN Treaty Collection; the Council of Europe Treaty Office's chart).
 */
export const DEPOSITARY_SOURCES: Readonly<Record<string, SourceId>> = {
  'un-cybercrime-convention': 'untc',
  'budapest-convention': 'coe-chart',
};

/** How a figure was arrived at. */
export type FigureBasis =
  /** A total a source states. */
  | 'stated'
  /** Counted from the participant list. */
  | 'list'
  /** Counted from dated timeline events (including events a caller injects). */
  | 'events'
  /** Certain from the treaty's own rules (nobody can sign before it opens). */
  | 'rule';

/** A number shown to readers, with its date and source. */
export interface Figure {
  value: number;
  /** The date the figure describes, as precise as its source. */
  asOf: FuzzyDate;
  source: SourceId;
  basis: FigureBasis;
  /** The true number may be higher (an incomplete list, a source saying "more than"). */
  atLeast: boolean;
  /**
   * The figure can no longer change: a signatory count dated on or after the close of signature
   * (from then on states join by accession, which adds parties, not signatories).
   */
  final?: true;
  note?: LocalizedText;
}

/** Where a treaty stands. */
export type TreatyPhase =
  | 'not-started'
  | 'negotiation'
  | 'adopted'
  | 'open-for-signature'
  | 'open-for-accession'
  | 'in-force';

/** Where a negotiating committee stands. */
export type CommitteePhase =
  'not-established' | 'established' | 'negotiating' | 'draft-approved' | 'outcome-adopted';

/** A pointer to a timeline event. */
export interface EventRef {
  recordId: string;
  id: string;
  date: FuzzyDate;
  endDate?: IsoDay;
  kind: EventKind;
  source: SourceId;
}

/** The signature window at the date asked about. */
export interface SignatureWindow {
  opens: IsoDay;
  closes: IsoDay | null;
  open: boolean;
  /** Days on which it can still be signed, counting the date itself; null when open-ended or not yet open. */
  daysLeft: number | null;
  source: SourceId;
}

/** Progress towards the number of ratifications that brings the treaty into force. */
export interface ThresholdProgress {
  needed: number;
  /** Instruments that count towards the threshold; null when no figure is known yet. */
  have: number | null;
  remaining: number | null;
  /** Date of the deposit that reached the threshold, when dated events show it. */
  reachedOn: IsoDay | null;
  source: SourceId;
}

/** Entry into force as far as it is known at the date. */
export interface EntryIntoForceStatus {
  /** Null while the threshold is not reached, or when the rule's delay is not known. */
  date: IsoDay | null;
  inForce: boolean;
  /** 'event' when a source records the date, 'rule' when computed from the threshold deposit. */
  basis: 'event' | 'rule';
  source: SourceId;
}

/** Status of a treaty or protocol at a date: structured data only, formatted by the UI. */
export interface TreatyStatus {
  type: 'treaty';
  recordId: string;
  date: IsoDay;
  phase: TreatyPhase;
  signature: SignatureWindow | null;
  signatories: Figure | null;
  parties: Figure | null;
  threshold: ThresholdProgress | null;
  entryIntoForce: EntryIntoForceStatus | null;
  lastEvent: EventRef | null;
  /** The oldest as-of date among the figures shown (or the last event when there are none). */
  asOf: FuzzyDate | null;
  stale: boolean;
}

/** A session of a committee. */
export type SessionRef = EventRef;

/** Status of a negotiating committee at a date. */
export interface CommitteeStatus {
  type: 'committee';
  recordId: string;
  date: IsoDay;
  phase: CommitteePhase;
  /** The session under way on the date, when dates show one. */
  currentSession: SessionRef | null;
  /** The latest session that had started by the date. */
  lastSession: SessionRef | null;
  /** The instrument the committee produced, with its adoption once that happened. */
  outcome: { recordId: string; adopted: EventRef | null } | null;
  lastEvent: EventRef | null;
  asOf: FuzzyDate | null;
  stale: boolean;
}

/** What `statusAt` returns. */
export type Status = TreatyStatus | CommitteeStatus;

/** Inputs besides the record; all optional so tests can inject what they need. */
export interface StatusOptions {
  /** Extra dated events, e.g. hypothetical ratifications in tests. */
  extraEvents?: readonly TimelineEvent[];
  /** The record's participant list, used where it says more than the stated counts. */
  participants?: ParticipantList;
  /** Other records: the committee looks up its outcome here, a treaty its negotiating body. */
  related?: readonly KnowledgeRecord[];
}

const SESSION_KINDS: readonly EventKind[] = ['session', 'negotiation-start'];

/** A fuzzy date is certain by `date` once its last possible day has passed. */
function knownBy(fuzzy: FuzzyDate, date: IsoDay): boolean {
  return latestDay(fuzzy) <= date;
}

function ref(recordId: string, e: TimelineEvent): EventRef {
  return {
    recordId,
    id: e.id,
    date: e.date,
    ...(e.endDate ? { endDate: e.endDate } : {}),
    kind: e.kind,
    source: e.source,
  };
}

function knownEvents(
  record: KnowledgeRecord,
  date: IsoDay,
  extra: readonly TimelineEvent[],
): TimelineEvent[] {
  return [...record.timeline, ...extra]
    .filter((e) => !e.unconfirmed && knownBy(e.date, date))
    .sort((a, b) => latestDay(a.date).localeCompare(latestDay(b.date)));
}

function firstOfKind(events: readonly TimelineEvent[], kind: EventKind): TimelineEvent | undefined {
  return events.find((e) => e.kind === kind);
}

function lastOf(events: readonly TimelineEvent[]): TimelineEvent | undefined {
  return events[events.length - 1];
}

function latestCount(record: KnowledgeRecord, kind: CountKind, date: IsoDay): Count | undefined {
  // Unconfirmed figures are kept in the data for transparency but never shown as status.
  return record.counts
    .filter((c) => c.kind === kind && !c.unconfirmed && knownBy(c.asOf, date))
    .sort((a, b) => latestDay(a.asOf).localeCompare(latestDay(b.asOf)))
    .at(-1);
}

function stated(count: Count | undefined): Figure | null {
  if (!count) return null;
  return {
    value: count.value,
    asOf: count.asOf,
    source: count.source,
    basis: 'stated',
    atLeast: count.atLeast === true,
    ...(count.note ? { note: count.note } : {}),
  };
}

/** Keeps the larger figure; on a tie the more recent one, then the first (the stated one). */
function larger(a: Figure | null, b: Figure | null): Figure | null {
  if (!a) return b;
  if (!b) return a;
  if (b.value !== a.value) return b.value > a.value ? b : a;
  return latestDay(b.asOf) > latestDay(a.asOf) ? b : a;
}

/** When a participant's signature is certain, or undefined when the list has no date for it. */
function signedOn(p: Participant): IsoDay | undefined {
  if (!p.signed) return undefined;
  return p.signed.until ?? latestDay(p.signed.date);
}

/** When a participant's consent to be bound is certain (deposit, or else entry into force). */
function boundOn(p: Participant): IsoDay | undefined {
  const d = p.ratified ?? p.inForce;
  if (!d) return undefined;
  return d.until ?? latestDay(d.date);
}

function listFigure(
  list: ParticipantList | undefined,
  date: IsoDay,
  pick: (p: Participant) => IsoDay | undefined,
  include: (p: Participant) => boolean,
): Figure | null {
  if (!list) return null;
  // A row without a date is only known to hold from its oldest source (or the list's date).
  // Rows resting on an unconfirmed report are shown by the UI but never counted.
  const rows = list.participants.filter(
    (p) => !p.unconfirmed && include(p) && (pick(p) ?? p.knownSince ?? list.asOf) <= date,
  );
  if (rows.length === 0) return null;
  const asOf = date >= list.asOf ? list.asOf : date;
  return {
    value: rows.length,
    asOf,
    source: list.source,
    basis: 'list',
    atLeast: !list.complete,
  };
}

interface Deposit {
  party: string;
  date: FuzzyDate;
  source: SourceId;
  isOrganization: boolean;
}

function deposits(
  events: readonly TimelineEvent[],
  list: ParticipantList | undefined,
  date: IsoDay,
): Deposit[] {
  const byParty = new Map<string, Deposit>();
  const add = (d: Deposit) => {
    const seen = byParty.get(d.party);
    if (!seen || latestDay(d.date) < latestDay(seen.date)) byParty.set(d.party, d);
  };
  for (const e of events) {
    if (e.kind !== 'ratification' || !e.party) continue;
    add({
      party: e.party,
      date: e.date,
      source: e.source,
      isOrganization: e.isOrganization === true,
    });
  }
  for (const p of list?.participants ?? []) {
    if (p.unconfirmed || !p.ratified || latestDay(p.ratified.until ?? p.ratified.date) > date) {
      continue;
    }
    add({
      party: p.code,
      date: p.ratified.until ?? p.ratified.date,
      source: p.source,
      isOrganization: p.isOrganization === true,
    });
  }
  return [...byParty.values()].sort((a, b) => latestDay(a.date).localeCompare(latestDay(b.date)));
}

function eventsFigure(list: readonly Deposit[]): Figure | null {
  const last = list.at(-1);
  if (!last) return null;
  return {
    value: list.length,
    asOf: last.date,
    source: last.source,
    basis: 'events',
    atLeast: true,
  };
}

/**
 * Whether a list row can count as a signatory. A state that acceded without signing never signed,
 * and no signature can be dated after the signature period closed (such a row is a data error).
 */
function couldHaveSigned(p: Participant, closes: IsoDay | null): boolean {
  if (p.signed) return closes === null || earliestDay(p.signed.date) <= closes;
  return p.consent !== 'accession';
}

/** Marks a signatory count as final once it describes a day on or after the close of signature. */
function frozen(figure: Figure | null, closes: IsoDay | null): Figure | null {
  if (!figure || closes === null || latestDay(figure.asOf) < closes) return figure;
  return { ...figure, final: true };
}

function oldestAsOf(figures: readonly (Figure | null)[], date: IsoDay): FuzzyDate | null {
  let oldest: FuzzyDate | null = null;
  for (const f of figures) {
    // A figure that is certain by rule on the date itself does not age.
    if (!f || (f.basis === 'rule' && f.asOf === date)) continue;
    if (oldest === null || earliestDay(f.asOf) < earliestDay(oldest)) oldest = f.asOf;
  }
  return oldest;
}

function isStale(asOf: FuzzyDate | null, date: IsoDay): boolean {
  return asOf !== null && daysBetween(earliestDay(asOf), date) > STALE_AFTER_DAYS;
}

function treatyStatus(record: KnowledgeRecord, date: IsoDay, options: StatusOptions): TreatyStatus {
  const events = knownEvents(record, date, options.extraEvents ?? []);
  const last = lastOf(events);
  const base = {
    type: 'treaty' as const,
    recordId: record.id,
    date,
    lastEvent: last ? ref(record.id, last) : null,
  };

  // A text opened for signature has been adopted, even where the adoption itself is not recorded
  // (the Budapest protocols' records start at their opening).
  const adopted = firstOfKind(events, 'adopted') ?? firstOfKind(events, 'signature-opens');
  if (!adopted) {
    // Negotiations may be recorded on the committee that held them (its outcome is this record).
    const bodies = (options.related ?? []).filter((r) => r.outcome === record.id);
    const started =
      events.some((e) => e.kind === 'negotiation-start' || e.kind === 'established') ||
      bodies.some((b) =>
        knownEvents(b, date, []).some(
          (e) => e.kind === 'established' || e.kind === 'negotiation-start',
        ),
      );
    return {
      ...base,
      phase: started ? 'negotiation' : 'not-started',
      signature: null,
      signatories: null,
      parties: null,
      threshold: null,
      entryIntoForce: null,
      asOf: last?.date ?? null,
      stale: isStale(last?.date ?? null, date),
    };
  }

  const rule = record.entryIntoForce;
  const sig = record.signature;
  const opensEvent = firstOfKind(events, 'signature-opens');
  const opens = sig?.opens ?? (opensEvent ? earliestDay(opensEvent.date) : null);
  const closes = sig?.closes ?? null;
  const notYetOpen = opens === null || date < opens;
  const signatureSource = sig?.source ?? opensEvent?.source ?? adopted.source;

  const signature: SignatureWindow | null =
    opens === null
      ? null
      : {
          opens,
          closes,
          open: !notYetOpen && (closes === null || date <= closes),
          daysLeft:
            notYetOpen || closes === null ? null : Math.max(0, daysBetween(date, closes) + 1),
          source: signatureSource,
        };

  // Before the treaty opens nobody can have signed or ratified it: zero is certain, not a guess.
  const ruleZero: Figure = {
    value: 0,
    asOf: date,
    source: signatureSource,
    basis: 'rule',
    atLeast: false,
  };

  const list = options.participants;
  const dep = deposits(events, list, date);
  const countsOrgs = rule?.organisationsCount ?? true;
  const towardThreshold = dep.filter((d) => countsOrgs || !d.isOrganization);

  let signatories: Figure | null;
  let parties: Figure | null;
  if (notYetOpen) {
    signatories = ruleZero;
    parties = ruleZero;
  } else {
    const statedSignatories = stated(latestCount(record, 'signatories', date));
    // The list only raises a stated total (or stands alone when it is complete): an incomplete
    // list with no stated total would understate the figure.
    const listSignatories =
      statedSignatories || list?.complete
        ? listFigure(list, date, signedOn, (p) => couldHaveSigned(p, closes))
        : null;
    signatories = frozen(larger(statedSignatories, listSignatories), closes);

    const statedParties = stated(latestCount(record, 'parties', date));
    const listParties = listFigure(
      list,
      date,
      boundOn,
      (p) => p.status === 'party' || p.ratified !== undefined,
    );
    // Until a source states a count, the day before opening is the last day zero was certain.
    const floor: Figure | null =
      statedParties || opens === null ? statedParties : { ...ruleZero, asOf: addDays(opens, -1) };
    parties = larger(larger(floor, listParties), eventsFigure(dep));
  }

  const eifEvent = firstOfKind(events, 'entry-into-force');
  let threshold: ThresholdProgress | null = null;
  let entryIntoForce: EntryIntoForceStatus | null = null;
  if (eifEvent) {
    entryIntoForce = {
      date: earliestDay(eifEvent.date),
      inForce: true,
      basis: 'event',
      source: eifEvent.source,
    };
  } else if (rule && !notYetOpen) {
    const reached = towardThreshold[rule.threshold - 1];
    const reachedOn = reached && /^\d{4}-\d{2}-\d{2}$/.test(reached.date) ? reached.date : null;
    const have = Math.max(
      towardThreshold.length,
      stated(latestCount(record, 'parties', date))?.value ?? 0,
    );
    threshold = {
      needed: rule.threshold,
      have,
      remaining: Math.max(0, rule.threshold - have),
      reachedOn,
      source: rule.source,
    };
    if (reachedOn && rule.delay) {
      const eif =
        rule.delay.kind === 'days-after'
          ? addDays(reachedOn, rule.delay.days)
          : firstOfMonthAfter(reachedOn, rule.delay.months);
      entryIntoForce = { date: eif, inForce: date >= eif, basis: 'rule', source: rule.source };
    } else if (reached) {
      entryIntoForce = { date: null, inForce: false, basis: 'rule', source: rule.source };
    }
  }

  let phase: TreatyPhase;
  if (entryIntoForce?.inForce) phase = 'in-force';
  else if (notYetOpen) phase = 'adopted';
  else if (closes !== null && date > closes) phase = 'open-for-accession';
  else phase = 'open-for-signature';

  const asOf = oldestAsOf([signatories, parties], date) ?? last?.date ?? null;
  return {
    ...base,
    phase,
    signature,
    signatories,
    parties,
    threshold,
    entryIntoForce,
    asOf,
    stale: isStale(asOf, date),
  };
}

function committeeStatus(
  record: KnowledgeRecord,
  date: IsoDay,
  options: StatusOptions,
): CommitteeStatus {
  const events = knownEvents(record, date, options.extraEvents ?? []);
  const last = lastOf(events);
  const outcomeRecord = record.outcome
    ? options.related?.find((r) => r.id === record.outcome)
    : undefined;
  const adopted = outcomeRecord
    ? firstOfKind(knownEvents(outcomeRecord, date, []), 'adopted')
    : undefined;

  let phase: CommitteePhase = 'not-established';
  if (adopted) phase = 'outcome-adopted';
  else if (firstOfKind(events, 'draft-approved')) phase = 'draft-approved';
  else if (firstOfKind(events, 'negotiation-start')) phase = 'negotiating';
  else if (firstOfKind(events, 'established')) phase = 'established';

  const sessions = events.filter((e) => SESSION_KINDS.includes(e.kind));
  const lastSession = sessions.at(-1);
  const current = sessions.find(
    (e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.date <= date && date <= (e.endDate ?? e.date),
  );

  const lastEvent = last ? ref(record.id, last) : null;
  const adoptedRef = adopted && outcomeRecord ? ref(outcomeRecord.id, adopted) : null;
  const newest =
    adoptedRef && lastEvent && latestDay(adoptedRef.date) > latestDay(lastEvent.date)
      ? adoptedRef
      : (lastEvent ?? adoptedRef);
  const asOf = newest?.date ?? null;
  return {
    type: 'committee',
    recordId: record.id,
    date,
    phase,
    currentSession: current ? ref(record.id, current) : null,
    lastSession: lastSession ? ref(record.id, lastSession) : null,
    outcome: record.outcome ? { recordId: record.outcome, adopted: adoptedRef } : null,
    lastEvent: newest,
    asOf,
    stale: isStale(asOf, date),
  };
}

/**
 * The latest confirmed figure of each kind known on `date` (e.g. Budapest's invited states, the
 * Second Protocol's signatories), for the UI's detail view. Same rules as `statusAt`.
 */
export function countsAt(
  record: KnowledgeRecord,
  date: IsoDay,
): Partial<Record<CountKind, Figure>> {
  const result: Partial<Record<CountKind, Figure>> = {};
  for (const kind of new Set(record.counts.map((c) => c.kind))) {
    const figure = stated(latestCount(record, kind, date));
    if (figure) result[kind] = figure;
  }
  return result;
}

/**
 * Computes where a record stands on `date` (a `YYYY-MM-DD` day) from its dated facts only: a
 * figure recorded after `date` is never used, and no sentence is produced. Pure: the date is a
 * parameter, never the clock.
 */
export function statusAt(
  record: KnowledgeRecord,
  date: IsoDay,
  options: StatusOptions = {},
): Status {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a day: ${date}`);
  return record.kind === 'un-committee'
    ? committeeStatus(record, date, options)
    : treatyStatus(record, date, options);
}
