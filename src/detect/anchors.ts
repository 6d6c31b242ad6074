// Every name contains at least one of these fragments (the names schema test proves it). A text
// without any of them cannot hold a mention, so one cheap search screens out almost every block
// of a page before any folding or heavier matching. They are written so that a case-insensitive
// search finds them in raw page text as well as in folded text (no apostrophes, no alef-hamza).

const FRAGMENTS = [
  'cyber',
  'ciber',
  'siber',
  'sajber',
  'kibern',
  'кибер',
  'кібер',
  'сајбер',
  'サイバー',
  '사이버',
  '网络犯罪',
  '網絡犯罪',
  '網路犯罪',
  'ไซเบอร์',
  'سيبراني',
  'لكتروني',
  'معلوماتي',
  'inform[aá]ti',
  'computer',
  'internetkrim',
  'компьютерн',
  'visokotehnolo',
  'високотехнолош',
  'dunia\\s*maya',
  't[ộo]i\\s*ph[ạa]m',
  'elektronische\\s*netwerk',
  'sanal\\s*ortamda',
  'budapes',
  'budapeş',
  'boedapest',
  'budimpe',
  'будапешт',
  'будимпешт',
  '布达佩斯',
  '布達佩斯',
  'ブダペスト',
  '부다페스트',
  'بودابست',
  'บูดาเปสต์',
  'han[oó]',
  'h[àa]\\s*n[ộo]i',
  'ханой',
  'ханој',
  '河内',
  '河內',
  'ハノイ',
  '하노이',
  'هانوي',
  'ฮานอย',
  '185',
  'ad[\\s\\-\\u2010-\\u2015]*hoc',
  'uncc',
  'ahc',
  'coc',
  'спецкомитет',
  'специальн[а-я]*\\s*комитет',
  'comit[éeê]\\s*(?:sp[ée]cial|especial)',
  'ban\\s*đ[ặa]c\\s*bi[ệe]t',
  'criminal\\s*purpose',
  'fins\\s*criminelles',
  'fines\\s*delictivos',
  'преступных\\s*целях',
  '犯罪目的',
  'جرامية',
  '特设委员会',
  '特設委員會',
  'アドホック',
];

/** Regular-expression source of the anchor fragments (use with the `iu` flags). */
export const ANCHOR_SOURCE = FRAGMENTS.join('|');

// Invisible characters inside a word would hide a fragment from the raw-text screen.
const INVISIBLE = '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]';
// Full-width Latin letters (ｃｙｂｅｒ) are folded later; let them through the screen.
const FULL_WIDTH = '[\\uff21-\\uff3a\\uff41-\\uff5a]{2}';

/** Screen for raw page text: no hit means no mention. */
export const PRESCREEN = new RegExp(`${ANCHOR_SOURCE}|${INVISIBLE}|${FULL_WIDTH}`, 'iu');

/** Global search for anchors in folded text, to cut long texts into windows. */
export function anchorSearch(): RegExp {
  return new RegExp(ANCHOR_SOURCE, 'giu');
}
