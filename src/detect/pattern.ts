import { foldLiteral } from './fold';

// Compiles the names data's small pattern language (documented in
// src/knowledge/names/types.ts) into regular-expression source for folded text.

type Node =
  | { readonly t: 'lit'; readonly s: string }
  | { readonly t: 'sep' }
  | { readonly t: 'quote' }
  | { readonly t: 'word' }
  | { readonly t: 'alt'; readonly alts: readonly Node[][] };

/** Characters a separator run may contain (white space of every kind, hyphens after folding). */
export const SEP_CLASS = '[\\s\\-]';
// Quotation marks an optional quote node matches (after folding).
const QUOTE_CHARS = '"\'「」『』《》〈〉';
const QUOTE = `[${QUOTE_CHARS}]?`;
const WORD = `(?:[\\p{L}\\p{M}]+${SEP_CLASS}+)?`;

function parse(pattern: string): Node[] {
  let i = 0;
  const seq = (inGroup: boolean): Node[][] => {
    const alts: Node[][] = [[]];
    let lit = '';
    const flush = (): void => {
      if (lit) (alts[alts.length - 1] as Node[]).push({ t: 'lit', s: foldLiteral(lit) });
      lit = '';
    };
    while (i < pattern.length) {
      const ch = pattern[i++] as string;
      const cur = alts[alts.length - 1] as Node[];
      if (ch === '{') {
        flush();
        cur.push({ t: 'alt', alts: seq(true) });
      } else if (ch === '}') {
        if (!inGroup) throw new Error(`unbalanced "}" in ${pattern}`);
        flush();
        return alts;
      } else if (ch === '|') {
        if (!inGroup) throw new Error(`"|" outside a group in ${pattern}`);
        flush();
        alts.push([]);
      } else if (ch === ' ' || ch === '-') {
        flush();
        if (cur[cur.length - 1]?.t !== 'sep') cur.push({ t: 'sep' });
      } else if (ch === '"') {
        flush();
        cur.push({ t: 'quote' });
      } else if (ch === '%') {
        flush();
        cur.push({ t: 'word' });
      } else {
        lit += ch;
      }
    }
    if (inGroup) throw new Error(`unclosed "{" in ${pattern}`);
    flush();
    return alts;
  };
  const top = seq(false);
  return top[0] as Node[];
}

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

// An apostrophe after a vowel stands for its accent where keyboards lack it: "criminalita'",
// "e'". Only at the end of a word, where Italian and French accents on the last vowel sit.
const FINAL_ACCENT: Readonly<Record<string, string>> = {
  à: 'a',
  è: 'e',
  é: 'e',
  ì: 'i',
  ò: 'o',
  ù: 'u',
};

// Teh marbuta is often written as heh ("الجريمه"). Names accept both; folding it in page text
// instead cost every Arabic page a substitution per word ending.
const TEH_MARBUTA = '\u0629';

// Traditional and Simplified Chinese forms of the characters in the names: a name written in
// Simplified also matches 聯合國打擊網絡犯罪公約 (Taiwan's 網路 is another word, spelt out in the
// names). In the patterns, not in page folding: a class of scattered Han characters slowed the
// folding of every page with Chinese text by half.
const SIMPLIFIED = '网络联国约击条内达际议设员会欧拟订关于为资讯术规范门电脑专组织号称发开签届属';
const TRADITIONAL = '網絡聯國約擊條內達際議設員會歐擬訂關於為資訊術規範門電腦專組織號稱發開簽屆屬';

/** The other script's form of a Chinese character of the names, if it has one. */
export function hanVariant(ch: string): string | undefined {
  const i = SIMPLIFIED.indexOf(ch);
  return i >= 0 ? TRADITIONAL[i] : undefined;
}

function literal(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const han = SIMPLIFIED.indexOf(ch);
    if (han >= 0) {
      out += `[${ch}${TRADITIONAL[han] as string}]`;
      continue;
    }
    if (ch === TEH_MARBUTA) {
      out += '[\u0629\u0647]';
      continue;
    }
    const plain = FINAL_ACCENT[ch];
    const last = i === s.length - 1 || !/\p{L}/u.test(s[i + 1] as string);
    out += plain && last ? `(?:${ch}|${plain}')` : escape(ch);
  }
  return out;
}

function source(nodes: readonly Node[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'lit') out += literal(n.s);
    else if (n.t === 'sep') out += `${SEP_CLASS}*`;
    else if (n.t === 'quote') out += QUOTE;
    else if (n.t === 'word') out += WORD;
    else out += `(?:${n.alts.map(source).join('|')})`;
  }
  return out;
}

/** Regular-expression source (for the `u` flag) matching a pattern in folded text. */
export function patternSource(pattern: string): string {
  return source(parse(pattern));
}

function longest(nodes: readonly Node[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.t === 'lit') n += node.s.length;
    else if (node.t === 'sep' || node.t === 'quote') n += 1;
    else if (node.t === 'word') n += 16;
    else n += Math.max(...node.alts.map(longest));
  }
  return n;
}

/** Length of the longest plain spelling of a pattern (inserted words counted as 16). */
export function patternLength(pattern: string): number {
  return longest(parse(pattern));
}

/**
 * First characters of a node sequence: adds what a match may begin with to `out` and returns
 * whether the sequence can match the empty string; null when it may begin with any letter (`%`).
 */
function firstIn(nodes: readonly Node[], out: Set<string>): boolean | null {
  for (const n of nodes) {
    if (n.t === 'lit') {
      const first = n.s[0] as string;
      out.add(first);
      const han = hanVariant(first);
      if (han) out.add(han);
      return false;
    }
    if (n.t === 'word') return null;
    if (n.t === 'alt') {
      let empty = false;
      for (const alt of n.alts) {
        const e = firstIn(alt, out);
        if (e === null) return null;
        empty ||= e;
      }
      if (!empty) return false;
    }
    // Separators and quotes are optional: what follows may come first. A match never starts at
    // a separator (the matcher skips those starts), so their characters are left out.
    if (n.t === 'quote') for (const ch of QUOTE_CHARS) out.add(ch);
  }
  return true;
}

/**
 * The UTF-16 code units a match of a pattern in folded text can begin with (each once, in no
 * particular order), not counting separators; null when that is not a short list (a pattern
 * that may begin with any word, or match the empty string). A matcher may skip every other name
 * at a start whose first character is not in a name's list.
 */
export function patternFirstChars(pattern: string): string | null {
  const out = new Set<string>();
  const empty = firstIn(parse(pattern), out);
  return empty === false ? [...out].sort().join('') : null;
}

/**
 * The first place in a node sequence where every spelling is sure to hold an anchor: the anchors
 * found there (fragment index → most characters before it), or null when there is none.
 */
function leadsIn(nodes: readonly Node[], search: RegExp): Map<number, number> | null {
  let prefix = 0;
  // Literal text and separators since the last group, so an anchor may span words ("ad hoc").
  let run = '';
  let runStart = 0;
  const endRun = (): Map<number, number> | null => {
    const found = new Map<number, number>();
    search.lastIndex = 0;
    for (let m = search.exec(run); m; m = search.exec(run)) {
      const k = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
      if (!found.has(k)) found.set(k, runStart + m.index);
    }
    run = '';
    return found.size > 0 ? found : null;
  };
  for (const n of nodes) {
    if (n.t === 'lit' || n.t === 'sep') {
      if (!run) runStart = prefix;
      run += n.t === 'lit' ? n.s : ' ';
      prefix += n.t === 'lit' ? n.s.length : 1;
      continue;
    }
    const inRun = endRun();
    if (inRun) return inRun;
    if (n.t === 'alt') {
      // Sure when every branch is sure, whatever anchor each branch holds.
      const inner = n.alts.map((alt) => leadsIn(alt, search));
      if (inner.every((m) => m !== null)) {
        const found = new Map<number, number>();
        for (const m of inner as Map<number, number>[]) {
          for (const [k, lead] of m) found.set(k, Math.max(found.get(k) ?? 0, prefix + lead));
        }
        return found;
      }
      prefix += Math.max(...n.alts.map(longest));
    } else {
      prefix += n.t === 'word' ? 16 : 1;
    }
  }
  return endRun();
}

/**
 * Anchors that every spelling of a pattern is sure to hold one of, each with at most how many
 * characters come before it; null when the pattern gives no such guarantee. `search` is a
 * global expression whose capturing group k + 1 is anchor k.
 */
export function anchorLeads(pattern: string, search: RegExp): Map<number, number> | null {
  return leadsIn(parse(pattern), search);
}

function expandNodes(nodes: readonly Node[], limit: number): string[] {
  let acc = [''];
  for (const n of nodes) {
    let next: string[];
    if (n.t === 'lit') next = [n.s];
    else if (n.t === 'sep') next = [' '];
    else if (n.t === 'quote' || n.t === 'word') next = [''];
    else next = n.alts.flatMap((a) => expandNodes(a, limit));
    const product: string[] = [];
    for (const a of acc) for (const b of next) if (product.length < limit) product.push(a + b);
    acc = product;
  }
  return acc;
}

/** Plain spellings a pattern accepts (folded, single spaces), at most `limit` of them. */
export function expandPattern(pattern: string, limit = 500): string[] {
  return [...new Set(expandNodes(parse(pattern), limit).map((s) => s.replace(/ +/g, ' ').trim()))];
}

// Words of spaced scripts long enough that one slip of the pen still leaves them unmistakable.
// Plain ranges, not Unicode property classes: this runs in the page, where compiling those costs.
const SPACED_LETTER =
  'a-z\\u00c0-\\u024f\\u1e00-\\u1eff\\u0370-\\u03ff\\u0400-\\u04ff\\u0600-\\u06ff';
const LONG_WORD = new RegExp(
  `(?<![\\\\${SPACED_LETTER}])[${SPACED_LETTER}]{8,}(?![${SPACED_LETTER}])`,
  'g',
);

/** The word itself, then every spelling with one letter (not the first) left out or doubled. */
function slips(word: string): string {
  const chars = [...word];
  const out = new Set<string>([word]);
  for (let i = 1; i < chars.length; i++)
    out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  for (let i = 0; i < chars.length; i++) {
    out.add([...chars.slice(0, i + 1), chars[i] as string, ...chars.slice(i + 1)].join(''));
  }
  return `(?:${[...out].join('|')})`;
}

/**
 * A pattern source that also accepts one missing or doubled letter (never the first) in each
 * long word written out in it: "Cybercime", "Comittee", "السبرانية". Built at run time from
 * the plain source, only for the names the tables mark `tolerant`, so the shipped tables stay
 * small. The exact spelling comes first in each group, so exact text matches as before.
 */
export function tolerantSource(source: string): string {
  return source.replace(LONG_WORD, slips);
}
