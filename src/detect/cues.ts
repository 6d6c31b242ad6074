import { fold } from './fold';

// Cues are words around a mention that tell which instrument an ambiguous name means: the UN
// ("United Nations", Hanoi, General Assembly, 79/243), the Council of Europe ("Council of Europe",
// ETS 185, 2001, Budapest), the cybercrime topic at all (for names that may belong to some other
// body, like "UNCC" or a bare "Ad Hoc Committee"), and other instruments (corruption, terrorism,
// the Compensation Commission) that speak against our reading.

/** The kinds of evidence a cue gives. */
export type CueClass = 'un' | 'coe' | 'topic' | 'other';

/** Cue weights found in a text: a page-level summary, gathered once per page. */
export type Cues = Readonly<Record<CueClass, number>>;

/** One cue found in a text, with its UTF-16 span in that text. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly weights: Partial<Cues>;
}

interface CueDef {
  readonly src: string;
  readonly w: Partial<Cues>;
  /** Needs a non-letter on both sides (short or common fragments). */
  readonly word?: boolean;
}

const UN_NAMES =
  "united nations|nations unies|naciones unidas|nações unidas|nazioni unite|vereinte(?:n|)\\s*nationen|verenigde naties|narodów zjednoczonych|организаци[а-я]*\\s*объединенных\\s*наций|об'єднаних\\s*націй|ujedinjenih\\s*nacija|уједињених\\s*нација|nacions unides|birleşmiş milletler|perserikatan bangsa|liên h[ợi]p quốc|liên hiệp quốc|الامم المتحدة|联合国|聯合國|国連|国際連合|유엔|국제연합|สหประชาชาติ";

const CUE_DEFS: readonly CueDef[] = [
  { src: UN_NAMES, w: { un: 2 } },
  {
    src: 'general assembly|assemblée générale|asamblea general|assembleia geral|assemblea generale|generalversammlung|algemene vergadering|zgromadzeni[a-ząęł]* ogóln|генеральн[а-я]*\\s*ассамбле|генеральн[а-я]*\\s*асамбле|генералн[а-я]*\\s*скупштин|genel kurul|majelis umum|đại hội đồng|الجمعية العامة|联合国大会|聯合國大會|国連総会|유엔\\s*총회',
    w: { un: 2 },
  },
  { src: '79/243', w: { un: 3, topic: 2 } },
  { src: '74/247|a/ac\\.291', w: { un: 2, topic: 2 } },
  {
    src: 'han[oó][iïj]|hà\\s*nội|ханой|ханој|河内|河內|ハノイ|하노이|هانوي|ฮานอย',
    w: { un: 2 },
  },
  {
    src: 'unodc|onudc|унп\\s*оон|毒品和犯罪问题办公室|office on drugs and crime|contre la drogue et le crime|contra la droga y el delito|по наркотикам и преступности',
    w: { un: 2, topic: 1 },
  },
  {
    src: 'guterres|гутерриш|古特雷斯|グテーレス|구테흐스|غوتيريش|secretary-general|secrétaire général|secretario general|secretário-geral|segretario generale|generalsekretär|генеральн[а-я]* секретар|秘书长|秘書長|事務総長|사무총장|الامين العام',
    w: { un: 1 },
  },
  { src: '202[4-6]', w: { un: 0.5 }, word: true },
  {
    src: "council of europe|conseil de l'europe|consejo de europa|conselho da europa|consiglio d'europa|europarat|raad van europa|rad[a-ząęł]* europy|совет[а-я]*\\s*европы|рад[а-яі]*\\s*європи|савет[а-я]*\\s*европе|saveta evrope|consell d'europa|avrupa konseyi|dewan eropa|hội đồng châu âu|مجلس اوروبا|欧洲委员会|欧洲理事会|歐洲理事會|歐洲委員會|欧州評議会|유럽\\s*평의회|สภายุโรป",
    w: { coe: 2.5 },
  },
  {
    src: '(?:c|)(?:ets|ste|stce)\\s*(?:no|n°|nº|nr|)\\.?\\s*185|treaty\\s*(?:no\\.?\\s*|)185',
    w: { coe: 3 },
  },
  { src: '2001', w: { coe: 1 }, word: true },
  {
    src: 'budapes|budapeş|boedapest|budimpe|будапешт|будимпешт|布达佩斯|布達佩斯|ブダペスト|부다페스트|بودابست|บูดาเปสต์',
    w: { coe: 2 },
  },
  {
    src: 't-cy|c-proc|glacy|octopus|strasbourg|strasburgo|estrasburgo|straßburg|страсбург',
    w: { coe: 1 },
  },
  {
    src: 'additional protocol|protocole additionnel|protocolo adicional|protocollo addizionale|zusatzprotokoll|дополнительн[а-я]* протокол|附加议定书|追加議定書|추가의정서',
    w: { coe: 2 },
  },
  {
    src: 'cyber|ciber|siber|sajber|кибер|кібер|сајбер|サイバー|사이버|网络犯罪|網絡犯罪|網路犯罪|ไซเบอร์|سيبراني|لكتروني|informati|computerkrimin|компьютерн',
    w: { topic: 1 },
  },
  {
    src: 'criminal\\s*purposes|fins\\s*criminelles|fines\\s*delictivos|преступных\\s*целях|犯罪目的|اغراض\\s*الاجرامية|mục đích tội phạm|kriminellen\\s*zwecken',
    w: { topic: 2 },
  },
  { src: 'ict|icts|tic|ikt|икт', w: { topic: 1 }, word: true },
  {
    src: "informationskommunikations|информационно-коммуникационн|technologies de l'information|tecnologías de la información|information and communications? technolog|electronic evidence|e-evidence|preuves électroniques",
    w: { topic: 1 },
  },
  {
    src: 'corrupt|коррупц|корупц|corrupción|corrupção|corruzione|korruption|korupsi|korupcj|yolsuzluk|腐败|腐敗|汚職|부패|فساد|tham nhũng',
    w: { other: 2 },
  },
  { src: 'terroris|терроризм|терор|恐怖主义|テロ|테러|ارهاب', w: { other: 2 } },
  { src: 'compensation|iraq|kuwait|ирак|кувейт', w: { other: 2 } },
  {
    src: 'organi[sz]ed crime|criminalité organisée|delincuencia organizada|crime organizado|criminalità organizzata|organisierte kriminalität|организованн[а-я]*\\s*преступн|有组织犯罪|有組織犯罪|الجريمة المنظمة|transnational|untoc|uncac|palermo',
    w: { other: 2 },
  },
  { src: '51/210|55/61|55/25|58/4', w: { other: 3 } },
  {
    src: 'code of conduct|indian ocean|tax cooperation|international criminal court|mercenar|outer space|information security|информационной безопасности',
    w: { other: 2 },
  },
];

// Abbreviations that only count in capitals ("un" is an article in French and Spanish).
const UPPER_CUES = /U\.N\.|UN|ONU|ООН|BM|VN|PBB|ONZ|LHQ|UNGA/gu;
const UPPER_WEIGHT: Partial<Cues> = { un: 1.5 };

let compiled: RegExp | null = null;

function cueRegex(): RegExp {
  // A space in a cue stands for any run of white space (pages use no-break spaces, line breaks).
  compiled ??= new RegExp(
    CUE_DEFS.map(
      (d) => `(${d.src.replace(/ /g, '[\\s\\-]+').replace(/\u0629/g, '[\u0629\u0647]')})`,
    ).join('|'),
    'g',
  );
  return compiled;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isolated(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text[start - 1] ?? ' ') && !WORD_CHAR.test(text[end] ?? ' ');
}

/** Every cue in a text, in order, with UTF-16 offsets into that text. */
export function findCues(text: string): CueHit[] {
  const hits: CueHit[] = [];
  const folded = fold(text);
  const back = (i: number): number => (folded.map ? (folded.map[i] as number) : i);
  const re = cueRegex();
  re.lastIndex = 0;
  for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const def = CUE_DEFS[index];
    if (!def) continue;
    const end = m.index + m[0].length;
    if (def.word && !isolated(folded.text, m.index, end)) continue;
    hits.push({ start: back(m.index), end: back(end), weights: def.w });
  }
  UPPER_CUES.lastIndex = 0;
  for (let m = UPPER_CUES.exec(text); m; m = UPPER_CUES.exec(text)) {
    const end = m.index + m[0].length;
    if (isolated(text, m.index, end)) hits.push({ start: m.index, end, weights: UPPER_WEIGHT });
  }
  return hits;
}

/** An empty cue summary. */
export function noCues(): Cues {
  return { un: 0, coe: 0, topic: 0, other: 0 };
}

/** Two cue summaries added up: page cues of a text are the sum of its parts' cues. */
export function addCues(a: Cues, b: Cues): Cues {
  return {
    un: a.un + b.un,
    coe: a.coe + b.coe,
    topic: a.topic + b.topic,
    other: a.other + b.other,
  };
}

/** Adds up cue weights. */
export function sumCues(hits: readonly { readonly weights: Partial<Cues> }[]): Cues {
  const sum = { ...noCues() };
  for (const h of hits) {
    for (const k of Object.keys(h.weights) as CueClass[]) sum[k] += h.weights[k] ?? 0;
  }
  return sum;
}
