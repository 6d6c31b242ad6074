import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { NAMES, type InstrumentName } from '@/src/knowledge/names';
import { ANCHOR_SOURCE, anchorSearch, FRAGMENTS, HIDDEN, PRESCREEN } from './anchors';
import { fold, type Folded } from './fold';
import { anchorLeads, expandPattern, patternLength, patternSource, SEP_CLASS } from './pattern';

// All names compile into one regular expression over folded text. Alternatives are ordered
// longest first so that, at a given start, the longest name wins (the Ad Hoc Committee's full
// name over the working title inside it). The end boundary lives in the expression, so the
// engine backs off to a shorter name when a longer one would end inside a word; the start
// boundary is checked afterwards on the original text (a lookbehind at every position is slow).

/** A name ready for matching. */
export interface CompiledName {
  readonly instrument: InstrumentId;
  readonly name: InstrumentName;
  readonly veto: RegExp | null;
  /** Longest plain spelling, in folded characters. */
  readonly length: number;
  /** This name alone (sticky), to look for a longer match than the one the alternation gave. */
  readonly alone: RegExp;
}

/** A name found in a text, before ambiguity is resolved. */
export interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly compiled: CompiledName;
}

interface Matcher {
  /** Sticky: tried at candidate starts only. */
  readonly regex: RegExp;
  readonly names: readonly CompiledName[];
  /** Global search for anchors in folded text. */
  readonly anchors: RegExp;
  /** Per anchor fragment: how far before it a name may start, in folded characters. */
  readonly reach: readonly number[];
  /** Anchors in raw text (case-insensitive). */
  readonly rawAnchors: RegExp;
  /** How far from an anchor a whole name may reach, either way. */
  readonly span: number;
}

// Scripts written with spaces between words: a name in them must not touch a letter of them.
const SPACED =
  '\\p{N}\\p{sc=Latin}\\p{sc=Cyrillic}\\p{sc=Greek}\\p{sc=Arabic}\\p{sc=Hebrew}\\p{sc=Armenian}\\p{sc=Georgian}\\p{sc=Devanagari}';
const END_BOUNDARY = `(?:(?<=[${SPACED}])(?![${SPACED}\\p{M}])|(?<![${SPACED}]))`;
const SPACED_CHAR = new RegExp(`[${SPACED}\\p{M}]`, 'u');
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const ARABIC_PROCLITIC = /[وبلفك]/;
const ARABIC = /\p{sc=Arabic}/u;
const TRAILING_SEP = new RegExp(`${SEP_CLASS}+$`, 'u');
const SEP_CHAR = new RegExp(SEP_CLASS, 'u');

let matcher: Matcher | null = null;

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

function compile(): Matcher {
  const entries: { compiled: CompiledName; src: string; len: number; pattern: string }[] = [];
  for (const instrument of INSTRUMENT_IDS) {
    for (const name of NAMES[instrument]) {
      const pattern = name.pattern ?? name.text;
      entries.push({
        compiled: {
          instrument,
          name,
          veto: name.vetoAfter ? new RegExp(patternSource(name.vetoAfter), 'uy') : null,
          length: patternLength(pattern),
          alone: new RegExp(`(?:${patternSource(pattern)})${END_BOUNDARY}`, 'uy'),
        },
        src: patternSource(pattern),
        pattern,
        len: patternLength(pattern),
      });
    }
  }
  entries.sort((a, b) => b.len - a.len);
  // One end boundary after the whole alternation: failing it still backtracks into shorter names.
  const regex = new RegExp(
    `(?:${entries.map((e) => `(${e.src})`).join('|')})${END_BOUNDARY}`,
    'uy',
  );
  return {
    regex,
    names: entries.map((e) => e.compiled),
    anchors: anchorSearch(),
    rawAnchors: new RegExp(ANCHOR_SOURCE, 'gi'),
    span: Math.ceil(Math.max(...entries.map((e) => e.len)) * 1.25) + 32,
    // Slack for separator runs longer than the single space of a spelling.
    reach: anchorReach(entries.map((e) => e.pattern)).map((lead) => Math.ceil(lead * 1.25) + 8),
  };
}

/** The compiled matcher (built on first use). */
export function getMatcher(): Matcher {
  matcher ??= compile();
  return matcher;
}

function startsAtBoundary(text: string, start: number): boolean {
  const first = text[start] ?? '';
  if (!SPACED_CHAR.test(first)) return true;
  const prev = text[start - 1];
  if (prev === undefined || !SPACED_CHAR.test(prev)) return true;
  // Link-stripping proxies glue words: "TheUnited Nations …".
  if (LOWER.test(prev) && UPPER.test(first)) return true;
  // Arabic writes "and", "by", "for" … as one-letter prefixes: واتفاقية, باتفاقية.
  if (ARABIC.test(first) && ARABIC_PROCLITIC.test(prev)) {
    const before = text[start - 2];
    return before === undefined || !SPACED_CHAR.test(before);
  }
  return false;
}

const URL_TOKEN = /:\/\/|^www\.|^[\w-]+(?:\.[\w-]+)+\//i;
const TOKEN_START = /[\s([<"'«“]/;

/** Whether an offset lies inside a URL (slugs like /un-cybercrime-treaty are not mentions). */
function insideUrl(text: string, start: number): boolean {
  let i = start;
  const stop = Math.max(0, start - 400);
  while (i > stop && !TOKEN_START.test(text[i - 1] as string)) i--;
  if (i === start) return false;
  return URL_TOKEN.test(text.slice(i, start));
}

function caseAllows(name: InstrumentName, written: string): boolean {
  const rule = name.case ?? 'any';
  if (rule === 'any') return true;
  if (rule === 'upper') return !LOWER.test(written);
  const words = written.split(/[\s\-\u2010-\u2015]+/).filter((w) => /\p{L}/u.test(w));
  const initial = (w: string | undefined): boolean => {
    const letter = w?.match(/\p{L}/u)?.[0] ?? '';
    return !LOWER.test(letter);
  };
  if (!initial(words[0])) return false;
  return rule === 'initial' || initial(words[words.length - 1]);
}

function vetoed(veto: RegExp, folded: string, at: number): boolean {
  veto.lastIndex = at;
  return veto.test(folded);
}

/**
 * The alternation's match at `q` and any longer one: alternatives are ordered by their longest
 * spelling, which is not always the longest match here ("Comité ad hoc des Nations Unies" vs
 * the shorter Spanish "Comité ad hoc"). Only names that could be longer are tried again.
 */
function longest(
  m: Matcher,
  f: string,
  q: number,
  hit: RegExpExecArray,
): { compiled: CompiledName; length: number }[] {
  const group = hit.findIndex((g, i) => i > 0 && g !== undefined);
  const first = m.names[group - 1];
  if (!first) return [];
  const found = [{ compiled: first, length: hit[0].replace(TRAILING_SEP, '').length }];
  for (let j = group; j < m.names.length; j++) {
    const other = m.names[j] as CompiledName;
    if (other.length <= (found[0] as { length: number }).length) break;
    other.alone.lastIndex = q;
    const h = other.alone.exec(f);
    if (!h) continue;
    const length = h[0].replace(TRAILING_SEP, '').length;
    found.push({ compiled: other, length });
  }
  return found.filter((c) => c.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * Matches names in one folded stretch of `text` (`base`: where it starts in `text`). Every name
 * contains an anchor at most `reach` characters after its start, so the (sticky) matcher is
 * tried only at word starts shortly before each anchor, never across the whole stretch.
 */
function scan(m: Matcher, text: string, folded: Folded, base: number, out: RawMatch[]): void {
  const { text: f, map } = folded;
  const back = (i: number): number => base + (map ? (map[i] as number) : i);
  const re = m.regex;
  const anchors = m.anchors;
  anchors.lastIndex = 0;
  // Starts already tried for the previous anchor: [triedFrom, triedTo).
  let triedFrom = 0;
  let triedTo = 0;
  let covered = 0;
  for (let a = anchors.exec(f); a; a = anchors.exec(f)) {
    if (a.index < covered) continue;
    const fragment = a.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const from = Math.max(covered, a.index - (m.reach[fragment] ?? 0));
    for (let q = from; q <= a.index; q++) {
      if (q >= triedFrom && q < triedTo) {
        q = triedTo - 1;
        continue;
      }
      const start = back(q);
      if (SEP_CHAR.test(f[q] as string) || !startsAtBoundary(text, start)) continue;
      re.lastIndex = q;
      const hit = re.exec(f);
      if (!hit) continue;
      const best = longest(m, f, q, hit).find(
        (c) =>
          caseAllows(c.compiled.name, text.slice(start, back(q + c.length - 1) + 1)) &&
          !(c.compiled.veto && vetoed(c.compiled.veto, f, q + c.length)),
      );
      if (!best || insideUrl(text, start)) continue;
      const { compiled } = best;
      const fEnd = q + best.length;
      const end = back(fEnd - 1) + 1;
      out.push({ start, end, compiled });
      covered = fEnd;
      q = fEnd - 1;
    }
    triedFrom = from;
    triedTo = a.index + 1;
    if (anchors.lastIndex < covered) anchors.lastIndex = covered;
  }
}

/** Every name in a text, without overlaps, in order; ambiguity not yet resolved. */
export function findRawMatches(text: string): RawMatch[] {
  if (!PRESCREEN.test(text)) return [];
  const m = getMatcher();
  const out: RawMatch[] = [];
  if (text.length <= 2 * m.span || HIDDEN.test(text)) {
    scan(m, text, fold(text), 0, out);
    return out;
  }
  // A long text: fold only stretches around anchors found in the raw text. Without invisible
  // characters folding keeps offsets, so a stretch folds on its own.
  const raw = m.rawAnchors;
  raw.lastIndex = 0;
  let from = -1;
  let to = -1;
  const flush = (): void => {
    if (from >= 0) scan(m, text, fold(text.slice(from, to)), from, out);
  };
  for (let a = raw.exec(text); a; a = raw.exec(text)) {
    const s = Math.max(0, a.index - m.span);
    const e = Math.min(text.length, a.index + m.span);
    if (s > to) {
      flush();
      from = s;
    }
    to = e;
  }
  flush();
  // Stretches do not overlap, but a name may start in one and run into the next.
  return out.filter((x, i) => i === 0 || x.start >= (out[i - 1] as RawMatch).end);
}
