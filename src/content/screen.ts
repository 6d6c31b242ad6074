import { FRAGMENTS, HIDDEN } from '@/src/detect/anchors';

// A literal first character that can be factored out of an alternative (not a class, escape,
// group, or a character with a quantifier after it).
const isLiteral = (c: string | undefined): boolean =>
  c !== undefined && /[a-z0-9\u0080-\uffff]/i.test(c);
const QUANTIFIERS = new Set(['*', '+', '?', '{']);

/**
 * The anchor fragments as one alternation factored by their first characters (`c(?:y(?:ber)|…)`):
 * it matches exactly the same strings at the same places as `FRAGMENTS.join('|')`, but the regex
 * engine tries one branch per character instead of seventy, which scans page text 2–3 times faster.
 */
export function factoredSource(fragments: readonly string[], depth = 2): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const f of fragments) {
    const head = f[0]?.toLowerCase();
    if (depth > 0 && head && isLiteral(head) && f.length > 1 && !QUANTIFIERS.has(f[1]!)) {
      const tails = groups.get(head) ?? [];
      tails.push(f.slice(1));
      groups.set(head, tails);
    } else {
      rest.push(f);
    }
  }
  const factored = [...groups].map(([head, tails]) =>
    tails.length === 1 ? `${head}${tails[0]}` : `${head}(?:${factoredSource(tails, depth - 1)})`,
  );
  return [...factored, ...rest].join('|');
}

/**
 * The detector's raw-text screens, as global case-insensitive RegExps: anchor words, and the
 * characters that hide anchors (invisible, full-width, pinyin). Run apart: their alternation scans
 * page text about half as fast. A text with no hit of either holds no mention.
 */
export function createScreens(): [anchors: RegExp, hidden: RegExp] {
  return [new RegExp(factoredSource(FRAGMENTS), 'gi'), new RegExp(HIDDEN.source, 'gi')];
}
