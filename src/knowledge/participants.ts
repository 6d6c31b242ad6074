import type { InstrumentId } from '@/src/knowledge/ids';
import type { ParticipantList } from '@/src/knowledge/participant-types';
import {
  BUDAPEST_PARTICIPANTS,
  FIRST_PROTOCOL_PARTICIPANTS,
  SECOND_PROTOCOL_PARTICIPANTS,
  UN_PARTICIPANTS,
} from '@/src/knowledge/participants-data';
import type { IsoDay } from '@/src/knowledge/types';
import { countryStatusIn, type CountryStatus } from '@/src/knowledge/country-status';

export {
  countryStatusIn,
  type CountryStatus,
  type CountryStatusKind,
} from '@/src/knowledge/country-status';

/** Participant lists by instrument; the Ad Hoc Committee has none (it is not a treaty). */
export const PARTICIPANTS: Partial<Record<InstrumentId, ParticipantList>> = {
  'un-cybercrime-convention': UN_PARTICIPANTS,
  'budapest-convention': BUDAPEST_PARTICIPANTS,
};

/** Participant lists of the Budapest protocols, by record id (they are not detector instruments). */
export const PROTOCOL_PARTICIPANTS: Readonly<Record<string, ParticipantList>> = {
  'budapest-first-additional-protocol': FIRST_PROTOCOL_PARTICIPANTS,
  'budapest-second-additional-protocol': SECOND_PROTOCOL_PARTICIPANTS,
};

/**
 * Where `countryCode` (ISO 3166-1 alpha-2, or `EU`) stands with an instrument on `date`, using only
 * facts dated on or before it. Pure: the lists default to the bundled data and can be replaced.
 */
export function countryStatus(
  instrumentId: string,
  countryCode: string,
  date: IsoDay,
  lists: Partial<Record<InstrumentId, ParticipantList>> = PARTICIPANTS,
): CountryStatus {
  return countryStatusIn(lists, instrumentId, countryCode, date);
}
