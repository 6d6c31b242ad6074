import { earliestDay, latestDay } from '@/src/knowledge/dates';
import { isInstrumentId, type InstrumentId } from '@/src/knowledge/ids';
import type {
  ConsentKind,
  Invitation,
  Participant,
  ParticipantDate,
  ParticipantList,
  ParticipantReport,
  RejectedClaim,
} from '@/src/knowledge/participant-types';
import type { IsoDay, SourceId } from '@/src/knowledge/types';

/** Where a country stands with an instrument on a date. */
export type CountryStatusKind =
  /** Bound, and the instrument is in force for it. */
  | 'party'
  /** Deposited its ratification (or accession …), not yet in force for it as far as known. */
  | 'ratified'
  | 'signed'
  /** Listed with a later date: it had not yet signed or joined on the date asked about. */
  | 'not-yet'
  /** Listed, but its date is too vague (or missing) to say whether it had acted by the date. */
  | 'date-unknown'
  /** Not in a list that is complete: it has neither signed nor joined. */
  | 'absent-complete'
  /** Not in a list known to be incomplete: it may have acted without our sources showing it. */
  | 'absent-incomplete'
  /** The instrument has no participant list (the Ad Hoc Committee) or is not known. */
  | 'unknown-instrument';

/** Structured answer for "where does my country stand"; the UI writes the sentence. */
export interface CountryStatus {
  kind: CountryStatusKind;
  instrumentId: string;
  code: string;
  isOrganization: boolean;
  signed?: ParticipantDate;
  ratified?: ParticipantDate;
  consent?: ConsentKind;
  inForce?: ParticipantDate;
  /** Unconfirmed reports (domestic approval, press) published on or before the date. */
  reports?: readonly ParticipantReport[];
  invited?: Invitation;
  /** A claim about this country the fact sheet checked and rejected. */
  rejected?: RejectedClaim;
  listSize: number;
  listAsOf: IsoDay | null;
  listComplete: boolean;
  /** The row's source, or the list's depositary source when the country is not listed. */
  source: SourceId | null;
  alsoSources?: readonly SourceId[];
}

/** Whether a dated fact is certainly before or on `date`, certainly after it, or either. */
function when(d: ParticipantDate, date: IsoDay): 'by' | 'after' | 'unclear' {
  const first = earliestDay(d.date);
  const last = d.until ?? latestDay(d.date);
  if (last <= date) return 'by';
  if (first > date) return 'after';
  return 'unclear';
}

function rowStatus(
  row: Participant,
  list: ParticipantList,
  date: IsoDay,
): Pick<CountryStatus, 'kind' | 'signed' | 'ratified' | 'inForce' | 'consent'> {
  const signed = row.signed ? when(row.signed, date) : null;
  const ratified = row.ratified ? when(row.ratified, date) : null;
  const inForce = row.inForce ? when(row.inForce, date) : null;
  const shown = {
    ...(row.signed && signed === 'by' ? { signed: row.signed } : {}),
    ...(row.ratified && ratified === 'by' ? { ratified: row.ratified } : {}),
    ...(row.inForce && inForce === 'by' ? { inForce: row.inForce } : {}),
    ...(row.consent && (ratified === 'by' || inForce === 'by') ? { consent: row.consent } : {}),
  };
  // A later step whose date straddles the date makes the answer unknown, even if an earlier step
  // (shown in the result) is certain: "signed" could hide a ratification that day or month.
  if (inForce === 'by') return { kind: 'party', ...shown };
  if (inForce === 'unclear') return { kind: 'date-unknown', ...shown };
  if (ratified === 'by') return { kind: 'ratified', ...shown };
  if (ratified === 'unclear') return { kind: 'date-unknown', ...shown };
  // Rows without dates are known from their oldest source (or the list's date); unknown before.
  const known = date >= (row.knownSince ?? list.asOf);
  if (row.status === 'party' && !row.ratified && !row.inForce) {
    return { kind: known ? 'party' : 'date-unknown', ...shown };
  }
  if (signed === 'by') return { kind: 'signed', ...shown };
  if (row.status === 'signatory' && !row.signed) {
    return { kind: known ? 'signed' : 'date-unknown', ...shown };
  }
  const states = [signed, ratified, inForce].filter((s) => s !== null);
  if (states.includes('unclear')) return { kind: 'date-unknown', ...shown };
  return { kind: 'not-yet', ...shown };
}

/**
 * Where `countryCode` (ISO 3166-1 alpha-2, or `EU`) stands with an instrument on `date` in `lists`,
 * using only facts dated on or before it. Pure, and free of data: the popover card (a piece loaded
 * on its own, without the bundled lists) passes the one list the background sent it.
 */
export function countryStatusIn(
  lists: Partial<Record<InstrumentId, ParticipantList>>,
  instrumentId: string,
  countryCode: string,
  date: IsoDay,
): CountryStatus {
  const code = countryCode.trim().toUpperCase();
  const list = isInstrumentId(instrumentId) ? lists[instrumentId] : undefined;
  if (!list) {
    return {
      kind: 'unknown-instrument',
      instrumentId,
      code,
      isOrganization: false,
      listSize: 0,
      listAsOf: null,
      listComplete: false,
      source: null,
    };
  }
  const meta = {
    instrumentId,
    code,
    // Unconfirmed report rows are not counted (see Participant.unconfirmed).
    listSize: list.participants.filter((p) => !p.unconfirmed).length,
    listAsOf: list.asOf,
    listComplete: list.complete,
  };
  const invited = list.invited?.find(
    (i) => i.code === code && (i.date === null || latestDay(i.date) <= date),
  );
  const rejected = list.rejected?.find((r) => r.code === code);
  const listed = list.participants.find((p) => p.code === code);
  const reports = listed?.reports?.filter((r) => latestDay(r.reportedOn) <= date);
  // An unconfirmed row (a reported signature) gives no status: the state is answered as unlisted,
  // with the report attached so the UI can say what was reported and that it is unconfirmed.
  const row = listed?.unconfirmed ? undefined : listed;
  if (!row) {
    return {
      kind: list.complete ? 'absent-complete' : 'absent-incomplete',
      ...meta,
      isOrganization: code === 'EU',
      ...(reports && reports.length > 0 ? { reports } : {}),
      ...(invited ? { invited } : {}),
      ...(rejected ? { rejected } : {}),
      source: list.source,
    };
  }
  return {
    ...rowStatus(row, list, date),
    ...meta,
    isOrganization: row.isOrganization === true,
    ...(reports && reports.length > 0 ? { reports } : {}),
    ...(invited ? { invited } : {}),
    ...(rejected ? { rejected } : {}),
    source: row.source,
    ...(row.alsoSources ? { alsoSources: row.alsoSources } : {}),
  };
}
