import type { InstrumentId } from '@/src/knowledge/ids';
import type { FuzzyDate, IsoDay, LocalizedText, SourceId } from '@/src/knowledge/types';

/** How exactly a participant's date is known. */
export type DatePrecision = 'day' | 'month' | 'range';

/**
 * A date as precise as the source: a day, a month (`2026-07`), or a range of days when the source
 * only says "at the two-day ceremony" (`date` is the first day, `until` the last).
 */
export interface ParticipantDate {
  date: FuzzyDate;
  precision: DatePrecision;
  until?: IsoDay;
}

/** How a state consented to be bound; null in the data when the source does not say. */
export type ConsentKind = 'ratification' | 'accession' | 'acceptance' | 'approval';

/** A reported step that is not a deposit with the depositary (so it changes no status). */
export interface ParticipantReport {
  what: 'domestic-approval' | 'ratification-reported' | 'procedure-started' | 'signature-reported';
  /** Date of the step itself; null when the report gives none. */
  date: FuzzyDate | null;
  /** Date of the newest source reporting it, so the report is not shown before it existed. */
  reportedOn: FuzzyDate;
  text: LocalizedText;
  source: SourceId;
  alsoSources?: readonly SourceId[];
  unconfirmed: true;
}

/** One state's (or the EU's) record for one instrument. */
export interface Participant {
  /** ISO 3166-1 alpha-2, or `EU` for the European Union. */
  code: string;
  isOrganization?: true;
  /** 'party' when the source lists it as bound, even if the dates were not recovered. */
  status: 'signatory' | 'party';
  signed?: ParticipantDate;
  /** Date the instrument of ratification, accession, acceptance or approval was deposited. */
  ratified?: ParticipantDate;
  consent?: ConsentKind;
  /** Entry into force for this participant. */
  inForce?: ParticipantDate;
  /** The depositary page marks declarations made by this participant. */
  declarations?: true;
  /** The depositary page marks reservations made by this participant. */
  reservations?: true;
  source: SourceId;
  alsoSources?: readonly SourceId[];
  /**
   * For a row without dates: the date of the oldest source listing it. Its status is known from
   * then on (before that it is unknown, not absent); without it, from the list's as-of date.
   */
  knownSince?: IsoDay;
  /** Provenance remark from the fact sheet (why a date is missing or where it comes from). */
  note?: string;
  /**
   * The row rests on a report the fact sheet could not confirm against a depositary (Canada's
   * signature, seen only in a digest). Kept so the UI can show the report, but never counted and
   * never given a status: `countryStatus` answers as if the state were not listed.
   */
  unconfirmed?: true;
  reports?: readonly ParticipantReport[];
}

/** A claim about a state that the fact sheet rejected, kept so the UI can explain its absence. */
export interface RejectedClaim {
  code: string;
  text: LocalizedText;
  source: SourceId;
  alsoSources?: readonly SourceId[];
}

/** A state invited to accede (Budapest Convention). */
export interface Invitation {
  code: string;
  /** Null when the invitation was seen without a date. */
  date: FuzzyDate | null;
  source: SourceId;
}

/** Everyone known to have signed or joined one instrument, as of a date. */
export interface ParticipantList {
  instrumentId: InstrumentId;
  /**
   * The record the list belongs to when it is not the instrument itself: a protocol's list is filed
   * under its convention (`instrumentId`) and names the protocol here.
   */
  recordId?: string;
  /** Date of the newest source used to build the list. */
  asOf: IsoDay;
  /** False when the fact sheet knows participants are missing. */
  complete: boolean;
  /** What is known to be missing. */
  gaps: LocalizedText;
  /** The depositary page the list is checked against. */
  source: SourceId;
  participants: readonly Participant[];
  invited?: readonly Invitation[];
  rejected?: readonly RejectedClaim[];
}
