import {
  BUDAPEST_FIRST_PROTOCOL,
  BUDAPEST_SECOND_PROTOCOL,
} from '@/src/knowledge/budapest-protocols';
import type { Instrument } from '@/src/knowledge/types';

/** The Council of Europe Convention on Cybercrime (ETS No. 185, 2001), with its two protocols. */
export const BUDAPEST_CONVENTION: Instrument = {
  id: 'budapest-convention',
  kind: 'coe-convention',
  name: { en: 'Convention on Cybercrime (Budapest Convention)' },
  summary: {
    en:
      'A Council of Europe treaty (ETS No. 185) opened for signature in Budapest on 23 November 2001 ' +
      'and in force since 1 July 2004. It aligns the definitions of core computer crimes, gives ' +
      'authorities powers over electronic evidence and sets up cooperation between parties, including a ' +
      'network of contact points available around the clock; states outside the Council of Europe can ' +
      'join when invited. Two protocols add rules on racist and xenophobic acts (2003) and on ' +
      'cross-border access to electronic evidence (2022).',
  },
  summarySources: ['coe-chart', 'coe-bc'],
  card: {
    shortName: { en: 'Budapest Convention' },
    kind: { en: 'Council of Europe treaty on cybercrime, 2001' },
    gist: {
      en:
        'The first international treaty on computer crime: it defines core offences, gives ' +
        'authorities powers over electronic evidence and sets up cooperation between its parties, ' +
        'which include many states outside Europe.',
    },
  },
  keyProvisions: [
    {
      id: 'structure',
      topic: { en: 'Structure' },
      text: { en: '48 articles in four chapters.' },
      source: 'besen',
      alsoSources: ['9lib-ch'],
    },
    {
      id: 'offences',
      topic: { en: 'Offences' },
      articles: 'Arts. 2–11',
      text: {
        en:
          'Illegal access, illegal interception, interference with data and with systems, misuse of ' +
          'devices, computer-related forgery and fraud, child sexual abuse material, and infringements ' +
          'of copyright and related rights.',
      },
      source: 'docplayer-es',
      alsoSources: ['joi'],
    },
    {
      id: 'network-24-7',
      topic: { en: '24/7 network' },
      articles: 'Art. 35',
      text: {
        en:
          'Each party names a contact point reachable at any hour for urgent help: technical advice, ' +
          'preserving data and gathering evidence.',
      },
      source: 'coe-poc',
    },
    {
      id: 'accession',
      topic: { en: 'Joining' },
      articles: 'Art. 37',
      text: {
        en: 'States that are not Council of Europe members can accede once invited, after the parties are consulted.',
      },
      source: 'coe-bc',
    },
    {
      id: 'committee',
      topic: { en: 'Follow-up' },
      articles: 'Art. 46',
      text: {
        en: 'The Cybercrime Convention Committee (T-CY), made up of the parties, oversees how the treaty is applied.',
      },
      source: 'coe-tcy',
    },
  ],
  timeline: [
    {
      id: 'negotiations',
      date: '1997-04',
      kind: 'negotiation-start',
      text: {
        en:
          'Drafting begins at the Council of Europe, with Canada, Japan, the Philippines, South Africa and ' +
          'the United States taking part as observers; it runs until autumn 2001.',
      },
      source: 'name-nlkst',
      alsoSources: ['joi'],
    },
    {
      id: 'adopted',
      date: '2001-11-08',
      kind: 'adopted',
      text: { en: 'The Committee of Ministers adopts the text at its 109th session.' },
      source: 'joi',
    },
    {
      id: 'opened',
      date: '2001-11-23',
      kind: 'signature-opens',
      text: { en: 'Opened for signature in Budapest.' },
      source: 'coe-chart',
    },
    {
      id: 'in-force',
      date: '2004-07-01',
      kind: 'entry-into-force',
      text: { en: 'Enters into force.' },
      source: 'coe-chart',
    },
  ],
  counts: [
    {
      kind: 'parties',
      value: 75,
      asOf: '2024-06-20',
      source: 'coe-75',
    },
    {
      kind: 'parties',
      value: 76,
      asOf: '2024-10-09',
      source: 'nc4',
      alsoSources: ['nhanquyen', 'jmediawiki', 'niparko', 'mattdotvu'],
      note: {
        en:
          'The latest figure from the Council of Europe itself among the sources read (quoted by Kenya’s ' +
          'cybercrime committee). Secondary sources give 78 (2025), 80 (June 2025) and 81 (August 2025); ' +
          'they are not shown because no Council of Europe source confirms them.',
      },
    },
    {
      kind: 'signatories-not-parties',
      value: 2,
      asOf: '2024-10-09',
      source: 'nc4',
      alsoSources: ['stringtranslate'],
      note: { en: 'Ireland and South Africa, named in a copy of Wikipedia.' },
    },
    {
      kind: 'invited-to-accede',
      value: 18,
      asOf: '2024-10-09',
      source: 'nc4',
    },
    {
      kind: 'committee-states',
      value: 96,
      asOf: '2024-10-09',
      source: 'nc4',
      note: { en: 'Parties plus observer states in the Cybercrime Convention Committee (T-CY).' },
    },
    {
      kind: 'aligned-legislation',
      value: 130,
      atLeast: true,
      asOf: '2023-12',
      source: 'octopus-2023',
      note: { en: 'Countries that have used the Convention as a guide for their own laws.' },
    },
  ],
  entryIntoForce: {
    text: {
      en:
        'Entered into force after five ratifications, at least three of them by Council of Europe member ' +
        'states. For a state that joins later it takes effect on the first day of the month after three ' +
        'months have passed since it deposited its instrument.',
    },
    threshold: 5,
    delay: { kind: 'first-of-month-after', months: 3 },
    organisationsCount: false,
    source: 'coe-chart',
    alsoSources: ['besen', 'nl-db'],
  },
  signature: {
    text: {
      en:
        'Opened for signature in Budapest on 23 November 2001. Other states can join by accession when ' +
        'invited (Art. 37).',
    },
    opens: '2001-11-23',
    closes: null,
    source: 'coe-chart',
    alsoSources: ['coe-bc'],
  },
  criticisms: [
    {
      by: { en: 'ARTICLE 19' },
      text: {
        en:
          'Has good features but falls short on freedom of expression and privacy, so it should not serve ' +
          'as a model and its flaws should not be copied into the UN treaty.',
      },
      short: { en: 'Falls short on free expression and privacy.' },
      date: '2022',
      source: 'a19-bc',
    },
    {
      by: { en: 'Russia' },
      text: { en: 'Rejects the Convention as an infringement of national sovereignty.' },
      short: { en: 'An infringement of national sovereignty.' },
      source: 'joi',
    },
    {
      by: { en: 'India' },
      text: { en: 'Has not joined, on the ground that it took no part in drafting the text.' },
      source: 'joi',
    },
  ],
  support: [
    {
      by: { en: 'Council of Europe' },
      text: {
        en:
          'Beyond its text, it builds networks of practitioners who cooperate, also in emergencies, and ' +
          'any country can use it as a model for its laws.',
      },
      short: { en: 'Practitioner networks that cooperate; a model for laws.' },
      source: 'coe-bc',
    },
    {
      by: { en: 'United States' },
      text: {
        en: 'Calls it the “gold standard” for international cooperation against cybercrime.',
      },
      short: { en: 'The “gold standard” for cooperation against cybercrime.' },
      source: 'ccsp',
    },
    {
      by: { en: 'New Zealand government' },
      text: {
        en: 'Joining helps it work with partners to investigate cross-border crime and obtain evidence.',
      },
      source: 'capmed',
    },
  ],
  related: [BUDAPEST_FIRST_PROTOCOL, BUDAPEST_SECOND_PROTOCOL],
};
