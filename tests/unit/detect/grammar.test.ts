import { describe, expect, it } from 'vitest';
import { collectCues, findMentions } from '@/src/detect';
import type { InstrumentId } from '@/src/knowledge/ids';

// The grammar's parts, language by language: each row is a sentence and the one mention it must
// yield (exact span and instrument), or none. The names are written the way the press, ministries,
// NGOs and UN pages write them; the sentences are ours.

const UN: InstrumentId = 'un-cybercrime-convention';
const BUDAPEST: InstrumentId = 'budapest-convention';
const AHC: InstrumentId = 'ad-hoc-committee';

type Row = readonly [lang: string, text: string, name: string, instrument: InstrumentId];

function only(text: string): [string, InstrumentId][] {
  return findMentions(text, { pageCues: collectCues(text) }).map((m) => [m.alias, m.instrument]);
}

const expectOne = (text: string, name: string, instrument: InstrumentId): void => {
  expect(text).toContain(name);
  expect(only(text)).toEqual([[name, instrument]]);
};

describe('grammar: a bracketed abbreviation inside the name', () => {
  it.each<Row>([
    [
      'en',
      'The United Nations (UN) Convention against Cybercrime was adopted.',
      'United Nations (UN) Convention against Cybercrime',
      UN,
    ],
    [
      'fr',
      'La Convention des Nations unies (ONU) contre la cybercriminalité est adoptée.',
      'Convention des Nations unies (ONU) contre la cybercriminalité',
      UN,
    ],
    [
      'es',
      'La Convención de las Naciones Unidas (ONU) contra la Ciberdelincuencia fue firmada.',
      'Convención de las Naciones Unidas (ONU) contra la Ciberdelincuencia',
      UN,
    ],
    [
      'pt',
      'A Convenção das Nações Unidas (ONU) contra o Crime Cibernético foi assinada.',
      'Convenção das Nações Unidas (ONU) contra o Crime Cibernético',
      UN,
    ],
    [
      'it',
      'La Convenzione delle Nazioni Unite (ONU) contro la criminalità informatica è firmata.',
      'Convenzione delle Nazioni Unite (ONU) contro la criminalità informatica',
      UN,
    ],
    [
      'de',
      'Das Übereinkommen der Vereinten Nationen (VN) gegen Cyberkriminalität liegt vor.',
      'Übereinkommen der Vereinten Nationen (VN) gegen Cyberkriminalität',
      UN,
    ],
    [
      'ru',
      'Конвенция Организации Объединенных Наций (ООН) против киберпреступности подписана.',
      'Конвенция Организации Объединенных Наций (ООН) против киберпреступности',
      UN,
    ],
    [
      'uk',
      "Конвенція Організації Об'єднаних Націй (ООН) проти кіберзлочинності ухвалена.",
      "Конвенція Організації Об'єднаних Націй (ООН) проти кіберзлочинності",
      UN,
    ],
    [
      'pl',
      'Konwencja Organizacji Narodów Zjednoczonych (ONZ) przeciwko cyberprzestępczości weszła.',
      'Konwencja Organizacji Narodów Zjednoczonych (ONZ) przeciwko cyberprzestępczości',
      UN,
    ],
    [
      'tr',
      'Birleşmiş Milletler (BM) Siber Suç Sözleşmesi kabul edildi.',
      'Birleşmiş Milletler (BM) Siber Suç Sözleşmesi',
      UN,
    ],
    [
      'vi',
      'Công ước của Liên hợp quốc (LHQ) về chống tội phạm mạng được ký.',
      'Công ước của Liên hợp quốc (LHQ) về chống tội phạm mạng',
      UN,
    ],
    [
      'id',
      'Konvensi Perserikatan Bangsa-Bangsa (PBB) tentang Kejahatan Siber disahkan.',
      'Konvensi Perserikatan Bangsa-Bangsa (PBB) tentang Kejahatan Siber',
      UN,
    ],
    ['ko', '정부는 유엔(UN) 사이버범죄협약에 서명했다.', '유엔(UN) 사이버범죄협약', UN],
    [
      'ar',
      'اعتمدت اتفاقية الأمم المتحدة (UN) لمكافحة الجريمة السيبرانية بالإجماع.',
      'اتفاقية الأمم المتحدة (UN) لمكافحة الجريمة السيبرانية',
      UN,
    ],
  ])('%s: %s', (_, text, name, instrument) => expectOne(text, name, instrument));
});

describe('grammar: prepositions and subject phrases', () => {
  it.each<Row>([
    [
      'en',
      'The UN Convention to Combat Cybercrime was adopted.',
      'UN Convention to Combat Cybercrime',
      UN,
    ],
    ['en', 'The UN Treaty against Cybercrime was adopted.', 'UN Treaty against Cybercrime', UN],
    [
      'fr',
      'La Convention des Nations unies sur la lutte contre la cybercriminalité est adoptée.',
      'Convention des Nations unies sur la lutte contre la cybercriminalité',
      UN,
    ],
    [
      'fr',
      "La Convention de l'ONU sur la cybercriminalité est adoptée.",
      "Convention de l'ONU sur la cybercriminalité",
      UN,
    ],
    [
      'es',
      'La Convención de la ONU para combatir el cibercrimen fue adoptada.',
      'Convención de la ONU para combatir el cibercrimen',
      UN,
    ],
    [
      'es',
      'La Convención de Naciones Unidas sobre Ciberdelincuencia fue adoptada.',
      'Convención de Naciones Unidas sobre Ciberdelincuencia',
      UN,
    ],
    [
      'pt',
      'A Convenção da ONU sobre Crimes Cibernéticos foi adotada.',
      'Convenção da ONU sobre Crimes Cibernéticos',
      UN,
    ],
    [
      'it',
      'La Convenzione ONU contro il cybercrime è adottata.',
      'Convenzione ONU contro il cybercrime',
      UN,
    ],
    [
      'it',
      'La Convenzione delle Nazioni Unite per la lotta alla criminalità informatica è adottata.',
      'Convenzione delle Nazioni Unite per la lotta alla criminalità informatica',
      UN,
    ],
    [
      'de',
      'Das UN-Abkommen zur Bekämpfung der Cyberkriminalität ist beschlossen.',
      'UN-Abkommen zur Bekämpfung der Cyberkriminalität',
      UN,
    ],
    [
      'ru',
      'Конвенция ООН по борьбе с киберпреступностью вступит в силу.',
      'Конвенция ООН по борьбе с киберпреступностью',
      UN,
    ],
    [
      'ru',
      'Подписана Конвенция ООН по противодействию киберпреступности.',
      'Конвенция ООН по противодействию киберпреступности',
      UN,
    ],
    [
      'ru',
      'Принята Конвенция ООН против IT-преступлений.',
      'Конвенция ООН против IT-преступлений',
      UN,
    ],
    [
      'uk',
      'Ухвалено Конвенцію ООН про боротьбу з кіберзлочинністю.',
      'Конвенцію ООН про боротьбу з кіберзлочинністю',
      UN,
    ],
    [
      'pl',
      'Podpisano Konwencję ONZ w sprawie zwalczania cyberprzestępczości.',
      'Konwencję ONZ w sprawie zwalczania cyberprzestępczości',
      UN,
    ],
    [
      'vi',
      'Công ước LHQ về phòng, chống tội phạm mạng được thông qua.',
      'Công ước LHQ về phòng, chống tội phạm mạng',
      UN,
    ],
    [
      'id',
      'Konvensi PBB Melawan Kejahatan Siber disahkan.',
      'Konvensi PBB Melawan Kejahatan Siber',
      UN,
    ],
    [
      'tr',
      'BM Siber Suçla Mücadele Sözleşmesi kabul edildi.',
      'BM Siber Suçla Mücadele Sözleşmesi',
      UN,
    ],
    [
      'nl',
      'Het Verdrag van de Verenigde Naties ter bestrijding van cybercriminaliteit is aangenomen.',
      'Verdrag van de Verenigde Naties ter bestrijding van cybercriminaliteit',
      UN,
    ],
    [
      'de',
      'Die Schweiz ist dem Übereinkommen über die Cyberkriminalität des Europarates beigetreten.',
      'Übereinkommen über die Cyberkriminalität',
      BUDAPEST,
    ],
  ])('%s: %s', (_, text, name, instrument) => expectOne(text, name, instrument));
});

describe('grammar: head nouns', () => {
  it.each<Row>([
    ['en', 'The UN cybercrime treaty was adopted.', 'UN cybercrime treaty', UN],
    ['en', 'The UN cybercrime pact was adopted.', 'UN cybercrime pact', UN],
    ['en', 'The UN Cybercrime Agreement was adopted.', 'UN Cybercrime Agreement', UN],
    ['de', 'Die UN-Cybercrime-Konvention ist beschlossen.', 'UN-Cybercrime-Konvention', UN],
    [
      'de',
      'Das UN-Übereinkommen gegen Cyberkriminalität ist beschlossen.',
      'UN-Übereinkommen gegen Cyberkriminalität',
      UN,
    ],
    [
      'de',
      'Das UN-Abkommen gegen Cyberkriminalität ist beschlossen.',
      'UN-Abkommen gegen Cyberkriminalität',
      UN,
    ],
    ['zh', '《联合国打击网络犯罪公约》获得通过。', '联合国打击网络犯罪公约', UN],
    ['zh', '《联合国网络犯罪条约》获得通过。', '联合国网络犯罪条约', UN],
    [
      'fr',
      "Le pacte de l'ONU sur la cybercriminalité inquiète.",
      "pacte de l'ONU sur la cybercriminalité",
      UN,
    ],
    [
      'es',
      'El Tratado de la ONU contra el Cibercrimen preocupa.',
      'Tratado de la ONU contra el Cibercrimen',
      UN,
    ],
  ])('%s: %s', (_, text, name, instrument) => expectOne(text, name, instrument));
});

describe('grammar: scripts and spellings', () => {
  it.each<Row>([
    ['zh-Hant', '聯合國大會通過《聯合國打擊網絡犯罪公約》。', '聯合國打擊網絡犯罪公約', UN],
    ['zh-TW', '學者關注《聯合國網路犯罪公約》的發展。', '聯合國網路犯罪公約', UN],
    ['zh-mixed', '《联合国打击网路犯罪公约》开放签署。', '联合国打击网路犯罪公约', UN],
    ['zh-Hant', '《河內公約》簽署儀式在越南舉行。', '河內公約', UN],
    ['zh-Hant', '《布達佩斯公約》由歐洲理事會通過。', '布達佩斯公約', BUDAPEST],
    [
      'ar-hamza',
      'اعتمدت اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.',
      'اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية',
      UN,
    ],
    [
      'ar-bare',
      'اعتمدت اتفاقية الامم المتحدة لمكافحة الجرائم الالكترونية.',
      'اتفاقية الامم المتحدة لمكافحة الجرائم الالكترونية',
      UN,
    ],
    [
      'ar-heh',
      'اعتمدت اتفاقيه الامم المتحده لمكافحه الجريمه السيبرانيه.',
      'اتفاقيه الامم المتحده لمكافحه الجريمه السيبرانيه',
      UN,
    ],
    [
      'ar-yeh',
      'اعتمدت اتفاقية الأمم المتحدة لمكافحة الجريمة السبرانية.',
      'اتفاقية الأمم المتحدة لمكافحة الجريمة السبرانية',
      UN,
    ],
    [
      'it-apostrophe',
      "La Convenzione ONU contro la criminalita' informatica e' firmata.",
      "Convenzione ONU contro la criminalita' informatica",
      UN,
    ],
    [
      'vi-plain',
      'Công ước Liên Hợp Quốc về chống tội phạm mạng được ký.',
      'Công ước Liên Hợp Quốc về chống tội phạm mạng',
      UN,
    ],
    [
      'ru-yo',
      'Конвенция Организации Объединённых Наций против киберпреступности принята.',
      'Конвенция Организации Объединённых Наций против киберпреступности',
      UN,
    ],
  ])('%s: %s', (_, text, name, instrument) => expectOne(text, name, instrument));
});

describe('grammar: treaty-series numbers in every style', () => {
  it.each<Row>([
    ['en', 'It is listed as ETS No. 185 by the Council of Europe.', 'ETS No. 185', BUDAPEST],
    ['en', 'It is listed as ETS N 185 by the Council of Europe.', 'ETS N 185', BUDAPEST],
    ['en', 'It is listed as ETS No.185 by the Council of Europe.', 'ETS No.185', BUDAPEST],
    ['en', 'It is listed as ETS 185 by the Council of Europe.', 'ETS 185', BUDAPEST],
    ['en', 'It is listed as CETS № 185 by the Council of Europe.', 'CETS № 185', BUDAPEST],
    ['en', 'It is listed as CETS No. 185 by the Council of Europe.', 'CETS No. 185', BUDAPEST],
    ['fr', 'Elle porte le numéro STE n° 185.', 'STE n° 185', BUDAPEST],
    ['fr', 'Elle porte le numéro STCE n° 185.', 'STCE n° 185', BUDAPEST],
    ['es', 'Figura como STE n.º 185 en la serie.', 'STE n.º 185', BUDAPEST],
    [
      'en',
      'It is the European Treaty Series (ETS) No. 185.',
      'European Treaty Series (ETS) No. 185',
      BUDAPEST,
    ],
    ['en', 'It is the European Treaty Series No. 185.', 'European Treaty Series No. 185', BUDAPEST],
    ['en', 'Chart of signatures and ratifications of Treaty No. 185.', 'Treaty No. 185', BUDAPEST],
    ['en', 'Chart of signatures and ratifications of Treaty 185.', 'Treaty 185', BUDAPEST],
  ])('%s: %s', (_, text, name, instrument) => expectOne(text, name, instrument));

  it.each([
    'CETS No. 224 is the Second Additional Protocol.',
    'The bill passed with 185 votes.',
    'ETS No. 1850 is not a treaty.',
  ])('leaves other numbers alone: %s', (text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('grammar: the committee', () => {
  it.each<Row>([
    [
      'en',
      'The Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes met.',
      'Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes',
      AHC,
    ],
    [
      'en',
      'A Special Committee on the development of a comprehensive international convention on countering the use of information and communication technologies for criminal purposes met.',
      'Special Committee on the development of a comprehensive international convention on countering the use of information and communication technologies for criminal purposes',
      AHC,
    ],
    [
      'en',
      'The UN Ad Hoc Committee on Cybercrime met in Vienna.',
      'UN Ad Hoc Committee on Cybercrime',
      AHC,
    ],
    [
      'fr',
      "Le Comité spécial chargé d'élaborer une convention internationale générale sur la lutte contre l'utilisation des technologies de l'information et des communications à des fins criminelles a siégé.",
      "Comité spécial chargé d'élaborer une convention internationale générale sur la lutte contre l'utilisation des technologies de l'information et des communications à des fins criminelles",
      AHC,
    ],
    [
      'fr',
      'Le Comité ad hoc des Nations Unies sur la cybercriminalité a siégé.',
      'Comité ad hoc des Nations Unies sur la cybercriminalité',
      AHC,
    ],
    [
      'es',
      'El Comité ad hoc de la ONU sobre ciberdelincuencia aprobó el texto.',
      'Comité ad hoc de la ONU sobre ciberdelincuencia',
      AHC,
    ],
    [
      'de',
      'Der Ad-hoc-Ausschuss der Vereinten Nationen zur Ausarbeitung einer Konvention gegen Cyberkriminalität tagte.',
      'Ad-hoc-Ausschuss der Vereinten Nationen zur Ausarbeitung einer Konvention gegen Cyberkriminalität',
      AHC,
    ],
    [
      'ru',
      'Специальный комитет по разработке всеобъемлющей международной конвенции о противодействии использованию информационно-коммуникационных технологий в преступных целях завершил работу.',
      'Специальный комитет по разработке всеобъемлющей международной конвенции о противодействии использованию информационно-коммуникационных технологий в преступных целях',
      AHC,
    ],
    [
      'vi',
      'Ủy ban Đặc biệt của Liên hợp quốc về xây dựng công ước phòng chống tội phạm mạng đã họp.',
      'Ủy ban Đặc biệt của Liên hợp quốc về xây dựng công ước phòng chống tội phạm mạng',
      AHC,
    ],
    [
      'zh',
      '拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会举行会议。',
      '拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会',
      AHC,
    ],
  ])(
    '%s: a title with a convention inside is one committee mention: %s',
    (_, text, name, instrument) => expectOne(text, name, instrument),
  );

  it('reads the short forms as the committee where the text is about cybercrime', () => {
    const text =
      'The Ad Hoc Committee on Cybercrime (AHC) met in Vienna; at the AHC, delegates argued over cybercrime offences.';
    expect(only(text).map(([, id]) => id)).toEqual([AHC, AHC, AHC]);
  });
});

describe('grammar: descriptions are not names', () => {
  it.each([
    ['en', "The UN's first comprehensive cybercrime treaty was adopted on Tuesday."],
    ['en', 'Critics say a global convention on cybercrime could be abused.'],
    ['en', 'A new Convention against Cybercrime is needed, the delegate said.'],
    ['de', 'Russland fordert seit Jahren eine internationale Konvention gegen Cyberkriminalität.'],
    ['fr', 'Un traité mondial sur la cybercriminalité menace les libertés.'],
    ['es', 'Un tratado global contra el cibercrimen podría vulnerar derechos.'],
    ['ru', 'Принят проект конвенции по борьбе с киберпреступностью.'],
    ['zh', '联合国首部全球性打击网络犯罪条约获得通过。'],
    ['id', 'Aktivis khawatir sebuah perjanjian global tentang kejahatan siber akan disahkan.'],
  ])('%s: %s', (_, text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('grammar: an article and adjectives before a marked name keep it a name', () => {
  it.each<Row>([
    ['en', 'It is a new Budapest Convention for the digital age.', 'Budapest Convention', BUDAPEST],
    [
      'en',
      'Can a unified UN International Cybercrime Convention work?',
      'UN International Cybercrime Convention',
      UN,
    ],
  ])('%s: %s', (_, text, name, instrument) => expectOne(text, name, instrument));
});

describe('grammar: other instruments with similar names', () => {
  it.each([
    ['en', 'The Budapest Memorandum of 1994 gave Ukraine security assurances.'],
    [
      'en',
      'The Budapest Treaty on the International Recognition of the Deposit of Microorganisms dates from 1977.',
    ],
    [
      'de',
      'Der Budapester Vertrag über die Hinterlegung von Mikroorganismen ist für Patente wichtig.',
    ],
    [
      'es',
      'El Tratado de Budapest sobre el reconocimiento internacional del depósito de microorganismos.',
    ],
    [
      'en',
      'The United Nations Convention against Transnational Organized Crime was adopted in Palermo.',
    ],
    ['en', 'The UN Convention against Corruption (UNCAC) was adopted in 2003.'],
    ['en', 'The Arab Convention on Combating Information Technology Offences entered into force.'],
    ['en', 'The African Union Malabo Convention entered into force in 2023.'],
    ['zh', '《联合国打击跨国有组织犯罪公约》于2000年通过。'],
    [
      'ru',
      'Соглашение СНГ о сотрудничестве в борьбе с преступлениями в сфере компьютерной информации.',
    ],
  ])('%s: %s', (_, text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('tolerance: one slip in a long word of a multi-word name', () => {
  it.each<Row>([
    [
      'en',
      'The United Nations Convention against Cybercime was adopted.',
      'United Nations Convention against Cybercime',
      UN,
    ],
    [
      'en',
      'The United Nations Conventtion against Cybercrime was adopted.',
      'United Nations Conventtion against Cybercrime',
      UN,
    ],
    ['en', 'The UN Ad Hoc Comittee on Cybercrime met.', 'UN Ad Hoc Comittee on Cybercrime', AHC],
    [
      'fr',
      'La Convention des Nations unies contre la cybercrimminalité est adoptée.',
      'Convention des Nations unies contre la cybercrimminalité',
      UN,
    ],
    [
      'ru',
      'Конвенция ООН против киберпреступноси принята.',
      'Конвенция ООН против киберпреступноси',
      UN,
    ],
  ])('%s: %s', (_, text, name, instrument) => expectOne(text, name, instrument));

  it.each([
    ['abbreviation', 'The AHHC met on cybercrime.'],
    ['series number', 'It is ETS No. 1855 on cybercrime.'],
    ['one-word name', 'Het Cybercrimeverdragg is getekend.'],
    ['two slips', 'The United Nations Convention against Cybrcime was adopted.'],
    ['first letter', 'The United Nations Convention against Xybercrime was adopted.'],
  ])('not in a %s: %s', (_, text) => {
    expect(only(text)).toEqual([]);
  });
});
