import type { KnowledgeRecord } from '@/src/knowledge/types';

/** The First Additional Protocol (ETS No. 189, 2003) on racist and xenophobic acts. */
export const BUDAPEST_FIRST_PROTOCOL: KnowledgeRecord = {
  id: 'budapest-first-additional-protocol',
  kind: 'coe-protocol',
  name: {
    en:
      'Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a ' +
      'racist and xenophobic nature committed through computer systems',
  },
  summary: {
    en:
      'A 2003 protocol (ETS No. 189) that applies the Budapest Convention’s offences, investigative ' +
      'powers and cooperation rules to racist and xenophobic material spread through computer systems. ' +
      'It entered into force in March 2006.',
  },
  summarySources: ['coe-1p', 'cyberlaw-uk'],
  card: {
    shortName: { en: 'First Additional Protocol (racism and xenophobia)' },
    kind: { en: 'Protocol to the Budapest Convention, 2003' },
    gist: {
      en: 'Applies the Budapest Convention’s offences and cooperation rules to racist and xenophobic material spread through computer systems.',
    },
  },
  keyProvisions: [
    {
      id: 'scope',
      topic: { en: 'Scope' },
      text: {
        en:
          'Extends the Convention’s criminal-law, procedural and cooperation provisions to racist and ' +
          'xenophobic propaganda committed online.',
      },
      source: 'coe-1p',
    },
  ],
  timeline: [
    {
      id: 'opened',
      date: '2003-01-28',
      kind: 'signature-opens',
      text: { en: 'Opened for signature in Strasbourg.' },
      source: 'scribd-2ap',
    },
    {
      id: 'in-force',
      date: '2006-03-01',
      kind: 'entry-into-force',
      text: { en: 'Enters into force after its first five ratifications.' },
      source: 'cyberlaw-uk',
    },
  ],
  counts: [
    {
      kind: 'parties',
      value: 36,
      asOf: '2024-06-20',
      source: 'coe-75',
      alsoSources: ['friendlywiki'],
      note: {
        en: 'Council of Europe figure. A copy of Wikipedia gives 37 Parties and 10 signatories in January 2025.',
      },
    },
  ],
  entryIntoForce: {
    text: { en: 'Entered into force once five states had ratified it.' },
    threshold: 5,
    // The fact sheet gives the date reached, not the rule for the delay after the fifth ratification.
    delay: null,
    organisationsCount: false,
    source: 'cyberlaw-uk',
  },
  signature: {
    text: { en: 'Opened for signature in Strasbourg on 28 January 2003.' },
    opens: '2003-01-28',
    closes: null,
    source: 'scribd-2ap',
  },
  criticisms: [],
  support: [
    {
      by: { en: 'Council of Europe' },
      text: {
        en: 'Brings national criminal law on online racism and xenophobia into line and makes cooperation on it easier.',
      },
      source: 'coe-1p',
    },
  ],
};

/** The Second Additional Protocol (CETS No. 224, 2022) on electronic evidence. */
export const BUDAPEST_SECOND_PROTOCOL: KnowledgeRecord = {
  id: 'budapest-second-additional-protocol',
  kind: 'coe-protocol',
  name: {
    en:
      'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and ' +
      'disclosure of electronic evidence',
  },
  summary: {
    en:
      'A 2022 protocol (CETS No. 224) giving parties new ways to obtain electronic evidence held abroad: ' +
      'direct requests to domain registrars and service providers in another party, faster disclosure ' +
      'of subscriber and traffic data, emergency cooperation, joint investigation teams and hearings by ' +
      'video conference. These come with human-rights and data-protection safeguards.',
  },
  summarySources: ['coe-2ap'],
  card: {
    shortName: { en: 'Second Additional Protocol (electronic evidence)' },
    kind: { en: 'Protocol to the Budapest Convention, 2022' },
    gist: {
      en: 'Gives parties faster ways to obtain electronic evidence held abroad, including direct requests to service providers, with data-protection safeguards.',
    },
  },
  keyProvisions: [
    {
      id: 'tools',
      topic: { en: 'New tools' },
      text: {
        en:
          'Direct requests to registrars and providers abroad, expedited production of subscriber and ' +
          'traffic data, emergency assistance, joint investigation teams and video conferencing.',
      },
      source: 'coe-2ap',
    },
    {
      id: 'safeguards',
      topic: { en: 'Safeguards' },
      text: { en: 'The new powers are tied to human-rights and data-protection conditions.' },
      source: 'coe-2ap',
    },
  ],
  timeline: [
    {
      id: 'preparation-agreed',
      date: '2017-06-08',
      kind: 'background',
      text: {
        en: 'The Convention’s parties agree to prepare a protocol on evidence stored in the cloud.',
      },
      source: 'coe-tcy',
    },
    {
      id: 'opened',
      date: '2022-05-12',
      kind: 'signature-opens',
      text: { en: 'Opened for signature in Strasbourg.' },
      source: 'coe-75',
    },
    {
      id: 'six-signatures',
      date: '2022-11-30',
      kind: 'statement',
      text: {
        en: 'Croatia, Moldova, Slovenia, Sri Lanka, Ukraine and the United Kingdom sign, joining 24 earlier signatories.',
      },
      source: 'coe-gallery',
    },
    {
      id: 'ratification-rs',
      date: '2023-02-09',
      kind: 'ratification',
      party: 'RS',
      text: { en: 'Serbia ratifies.' },
      source: 'nl-2ap',
    },
    {
      id: 'ratification-jp',
      date: '2023-08-10',
      kind: 'ratification',
      party: 'JP',
      text: { en: 'Japan ratifies.' },
      source: 'nl-2ap',
    },
    {
      id: 'call-to-ratify',
      date: '2025-06',
      kind: 'statement',
      text: {
        en: 'The Council of Europe Secretary General urges all parties to ratify the protocol.',
      },
      source: 'octopus-2025',
    },
    {
      id: 'signature-ba',
      date: '2025-11-14',
      kind: 'signature',
      party: 'BA',
      text: {
        en: 'Bosnia and Herzegovina signs; Paraguay, Peru, Latvia, Fiji and Norway had also signed since June 2024.',
      },
      source: 'nl-2ap',
    },
    {
      id: 'ratification-hu',
      date: '2026-02-05',
      kind: 'ratification',
      party: 'HU',
      text: { en: 'Hungary ratifies.' },
      source: 'nl-2ap',
    },
  ],
  counts: [
    {
      kind: 'signatories-not-parties',
      value: 44,
      asOf: '2024-06-20',
      source: 'coe-75',
    },
    {
      kind: 'parties',
      value: 2,
      asOf: '2024-06-20',
      source: 'coe-75',
      note: { en: 'Ratifications deposited; the protocol was not yet in force.' },
    },
    {
      kind: 'signatories',
      value: 52,
      asOf: '2026-02-05',
      source: 'nl-2ap',
      note: {
        en:
          'Netherlands treaty database (a national copy, not the depositary). The page is undated; its ' +
          'newest entry is Hungary’s ratification of 5 February 2026, and its newest signature is Bosnia ' +
          'and Herzegovina’s of 14 November 2025. Matches the 46 of June 2024 plus the six signatures ' +
          'since.',
      },
    },
    {
      kind: 'parties',
      value: 3,
      asOf: '2026-02-05',
      source: 'nl-2ap',
      note: {
        en: 'Serbia, Japan and Hungary have ratified; five are needed, so the protocol is not in force.',
      },
    },
  ],
  entryIntoForce: {
    text: { en: 'Enters into force once five states have ratified it.' },
    threshold: 5,
    // The sources read give the threshold but not the delay after it, so no date is computed.
    delay: null,
    organisationsCount: false,
    source: 'coe-gallery',
  },
  signature: {
    text: { en: 'Opened for signature in Strasbourg on 12 May 2022.' },
    opens: '2022-05-12',
    closes: null,
    source: 'coe-75',
  },
  criticisms: [
    {
      by: { en: 'Electronic Frontier Foundation (EFF)' },
      text: {
        en: 'Oversight requirements are inadequate, privacy standards weak, and the new powers sidestep existing accountability.',
      },
      date: '2022-12',
      source: 'eff-2022-review',
    },
  ],
  support: [
    {
      by: { en: 'Council of Europe' },
      text: {
        en:
          'Answers the problem of evidence held in foreign, several or unknown jurisdictions, with ' +
          'human-rights and data-protection safeguards.',
      },
      source: 'coe-2ap',
    },
  ],
};
