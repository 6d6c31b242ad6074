import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { NAMES, type InstrumentName } from '@/src/knowledge/names';
import { anchorSearch, FRAGMENTS } from './anchors';
import {
  anchorLeads,
  expandPattern,
  patternFirstChars,
  patternLength,
  patternSource,
} from './pattern';

// What the matcher needs from the names data, computed ahead of time: parsing and folding ~170
// patterns, expanding spellings and measuring anchor reach took hundreds of milliseconds in one
// task on every page load. `npm run gen:matcher` writes the result to
// matcher-tables.generated.ts, so the browser only builds regular expressions from strings, and
// a unit test checks that the file matches the names data.

/** What the matcher and resolver need to know of a name besides its pattern. */
export type NameMeta = Pick<
  InstrumentName,
  'lang' | 'kind' | 'ambiguity' | 'default' | 'alsoMay' | 'mayBeOther' | 'case'
>;

/** One name, ready to compile. */
export interface NameEntry {
  readonly instrument: InstrumentId;
  /** Index of the name in `NAMES[instrument]`. */
  readonly index: number;
  /** Regular-expression source of the pattern (for the `u` flag), without the end boundary. */
  readonly source: string;
  /** Longest plain spelling, in folded characters. */
  readonly length: number;
  /** Source of `vetoAfter`, if any. */
  readonly veto: string | null;
  /** Code units a match may begin with (`patternFirstChars`); null: any. */
  readonly first: string | null;
  /** A name of several words: its long words tolerate one slip (`tolerantSource`). */
  readonly tolerant: boolean;
  /**
   * For a tolerant name, the first words its spellings begin with: the tolerant pass tries the
   * name only where the text's word is one of them or one slip away, so it compiles only the
   * names a misspelt passage may hold. Empty for other names.
   */
  readonly heads: readonly string[];
  /**
   * The name's language, ambiguity and case rule: the page needs these and the tables only, not
   * the names data itself (which would ship the patterns twice).
   */
  readonly meta: NameMeta;
}

/** The matcher's precomputed tables. */
export interface MatcherTables {
  /** Every name, longest first (so that at a given start the longest name wins). */
  readonly entries: readonly NameEntry[];
  /** Per anchor fragment: how far before it a name may start, in folded characters. */
  readonly reach: readonly number[];
  /** How far from an anchor a whole name may reach, either way. */
  readonly span: number;
}

/**
 * How far before each anchor fragment a name may start: every spelling holds one of the anchors
 * `anchorLeads` finds, that far in at most (the schema test checks that every spelling has one).
 */
function anchorReach(patterns: readonly string[]): number[] {
  const reach: number[] = FRAGMENTS.map(() => 0);
  const search = anchorSearch();
  for (const pattern of patterns) {
    const leads = anchorLeads(pattern, search);
    if (leads) {
      for (const [k, lead] of leads) reach[k] = Math.max(reach[k] ?? 0, lead);
      continue;
    }
    // No sure anchor: every anchor its spellings start with reaches back the whole name.
    const length = patternLength(pattern);
    for (const spelling of expandPattern(pattern, 100)) {
      search.lastIndex = 0;
      const hit = search.exec(spelling);
      const k = hit ? hit.findIndex((g, i) => i > 0 && g !== undefined) - 1 : -1;
      if (k >= 0) reach[k] = Math.max(reach[k] ?? 0, length);
    }
  }
  return reach;
}

/** Computes the matcher's tables from the names data (build time and the up-to-date test). */
export function buildMatcherTables(): MatcherTables {
  const entries: { entry: NameEntry; pattern: string }[] = [];
  for (const instrument of INSTRUMENT_IDS) {
    NAMES[instrument].forEach((name, index) => {
      const pattern = name.pattern ?? name.text;
      const tolerant =
        name.kind !== 'abbreviation' &&
        name.kind !== 'treaty-number' &&
        /[\p{L}\p{M}}][ -]+[{\p{L}\p{M}]/u.test(pattern);
      const entry: NameEntry = {
        instrument,
        index,
        source: patternSource(pattern),
        length: patternLength(pattern),
        veto: name.vetoAfter ? patternSource(name.vetoAfter) : null,
        first: patternFirstChars(pattern),
        // Never abbreviations, numbers or one-word names: a slip there makes another word.
        tolerant,
        heads: tolerant
          ? [...new Set(expandPattern(pattern, 200).map((s) => s.split(/[ "'«»()]/u)[0] ?? ''))]
              .filter((w) => w.length > 0)
              .sort()
          : [],
        meta: {
          lang: name.lang,
          kind: name.kind,
          ambiguity: name.ambiguity,
          ...(name.default !== undefined ? { default: name.default } : {}),
          ...(name.alsoMay ? { alsoMay: name.alsoMay } : {}),
          ...(name.mayBeOther ? { mayBeOther: name.mayBeOther } : {}),
          ...(name.case ? { case: name.case } : {}),
        },
      };
      entries.push({ entry, pattern });
    });
  }
  // Stable: names of equal length keep the order of the names data.
  entries.sort((a, b) => b.entry.length - a.entry.length);
  return {
    entries: entries.map((e) => e.entry),
    span: Math.ceil(Math.max(...entries.map((e) => e.entry.length)) * 1.25) + 32,
    // Slack for separator runs longer than the single space of a spelling.
    reach: anchorReach(entries.map((e) => e.pattern)).map((lead) => Math.ceil(lead * 1.25) + 8),
  };
}
