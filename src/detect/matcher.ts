import type { InstrumentId } from '@/src/knowledge/ids';
import { ANCHOR_SOURCE, anchorSearch, HIDDEN, PRESCREEN } from './anchors';
import { fold, type Folded } from './fold';
import { MATCHER_TABLES } from './matcher-tables.generated';
import { SEP_CLASS, tolerantSource } from './pattern';
import type { MatcherTables, NameMeta } from './tables';

// Names compile into sticky regular expressions over folded text, one per first character: at a
// start only the names that can begin with that character are tried, so a page compiles only the
// expressions for the characters its candidate starts have (compiling all ~170 names at once
// took one long task on every page load). Within an expression alternatives are ordered longest
// first so that, at a given start, the longest name wins (the Ad Hoc Committee's full name over
// the working title inside it); leaving out names that cannot begin at a start does not change
// which one matches. The end boundary lives in the expression, so the engine backs off to a
// shorter name when a longer one would end inside a word; the start boundary is checked
// afterwards on the original text (a lookbehind at every position is slow). Pattern sources,
// lengths, first characters and anchor reach come precomputed (tables.ts).

/** A name ready for matching. */
export interface CompiledName {
  readonly instrument: InstrumentId;
  /** What the names data says of it (language, ambiguity, case rule), from the tables. */
  readonly name: NameMeta;
  /** Regular-expression source of the pattern (exact spellings). */
  readonly source: string;
  /** Whether its long words tolerate one slip: match with `tolerantSource(source)`. */
  readonly tolerant: boolean;
  /** The first words of its spellings (tolerant names only). */
  readonly heads: readonly string[];
  readonly vetoSource: string | null;
  /** Longest plain spelling, in folded characters. */
  readonly length: number;
}

/** A name found in a text, before ambiguity is resolved. */
export interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly compiled: CompiledName;
}

/** The names that may begin with one character, and their expression (compiled on first use). */
interface Bucket {
  /** Indices into `Matcher.names`, ascending (longest first). */
  readonly members: readonly number[];
  /** The alternation without the end boundary, and with it. */
  loose: RegExp | null;
  regex: RegExp | null;
}

interface Matcher {
  readonly names: readonly CompiledName[];
  /** Per first code unit: the names that may begin with it. */
  readonly buckets: ReadonlyMap<string, Bucket>;
  /** Names whose first characters are not known (none at present): in every bucket. */
  readonly anyStart: readonly number[];
  /** Per name, built on first use: sticky expression of the name alone (without and with the
   * end boundary), and of its veto. */
  readonly looseAlone: (RegExp | undefined)[];
  readonly alone: (RegExp | undefined)[];
  /** The same, tolerant of one slip. */
  readonly slipLooseAlone: (RegExp | undefined)[];
  readonly slipAlone: (RegExp | undefined)[];
  readonly veto: (RegExp | null | undefined)[];
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
// "Not after a spaced letter, or not before one (nor a mark)". Written as
// (after ∧ ¬before) ∨ ¬after until it showed up in compile time: the same condition with one
// Unicode class less per expression.
const END_BOUNDARY = `(?:(?![${SPACED}\\p{M}])|(?<![${SPACED}]))`;
const SPACED_CHAR = new RegExp(`[${SPACED}\\p{M}]`, 'u');
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const ARABIC_PROCLITIC = /[وبلفك]/;
const ARABIC = /\p{sc=Arabic}/u;
const TRAILING_SEP = new RegExp(`${SEP_CLASS}+$`, 'u');
const SEP_CHAR = new RegExp(SEP_CLASS, 'u');

let matcher: Matcher | null = null;

const NO_REGEX = { loose: null, regex: null } as const;

function build(tables: MatcherTables): Matcher {
  const names = tables.entries.map((e): CompiledName => ({
    instrument: e.instrument,
    name: e.meta,
    source: e.source,
    tolerant: e.tolerant,
    heads: e.heads,
    vetoSource: e.veto,
    length: e.length,
  }));
  const byChar = new Map<string, number[]>();
  const anyStart: number[] = [];
  tables.entries.forEach((e, i) => {
    if (e.first === null) anyStart.push(i);
    else for (const ch of e.first) byChar.set(ch, [...(byChar.get(ch) ?? []), i]);
  });
  const buckets = new Map<string, Bucket>();
  for (const [ch, members] of byChar) {
    const all = anyStart.length
      ? [...new Set([...members, ...anyStart])].sort((a, b) => a - b)
      : members;
    buckets.set(ch, { members: all, ...NO_REGEX });
  }
  return {
    names,
    buckets,
    anyStart,
    looseAlone: [],
    alone: [],
    slipLooseAlone: [],
    slipAlone: [],
    veto: [],
    anchors: anchorSearch(),
    rawAnchors: new RegExp(ANCHOR_SOURCE, 'gi'),
    span: tables.span,
    reach: tables.reach,
  };
}

/** The matcher (built on first use; its expressions compile as they are needed). */
export function getMatcher(): Matcher {
  matcher ??= build(MATCHER_TABLES);
  return matcher;
}

const EMPTY_BUCKET: Bucket = { members: [], ...NO_REGEX };

/**
 * The bucket for a start. With the `u` flag a sticky match at the second half of a surrogate
 * pair begins at the first half, so that start takes the first half's bucket.
 */
function bucketAt(m: Matcher, f: string, q: number): Bucket {
  const code = f.charCodeAt(q);
  let key = f[q] as string;
  if (code >= 0xdc00 && code <= 0xdfff && q > 0) {
    const prev = f.charCodeAt(q - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) key = f[q - 1] as string;
  }
  const bucket = m.buckets.get(key);
  if (bucket) return bucket;
  if (m.anyStart.length === 0) return EMPTY_BUCKET;
  const made: Bucket = { members: m.anyStart, ...NO_REGEX };
  (m.buckets as Map<string, Bucket>).set(key, made);
  return made;
}

const END_AT = new RegExp(END_BOUNDARY, 'uy');

/**
 * Sticky match of `(?:alternation)END_BOUNDARY` at `q`, compiling the boundary only when needed:
 * the expression without it finds the first way the alternation matches; when the boundary holds
 * where that ends, the full expression finds the very same match (same order of trying, same
 * groups). Only when it fails is the full expression (Unicode classes, costly to compile) run,
 * to back off to a shorter name. Same results, a fraction of the compile time.
 */
function stickyMatch(
  f: string,
  q: number,
  loose: RegExp,
  full: () => RegExp,
): RegExpExecArray | null {
  loose.lastIndex = q;
  const hit = loose.exec(f);
  if (!hit) return null;
  END_AT.lastIndex = hit.index + hit[0].length;
  if (END_AT.test(f)) return hit;
  const re = full();
  re.lastIndex = q;
  return re.exec(f);
}

// Tolerant sources, made on first use: only the names a page's candidate starts need.
const tolerant = new Map<string, string>();

/** The source a name is matched with: with `slip`, tolerant of one slip where allowed. */
function matchSource(name: CompiledName, slip: boolean): string {
  if (!slip || !name.tolerant) return name.source;
  let s = tolerant.get(name.source);
  if (s === undefined) {
    s = tolerantSource(name.source);
    tolerant.set(name.source, s);
  }
  return s;
}

function alternation(m: Matcher, bucket: Bucket): string {
  return `(?:${bucket.members.map((i) => `(${(m.names[i] as CompiledName).source})`).join('|')})`;
}

function bucketMatch(m: Matcher, bucket: Bucket, f: string, q: number): RegExpExecArray | null {
  bucket.loose ??= new RegExp(alternation(m, bucket), 'uy');
  return stickyMatch(f, q, bucket.loose, () => {
    bucket.regex ??= new RegExp(`${alternation(m, bucket)}${END_BOUNDARY}`, 'uy');
    return bucket.regex;
  });
}

function aloneMatch(
  m: Matcher,
  i: number,
  f: string,
  q: number,
  slip: boolean,
): RegExpExecArray | null {
  const source = `(?:${matchSource(m.names[i] as CompiledName, slip)})`;
  const looseCache = slip ? m.slipLooseAlone : m.looseAlone;
  const fullCache = slip ? m.slipAlone : m.alone;
  let loose = looseCache[i];
  if (!loose) {
    loose = new RegExp(source, 'uy');
    looseCache[i] = loose;
  }
  return stickyMatch(f, q, loose, () => {
    let re = fullCache[i];
    if (!re) {
      re = new RegExp(`${source}${END_BOUNDARY}`, 'uy');
      fullCache[i] = re;
    }
    return re;
  });
}

function vetoRegex(m: Matcher, i: number): RegExp | null {
  let re = m.veto[i];
  if (re === undefined) {
    const source = (m.names[i] as CompiledName).vetoSource;
    re = source === null ? null : new RegExp(source, 'uy');
    m.veto[i] = re;
  }
  return re;
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

function caseAllows(name: NameMeta, written: string): boolean {
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

interface Candidate {
  /** Index into `Matcher.names`. */
  readonly index: number;
  readonly compiled: CompiledName;
  readonly length: number;
}

/**
 * The alternation's match at `q` and any longer one: alternatives are ordered by their longest
 * spelling, which is not always the longest match here ("Comité ad hoc des Nations Unies" vs
 * the shorter Spanish "Comité ad hoc"). Only names that could be longer, and could begin at `q`
 * (the rest of the bucket), are tried again.
 */
function longest(
  m: Matcher,
  bucket: Bucket,
  f: string,
  q: number,
  hit: RegExpExecArray,
): Candidate[] {
  const group = hit.findIndex((g, i) => i > 0 && g !== undefined);
  const index = bucket.members[group - 1];
  if (index === undefined) return [];
  const first = m.names[index] as CompiledName;
  const found: Candidate[] = [
    { index, compiled: first, length: hit[0].replace(TRAILING_SEP, '').length },
  ];
  for (let k = group; k < bucket.members.length; k++) {
    const j = bucket.members[k] as number;
    const other = m.names[j] as CompiledName;
    if (other.length <= (found[0] as Candidate).length) break;
    const h = aloneMatch(m, j, f, q, false);
    if (!h) continue;
    const length = h[0].replace(TRAILING_SEP, '').length;
    found.push({ index: j, compiled: other, length });
  }
  return found.filter((c) => c.length > 0).sort((a, b) => b.length - a.length);
}

const WORD_AT = /[^\s\-"'«»()]+/y;

/** Whether two words differ by at most one letter left out or added (not the first). */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1 || s[0] !== l[0]) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/**
 * Tolerant matches at `q`, longest first: only the tolerant names whose first word is the
 * text's word or one slip from it are compiled and tried, one by one.
 */
function slipCandidates(m: Matcher, bucket: Bucket, f: string, q: number): Candidate[] {
  WORD_AT.lastIndex = q;
  const word = WORD_AT.exec(f)?.[0];
  if (!word) return [];
  const found: Candidate[] = [];
  for (const i of bucket.members) {
    const name = m.names[i] as CompiledName;
    if (!name.tolerant || !name.heads.some((h) => oneSlip(h, word))) continue;
    const hit = aloneMatch(m, i, f, q, true);
    if (!hit) continue;
    const length = hit[0].replace(TRAILING_SEP, '').length;
    if (length > 0) found.push({ index: i, compiled: name, length });
  }
  return found.sort((a, b) => b.length - a.length);
}

/**
 * Matches names in one folded stretch of `text` (`base`: where it starts in `text`). Every name
 * contains an anchor at most `reach` characters after its start, so the (sticky) matcher is
 * tried only at word starts shortly before each anchor, never across the whole stretch.
 */
function scan(m: Matcher, text: string, folded: Folded, base: number, out: RawMatch[]): void {
  const { text: f, map } = folded;
  const back = (i: number): number => base + (map ? (map[i] as number) : i);
  const anchors = m.anchors;
  anchors.lastIndex = 0;
  // Starts already tried for the previous anchor: [triedFrom, triedTo).
  let triedFrom = 0;
  let triedTo = 0;
  let covered = 0;
  // Tries every start in [from, to] (skipping those already tried for the previous anchor);
  // returns whether a name was found.
  const tryStarts = (from: number, to: number, slip: boolean): boolean => {
    let found = false;
    for (let q = from; q <= to; q++) {
      if (q >= triedFrom && q < triedTo) {
        q = triedTo - 1;
        continue;
      }
      const start = back(q);
      if (SEP_CHAR.test(f[q] as string) || !startsAtBoundary(text, start)) continue;
      const bucket = bucketAt(m, f, q);
      if (bucket.members.length === 0) continue;
      let candidates: Candidate[];
      if (slip) {
        candidates = slipCandidates(m, bucket, f, q);
      } else {
        const hit = bucketMatch(m, bucket, f, q);
        if (!hit) continue;
        candidates = longest(m, bucket, f, q, hit);
      }
      const best = candidates.find((c) => {
        if (!caseAllows(c.compiled.name, text.slice(start, back(q + c.length - 1) + 1))) {
          return false;
        }
        const veto = vetoRegex(m, c.index);
        return !(veto && vetoed(veto, f, q + c.length));
      });
      if (!best || insideUrl(text, start)) continue;
      const { compiled } = best;
      const fEnd = q + best.length;
      const end = back(fEnd - 1) + 1;
      out.push({ start, end, compiled });
      found = true;
      covered = fEnd;
      q = fEnd - 1;
    }
    return found;
  };
  for (let a = anchors.exec(f); a; a = anchors.exec(f)) {
    if (a.index < covered) continue;
    const fragment = a.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const from = Math.max(covered, a.index - (m.reach[fragment] ?? 0));
    // Only an anchor no exact name explains, with a head noun nearby, is tried again with one
    // slip allowed: pages whose names are written right, and the many "cybersecurity" anchors
    // of tech pages, never compile or run the tolerant expressions.
    if (!tryStarts(from, a.index, false) && headNear(f, from, a.index + HEAD_AFTER)) {
      tryStarts(from, a.index, true);
    }
    triedFrom = from;
    triedTo = a.index + 1;
    if (anchors.lastIndex < covered) anchors.lastIndex = covered;
  }
}

// Beginnings of the head nouns of the names (instrument and committee, every language), in
// folded text. A misspelt name still has its head noun, and its first letters survive the slip.
const HEAD =
  /(?:^|[^\p{L}])(?:conv|trat|treat|trait|pact|pakt|abkom|übere|verdra|konw|konv|конв|sözle|công ư|اتفاق|معاهد|comm|comit|ausschu|комит|комітет|komite|ủy ban|uỷ ban|لجن|acord|accord|agreement|antla|perjanjian|traktat|umow)|公约|公約|条约|條約|協約|협약|조약|条約|委员会|委員會|อนุสัญญา/u;
// How far after its anchor a name's head noun may come ("Cybercrime Convention").
const HEAD_AFTER = 40;

function headNear(f: string, from: number, to: number): boolean {
  return HEAD.test(f.slice(from, to));
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
