// Generated once from ../shared/facts (facts.json, participants.json) and edited by hand since;
// see README.md for how to add or change an entry.
import type { ParticipantList } from '@/src/knowledge/participant-types';

/** Signatories and parties of the UN convention, as far as the sources read show them. */
export const UN_PARTICIPANTS: ParticipantList = {
  instrumentId: 'un-cybercrime-convention',
  asOf: '2026-08-01',
  complete: false,
  gaps: {
    en: '74 signatories are named here. A news digest reported 76 by May 2026, which no depositary record confirms: signatures made between November 2025 and May 2026 may be missing, and signatures after July 2026 are unknown. No deposit of ratification was seen in a depositary source.',
  },
  source: 'untc',
  participants: [
    {
      code: 'AO',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'AT',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'AU',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'AZ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
      reports: [
        {
          what: 'domestic-approval',
          date: '2026-02-10',
          reportedOn: '2026-02-23',
          text: {
            en: 'Parliament approved the convention on 10 February 2026 and the President signed the approving law on 23 February 2026, with declarations and reservations. No deposit with the UN was seen.',
          },
          source: 'p-trend',
          alsoSources: ['p-trend-2'],
          unconfirmed: true,
        },
      ],
    },
    {
      code: 'BE',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'BF',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'BN',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'BR',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'BY',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'CA',
      status: 'signatory',
      signed: {
        date: '2026-07',
        precision: 'month',
      },
      source: 'canada-gac-2026',
      note: 'Reported signed in July 2026 (announcement by ministers Anand, Anandasangaree and Fraser). Seen only in a third-party news digest that cites this Global Affairs Canada release and a Michael Geist article; the release itself was not in the store. Canada did not sign at Hanoi (newshour.media, 2025-10-29).',
    },
    {
      code: 'CD',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'CI',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'CL',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'CN',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'CR',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'CU',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'CZ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'DJ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'DO',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'DZ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'EC',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'EG',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'ES',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'EU',
      isOrganization: true,
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'FR',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'GB',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        until: '2025-10-26',
        precision: 'range',
      },
      source: 'p-solicitorsjournal',
      alsoSources: ['p-thenewsintel'],
      note: "UK national statement: 'the United Kingdom has signed the Convention here in Hà Nội'; exact day not given.",
    },
    {
      code: 'GH',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'GR',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'GW',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'IE',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'IR',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'JM',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
      alsoSources: ['untc'],
      note: "Listed in the UNTC snapshot head but its date is cut off there ('25 O...'); date from the Dutch treaty database.",
    },
    {
      code: 'KH',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'KP',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'untc',
      alsoSources: ['nl-un'],
    },
    {
      code: 'KZ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'LA',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'LK',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'LU',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'LY',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'MA',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'ML',
      status: 'signatory',
      signed: {
        date: '2025-10-26',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'MU',
      status: 'signatory',
      signed: {
        date: '2025-11-19',
        precision: 'day',
      },
      source: 'nl-un',
      note: 'Signed after the Hanoi ceremony, on 19 Nov 2025.',
    },
    {
      code: 'MV',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'MY',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'MZ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'NA',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'NG',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'NI',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'NR',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'PE',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'PG',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'PH',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'PL',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'PS',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'PT',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'PW',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'QA',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
      reports: [
        {
          what: 'ratification-reported',
          date: null,
          reportedOn: '2026-05-21',
          text: {
            en: 'A May 2026 article reports that Qatar formally ratified; it gives no date and no UN Treaty Collection entry was seen.',
          },
          source: 'machineherald',
          unconfirmed: true,
        },
      ],
    },
    {
      code: 'RU',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
      reports: [
        {
          what: 'procedure-started',
          date: '2026-01-28',
          reportedOn: '2026-01-28',
          text: {
            en: 'Russia’s foreign ministry said the country had started its ratification procedure.',
          },
          source: 'mailru-2026',
          unconfirmed: true,
        },
      ],
    },
    {
      code: 'RW',
      status: 'signatory',
      signed: {
        date: '2025-10-26',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'SA',
      status: 'signatory',
      signed: {
        date: '2025-10-26',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'SE',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        until: '2025-10-26',
        precision: 'range',
      },
      source: 'newshour',
      note: 'Named among the 13 EU member states that signed with the EU in Hanoi; exact day not given.',
    },
    {
      code: 'SI',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'SK',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'TG',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'TH',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'TR',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'TZ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'UG',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        until: '2025-10-26',
        precision: 'range',
      },
      source: 'p-ecofinagency',
      note: 'Named in the UNODC final list of Hanoi signatories as reported by Ecofin; exact day not given.',
    },
    {
      code: 'UY',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        until: '2025-10-26',
        precision: 'range',
      },
      source: 'p-m24',
      note: "Uruguayan outlet quoting the Presidency: Uruguay signed 'this Saturday' in Viet Nam (the ceremony opened Saturday 25 Oct); exact date not stated.",
    },
    {
      code: 'UZ',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'nl-un',
    },
    {
      code: 'VE',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        until: '2025-10-26',
        precision: 'range',
      },
      source: 'p-diarioversionfinal',
      alsoSources: ['newshour'],
      note: 'Signed at the Hanoi ceremony; exact day not given.',
    },
    {
      code: 'VN',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        until: '2025-10-26',
        precision: 'range',
      },
      source: 'p-qdnd',
      alsoSources: ['newshour'],
      note: 'Host country; reported as the first to sign. Exact date not stated in the sources read.',
      reports: [
        {
          what: 'ratification-reported',
          date: null,
          reportedOn: '2026-05-21',
          text: {
            en: 'In January 2026 Viet Nam said it was completing its domestic procedures; a May 2026 article notes that Wikipedia listed it as having ratified. No date or UN Treaty Collection entry was seen.',
          },
          source: 'vnplus-2026',
          alsoSources: ['machineherald'],
          unconfirmed: true,
        },
      ],
    },
    {
      code: 'ZA',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        until: '2025-10-26',
        precision: 'range',
      },
      source: 'p-vovworld',
      alsoSources: ['p-ecofinagency'],
      note: "Minister's statement of 26 Oct 2025: 'As we signed this Convention yesterday'.",
    },
    {
      code: 'ZW',
      status: 'signatory',
      signed: {
        date: '2025-10-25',
        precision: 'day',
      },
      source: 'p-cybercory',
      note: "Source: 'The signing ceremony, held in Hanoi, Viet Nam, on October 25, 2025'.",
    },
  ],
  rejected: [
    {
      code: 'AE',
      text: {
        en: 'Named among the Hanoi signatories only by some Azerbaijani outlets; no depositary copy or UAE source confirms it, and the 72 Hanoi signatories are all accounted for without it.',
      },
      source: 'p-trend',
      alsoSources: ['p-report'],
    },
    {
      code: 'US',
      text: {
        en: 'Some wire copies said the US sent officials to sign; the State Department said the US did not sign and was still reviewing the treaty.',
      },
      source: 'name-abcpy',
      alsoSources: ['newshour'],
    },
  ],
};

/** Parties and signatories of the Budapest Convention, as far as the sources read show them. */
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
