// The corpus is written in a small markup (tune.txt, heldout.txt) and turned into JSONL in the
// shared corpus format (tune.jsonl, heldout.jsonl) by build.ts. Writing offsets by hand is where
// labels go wrong; the markup keeps each label next to its words.

/** Entity codes of the markup. */
export const ENTITY: Readonly<Record<string, string>> = {
  u: 'un-cybercrime-convention',
  b: 'budapest-convention',
  a: 'ad-hoc-committee',
};

/** One labelled mention in the corpus format (offsets in Unicode code points). */
export interface CorpusMention {
  readonly text: string;
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly ambiguous?: true;
}

/** One passage in the corpus format. */
export interface CorpusRecord {
  readonly id: string;
  readonly lang: string;
  readonly source: string;
  readonly text: string;
  readonly mentions: readonly CorpusMention[];
  readonly kind: 'positive' | 'ambiguous' | 'negative';
  readonly paraphrased: false;
}

const LINE = /^([a-z]{2}):\s(.+)$/u;
const LABEL = /\[\[([uba])(\?)?\|([^\]]+)\]\]/gu;

/** Stable id from the language and text (FNV-1a, 32 bits, twice with different seeds). */
function hashId(s: string): string {
  const fnv = (seed: number): string => {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x12345678).slice(0, 2);
}

/**
 * Parses one markup line ("<lang>: <text with [[u|labels]]>"); null for blank and comment
 * lines. Throws with the line number on a malformed line.
 */
export function parseMarkupLine(line: string, lineNo: number, part: string): CorpusRecord | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const m = LINE.exec(trimmed);
  if (!m) throw new Error(`${part} line ${lineNo}: expected "<lang>: <text>"`);
  const lang = m[1] as string;
  const marked = m[2] as string;
  let text = '';
  let points = 0;
  let last = 0;
  const mentions: CorpusMention[] = [];
  for (const hit of marked.matchAll(LABEL)) {
    const before = marked.slice(last, hit.index);
    text += before;
    points += [...before].length;
    const words = hit[3] as string;
    const start = points;
    points += [...words].length;
    text += words;
    mentions.push({
      text: words,
      entity: ENTITY[hit[1] as string] as string,
      start,
      end: points,
      ...(hit[2] ? { ambiguous: true as const } : {}),
    });
    last = (hit.index as number) + hit[0].length;
  }
  text += marked.slice(last);
  if (text.includes('[[') || text.includes(']]')) {
    throw new Error(`${part} line ${lineNo}: unbalanced or malformed [[…]] label`);
  }
  const kind =
    mentions.length === 0
      ? 'negative'
      : mentions.some((x) => x.ambiguous)
        ? 'ambiguous'
        : 'positive';
  return {
    id: `tl-${part}-${hashId(`${lang}\n${text}`)}`,
    lang,
    source: `tests/corpus/${part}.txt line ${lineNo} (written for Treaty Lens)`,
    text,
    mentions,
    kind,
    paraphrased: false,
  };
}

/** Parses a whole markup file into corpus records. */
export function parseMarkup(source: string, part: string): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  source.split('\n').forEach((line, i) => {
    const r = parseMarkupLine(line, i + 1, part);
    if (r) out.push(r);
  });
  return out;
}

/** JSONL text of records, one per line, with a final newline. */
export function toJsonl(records: readonly CorpusRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** The corpus parts, in the order `npm run eval` reports them. */
export const PARTS = ['tune', 'heldout'] as const;
