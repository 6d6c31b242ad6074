import { describe, expect, it } from 'vitest';
import { addCues, collectCues, findMentions, type Mention } from '@/src/detect';
import type { InstrumentId } from '@/src/knowledge/ids';

const UN: InstrumentId = 'un-cybercrime-convention';
const BUDAPEST: InstrumentId = 'budapest-convention';
const AHC: InstrumentId = 'ad-hoc-committee';

/** The mentions as [alias, instrument] pairs, the shape most rows compare. */
function pairs(text: string): [string, InstrumentId][] {
  return findMentions(text, { pageCues: collectCues(text) }).map((m) => [m.alias, m.instrument]);
}

describe('findMentions', () => {
  describe('alias forms', () => {
    it.each([
      [
        'en',
        'Ministers discussed the United Nations Convention against Cybercrime on Monday.',
        'United Nations Convention against Cybercrime',
        UN,
      ],
      [
        'en',
        'Critics call the UN cybercrime treaty a surveillance pact.',
        'UN cybercrime treaty',
        UN,
      ],
      ['en', 'Delegates flew in for the Hanoi Convention ceremony.', 'Hanoi Convention', UN],
      [
        'en',
        'Brazil joined the Budapest Convention on Cybercrime last year.',
        'Budapest Convention on Cybercrime',
        BUDAPEST,
      ],
      ['en', 'The text is listed as CETS No. 185 in the treaty office.', 'CETS No. 185', BUDAPEST],
      [
        'en',
        'Observers followed the Council of Europe Convention on Cybercrime closely.',
        'Council of Europe Convention on Cybercrime',
        BUDAPEST,
      ],
      [
        'fr',
        'Le Sénat examine la Convention des Nations Unies contre la cybercriminalité.',
        'Convention des Nations Unies contre la cybercriminalité',
        UN,
      ],
      [
        'fr',
        'Paris a ratifié la Convention de Budapest il y a longtemps.',
        'Convention de Budapest',
        BUDAPEST,
      ],
      [
        'es',
        'El país firmó la Convención de la ONU contra el Cibercrimen en octubre.',
        'Convención de la ONU contra el Cibercrimen',
        UN,
      ],
      ['es', 'México estudia adherirse al Convenio de Budapest.', 'Convenio de Budapest', BUDAPEST],
      [
        'pt',
        'O Brasil assinou a Convenção das Nações Unidas contra o Crime Cibernético.',
        'Convenção das Nações Unidas contra o Crime Cibernético',
        UN,
      ],
      ['it', "L'Italia ha firmato la Convenzione di Hanoi nel 2025.", 'Convenzione di Hanoi', UN],
      ['de', 'Der Bundestag berät über die Budapest-Konvention.', 'Budapest-Konvention', BUDAPEST],
      [
        'de',
        'Die UN-Konvention gegen Cyberkriminalität ist umstritten.',
        'UN-Konvention gegen Cyberkriminalität',
        UN,
      ],
      [
        'nl',
        'Het Verdrag van Boedapest geldt al jaren in Nederland.',
        'Verdrag van Boedapest',
        BUDAPEST,
      ],
      [
        'ru',
        'Эксперты сравнили Будапештскую конвенцию с новым текстом.',
        'Будапештскую конвенцию',
        BUDAPEST,
      ],
      [
        'uk',
        'Україна давно приєдналася до Будапештської конвенції.',
        'Будапештської конвенції',
        BUDAPEST,
      ],
      [
        'pl',
        'Sejm omawiał Konwencję budapeszteńską w zeszłym tygodniu.',
        'Konwencję budapeszteńską',
        BUDAPEST,
      ],
      [
        'sr',
        'Srbija je potpisala Konvenciju o visokotehnološkom kriminalu Saveta Evrope 2001.',
        'Konvenciju o visokotehnološkom kriminalu',
        BUDAPEST,
      ],
      [
        'ca',
        'El Parlament debat el Conveni de Budapest aquesta setmana.',
        'Conveni de Budapest',
        BUDAPEST,
      ],
      ['tr', 'Türkiye Budapeşte Sözleşmesine taraf oldu.', 'Budapeşte Sözleşmesine', BUDAPEST],
      [
        'id',
        'Indonesia menandatangani Konvensi PBB tentang Kejahatan Siber tahun lalu.',
        'Konvensi PBB tentang Kejahatan Siber',
        UN,
      ],
      ['vi', 'Nhiều nước đã ký Công ước Hà Nội trong hai ngày.', 'Công ước Hà Nội', UN],
      ['ar', 'وقعت دول كثيرة على معاهدة هانوي هذا العام.', 'معاهدة هانوي', UN],
      ['zh', '多国代表出席了河内公约签署仪式。', '河内公约', UN],
      ['ja', '日本はブダペスト条約の締約国である。', 'ブダペスト条約', BUDAPEST],
      ['ko', '정부는 부다페스트협약 가입을 추진했다.', '부다페스트협약', BUDAPEST],
      ['th', 'ประเทศไทยศึกษาอนุสัญญาบูดาเปสต์มาหลายปี', 'อนุสัญญาบูดาเปสต์', BUDAPEST],
    ] as const)('finds a %s name: %s', (_, text, alias, instrument) => {
      expect(pairs(text)).toContainEqual([alias, instrument]);
    });
  });

  describe('inflection', () => {
    it.each([
      ['Депутаты обсудили проект Ханойской конвенции.', 'Ханойской конвенции', UN],
      ['Россия не подписала Будапештскую конвенцию.', 'Будапештскую конвенцию', BUDAPEST],
      [
        'Министр говорил о Конвенции ООН против киберпреступности.',
        'Конвенции ООН против киберпреступности',
        UN,
      ],
      [
        'Текст Конвенции Совета Европы о киберпреступности известен давно.',
        'Конвенции Совета Европы о киберпреступности',
        BUDAPEST,
      ],
      [
        'Die Ratifizierung des Übereinkommens über Computerkriminalität des Europarats 2001 dauerte.',
        'Übereinkommens über Computerkriminalität',
        BUDAPEST,
      ],
      [
        'Polska ratyfikowała Konwencję Rady Europy o cyberprzestępczości.',
        'Konwencję Rady Europy o cyberprzestępczości',
        BUDAPEST,
      ],
      [
        'Projekt Konwencji Narodów Zjednoczonych przeciwko cyberprzestępczości przyjęto.',
        'Konwencji Narodów Zjednoczonych przeciwko cyberprzestępczości',
        UN,
      ],
    ] as const)('finds the inflected form in %s', (text, alias, instrument) => {
      expect(pairs(text)).toEqual([[alias, instrument]]);
    });
  });

  describe('text as pages write it', () => {
    it.each([
      [
        'a non-breaking space',
        'We support the Budapest\u00a0Convention fully.',
        'Budapest\u00a0Convention',
      ],
      ['a line break', 'We support the Budapest\nConvention fully.', 'Budapest\nConvention'],
      [
        'a run of spaces and tabs',
        'We support the Budapest \t  Convention fully.',
        'Budapest \t  Convention',
      ],
      [
        'a zero-width space',
        'We support the Budapest\u200bConvention fully.',
        'Budapest\u200bConvention',
      ],
      [
        'a soft hyphen inside a word',
        'We support the Buda\u00adpest Convention fully.',
        'Buda\u00adpest Convention',
      ],
      ['capitals', 'WE SUPPORT THE BUDAPEST CONVENTION FULLY.', 'BUDAPEST CONVENTION'],
      [
        'full-width letters',
        'ＵＮＣＣと呼ばれる国連サイバー犯罪条約について',
        '国連サイバー犯罪条約',
      ],
      [
        'a curly apostrophe',
        'La Convenzione del Consiglio d’Europa sulla criminalità informatica è in vigore.',
        'Convenzione del Consiglio d’Europa sulla criminalità informatica',
      ],
      [
        'an en dash',
        'Die UN–Cybercrime–Konvention wurde 2024 beschlossen.',
        'UN–Cybercrime–Konvention',
      ],
      [
        'a glued word from a proxy',
        'Read aboutTheUnited Nations Convention against Cybercrime here.',
        'United Nations Convention against Cybercrime',
      ],
      [
        'markdown link syntax',
        'See [UN Cybercrime Convention](https://example.org/un-cybercrime-convention) now.',
        'UN Cybercrime Convention',
      ],
      ['table pipes', '| Budapest Convention | 2001 |', 'Budapest Convention'],
      [
        'Korean quotes inside the name',
        '이른바 ‘부다페스트’ 조약에 가입했다.',
        '‘부다페스트’ 조약',
      ],
      ['Chinese title marks', '《布达佩斯公约》于2001年开放签署。', '布达佩斯公约'],
      ['Thai without spaces', 'อนุสัญญาบูดาเปสต์คือความตกลงระหว่างประเทศ', 'อนุสัญญาบูดาเปสต์'],
      [
        'Arabic with a conjunction prefix',
        'ناقش الوزراء واتفاقية بودابست أيضا.',
        'اتفاقية بودابست',
      ],
      [
        'Arabic with hamza variants',
        'صادقت الدول على اتفاقية الامم المتحدة لمكافحة الجريمة السيبرانية.',
        'اتفاقية الامم المتحدة لمكافحة الجريمة السيبرانية',
      ],
      [
        'ё for е',
        'Конвенция Организации Объединённых Наций против киберпреступности принята.',
        'Конвенция Организации Объединённых Наций против киберпреступности',
      ],
    ] as const)('copes with %s', (_, text, alias) => {
      expect(pairs(text).map(([a]) => a)).toContain(alias);
    });

    it('reads through pinyin readings in scraped Chinese', () => {
      expect(pairs('中國簽署了《聯(lián)合國打擊網(wǎng)絡(luò)犯罪公約》。')).toEqual([
        ['聯(lián)合國打擊網(wǎng)絡(luò)犯罪公約', UN],
      ]);
    });

    it('tolerates a dropped letter in Budapest', () => {
      expect(pairs('They cited the Bdapest Convention twice.')).toEqual([
        ['Bdapest Convention', BUDAPEST],
      ]);
    });

    it('gives UTF-16 offsets after astral characters', () => {
      const text = '🔒🔒 Budapest Convention';
      const [m] = findMentions(text);
      expect(m?.start).toBe(5);
      expect(text.slice(m?.start, m?.end)).toBe('Budapest Convention');
    });

    it('ignores names inside URLs', () => {
      expect(pairs('Source: https://example.org/news/budapest-convention-anniversary')).toEqual([]);
    });

    it.each([
      ['a longer word before', 'xbudapest convention'],
      ['a longer word after', 'the Budapest Conventionality of it'],
      ['letters after an abbreviation', 'UNCCX is a file format.'],
    ])('finds nothing with %s', (_, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('overlaps', () => {
    it('reports the Ad Hoc Committee full name as one mention', () => {
      const text =
        'The Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes met in Vienna.';
      expect(pairs(text)).toEqual([[text.slice(4, text.indexOf(' met')), AHC]]);
    });

    it('prefers the longest name at the same start', () => {
      expect(
        pairs('Le Comité ad hoc des Nations Unies sur la cybercriminalité siège à Vienne.'),
      ).toEqual([['Comité ad hoc des Nations Unies sur la cybercriminalité', AHC]]);
    });

    it('keeps an inserted adjective inside the UN name', () => {
      expect(
        pairs("The UN's new Convention on Cybercrime differs from the Budapest Convention."),
      ).toEqual([
        ["UN's new Convention on Cybercrime", UN],
        ['Budapest Convention', BUDAPEST],
      ]);
    });

    it('never returns overlapping mentions', () => {
      const text =
        'Budapest Convention on Cybercrime, Convention on Cybercrime, ETS 185, Hanoi Convention, UN Convention against Cybercrime.';
      const found = findMentions(text);
      for (let i = 1; i < found.length; i++) {
        expect(found[i]?.start).toBeGreaterThanOrEqual((found[i - 1] as Mention).end);
      }
      expect(found).toHaveLength(5);
    });
  });

  describe('ambiguous names', () => {
    it.each([
      [
        'Council of Europe',
        'The Council of Europe drafted the Convention on Cybercrime.',
        'Convention on Cybercrime',
        BUDAPEST,
      ],
      [
        'the UN and Hanoi',
        'The Convention on Cybercrime of the UN was signed in Hanoi.',
        'Convention on Cybercrime',
        UN,
      ],
      [
        '2001 and ETS 185',
        'Adopted in 2001, the Cybercrime Convention is treaty ETS 185.',
        'Cybercrime Convention',
        BUDAPEST,
      ],
      [
        'resolution 79/243',
        'Resolution 79/243 adopted the Cybercrime Convention by consensus.',
        'Cybercrime Convention',
        UN,
      ],
      [
        'a nearby Hanoi Convention',
        'The UNCC, also called the Hanoi Convention, worries activists.',
        'UNCC',
        UN,
      ],
      [
        'resolution 74/247',
        'By resolution 74/247 the Assembly set up a body; the Ad Hoc Committee then met on cybercrime.',
        'Ad Hoc Committee',
        AHC,
      ],
      [
        'Спецкомитет and cybercrime',
        'Спецкомитет завершил работу над конвенцией против киберпреступности.',
        'Спецкомитет',
        AHC,
      ],
      [
        'Comité spécial and ICT',
        'Le Comité spécial négocie un traité sur la cybercriminalité et les TIC.',
        'Comité spécial',
        AHC,
      ],
      [
        'Japanese 国連 and ハノイ',
        'ハノイで署名されたサイバー犯罪条約は国連で採択された。',
        'サイバー犯罪条約',
        UN,
      ],
      [
        'Spanish ONU',
        'Aprobada en la ONU la Convención sobre el Cibercrimen.',
        'Convención sobre el Cibercrimen',
        UN,
      ],
    ] as const)('decides by %s', (_, text, alias, instrument) => {
      const found = findMentions(text, { pageCues: collectCues(text) });
      expect(found.find((m) => m.alias === alias)).toMatchObject({ instrument, byContext: true });
    });

    it.each([
      ['Convention on Cybercrime', 'Experts praised the Convention on Cybercrime.', BUDAPEST],
      ['サイバー犯罪条約', '専門家はサイバー犯罪条約を評価した。', BUDAPEST],
      ['사이버범죄협약', '전문가들은 사이버범죄협약을 높이 평가했다.', BUDAPEST],
    ] as const)('falls back to the default for %s with no cue', (alias, text, instrument) => {
      expect(findMentions(text)).toEqual([
        expect.objectContaining({ alias, instrument, byContext: false }),
      ]);
    });

    it.each([
      ['Cybercrime Convention', 'Experts praised the Cybercrime Convention.'],
      ['UNCC', 'The UNCC met again.'],
      ['Ad Hoc Committee', 'The Ad Hoc Committee met again.'],
    ])('leaves out %s with no cue', (_, text) => {
      expect(findMentions(text)).toEqual([]);
    });

    it('uses page cues gathered elsewhere on the page', () => {
      const page =
        'Hanoi hosted the signing. The United Nations General Assembly adopted resolution 79/243.';
      const block = 'Experts praised the Cybercrime Convention.';
      expect(findMentions(block)).toEqual([]);
      expect(findMentions(block, { pageCues: collectCues(`${page}\n${block}`) })).toEqual([
        expect.objectContaining({ instrument: UN, byContext: true }),
      ]);
    });

    it('collects page cues piece by piece with the same sum as in one call', () => {
      const pieces = [
        'Hanoi hosted the signing of the United Nations treaty in 2025.',
        'The Council of Europe and its Budapest Convention (ETS No. 185) of 2001.',
        'The UN Convention against Corruption is another matter.',
        'The Ad Hoc Committee on Cybercrime met in New York.',
      ];
      const whole = collectCues(pieces.join('\n'));
      const summed = pieces.map(collectCues).reduce(addCues);
      expect(summed).toEqual(whole);
      expect(Object.values(whole).every((weight) => weight > 0)).toBe(true);
    });
  });

  describe('near misses', () => {
    it.each([
      [
        'UNCAC',
        'The United Nations Convention against Corruption (UNCAC) entered into force in 2005.',
      ],
      [
        'UNTOC',
        'The United Nations Convention against Transnational Organized Crime is known as the Palermo Convention.',
      ],
      [
        'UNTOC in Spanish',
        'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional.',
      ],
      [
        'UNTOC in Portuguese',
        'A Convenção das Nações Unidas contra o Crime Organizado Transnacional.',
      ],
      ['UNTOC in Arabic', 'اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية'],
      ['UNTOC in Chinese', '联合国打击跨国有组织犯罪公约于2000年通过。'],
      ['the Budapest Memorandum', 'Ukraine cites the Budapest Memorandum of 1994.'],
      ['the WIPO Budapest Treaty', 'The Budapest Treaty governs the deposit of microorganisms.'],
      ['Budapest the city', 'The summit was held in Budapest, at the Budapest Congress Center.'],
      ['the Budapest Convention Center', 'The gala took place at the Budapest Convention Center.'],
      [
        'the UN Compensation Commission',
        'The United Nations Compensation Commission (UNCC) paid claims for damage in Kuwait after Iraq invaded.',
      ],
      [
        'the Malabo Convention',
        'The African Union Convention on Cyber Security and Personal Data Protection (Malabo Convention) entered into force.',
      ],
      [
        'the Arab convention',
        'The Arab Convention on Combating Information Technology Offences was signed in Cairo.',
      ],
      ['a national law', 'The Cybercrime Prevention Act of 2012 was challenged in court.'],
      [
        'another ad hoc committee',
        'The Ad Hoc Committee on Measures to Eliminate International Terrorism met in New York.',
      ],
      [
        'the UNCAC ad hoc committee',
        'The Ad Hoc Committee for the Negotiation of a Convention against Corruption met in Vienna.',
      ],
      [
        'a lower-case ad hoc committee',
        'The assembly set up an ad hoc committee to negotiate a treaty on corruption.',
      ],
      [
        'Russia’s information security draft',
        'Russia proposed a Convention on International Information Security in 2011.',
      ],
      [
        'the ASEAN Hanoi Declaration',
        'ASEAN leaders adopted the Hanoi Declaration on cooperation.',
      ],
      ['a generic description', 'They want a convention on cybercrime that respects rights.'],
      ['an indefinite article', 'They want a Convention on Cybercrime that respects rights.'],
      ['a German indefinite article', 'Sie fordern eine Konvention gegen Cyberkriminalität.'],
      [
        'the CMNI convention signed in Budapest',
        'The Budapest Convention on the Contract for the Carriage of Goods by Inland Waterway.',
      ],
      ['Hanoi the city', 'Hà Nội là thủ đô của Việt Nam; Ханой и Hanoi принимают гостей.'],
    ])('does not match %s', (_, text) => {
      expect(pairs(text)).toEqual([]);
    });
  });

  describe('short forms defined in the text', () => {
    it('follows a short form defined after a name', () => {
      const text =
        'Россия поддержала Конвенцию ООН против киберпреступности (далее – Конвенция ООН). Конвенция ООН вступит в силу позже.';
      expect(pairs(text)).toEqual([
        ['Конвенцию ООН против киберпреступности', UN],
        ['Конвенция ООН', UN],
        ['Конвенция ООН', UN],
      ]);
    });

    it('leaves a bare noun defined as a short form alone', () => {
      const text =
        'The Budapest Convention (hereinafter “the Convention”) applies. The Convention is old.';
      expect(pairs(text)).toEqual([['Budapest Convention', BUDAPEST]]);
    });
  });

  describe('context options', () => {
    it('reports only the instruments asked for', () => {
      const text = 'Compare the Budapest Convention with the Hanoi Convention.';
      expect(findMentions(text, { instruments: [UN] }).map((m) => m.alias)).toEqual([
        'Hanoi Convention',
      ]);
    });

    it('returns nothing for text without any name', () => {
      expect(findMentions('Nothing to see here, just the weather in Vienna.')).toEqual([]);
    });

    it('finds mentions far apart in a long text', () => {
      const filler = 'Lorem ipsum dolor sit amet. '.repeat(400);
      const text = `${filler}Budapest Convention. ${filler}Hanoi Convention. ${filler}`;
      expect(pairs(text)).toEqual([
        ['Budapest Convention', BUDAPEST],
        ['Hanoi Convention', UN],
      ]);
    });
  });
});
