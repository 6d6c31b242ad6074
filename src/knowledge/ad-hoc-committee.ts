import type { Instrument } from '@/src/knowledge/types';

/**
 * The UN Ad Hoc Committee that negotiated the UN Convention against Cybercrime. The negotiation
 * history (votes, sessions, approval of the draft) lives here once; the convention's own record
 * starts at its adoption.
 */
export const AD_HOC_COMMITTEE: Instrument = {
  id: 'ad-hoc-committee',
  kind: 'un-committee',
  outcome: 'un-cybercrime-convention',
  name: {
    en:
      'Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of ' +
      'Information and Communications Technologies for Criminal Purposes',
  },
  summary: {
    en:
      'An intergovernmental committee that the UN General Assembly created in December 2019 ' +
      '(resolution 74/247), on a Russian-led proposal that passed by a divided vote, to draft a global ' +
      'convention against the criminal use of information and communications technologies. After ' +
      'negotiating sessions in New York and Vienna from 2022, it approved a draft convention by consensus ' +
      'in August 2024, which the General Assembly adopted in December 2024 as the UN Convention against ' +
      'Cybercrime. Its remaining mandate is to prepare rules of procedure for the treaty’s Conference of ' +
      'the States Parties and to negotiate a draft protocol.',
  },
  summarySources: ['scmp-2019', 'digwatch-ahc', 'atlantic-mirror', 'unodc-home'],
  card: {
    shortName: { en: 'UN Ad Hoc Committee on cybercrime' },
    kind: { en: 'UN negotiating committee, created in 2019' },
    gist: {
      en:
        'The body of UN member states that negotiated the UN Convention against Cybercrime. It now ' +
        'prepares the treaty’s first conference of states parties and a draft protocol.',
    },
  },
  keyProvisions: [
    {
      id: 'mandate',
      topic: { en: 'Mandate' },
      text: {
        en:
          'Set up by General Assembly resolution 74/247 to elaborate a comprehensive international ' +
          'convention on countering the use of ICTs for criminal purposes.',
      },
      source: 'ccdcoe',
      alsoSources: ['scmp-2019'],
    },
    {
      id: 'modalities',
      topic: { en: 'Working method' },
      text: {
        en:
          'Resolution 75/282 asked for at least six negotiating sessions and for the draft to be ' +
          'submitted to the General Assembly at its 78th session.',
      },
      source: 'ccdcoe',
      alsoSources: ['unpress-2021'],
    },
    {
      id: 'post-adoption-mandate',
      topic: { en: 'Work after adoption' },
      text: {
        en:
          'Prepares the rules of procedure for the Conference of the States Parties and negotiates a ' +
          'draft protocol that may add further offences. Russia has suggested it cover terrorist and ' +
          'extremist use of ICTs and drug and arms trafficking.',
      },
      source: 'unodc-home',
      alsoSources: ['mfa-tg'],
      note: { en: 'When the protocol negotiations start was not confirmed in any source read.' },
    },
    {
      id: 'chair',
      topic: { en: 'Chair' },
      text: { en: 'Chaired by Faouzia Boumaiza-Mebarki of Algeria.' },
      source: 'atlantic-mirror',
    },
  ],
  timeline: [
    {
      id: 'russian-initiative',
      date: '2017',
      kind: 'background',
      text: { en: 'Russia begins pressing for a UN treaty on cybercrime.' },
      source: 'atlantic-mirror',
    },
    {
      id: 'third-committee-2018',
      date: '2018-11-14',
      kind: 'vote',
      text: {
        en: 'The General Assembly’s Third Committee approves a Russian draft resolution on cybercrime.',
      },
      vote: { yes: 88, no: 55, abstain: 29 },
      source: 'sputnik-2018',
    },
    {
      id: 'resolution-73-187',
      date: '2018-12-17',
      kind: 'background',
      text: {
        en: 'The General Assembly adopts resolution 73/187, asking the Secretary-General to collect states’ views.',
      },
      source: 'pakpoint-2018',
      alsoSources: ['digwatch-2018', 'res73-187'],
      note: {
        en: 'Day inferred from a report of 18 December saying “Monday”; the plenary vote count was not confirmed.',
      },
    },
    {
      id: 'third-committee-2019',
      date: '2019-11-18',
      kind: 'vote',
      text: {
        en: 'The Third Committee approves the draft resolution to set up a negotiating committee.',
      },
      vote: { yes: 88, no: 58, abstain: 34 },
      source: 'mid-2019',
      alsoSources: ['digwatch-ahc', 'doccloud-l11'],
      note: {
        en:
          'This is the committee-stage vote, sometimes reported as the General Assembly’s. Co-sponsors are ' +
          'given as 47 (Russian foreign ministry), 17 (Digital Watch) or 8 on the tabled draft, so no ' +
          'co-sponsor figure is shown.',
      },
    },
    {
      id: 'established',
      date: '2019-12-27',
      kind: 'established',
      text: { en: 'The General Assembly adopts resolution 74/247, creating the Ad Hoc Committee.' },
      vote: { yes: 79, no: 60, abstain: 33 },
      source: 'scmp-2019',
      alsoSources: ['kbs-2019', 'ccdcoe', 'atlantic-mirror'],
      note: {
        en:
          'Plenary vote 79–60–33 per two news agencies; one mirrored analysis gives 30 abstentions. The ' +
          '88–58–34 figure is the Third Committee vote of 18 November 2019.',
      },
    },
    {
      id: 'organisational-session',
      date: '2021-05-10',
      endDate: '2021-05-12',
      kind: 'session',
      text: {
        en: 'Organisational session in New York, held after a postponement from August 2020 because of COVID-19.',
      },
      source: 'digwatch-ahc',
    },
    {
      id: 'resolution-75-282',
      date: '2021-05-26',
      kind: 'modalities',
      text: { en: 'Resolution 75/282 sets out how the committee will work.' },
      source: 'ccdcoe',
      alsoSources: ['unpress-2021'],
    },
    {
      id: 'session-1',
      date: '2022-02-28',
      endDate: '2022-03-11',
      kind: 'negotiation-start',
      text: { en: 'First negotiating session, New York.' },
      source: 'digwatch-ahc',
      alsoSources: ['eff-2022'],
    },
    {
      id: 'session-2',
      date: '2022-05-30',
      endDate: '2022-06-10',
      kind: 'session',
      text: { en: 'Second session, Vienna.' },
      source: 'digwatch-ahc',
    },
    {
      id: 'session-3',
      date: '2022-08-29',
      endDate: '2022-09-09',
      kind: 'session',
      text: { en: 'Third session, New York.' },
      source: 'digwatch-ahc',
    },
    {
      id: 'session-4',
      date: '2023-01-09',
      endDate: '2023-01-20',
      kind: 'session',
      text: { en: 'Fourth session, Vienna.' },
      source: 'unodc-ahc',
    },
    {
      id: 'session-5',
      date: '2023-04-11',
      endDate: '2023-04-21',
      kind: 'session',
      text: { en: 'Fifth session, Vienna.' },
      source: 'unodc-ahc',
      alsoSources: ['a19-2023'],
    },
    {
      id: 'session-6',
      date: '2023-08-21',
      endDate: '2023-09-01',
      kind: 'session',
      text: {
        en: 'Sixth session, New York: the first line-by-line negotiation of a complete draft.',
      },
      source: 'publicnow-hrw',
      alsoSources: ['record-ms'],
    },
    {
      id: 'concluding-session',
      date: '2024-01-29',
      endDate: '2024-02-09',
      kind: 'session',
      text: {
        en: 'Planned concluding session, New York; it ends without agreement and is suspended.',
      },
      source: 'gitoc-jan2024',
    },
    {
      id: 'reconvened-session',
      date: '2024-07-29',
      endDate: '2024-08-09',
      kind: 'session',
      text: { en: 'Reconvened concluding session, New York.' },
      source: 'gitoc-jul2024',
    },
    {
      id: 'draft-approved',
      date: '2024-08-08',
      kind: 'draft-approved',
      text: {
        en: 'The committee approves the draft convention and a draft General Assembly resolution by consensus.',
      },
      source: 'atlantic-mirror',
      alsoSources: ['lawfare-bigger', 'unodc-home'],
      note: {
        en:
          'Dated 8 August 2024 by an Atlantic Council analysis (read as a mirror) and EFF; Lawfare gives ' +
          '9 August and UNODC only “August 2024”.',
      },
    },
    {
      id: 'vienna-2026',
      date: '2026-01-26',
      endDate: '2026-01-30',
      kind: 'session',
      text: {
        en:
          'Meets in Vienna on rules of procedure for the Conference of the States Parties, its first ' +
          'meeting since the convention opened for signature.',
      },
      source: 'vnplus-2026',
      alsoSources: ['eeas-ahc-2026'],
    },
    {
      id: 'chair-2026',
      date: '2026-01-26',
      kind: 'statement',
      text: {
        en:
          'Eduardo Paes Saboia of Brazil is elected chair; Chile and Egypt act as co-facilitators of ' +
          'the rules of procedure.',
      },
      source: 'eeas-ahc-2026',
    },
    {
      id: 'vienna-2026-outcome',
      date: '2026-01-30',
      kind: 'statement',
      text: {
        en: 'The session ends without consensus on how non-governmental organisations and other non-state actors may take part.',
      },
      source: 'machineherald',
      note: {
        en: 'Secondary: an article citing an analysis by the Global Initiative against Transnational Organized Crime.',
      },
    },
    {
      id: 'session-2027',
      date: '2027-01',
      kind: 'session',
      text: { en: 'Next formal session reported for January 2027.' },
      source: 'machineherald',
      unconfirmed: true,
      note: { en: 'Reported only; no dates or venue were confirmed in the sources read.' },
    },
  ],
  counts: [],
  // The fact sheet records positions on the treaty the committee wrote, not on the committee itself;
  // the UI shows the outcome's positions (see `outcome`) rather than repeating them here.
  criticisms: [],
  support: [],
};
