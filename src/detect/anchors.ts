// Every name contains at least one of these fragments (the names schema test proves it). A text
// without any of them cannot hold a mention, so one cheap search screens out almost every block
// of a page before any folding or heavier matching. They are written so that a case-insensitive
// search finds them in raw page text as well as in folded text (no apostrophes, no alef-hamza).

/** The anchor fragments (regular-expression source, no capturing groups). */
export const FRAGMENTS: readonly string[] = [
  // Spelling variants share one fragment: each alternative costs every scan of every page.
  '[cs][iy]ber',
  'sajber',
  'kibern',
  'к[иі]бер',
  'сајбер',
  'サイバー',
  '사이버',
  '[网網][络絡路]犯罪',
  'ไซเบอร์',
  // With or without its ي (a common slip).
  'سي?براني',
  'لكتروني',
  'معلوماتي',
  // Not "informati": "information" is everywhere.
  'inform[aá]tic',
  'informatique',
  'computer',
  'internetkrim',
  'компьютерн',
  // «IT-преступления»: the Russian subject without «кибер». The check for "IT" looks back from
  // the Cyrillic word, so that the common Latin "it" does not slow every scan down.
  'преступлен(?<=(?:it|ит)[\\s\\-\\u2010-\\u2015]*преступлен)',
  'visokotehnolo',
  'високотехнолош',
  'dunia\\s*maya',
  't[ộo]i\\s*ph[ạa]m',
  'elektronische\\s*netwerk',
  'sanal\\s*ortamda',
  'budape[sş]',
  'boedapest',
  'bdapest',
  'budimpe',
  'будапешт',
  'будимпешт',
  '布[达達]佩斯',
  'ブダペスト',
  '부다페스트',
  'بودابست',
  'บูดาเปสต์',
  'han[oó]',
  'h[àa]\\s*n[ộo]i',
  'хано[йј]',
  '河[内內]',
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
  // Without the final teh marbuta, which folds to heh and is often written so.
  'جرامي',
  'مخصص',
  '特[设設]委[员員][会會]',
  'アドホック',
];

/** Regular-expression source of the anchor fragments (use with the `iu` flags). */
export const ANCHOR_SOURCE = FRAGMENTS.join('|');

// Invisible characters inside a word would hide a fragment from the raw-text screen.
const INVISIBLE = '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]';
// Full-width Latin letters (ｃｙｂｅｒ) are folded later; let them through the screen.
const FULL_WIDTH = '[\\uff21-\\uff3a\\uff41-\\uff5a]{2}';
// Pinyin readings inside Chinese words (網(wǎng)絡) are removed by folding.
const PINYIN = '[\\u3400-\\u9fff]\\([a-z\\u00e0-\\u01dc]{1,7}\\)';

/** Characters that hide anchors from a raw-text search: such texts are folded whole. */
export const HIDDEN = new RegExp(`${INVISIBLE}|${FULL_WIDTH}|${PINYIN}`, 'i');

/** Screen for raw page text: no hit means no mention. */
export const PRESCREEN = new RegExp(`${ANCHOR_SOURCE}|${INVISIBLE}|${FULL_WIDTH}|${PINYIN}`, 'i');

/** Global search for anchors in folded text; capturing group i + 1 is fragment i. */
export function anchorSearch(): RegExp {
  return new RegExp(FRAGMENTS.map((f) => `(${f})`).join('|'), 'g');
}
