// Generated once from ../shared/facts (facts.json, participants.json), edited by hand since, and rewritten by `npm run facts:import`.
// See src/knowledge/README.md ("Updating the facts") before editing by hand.
import type { ParticipantList } from '@/src/knowledge/participant-types';

/** Signatories and parties of the UN convention, as far as the sources read show them. */
export const UN_PARTICIPANTS: ParticipantList = {
  instrumentId: 'un-cybercrime-convention',
  asOf: '2026-08-01',
  complete: false,
  gaps: {
    en: '73 confirmed signatories are named here, plus Canada’s reported July 2026 signature (unconfirmed, not counted). A news digest reported 76 by May 2026, which no depositary record confirms: signatures made between November 2025 and May 2026 may be missing, and signatures after July 2026 are unknown. No deposit of ratification was seen in a depositary source.',
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
      note: 'Reported signed in July 2026 (announcement by ministers Anand, Anandasangaree and Fraser). Seen only in a third-party news digest that cites this Global Affairs Canada release and a Michael Geist article; the release itself was not in the store, and the UN Treaty Collection copy read still shows 72. Canada did not sign at Hanoi (newshour.media, 2025-10-29).',
      unconfirmed: true,
      reports: [
        {
          what: 'signature-reported',
          date: '2026-07',
          reportedOn: '2026-08-01',
          text: {
            en: 'Reported to have signed in July 2026 (Global Affairs Canada release, seen only through a news digest). Not yet confirmed by the UN Treaty Collection, so it is not counted.',
          },
          source: 'canada-gac-2026',
          alsoSources: ['michaelgeist-2026'],
          unconfirmed: true,
        },
      ],
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
