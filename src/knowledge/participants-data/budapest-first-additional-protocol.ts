// Written by hand from ../shared/facts; rewritten by `npm run facts:import` from the CoE chart.
// See src/knowledge/README.md ("Updating the facts") before editing by hand.
import type { ParticipantList } from '@/src/knowledge/participant-types';

/** Signatories and parties of the First Additional Protocol (ETS No. 189), as far as the sources read show them. */
export const FIRST_PROTOCOL_PARTICIPANTS: ParticipantList = {
  instrumentId: 'budapest-convention',
  recordId: 'budapest-first-additional-protocol',
  asOf: '2024-06-20',
  complete: false,
  gaps: {
    en: 'No participant of this protocol is named in the sources read (only totals: 36 Parties in June 2024). Import the Council of Europe chart for ETS No. 189 to fill the list.',
  },
  source: 'coe-1p',
  participants: [],
};
