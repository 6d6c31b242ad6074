// Written by hand from ../shared/facts; rewritten by `npm run facts:import` from the CoE chart.
// See src/knowledge/README.md ("Updating the facts") before editing by hand.
import type { ParticipantList } from '@/src/knowledge/participant-types';

/** Signatories and parties of the Second Additional Protocol (CETS No. 224), as far as the sources read show them. */
export const SECOND_PROTOCOL_PARTICIPANTS: ParticipantList = {
  instrumentId: 'budapest-convention',
  recordId: 'budapest-second-additional-protocol',
  asOf: '2026-02-05',
  complete: false,
  gaps: {
    en: 'Only the three ratifications and the latest signature are named (Netherlands treaty database, a national copy): the other 48 signatories of a stated 52 are missing. Import the Council of Europe chart for CETS No. 224 to fill the list.',
  },
  source: 'nl-2ap',
  participants: [
    {
      code: 'BA',
      status: 'signatory',
      signed: { date: '2025-11-14', precision: 'day' },
      source: 'nl-2ap',
    },
    {
      code: 'HU',
      status: 'party',
      ratified: { date: '2026-02-05', precision: 'day' },
      consent: 'ratification',
      source: 'nl-2ap',
    },
    {
      code: 'JP',
      status: 'party',
      ratified: { date: '2023-08-10', precision: 'day' },
      consent: 'ratification',
      source: 'nl-2ap',
    },
    {
      code: 'RS',
      status: 'party',
      ratified: { date: '2023-02-09', precision: 'day' },
      consent: 'ratification',
      source: 'nl-2ap',
    },
  ],
};
