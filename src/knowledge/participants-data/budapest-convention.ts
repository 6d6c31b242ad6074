// Generated once from ../shared/facts (facts.json, participants.json), edited by hand since, and rewritten by `npm run facts:import`.
// See src/knowledge/README.md ("Updating the facts") before editing by hand.
import type { ParticipantList } from '@/src/knowledge/participant-types';

/** Signatories and parties of the Budapest Convention (ETS No. 185), as far as the sources read show them. */
export const BUDAPEST_PARTICIPANTS: ParticipantList = {
  instrumentId: 'budapest-convention',
  asOf: '2026-01-14',
  complete: false,
  gaps: {
    en: '77 Parties and 2 signatories are named against a stated 80 Parties in June 2025 (at least 81 after New Zealand): about four Parties are missing, many dates were not recovered, and no source after January 2026 was read.',
  },
  source: 'coe-chart',
  participants: [
    {
      code: 'AD',
      status: 'party',
      signed: {
        date: '2013-04-23',
        precision: 'day',
      },
      ratified: {
        date: '2016-11-16',
        precision: 'day',
      },
      inForce: {
        date: '2017-03-01',
        precision: 'day',
      },
      source: 'p-netlawgic',
      alsoSources: ['p-inview'],
      note: 'From a republished copy of the CoE chart (status 13/03/2020).',
    },
    {
      code: 'AL',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2002-06-20',
        precision: 'day',
      },
      inForce: {
        date: '2004-07-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'AM',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2006-10-12',
        precision: 'day',
      },
      inForce: {
        date: '2007-02-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'AR',
      status: 'party',
      inForce: {
        date: '2018-10-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'AT',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2012-06-13',
        precision: 'day',
      },
      inForce: {
        date: '2012-10-01',
        precision: 'day',
      },
      source: 'coe-chart',
      alsoSources: ['austria'],
    },
    {
      code: 'AU',
      status: 'party',
      inForce: {
        date: '2013-03-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'AZ',
      status: 'party',
      signed: {
        date: '2008-06-30',
        precision: 'day',
      },
      ratified: {
        date: '2010-03-15',
        precision: 'day',
      },
      inForce: {
        date: '2010-07-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'BA',
      status: 'party',
      signed: {
        date: '2005-02-09',
        precision: 'day',
      },
      ratified: {
        date: '2006-05-19',
        precision: 'day',
      },
      inForce: {
        date: '2006-09-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'BE',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2012-08-20',
        precision: 'day',
      },
      inForce: {
        date: '2012-12-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'BG',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2005-04-07',
        precision: 'day',
      },
      inForce: {
        date: '2005-08-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'BJ',
      status: 'party',
      ratified: {
        date: '2024-06-20',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2024-10-01',
        precision: 'day',
      },
      source: 'coe-75',
      alsoSources: ['p-inview', 'p-verdragen'],
    },
    {
      code: 'BR',
      status: 'party',
      ratified: {
        date: '2022-11-30',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2023-03-01',
        precision: 'day',
      },
      source: 'p-coe-2',
      alsoSources: ['p-inview'],
    },
    {
      code: 'CA',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      inForce: {
        date: '2015-11-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-officielebekendmakingen', 'p-canada'],
      note: 'Government announced on 8 July 2015 that Canada had ratified; deposit date not stated in the sources read.',
    },
    {
      code: 'CH',
      status: 'party',
      ratified: {
        date: '2011-09-21',
        precision: 'day',
      },
      inForce: {
        date: '2012-01-01',
        precision: 'day',
      },
      source: 'p-droit-bilingue',
    },
    {
      code: 'CI',
      status: 'party',
      ratified: {
        date: '2024-07-29',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2024-11-01',
        precision: 'day',
      },
      source: 'p-verdragen',
    },
    {
      code: 'CL',
      status: 'party',
      ratified: {
        date: '2017-04-20',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2017-08-01',
        precision: 'day',
      },
      source: 'p-docplayer',
      alsoSources: ['p-inview'],
    },
    {
      code: 'CM',
      status: 'party',
      consent: 'accession',
      inForce: {
        date: '2024-04-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-pgaction'],
      note: 'Accession instrument deposited (PGA); deposit date not stated in the excerpt read.',
    },
    {
      code: 'CO',
      status: 'party',
      inForce: {
        date: '2020-07-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'CR',
      status: 'party',
      inForce: {
        date: '2018-01-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'CV',
      status: 'party',
      inForce: {
        date: '2018-10-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'CY',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2005-01-19',
        precision: 'day',
      },
      inForce: {
        date: '2005-05-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'CZ',
      status: 'party',
      signed: {
        date: '2005-02-09',
        precision: 'day',
      },
      ratified: {
        date: '2013-08-22',
        precision: 'day',
      },
      inForce: {
        date: '2013-12-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'DE',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2009-03-09',
        precision: 'day',
      },
      inForce: {
        date: '2009-07-01',
        precision: 'day',
      },
      source: 'coe-chart',
      alsoSources: ['p-inview'],
      note: 'Entry-into-force date cut off in the 2015 chart copy; taken from the Dutch treaty database list.',
    },
    {
      code: 'DK',
      status: 'party',
      signed: {
        date: '2003-04-22',
        precision: 'day',
      },
      ratified: {
        date: '2005-06-21',
        precision: 'day',
      },
      inForce: {
        date: '2005-10-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'DO',
      status: 'party',
      inForce: {
        date: '2013-06-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'EC',
      status: 'party',
      source: 'nl-db',
      note: 'Dutch treaty database change log lists Ecuador as a party (declarations of 4 Dec 2025 recorded 14 Jan 2026); accession date not recovered.',
      knownSince: '2026-01-14',
    },
    {
      code: 'EE',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2003-05-12',
        precision: 'day',
      },
      inForce: {
        date: '2004-07-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'ES',
      status: 'party',
      inForce: {
        date: '2010-10-01',
        precision: 'day',
      },
      source: 'p-migrarconderechos',
    },
    {
      code: 'FI',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2007-05-24',
        precision: 'day',
      },
      inForce: {
        date: '2007-09-01',
        precision: 'day',
      },
      source: 'coe-chart',
      alsoSources: ['p-finlex'],
    },
    {
      code: 'FJ',
      status: 'party',
      ratified: {
        date: '2024-06-20',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2024-10-01',
        precision: 'day',
      },
      source: 'coe-75',
      alsoSources: ['p-inview'],
    },
    {
      code: 'FR',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2006-01-10',
        precision: 'day',
      },
      inForce: {
        date: '2006-05-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'GB',
      status: 'party',
      ratified: {
        date: '2011-05-25',
        precision: 'day',
      },
      inForce: {
        date: '2011-09-01',
        precision: 'day',
      },
      source: 'p-doczz',
      note: 'CoE depositary notification of 1 June 2011 (Tr./185-67).',
    },
    {
      code: 'GD',
      status: 'party',
      consent: 'accession',
      inForce: {
        date: '2024-08-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-pgaction'],
    },
    {
      code: 'GE',
      status: 'party',
      signed: {
        date: '2008-04-01',
        precision: 'day',
      },
      ratified: {
        date: '2012-06-06',
        precision: 'day',
      },
      inForce: {
        date: '2012-10-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'GH',
      status: 'party',
      inForce: {
        date: '2019-04-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'GR',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      inForce: {
        date: '2017-05-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-coe'],
    },
    {
      code: 'HR',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2002-10-17',
        precision: 'day',
      },
      inForce: {
        date: '2004-07-01',
        precision: 'day',
      },
      source: 'coe-chart',
    },
    {
      code: 'HU',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2003-12-04',
        precision: 'day',
      },
      inForce: {
        date: '2004-07-01',
        precision: 'day',
      },
      source: 'p-coe',
    },
    {
      code: 'IE',
      status: 'signatory',
      signed: {
        date: '2002-02-28',
        precision: 'day',
      },
      source: 'p-officielebekendmakingen',
      alsoSources: ['p-doczz', 'nc4'],
      note: "Listed as a signatory state in 2011; CoE count of Oct 2024: 'two have signed it' (not yet Parties).",
    },
    {
      code: 'IL',
      status: 'party',
      inForce: {
        date: '2016-09-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'IS',
      status: 'party',
      signed: {
        date: '2001-11-30',
        precision: 'day',
      },
      inForce: {
        date: '2007-05-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-coe'],
    },
    {
      code: 'IT',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      inForce: {
        date: '2008-10-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-officielebekendmakingen'],
    },
    {
      code: 'JP',
      status: 'party',
      signed: {
        date: '2001-11-23',
        precision: 'day',
      },
      ratified: {
        date: '2012-07-03',
        precision: 'day',
      },
      consent: 'acceptance',
      inForce: {
        date: '2012-11-01',
        precision: 'day',
      },
      source: 'p-mofa',
      alsoSources: ['p-officielebekendmakingen'],
    },
    {
      code: 'KI',
      status: 'party',
      ratified: {
        date: '2024-06-20',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2024-10-01',
        precision: 'day',
      },
      source: 'coe-75',
      alsoSources: ['p-inview'],
    },
    {
      code: 'LI',
      status: 'party',
      inForce: {
        date: '2016-05-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'LK',
      status: 'party',
      ratified: {
        date: '2015-05-29',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2015-09-01',
        precision: 'day',
      },
      source: 'p-srilankafoundation',
    },
    {
      code: 'LT',
      status: 'party',
      signed: {
        date: '2003-06-23',
        precision: 'day',
      },
      ratified: {
        date: '2004-03-18',
        precision: 'day',
      },
      consent: 'ratification',
      inForce: {
        date: '2004-07-01',
        precision: 'day',
      },
      source: 'p-officielebekendmakingen',
    },
    {
      code: 'LU',
      status: 'party',
      signed: {
        date: '2003-01-28',
        precision: 'day',
      },
      inForce: {
        date: '2015-05-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-officielebekendmakingen'],
    },
    {
      code: 'LV',
      status: 'party',
      signed: {
        date: '2004-05-05',
        precision: 'day',
      },
      inForce: {
        date: '2007-06-01',
        precision: 'day',
      },
      source: 'p-inview',
      alsoSources: ['p-officielebekendmakingen'],
    },
    {
      code: 'MA',
      status: 'party',
      inForce: {
        date: '2018-10-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'MC',
      status: 'party',
      source: 'p-coe-6',
      note: "CoE Octopus country profile: 'Status: Party'; dates not recovered.",
    },
    {
      code: 'MD',
      status: 'party',
      inForce: {
        date: '2009-09-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'ME',
      status: 'party',
      inForce: {
        date: '2010-07-01',
        precision: 'day',
      },
      source: 'p-infor',
      alsoSources: ['p-doczz'],
    },
    {
      code: 'MK',
      status: 'party',
      source: 'p-doczz',
      note: "Listed as a contracting state ('the former Yugoslav Republic of Macedonia') on 1 June 2011; dates not recovered.",
      knownSince: '2011-06-01',
    },
    {
      code: 'MT',
      status: 'party',
      inForce: {
        date: '2012-08-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'MU',
      status: 'party',
      inForce: {
        date: '2014-03-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'NG',
      status: 'party',
      ratified: {
        date: '2022-07-06',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2022-11-01',
        precision: 'day',
      },
      source: 'p-coe-3',
    },
    {
      code: 'NL',
      status: 'party',
      ratified: {
        date: '2006-11-16',
        precision: 'day',
      },
      inForce: {
        date: '2007-03-01',
        precision: 'day',
      },
      source: 'p-finlex',
      note: 'Dates from the Finnish treaty series party list (Alankomaat).',
    },
    {
      code: 'NO',
      status: 'party',
      source: 'p-doczz',
      alsoSources: ['nl-db'],
      note: 'Contracting state on 1 June 2011; dates not recovered.',
      knownSince: '2011-06-01',
    },
    {
      code: 'NZ',
      status: 'party',
      ratified: {
        date: '2025-08-28',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2025-12-01',
        precision: 'day',
      },
      source: 'nl-db',
    },
    {
      code: 'PA',
      status: 'party',
      source: 'p-cybercrimelaw',
      note: 'In a Sept 2015 list of ratifications/accessions; dates not recovered.',
    },
    {
      code: 'PE',
      status: 'party',
      source: 'p-wipo-2',
      note: "WIPO Lex records reservations 'made upon accession'; dates not recovered.",
    },
    {
      code: 'PH',
      status: 'party',
      inForce: {
        date: '2018-07-01',
        precision: 'day',
      },
      source: 'p-inview',
    },
    {
      code: 'PL',
      status: 'party',
      inForce: {
        date: '2015-06-01',
        precision: 'day',
      },
      source: 'p-infor',
      note: 'Polish government statement of 2 Apr 2015: ratified by the President on 29 Jan 2015 (domestic act); in force for Poland 1 June 2015.',
    },
    {
      code: 'PT',
      status: 'party',
      source: 'p-doczz',
      note: 'Contracting state on 1 June 2011; dates not recovered.',
      knownSince: '2011-06-01',
    },
    {
      code: 'PY',
      status: 'party',
      source: 'p-tedic',
      note: "Reported ratified 'at the end of 2017'; exact dates not recovered.",
    },
    {
      code: 'RO',
      status: 'party',
      source: 'p-doczz',
      note: 'Contracting state on 1 June 2011; dates not recovered.',
      knownSince: '2011-06-01',
    },
    {
      code: 'RS',
      status: 'party',
      source: 'p-doczz',
      note: 'Contracting state on 1 June 2011; dates not recovered.',
      knownSince: '2011-06-01',
    },
    {
      code: 'SE',
      status: 'party',
      ratified: {
        date: '2021-04-28',
        precision: 'day',
      },
      source: 'p-coe-5',
    },
    {
      code: 'SI',
      status: 'party',
      source: 'p-doczz',
      note: 'Contracting state on 1 June 2011; dates not recovered.',
      knownSince: '2011-06-01',
    },
    {
      code: 'SK',
      status: 'party',
      source: 'p-doczz',
      note: 'Contracting state on 1 June 2011; dates not recovered.',
      knownSince: '2011-06-01',
    },
    {
      code: 'SL',
      status: 'party',
      ratified: {
        date: '2024-04-19',
        precision: 'day',
      },
      consent: 'accession',
      source: 'p-sierraloaded',
    },
    {
      code: 'ST',
      status: 'party',
      consent: 'accession',
      source: 'mattdotvu',
      note: 'Acceded at the same treaty event as Vanuatu (5 June 2025, Strasbourg) per the source; the source gives no separate date.',
      knownSince: '2025-06-15',
    },
    {
      code: 'TO',
      status: 'party',
      ratified: {
        date: '2017-05-09',
        precision: 'day',
      },
      consent: 'accession',
      inForce: {
        date: '2017-09-01',
        precision: 'day',
      },
      source: 'p-coe-4',
    },
    {
      code: 'TR',
      status: 'party',
      source: 'p-wipo',
      alsoSources: ['p-cybercrimelaw'],
      note: "WIPO Lex records declarations 'made upon ratification'; dates not recovered.",
    },
    {
      code: 'UA',
      status: 'party',
      source: 'p-doczz',
      note: 'Contracting state on 1 June 2011; dates not recovered.',
      knownSince: '2011-06-01',
    },
    {
      code: 'US',
      status: 'party',
      ratified: {
        date: '2006-09-29',
        precision: 'day',
      },
      inForce: {
        date: '2007-01-01',
        precision: 'day',
      },
      source: 'p-usembassy',
      note: 'Instrument signed by the President 22 Sep 2006 and deposited 29 Sep 2006.',
    },
    {
      code: 'VU',
      status: 'party',
      ratified: {
        date: '2025-06-05',
        precision: 'day',
      },
      consent: 'accession',
      source: 'mattdotvu',
      alsoSources: ['p-cert'],
    },
    {
      code: 'ZA',
      status: 'signatory',
      source: 'p-doczz',
      alsoSources: ['p-policylaundering', 'nc4'],
      note: 'Signatory (not ratified) in the 2011 CoE notification; signature date not recovered.',
      knownSince: '2011-06-01',
    },
  ],
  invited: [
    {
      code: 'KE',
      date: '2024-10-09',
      source: 'nc4',
    },
    {
      code: 'MW',
      date: '2024-10-09',
      source: 'nc4',
    },
    {
      code: 'PG',
      date: '2024-10-09',
      source: 'nc4',
    },
    {
      code: 'MZ',
      date: '2024-02-07',
      source: 'p-coe-7',
    },
    {
      code: 'TL',
      date: '2022-10-06',
      source: 'coe-tcy',
    },
    {
      code: 'GT',
      date: null,
      source: 'p-coe-8',
    },
    {
      code: 'NE',
      date: null,
      source: 'p-coe-8',
    },
    {
      code: 'UY',
      date: null,
      source: 'p-montevideo',
    },
  ],
};
