// Folding makes page text and name patterns comparable: lower case, one apostrophe, one dash,
// one quote, ASCII instead of full-width forms, Arabic letter variants merged, and invisible
// characters (soft hyphens, zero-width spaces, tatweel, Arabic vowel marks) removed, as well as
// the pinyin readings some scraped Chinese pages put after characters: 聯(lián)合國.

/** Text folded for matching, with the way back to the original's UTF-16 offsets. */
export interface Folded {
  readonly text: string;
  /** `map[i]` is the original offset of folded offset `i` (length + 1); null when identical. */
  readonly map: Int32Array | null;
}

const SUBSTITUTE: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u2032': "'",
  '\uff07': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2039': '"',
  '\u203a': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u0451': '\u0435', // ё → е: Russian texts use both
  '\u0131': 'i', // Turkish dotless ı: its capital I folds to i, so fold ı the same way
  '\u0623': '\u0627', // Arabic alef with hamza above/below, madda → bare alef
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0649': '\u064a', // alef maksura → yeh
  '\u0624': '\u0648', // waw with hamza → waw
  '\u0626': '\u064a', // yeh with hamza → yeh
};

const SUBSTITUTE_RE = new RegExp(
  `[\\u2018\\u2019\\u201a\\u201b\\u02bc\`\\u00b4\\u2032\\u201c-\\u201f\\u00ab\\u00bb\\u2039\\u203a\\u2010-\\u2015\\u2212\\u0451\\u0131\\u0622\\u0623\\u0625\\u0649\\u0624\\u0626\\uff01-\\uff5e]`,
  'g',
);
const INVISIBLE = '[\\u064b-\\u065f\\u0670\\u00ad\\u200b\\u200c\\u2060\\ufeff\\u0640]|\\u200d';
// The lookbehind sits after "(" so it runs only there, not at every position.
const PINYIN = '\\((?<=[\\u3400-\\u9fff]\\()[a-z\\u00e0-\\u01dc]{1,7}\\)';
const INVISIBLE_RE = new RegExp(`${INVISIBLE}|${PINYIN}`);
const INVISIBLE_GLOBAL_RE = new RegExp(`${INVISIBLE}|${PINYIN}`, 'g');

function substitute(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII (Ａ, ｃ, １) sits 0xFEE0 above its ASCII form; fold after lower-casing.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  return SUBSTITUTE[ch] ?? ch;
}

/** Lower-cases without changing length: characters whose lower case is longer stay as they are. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const l = ch.toLowerCase();
    // "İ" lower-cases to "i̇" (two units); plain "i" is what names are written with.
    out += l.length === 1 ? l : ch === '\u0130' ? 'i' : ch;
  }
  return out;
}

/** Folds text for matching; offsets into the result map back through `map`. */
export function fold(text: string): Folded {
  const lower = lowerSameLength(text);
  const same = lower.replace(SUBSTITUTE_RE, substitute);
  if (!INVISIBLE_RE.test(same)) return { text: same, map: null };
  const map = new Int32Array(same.length + 1);
  let out = '';
  let j = 0;
  INVISIBLE_GLOBAL_RE.lastIndex = 0;
  let last = 0;
  for (let m = INVISIBLE_GLOBAL_RE.exec(same); m; m = INVISIBLE_GLOBAL_RE.exec(same)) {
    const piece = same.slice(last, m.index);
    for (let k = 0; k < piece.length; k++) map[j++] = last + k;
    out += piece;
    last = m.index + m[0].length;
  }
  const rest = same.slice(last);
  for (let k = 0; k < rest.length; k++) map[j++] = last + k;
  out += rest;
  map[j] = same.length;
  return { text: out, map: map.subarray(0, j + 1) };
}

/** Folds a name pattern's literal text the same way as page text. */
export function foldLiteral(text: string): string {
  return fold(text).text;
}
