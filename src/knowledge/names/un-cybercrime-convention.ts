import type { NameList } from './types';
import {
  DE_TREATY,
  IT_CONVENTION,
  PL_CONVENTION,
  RU_CONVENTION,
  RU_FEM,
  RU_UN,
  SR_CONVENTION,
  SR_CONVENTION_CYR,
  SR_FEM,
  SR_FEM_CYR,
  TR_SUFFIX,
  UK_CONVENTION,
  UK_FEM,
} from './forms';

const UN_EN = "{un|u.n.|united nations}{'s|}";

/** Names of the United Nations Convention against Cybercrime (2024, "Hanoi Convention"). */
export const UN_CYBERCRIME_CONVENTION_NAMES: NameList = [
  // English
  {
    text: 'United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes',
    lang: 'en',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      'united nations convention against cybercrime{;|:|,} strengthening international cooperation for combating certain crimes committed by means of information and communication{s|} technology systems and for the sharing of evidence in electronic form of serious crimes',
  },
  {
    text: 'United Nations Convention against Cybercrime',
    lang: 'en',
    kind: 'official',
    ambiguity: 'none',
    // "Againts" is a typo seen in the wild often enough to keep.
    pattern: `${UN_EN} {historic |new |}convention again{st|ts} cyber{ |-|}crime`,
  },
  {
    text: 'Convention against Cybercrime',
    lang: 'en',
    kind: 'short',
    ambiguity: 'none',
    pattern: 'convention again{st|ts} cyber{ |-|}crime',
    case: 'initial',
    note: 'One word away from the Budapest title ("on Cybercrime"); lower case is a description.',
  },
  {
    text: 'UN Convention on Cybercrime',
    lang: 'en',
    kind: 'informal',
    ambiguity: 'needs-context',
    default: 'un-cybercrime-convention',
    alsoMay: ['budapest-convention'],
    pattern: `${UN_EN} convention on cyber{ |-|}crime`,
    note: 'Used by the EU Council and the Hanoi organisers; without "UN" it is the Budapest title.',
  },
  {
    text: 'United Nations Convention on Countering Cybercrime',
    lang: 'en',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `${UN_EN} convention {on|for} {countering|combating|combatting|fighting} cyber{ |-|}crime`,
  },
  {
    text: 'UN Cybercrime Convention',
    lang: 'en',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `${UN_EN} {international |global |new |proposed |draft |}cyber{ |-|}crime{s|} {draft |}{convention|treaty|pact}`,
    note: 'Before December 2024 the same words name the draft under negotiation.',
  },
  {
    text: 'UN Treaty on Cybercrime',
    lang: 'en',
    kind: 'descriptive',
    ambiguity: 'none',
    pattern: `${UN_EN} treaty {on|against} cyber{ |-|}crime{s|}`,
  },
  {
    text: 'Hanoi Convention',
    lang: 'en',
    kind: 'informal',
    ambiguity: 'none',
    pattern: 'hano{i|ï} {cybercrime |}{convention|treaty}{ on cyber{ |-|}crime|}',
    vetoAfter: ' {cent{er|re}|hall|hotel}',
  },
  {
    text: 'UN Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes',
    lang: 'en',
    kind: 'working-title',
    ambiguity: 'none',
    pattern: `{${UN_EN} |}{comprehensive |}{international |}convention on countering the use of {information and communication{s|} technolog{y|ies}|ict{s|}} for criminal purposes`,
    case: 'initial',
    note: 'Mandate title of GA res. 74/247 and of the Russian 2021 draft.',
  },
  {
    text: 'UNCC',
    lang: 'mul',
    kind: 'abbreviation',
    ambiguity: 'needs-context',
    default: null,
    mayBeOther: true,
    case: 'upper',
    note: 'Also the UN Compensation Commission: needs cybercrime context.',
  },
  // French
  {
    text: 'Convention des Nations Unies contre la cybercriminalité',
    lang: 'fr',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      "convention {des nations unies|de l'onu|onusienne|de l'organisation des nations unies} {contre|sur} la {cybercriminalité|criminalité informatique|cybercrimin{a|}alité}",
  },
  {
    text: 'Convention contre la cybercriminalité',
    lang: 'fr',
    kind: 'short',
    ambiguity: 'none',
    pattern: 'convention contre la cybercriminalité',
    case: 'initial',
    note: 'The Budapest title says «sur»; «contre» is the UN one.',
  },
  {
    text: 'Convention de Hanoï',
    lang: 'fr',
    kind: 'informal',
    ambiguity: 'none',
    pattern: 'convention de hano{ï|i}',
  },
  {
    text: "Traité de l'ONU sur la cybercriminalité",
    lang: 'fr',
    kind: 'descriptive',
    ambiguity: 'none',
    pattern: "traité {de l'onu|des nations unies|onusien} {sur|contre} la cybercriminalité",
  },
  {
    text: "Convention internationale sur la lutte contre la cybercriminalité et l'utilisation des technologies de l'information et de la communication (TIC) à des fins criminelles",
    lang: 'fr',
    kind: 'working-title',
    ambiguity: 'none',
    pattern:
      "convention {internationale |}{globale |générale |}sur la lutte contre {la cybercriminalité et |}l'utilisation des technologies de l'information et {des|de la} communication{s|} {(tic) |}à des fins criminelles",
    case: 'initial',
  },
  // Spanish
  {
    text: 'Convención de las Naciones Unidas contra la Ciberdelincuencia',
    lang: 'es',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      'convención %{de las naciones unidas|de la onu} {contra|para combatir|sobre} {la |el |}{ciberdelincuencia|cibercrimen|delincuencia cibernética|criminalidad informática|ciberdelito}',
  },
  {
    text: 'Convención contra la Ciberdelincuencia',
    lang: 'es',
    kind: 'short',
    ambiguity: 'none',
    pattern: 'convención contra {la|el} {ciberdelincuencia|cibercrimen|delincuencia cibernética}',
    case: 'initial',
  },
  {
    text: 'Convención de Hanói',
    lang: 'es',
    kind: 'informal',
    ambiguity: 'none',
    pattern: '{convención|convenio|tratado} de han{ó|o}i',
  },
  {
    text: 'Tratado de la ONU contra el Cibercrimen',
    lang: 'es',
    kind: 'descriptive',
    ambiguity: 'none',
    pattern:
      'tratado {de la onu|de las naciones unidas} {contra|sobre} {la |el |}{ciberdelincuencia|cibercrimen|delitos cibernéticos}',
  },
  // Portuguese
  {
    text: 'Convenção das Nações Unidas contra o Crime Cibernético',
    lang: 'pt',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      'convenção %{das nações unidas|da onu} {contra|sobre} {o |a |}{crime cibernético|cibercrime|cibercriminalidade|crimes cibernéticos|criminalidade informática}',
  },
  {
    text: 'Convenção contra o Cibercrime',
    lang: 'pt',
    kind: 'short',
    ambiguity: 'none',
    pattern: 'convenção contra o {cibercrime|crime cibernético}',
    case: 'initial',
  },
  {
    text: 'Tratado da ONU contra o Cibercrime',
    lang: 'pt',
    kind: 'descriptive',
    ambiguity: 'none',
    pattern:
      'tratado {da onu|das nações unidas} {contra|sobre} {o |a |os |}{cibercrime|crime cibernético|crimes cibernéticos|cibercriminalidade}',
  },
  {
    text: 'Convenção de Hanói',
    lang: 'pt',
    kind: 'informal',
    ambiguity: 'none',
    pattern: 'convenção de han{ó|o}i',
  },
  // Italian
  {
    text: 'Convenzione delle Nazioni Unite contro la criminalità informatica',
    lang: 'it',
    kind: 'official',
    ambiguity: 'none',
    pattern: `{${IT_CONVENTION}|trattato} {delle nazioni unite|onu|dell'onu} {contro|sulla|sul|per la lotta {al|alla}} {la |il |}{criminalità informatica|cybercrime|cibercriminalità|cybercriminalità|crimine informatico}`,
  },
  {
    text: 'Convenzione contro la criminalità informatica',
    lang: 'it',
    kind: 'short',
    ambiguity: 'none',
    pattern: `${IT_CONVENTION} contro {la criminalità informatica|il cybercrime|la cibercriminalità|la cybercriminalità}`,
    case: 'initial',
  },
  {
    text: 'Convenzione di Hanoi',
    lang: 'it',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `${IT_CONVENTION} di hanoi`,
  },
  // German
  {
    text: 'Übereinkommen der Vereinten Nationen gegen Cyberkriminalität',
    lang: 'de',
    kind: 'official',
    ambiguity: 'none',
    pattern: `${DE_TREATY} der vereinten nationen {gegen|über|zur bekämpfung der} {cyberkriminalität|computerkriminalität|internetkriminalität}`,
  },
  {
    text: 'UN-Konvention gegen Cyberkriminalität',
    lang: 'de',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `{un|vn|uno}-${DE_TREATY} {gegen|über|zur bekämpfung von|zur bekämpfung der} {cyberkriminalität|computerkriminalität|cybercrime|internetkriminalität}`,
  },
  {
    text: 'UN-Cybercrime-Konvention',
    lang: 'de',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `{un|vn|uno}-{cybercrime|cyberkriminalitäts|cyber-crime}-${DE_TREATY}`,
  },
  {
    text: 'Cybercrime-Konvention der Vereinten Nationen',
    lang: 'de',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `{cybercrime|cyberkriminalitäts}-${DE_TREATY} der {vereinten nationen|un|uno}`,
  },
  {
    text: 'Konvention gegen Cyberkriminalität',
    lang: 'de',
    kind: 'short',
    ambiguity: 'none',
    pattern: `${DE_TREATY} gegen {cyberkriminalität|computerkriminalität}`,
    case: 'initial',
    note: 'The Budapest title says «über».',
  },
  {
    text: 'Hanoi-Konvention',
    lang: 'de',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `hanoi{er|}-${DE_TREATY}`,
  },
  // Dutch
  {
    text: 'Verdrag van de Verenigde Naties tegen computercriminaliteit',
    lang: 'nl',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      '{verdrag|conventie} van de verenigde naties {tegen|inzake} {computercriminaliteit|cybercriminaliteit|cybercrime}',
  },
  {
    text: 'VN-verdrag tegen cybercriminaliteit',
    lang: 'nl',
    kind: 'informal',
    ambiguity: 'none',
    pattern:
      '{vn|un}-{cybercrimeverdrag|{verdrag|conventie} {tegen|inzake} {computercriminaliteit|cybercriminaliteit|cybercrime}}',
  },
  {
    text: 'Verdrag van Hanoi',
    lang: 'nl',
    kind: 'informal',
    ambiguity: 'none',
    pattern: '{verdrag|conventie} van hanoi',
  },
  // Russian
  {
    text: 'Конвенция Организации Объединенных Наций против киберпреступности; укрепление международного сотрудничества в борьбе с определенными преступлениями, совершаемыми с использованием информационно-коммуникационных систем, и в обмене доказательствами в электронной форме, относящимися к серьезным преступлениям',
    lang: 'ru',
    kind: 'official',
    ambiguity: 'none',
    pattern: `${RU_CONVENTION} ${RU_UN} против киберпреступности{;|:|,} укрепление международного сотрудничества в борьбе с определенными преступлениями, совершаемыми с использованием информационно-коммуникационных систем, и в обмене доказательствами в электронной форме, относящимися к серьезным преступлениям`,
  },
  {
    text: 'Конвенция ООН против киберпреступности',
    lang: 'ru',
    kind: 'short',
    ambiguity: 'none',
    pattern: `${RU_CONVENTION} ${RU_UN} {(оон) |}{против киберпреступности|по {борьбе с|противодействию} киберпреступност{ью|и}|по киберпреступности}`,
  },
  {
    text: 'Конвенция против киберпреступности',
    lang: 'ru',
    kind: 'short',
    ambiguity: 'none',
    pattern: `${RU_CONVENTION} против киберпреступности`,
    note: 'The UN short title; the Budapest one is «о киберпреступности».',
  },
  {
    text: 'Конвенция ООН о киберпреступности',
    lang: 'ru',
    kind: 'informal',
    ambiguity: 'needs-context',
    default: 'un-cybercrime-convention',
    alsoMay: ['budapest-convention'],
    pattern: `${RU_CONVENTION} оон о киберпреступности`,
  },
  {
    text: 'Ханойская конвенция',
    lang: 'ru',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `ханойск${RU_FEM} ${RU_CONVENTION}{ оон|}`,
  },
  {
    text: 'Конвенция ООН о противодействии использованию информационно-коммуникационных технологий в преступных целях',
    lang: 'ru',
    kind: 'working-title',
    ambiguity: 'none',
    pattern: `{всеобъемлющ{ая|ей|ую} международн${RU_FEM} |}${RU_CONVENTION} {${RU_UN} |}о противодействии использованию {информационно-коммуникационных технологий|икт} в преступных целях`,
  },
  // Ukrainian
  {
    text: 'Конвенція ООН проти кіберзлочинності',
    lang: 'uk',
    kind: 'short',
    ambiguity: 'none',
    pattern: `${UK_CONVENTION} {оон|організації об'єднаних націй} {проти кіберзлочинності|про кіберзлочинність|з протидії кіберзлочинності}`,
  },
  {
    text: 'Ханойська конвенція',
    lang: 'uk',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `ханойськ${UK_FEM} ${UK_CONVENTION}`,
  },
  // Polish
  {
    text: 'Konwencja Narodów Zjednoczonych przeciwko cyberprzestępczości',
    lang: 'pl',
    kind: 'official',
    ambiguity: 'none',
    pattern: `${PL_CONVENTION} {narodów zjednoczonych|onz} {przeciwko|o|w sprawie {zwalczania |}} cyberprzestępczości`,
  },
  {
    text: 'Konwencja z Hanoi',
    lang: 'pl',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `${PL_CONVENTION} {z hanoi|hanojsk{a|iej|ą}}`,
  },
  // Serbian
  {
    text: 'Konvencija UN protiv sajber kriminala',
    lang: 'sr',
    kind: 'short',
    ambiguity: 'none',
    pattern: `${SR_CONVENTION} {un|ujedinjenih nacija|ujedinjenih naroda} {protiv|o} {sajber kriminala|visokotehnološkog kriminala|kibernetičkog kriminala|sajber kriminalu|visokotehnološkom kriminalu}`,
  },
  {
    text: 'Конвенција УН против сајбер криминала',
    lang: 'sr',
    kind: 'short',
    ambiguity: 'none',
    pattern: `${SR_CONVENTION_CYR} {ун|уједињених нација} {против|о} {сајбер криминала|високотехнолошког криминала|сајбер криминалу|високотехнолошком криминалу}`,
  },
  {
    text: 'Hanojska konvencija',
    lang: 'sr',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `{hanojsk${SR_FEM} ${SR_CONVENTION}|ханојск${SR_FEM_CYR} ${SR_CONVENTION_CYR}}`,
  },
  // Catalan
  {
    text: 'Convenció de les Nacions Unides contra la ciberdelinqüència',
    lang: 'ca',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      "{convenció|conveni} {de les nacions unides|de l'onu} {contra|sobre} {la ciberdelinqüència|el cibercrim|la cibercriminalitat}",
  },
  {
    text: 'Convenció de Hanoi',
    lang: 'ca',
    kind: 'informal',
    ambiguity: 'none',
    pattern: '{convenció|conveni} de hanoi',
  },
  // Turkish
  {
    text: 'Siber Suçlara Karşı Birleşmiş Milletler Sözleşmesi',
    lang: 'tr',
    kind: 'official',
    ambiguity: 'none',
    pattern: `siber suçlara karşı birleşmiş milletler sözleşmesi${TR_SUFFIX}`,
  },
  {
    text: 'BM Siber Suçlarla Mücadele Sözleşmesi',
    lang: 'tr',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `{bm|birleşmiş milletler} {siber suç{lar|}la mücadele|siber suç{lar|}} {sözleşmesi|konvansiyonu}${TR_SUFFIX}`,
  },
  {
    text: 'Hanoi Sözleşmesi',
    lang: 'tr',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `hanoi {sözleşmesi|konvansiyonu}${TR_SUFFIX}`,
  },
  // Indonesian
  {
    text: 'Konvensi PBB tentang Kejahatan Siber',
    lang: 'id',
    kind: 'informal',
    ambiguity: 'none',
    pattern:
      '{konvensi|traktat|perjanjian} {pbb|perserikatan bangsa-bangsa} {tentang|melawan|menentang|untuk memberantas|anti} {kejahatan siber|kejahatan dunia maya|cybercrime}',
  },
  {
    text: 'Konvensi Kejahatan Siber PBB',
    lang: 'id',
    kind: 'informal',
    ambiguity: 'none',
    pattern:
      'konvensi {tentang |}{kejahatan siber|kejahatan dunia maya|cybercrime} {pbb|perserikatan bangsa-bangsa}',
  },
  {
    text: 'Konvensi Hanoi',
    lang: 'id',
    kind: 'informal',
    ambiguity: 'none',
    pattern: 'konvensi hanoi',
  },
  // Vietnamese
  {
    text: 'Công ước của Liên Hợp Quốc về chống tội phạm mạng',
    lang: 'vi',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      'công ước {của |}{liên hợp quốc|liên hiệp quốc|lhq} {về |}{chống|phòng, chống|phòng chống} tội phạm mạng',
  },
  {
    text: 'Công ước chống tội phạm mạng',
    lang: 'vi',
    kind: 'short',
    ambiguity: 'none',
    pattern: 'công ước {về |}{chống|phòng, chống|phòng chống} tội phạm mạng',
    case: 'initial',
  },
  {
    text: 'Công ước Hà Nội',
    lang: 'vi',
    kind: 'short',
    ambiguity: 'none',
    pattern: 'công ước hà nội',
  },
  // Arabic
  {
    text: 'اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية',
    lang: 'ar',
    kind: 'official',
    ambiguity: 'none',
    pattern:
      '{اتفاقية|معاهدة} الامم المتحدة {{لمكافحة|بشان مكافحة|بشان|حول} {الجريمة|الجرائم}|للجريمة|للجرائم} {السيبرانية|الالكترونية|المعلوماتية}',
  },
  {
    text: 'معاهدة هانوي',
    lang: 'ar',
    kind: 'informal',
    ambiguity: 'none',
    pattern: '{اتفاقية|معاهدة} هانوي',
  },
  // Chinese
  {
    text: '联合国打击网络犯罪公约',
    lang: 'zh',
    kind: 'official',
    ambiguity: 'none',
    pattern: '{联合国|聯合國}{打击|打擊|反|}{网络|網絡|網路}犯罪{公约|公約|条约|條約}',
  },
  {
    text: '打击网络犯罪公约',
    lang: 'zh',
    kind: 'short',
    ambiguity: 'none',
    pattern: '{打击|打擊}{网络|網絡|網路}犯罪{公约|公約}',
  },
  {
    text: '河内公约',
    lang: 'zh',
    kind: 'informal',
    ambiguity: 'none',
    pattern: '{河内|河內}{公约|公約}',
  },
  // Japanese
  {
    text: '国連サイバー犯罪条約',
    lang: 'ja',
    kind: 'short',
    ambiguity: 'none',
    pattern: '{国連|国際連合}{の|}サイバー犯罪{対策|防止|}条約',
  },
  {
    text: 'サイバー犯罪に関する国際連合条約',
    lang: 'ja',
    kind: 'official',
    ambiguity: 'none',
    pattern: 'サイバー犯罪に{関する|対する}{国際連合|国連}条約',
  },
  {
    text: 'ハノイ条約',
    lang: 'ja',
    kind: 'informal',
    ambiguity: 'none',
  },
  {
    text: '新サイバー犯罪条約',
    lang: 'ja',
    kind: 'informal',
    ambiguity: 'none',
  },
  // Korean
  {
    text: '유엔 사이버범죄협약',
    lang: 'ko',
    kind: 'short',
    ambiguity: 'none',
    pattern: '{유엔|국제연합|un} 사이버 범죄 {방지 |대응 |}{협약|조약}',
  },
  {
    text: '하노이 협약',
    lang: 'ko',
    kind: 'informal',
    ambiguity: 'none',
    pattern: '하노이 {협약|조약}',
  },
  // Thai
  {
    text: 'อนุสัญญาสหประชาชาติว่าด้วยการต่อต้านอาชญากรรมไซเบอร์',
    lang: 'th',
    kind: 'official',
    ambiguity: 'none',
    pattern: '{อนุสัญญา|สนธิสัญญา}{ของ|}สหประชาชาติ{ว่าด้วย|}{การต่อต้าน|ต่อต้าน|การปราบปราม|}อาชญากรรมไซเบอร์',
  },
  {
    text: 'อนุสัญญาฮานอย',
    lang: 'th',
    kind: 'informal',
    ambiguity: 'none',
  },
  {
    text: 'Konvencija iz Hanoja',
    lang: 'sr',
    kind: 'informal',
    ambiguity: 'none',
    pattern: `{${SR_CONVENTION} iz hanoja|${SR_CONVENTION_CYR} из ханоја}`,
  },
];
