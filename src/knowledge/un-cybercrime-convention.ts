import type { Instrument } from '@/src/knowledge/types';

/**
 * The United Nations Convention against Cybercrime (2024), from the fact sheet's section 1.
 * Its negotiation history lives with the committee that wrote it (ad-hoc-committee.ts).
 */
export const UN_CYBERCRIME_CONVENTION: Instrument = {
  id: 'un-cybercrime-convention',
  kind: 'un-convention',
  name: { en: 'United Nations Convention against Cybercrime' },
  summary: {
    en:
      'A worldwide criminal-justice treaty adopted by the UN General Assembly on 24 December 2024 ' +
      '(resolution 79/243), after negotiations that began at Russia’s initiative. States that join it ' +
      'must make a list of computer-related acts criminal offences, give their authorities powers to ' +
      'preserve and obtain electronic evidence, and cooperate across borders on those offences and on ' +
      'electronic evidence of any serious crime, meaning one punishable by at least four years in prison. ' +
      'It was opened for signature at a ceremony in Hanoi on 25–26 October 2025.',
  },
  summarySources: ['untc', 'commondreams', 'helpnet'],
  card: {
    shortName: { en: 'UN Convention against Cybercrime' },
    kind: { en: 'UN treaty on cybercrime, adopted in 2024' },
    gist: {
      en:
        'States that join must make a list of computer-related acts crimes, give their authorities ' +
        'powers to obtain electronic evidence, and share that evidence across borders for these ' +
        'offences and for any serious crime.',
    },
  },
  keyProvisions: [
    {
      id: 'structure',
      topic: { en: 'Structure' },
      text: {
        en:
          'A preamble and nine chapters: general provisions, criminalisation, jurisdiction, procedural ' +
          'measures and law enforcement, international cooperation, prevention, technical assistance and ' +
          'information exchange, the implementation mechanism, and final provisions. A set of ' +
          'interpretative notes accompanies the text.',
      },
      source: 'c4ir',
      alsoSources: ['wp-digwatch'],
    },
    {
      id: 'article-count',
      topic: { en: 'Length' },
      text: { en: '68 articles.' },
      source: 'c4ir',
      alsoSources: ['vietnamnet', 'onlineopinion', 'thanhnien', 'italpress'],
      note: {
        en:
          '68 is the better-supported figure (three sources); two press reports say 71. The treaty text ' +
          'itself was not read.',
      },
    },
    {
      id: 'offences',
      topic: { en: 'Offences' },
      articles: 'Arts. 7–17',
      text: {
        en:
          'Eleven offences that parties must criminalise, among them illegal access and interception, ' +
          'interference with data or systems, misuse of devices, ICT-related forgery, theft and fraud, ' +
          'child sexual abuse material and grooming, sharing intimate images without consent, and ' +
          'laundering the proceeds of crime.',
      },
      source: 'lawfare-defense',
      alsoSources: ['prosec', 'helpnet'],
      note: { en: 'Which offence sits in which article was not confirmed.' },
    },
    {
      id: 'intimate-images',
      topic: { en: 'Intimate images' },
      text: {
        en: 'UN News describes it as the first international treaty to make non-consensual sharing of intimate images an offence.',
      },
      source: 'mirage65',
    },
    {
      id: 'serious-crime',
      topic: { en: '“Serious crime”' },
      text: {
        en:
          'The duty to share electronic evidence reaches any “serious crime”, defined as an offence ' +
          'punishable by four years or more in prison, not only the offences the treaty lists.',
      },
      source: 'commondreams',
      alsoSources: ['wam-eu'],
    },
    {
      id: 'jurisdiction',
      topic: { en: 'Jurisdiction' },
      articles: 'Art. 22',
      text: {
        en:
          'A state may claim jurisdiction over acts committed abroad that harm its nationals. A member of ' +
          'the US negotiating team says this covers only the treaty’s own eleven offences.',
      },
      source: 'lawfare-bigger',
      alsoSources: ['lawfare-defense'],
    },
    {
      id: 'human-rights',
      topic: { en: 'Human rights' },
      articles: 'Art. 6',
      text: {
        en:
          'Parties must carry out their obligations in line with international human rights law, and the ' +
          'treaty may not be read as allowing the suppression of rights such as freedom of expression, ' +
          'conscience, opinion, religion or belief, peaceful assembly and association. The wording of ' +
          'this clause was contested until the final hours of the talks.',
      },
      source: 'cde-ual',
      alsoSources: ['visionias', 'digwatch-5aug', 'digwatch-9aug', 'eff-mirror-2024'],
    },
    {
      id: 'safeguards',
      topic: { en: 'Conditions and safeguards' },
      articles: 'Art. 24',
      text: {
        en:
          'National law must attach human-rights conditions and safeguards to the investigative powers. ' +
          'The United Kingdom reads these as binding and as applying to international cooperation too.',
      },
      source: 'govuk',
    },
    {
      id: 'procedural-powers',
      topic: { en: 'Investigative powers' },
      text: {
        en:
          'Authorities get powers to order quick preservation of data, to compel its production, to ' +
          'search and seize, to collect traffic data in real time and to intercept content.',
      },
      source: 'cn-legal',
      note: { en: 'The article numbers of these powers were not confirmed.' },
    },
    {
      id: 'cooperation',
      topic: { en: 'International cooperation' },
      text: {
        en: 'Mutual legal assistance, extradition, joint investigations and asset recovery between parties.',
      },
      source: 'vov-en',
      alsoSources: ['alliance'],
    },
    {
      id: 'network-24-7',
      topic: { en: '24/7 network' },
      text: {
        en: 'Every party names a contact point that can be reached at any hour for urgent help, such as preserving data.',
      },
      source: 'mirage65',
      alsoSources: ['prosec'],
      note: {
        en: 'One outlet places this in Art. 41; the article number was not checked against the text.',
      },
    },
    {
      id: 'refusal',
      topic: { en: 'Refusing cooperation' },
      text: {
        en:
          'A state may refuse a request it believes would serve human-rights violations or that is ' +
          'politically motivated (as summarised by the Council of the EU).',
      },
      source: 'cde-ual',
    },
  ],
  timeline: [
    {
      id: 'adopted',
      date: '2024-12-24',
      kind: 'adopted',
      text: {
        en: 'The General Assembly adopts the convention without a vote (resolution 79/243, 55th plenary meeting).',
      },
      source: 'untc',
      alsoSources: ['pacc', 'un-sg-2024'],
    },
    {
      id: 'depositary-notification',
      date: '2025-05-13',
      kind: 'publication',
      text: {
        en: 'The UN depositary notifies states that the convention will open for signature.',
      },
      source: 'untc',
    },
    {
      id: 'ceremony-dates',
      date: '2025-05-19',
      kind: 'statement',
      text: {
        en: 'Viet Nam announces that the signing ceremony will be held in Hanoi on 25–26 October 2025.',
      },
      source: 'hanoi-dates',
    },
    {
      id: 'eu-authorisation',
      date: '2025-10-13',
      kind: 'statement',
      text: { en: 'The Council of the EU allows the Commission and the member states to sign.' },
      source: 'wam-eu',
    },
    {
      id: 'russia-decision',
      date: '2025-10-23',
      kind: 'statement',
      text: { en: 'President Putin instructs that Russia sign the convention.' },
      source: 'tass-2025',
    },
    {
      id: 'hanoi-signing',
      date: '2025-10-25',
      endDate: '2025-10-26',
      kind: 'signature-opens',
      text: {
        en:
          'Opening for signature at a ceremony in Hanoi. Viet Nam signs first; the EU, China, Russia, the ' +
          'UK, Australia and Brazil are among the signatories. The US, Canada, New Zealand, Japan, India, ' +
          'Mexico and Israel do not sign there.',
      },
      source: 'untc',
      alsoSources: ['helpnet', 'unnews-ar', 'newshour'],
    },
    {
      id: 'us-not-signing',
      date: '2025-10-27',
      kind: 'statement',
      text: {
        en: 'The US State Department confirms the United States did not sign and is still reviewing the treaty.',
      },
      source: 'cybernews-us',
      alsoSources: ['dpoworks'],
    },
    {
      id: 'signature-closes',
      date: '2026-12-31',
      kind: 'signature-closes',
      text: {
        en: 'Last day on which the convention can be signed, at UN Headquarters in New York (Art. 64).',
      },
      source: 'untc',
    },
  ],
  counts: [
    {
      kind: 'signatories',
      value: 65,
      asOf: '2025-10-25',
      source: 'unnews-ar',
      note: {
        en: 'First day of the Hanoi ceremony. Viet Nam’s Ministry of Public Security gives 64 for that day.',
      },
      alsoSources: ['cand'],
    },
    {
      kind: 'signatories',
      value: 72,
      asOf: '2025-10-26',
      source: 'untc',
      alsoSources: ['cand', 'helpnet'],
      note: {
        en:
          'Total after the two-day Hanoi ceremony, per the UN Treaty Collection and UNODC. Press reports ' +
          'ranged from 60 to 71 while the ceremony was still under way.',
      },
    },
    {
      kind: 'signatories',
      value: 74,
      asOf: '2026-03',
      source: 'machineherald',
      // The same blog's ratification count (Qatar) is unconfirmed too: a total that names no states,
      // read second hand, is a report, not a figure (src/knowledge/README.md, one rule).
      unconfirmed: true,
      note: {
        en:
          'Secondary source (an article that cites Wikipedia); no depositary copy of this date was read, ' +
          'so the figure is kept out of the status.',
      },
    },
    {
      kind: 'signatories',
      value: 76,
      asOf: '2026-05',
      source: 'michaelgeist-2026',
      unconfirmed: true,
      note: {
        en:
          'Seen only in a news digest that summarises this article; the article itself was not read, so ' +
          'the figure is kept out of the status.',
      },
    },
    {
      kind: 'parties',
      value: 0,
      asOf: '2025-11-19',
      source: 'nl-un',
      alsoSources: ['untc'],
      note: {
        en:
          'The depositary copies read (the newest records a signature of 19 November 2025) show signatures ' +
          'only. Later press reports of ratifications were not confirmed by a depositary record.',
      },
    },
    {
      kind: 'parties',
      value: 1,
      asOf: '2026-05',
      source: 'machineherald',
      unconfirmed: true,
      note: {
        en: 'Press report that Qatar had ratified; no date and no UN Treaty Collection entry seen.',
      },
    },
  ],
  entryIntoForce: {
    text: {
      en:
        'Enters into force on the ninetieth day after the fortieth instrument of ratification, acceptance, ' +
        'approval or accession is deposited. An instrument deposited by a regional economic integration ' +
        'organisation such as the EU is not counted in addition to those of its member states (Art. 65).',
    },
    threshold: 40,
    delay: { kind: 'days-after', days: 90 },
    organisationsCount: false,
    source: 'untc',
  },
  signature: {
    text: {
      en:
        'Open to all states and regional economic integration organisations in Hanoi on 25–26 October ' +
        '2025, then at UN Headquarters in New York until 31 December 2026 (Art. 64).',
    },
    opens: '2025-10-25',
    closes: '2026-12-31',
    source: 'untc',
    alsoSources: ['unodc-home'],
  },
  criticisms: [
    {
      by: { en: 'Electronic Frontier Foundation (EFF)' },
      text: {
        en:
          'Opens wide channels for cross-border surveillance and data sharing that go well beyond ' +
          'cybercrime, without enforceable human-rights safeguards; the four-year threshold for “serious ' +
          'crime” can cover peaceful speech, protest, journalism or LGBTQ+ expression in many countries, ' +
          'and cooperation is expected even where courts are not independent. Asked governments not to sign.',
      },
      short: { en: 'Surveillance well beyond cybercrime, without enforceable safeguards.' },
      shortBy: { en: 'EFF' },
      date: '2025-10',
      source: 'scworld',
    },
    {
      by: { en: 'Human Rights Watch' },
      text: {
        en:
          'Requires states to build broad electronic surveillance powers and to share evidence of any ' +
          'serious crime, even one unrelated to computers, without adequate safeguards; urged states not ' +
          'to ratify.',
      },
      short: { en: 'Surveillance powers shared for any serious crime.' },
      shortBy: { en: 'Human Rights Watch' },
      date: '2024-12',
      // Human Rights Watch's own statement first; the press report corroborates it.
      source: 'hrw-2024',
      alsoSources: ['commondreams'],
    },
    {
      by: { en: 'Coalition of NGOs (joint statement before the Hanoi signing)' },
      text: {
        en:
          'Domestic safeguards are weak and there are no treaty-wide tests of legality, necessity and ' +
          'proportionality; security researchers, whistleblowers, activists and journalists are not ' +
          'protected enough. Urged states neither to sign nor to ratify.',
      },
      date: '2025-10',
      source: 'decrim',
    },
    {
      by: { en: 'Access Now' },
      text: {
        en:
          'Criminalises too broadly and protects rights and security research too little; could make it ' +
          'easier to extradite people their own governments persecute; holding the signing in Viet Nam ' +
          'sent the wrong signal.',
      },
      source: 'accessnow-faq',
      alsoSources: ['politis'],
    },
    {
      by: {
        en: 'Cybersecurity Tech Accord (industry coalition including Microsoft, Meta and Cisco)',
      },
      text: {
        en:
          'Leaves security researchers and penetration testers exposed to prosecution and lets ' +
          'governments exchange personal data secretly, with no transparency or way to challenge it; ' +
          'called it a surveillance treaty.',
      },
      source: 'techaccord-2024',
      alsoSources: ['techaccord-2023', 'cna'],
    },
    {
      by: { en: 'Business delegation of more than 160 technology firms' },
      text: { en: 'Reportedly stayed away from the Hanoi signing ceremony in protest.' },
      date: '2025-10',
      source: 'particle',
    },
    {
      by: { en: 'Microsoft (Amy Hogan-Burney)' },
      text: {
        en:
          'The draft was too vague and could become a tool for intrusive data access and for punishing ' +
          'ordinary security work and ethical hacking.',
      },
      date: '2023-08',
      source: 'record-ms',
    },
    {
      by: { en: 'International Chamber of Commerce (ICC)' },
      text: {
        en:
          'Permits data collection without proper safeguards or judicial review, raises compliance costs, ' +
          'may criminalise security research, and forced help to break into systems could endanger ' +
          'national security.',
      },
      source: 'icc',
    },
    {
      by: { en: 'UN Office of the High Commissioner for Human Rights (OHCHR)' },
      text: {
        en:
          'Called for a text fully in line with international human rights law, warning that loosely ' +
          'defined cybercrime offences are used to restrict expression.',
      },
      date: '2024-07-25',
      source: 'ohchr-note',
      alsoSources: ['politis'],
    },
    {
      by: { en: 'ARTICLE 19' },
      text: {
        en:
          'The treaty is not needed and its scope is too wide, with many speech-related offences in the ' +
          'drafts; vague definitions could open the door to surveillance and limits on online freedoms.',
      },
      source: 'a19-2023',
      alsoSources: ['shafaq'],
    },
    {
      by: { en: 'Privacy International' },
      text: {
        en:
          'The scope should be confined to core crimes that depend on computers, and the surveillance ' +
          'and data-collection powers need strict safeguards.',
      },
      source: 'pi',
    },
    {
      by: { en: 'US Chamber of Commerce' },
      text: {
        en:
          'Called the approach fundamentally flawed: Russia had steered the process and data-security and ' +
          'privacy protections fell short. Recommended that the US abstain.',
      },
      date: '2024-08-28',
      source: 'uschamber',
    },
    {
      by: { en: 'Eli Scher-Zagier (Lawfare)' },
      text: {
        en:
          'The Art. 22 jurisdiction clause lends legitimacy to states applying their criminal law to ' +
          'foreigners abroad whose conduct affects their nationals.',
      },
      source: 'lawfare-bigger',
    },
    {
      by: { en: 'Rights groups, on the choice of host' },
      text: {
        en: 'Questioned Viet Nam as host given its record of arresting people over online posts.',
      },
      date: '2025-10',
      source: 'cna',
    },
    {
      by: { en: 'R3D and other civil-society groups (joint statement)' },
      text: {
        en:
          'Draft Rule 17 of the rules of procedure would let a single objection block an organisation’s ' +
          'accreditation to the Conference of the States Parties.',
      },
      date: '2026-01-27',
      source: 'r3d-2026',
      unconfirmed: true,
      note: {
        en: 'The statement’s full address was not recorded, so it is shown as unconfirmed.',
      },
    },
    {
      by: { en: 'Michael Geist and the Canadian Civil Liberties Association' },
      text: {
        en: 'Criticised Canada’s reported July 2026 signature as a quiet decision to join a surveillance treaty.',
      },
      date: '2026-07',
      source: 'michaelgeist-2026',
      unconfirmed: true,
      note: { en: 'Read only through news digests, not in the original articles.' },
    },
  ],
  support: [
    {
      by: { en: 'UN Secretary-General António Guterres' },
      text: {
        en:
          'The first international criminal-justice treaty agreed in more than twenty years: a platform ' +
          'for exchanging electronic evidence and helping victims while protecting rights online.',
      },
      short: { en: 'The first criminal-justice treaty in twenty years.' },
      shortBy: { en: 'UN Secretary-General' },
      date: '2024-12-24',
      source: 'un-sg-2024',
    },
    {
      by: { en: 'UN Office on Drugs and Crime (UNODC)' },
      text: {
        en:
          'Creates the first global framework for gathering and sharing electronic evidence of all ' +
          'serious crimes and the first worldwide round-the-clock cooperation network, with technical ' +
          'help for developing countries.',
      },
      short: { en: 'A global framework and a 24/7 network to share evidence.' },
      shortBy: { en: 'UNODC' },
      // The UN's own release first; the press report corroborates it.
      source: 'unis-1183',
      alsoSources: ['helpnet'],
    },
    {
      by: { en: 'European Union' },
      text: {
        en:
          'Makes cooperation possible with the roughly 115 UN member states outside the Budapest ' +
          'Convention, contains human-rights and data-protection safeguards and fits existing frameworks.',
      },
      source: 'eeas',
      alsoSources: ['eubusiness', 'cde-ual'],
    },
    {
      by: { en: 'United Kingdom' },
      text: {
        en:
          'Accepts there are risks, but holds that the Art. 24 safeguards are binding, not optional, and ' +
          'apply to cooperation as well; will watch how the treaty is implemented.',
      },
      source: 'govuk',
    },
    {
      by: { en: 'A member of the US negotiating delegation (Lawfare)' },
      text: {
        en:
          'In substance it mirrors the Budapest Convention, and its jurisdiction clause is limited to the ' +
          'eleven offences the treaty defines.',
      },
      source: 'lawfare-defense',
    },
    {
      by: { en: 'United States (2024)' },
      text: {
        en: 'Joined the consensus so the process could move forward and to seek interpretive guidance.',
      },
      date: '2024',
      source: 'ccsp',
    },
    {
      by: { en: 'Brazil (Ministry of Foreign Affairs)' },
      text: {
        en:
          'A useful cooperation tool for protecting victims, with human-rights safeguards; Brazil was a ' +
          'vice-chair of the negotiating committee.',
      },
      date: '2025-10-25',
      source: 'correio',
    },
    {
      by: { en: 'Russia (Ministry of Foreign Affairs)' },
      text: {
        en:
          'A sound basis for police cooperation that respects states’ “digital sovereignty”; its scope ' +
          'could later be widened by a protocol.',
      },
      date: '2024-12',
      source: 'mfa-tg',
    },
    {
      by: { en: 'Viet Nam' },
      text: {
        en: 'A global framework reached by consensus; calls on states to sign and ratify soon.',
      },
      date: '2026-01',
      source: 'vnplus-2026',
    },
    {
      by: { en: 'European Union and its member states (2026)' },
      text: {
        en: 'Committed to implementing the convention effectively, noting that they were among its first signatories.',
      },
      date: '2026-01-26',
      source: 'eeas-ahc-2026',
    },
  ],
  related: [],
};
