import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { NAMES, type InstrumentName } from '@/src/knowledge/names';
import { anchorSearch, PRESCREEN } from './anchors';
import { fold } from './fold';
import { patternLength, patternSource, SEP_CLASS } from './pattern';

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
}

/** A name found in a text, before ambiguity is resolved. */
export interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly compiled: CompiledName;
}

interface Matcher {
  readonly regex: RegExp;
  readonly names: readonly CompiledName[];
  /** Longest name, in folded characters: how far around an anchor a name may reach. */
  readonly reach: number;
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

let matcher: Matcher | null = null;

function compile(): Matcher {
  const entries: { compiled: CompiledName; src: string; len: number }[] = [];
  for (const instrument of INSTRUMENT_IDS) {
    for (const name of NAMES[instrument]) {
      const pattern = name.pattern ?? name.text;
      entries.push({
        compiled: {
          instrument,
          name,
          veto: name.vetoAfter ? new RegExp(patternSource(name.vetoAfter), 'uy') : null,
        },
        src: patternSource(pattern),
        len: patternLength(pattern),
      });
    }
  }
  entries.sort((a, b) => b.len - a.len);
  const regex = new RegExp(entries.map((e) => `(${e.src})${END_BOUNDARY}`).join('|'), 'gu');
  return {
    regex,
    names: entries.map((e) => e.compiled),
    reach: Math.max(...entries.map((e) => e.len)) + 64,
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

function scanRange(
  m: Matcher,
  text: string,
  folded: string,
  map: Int32Array | null,
  from: number,
  to: number,
  out: RawMatch[],
): void {
  const re = m.regex;
  const slice = from === 0 && to === folded.length ? folded : folded.slice(from, to);
  re.lastIndex = 0;
  for (let hit = re.exec(slice); hit; hit = re.exec(slice)) {
    const group = hit.findIndex((g, i) => i > 0 && g !== undefined);
    const compiled = m.names[group - 1];
    const fStart = from + hit.index;
    const matched = hit[0].replace(TRAILING_SEP, '');
    const fEnd = fStart + matched.length;
    const start = map ? (map[fStart] as number) : fStart;
    const end = map ? (map[fEnd - 1] as number) + 1 : fEnd;
    const accept =
      compiled !== undefined &&
      matched.length > 0 &&
      // A window's edge hides the next character from the end boundary: check it here.
      (to === folded.length ||
        fStart + hit[0].length < to ||
        !SPACED_CHAR.test(folded[to] ?? '')) &&
      startsAtBoundary(text, start) &&
      caseAllows(compiled.name, text.slice(start, end)) &&
      !(compiled.veto && vetoed(compiled.veto, folded, fEnd)) &&
      !insideUrl(text, start);
    if (accept) {
      out.push({ start, end, compiled });
    } else {
      // Retry one character later: a shorter name may start inside a rejected one.
      re.lastIndex = hit.index + 1;
    }
  }
}

function vetoed(veto: RegExp, folded: string, at: number): boolean {
  veto.lastIndex = at;
  return veto.test(folded);
}

/** Every name in a text, without overlaps, in order; ambiguity not yet resolved. */
export function findRawMatches(text: string): RawMatch[] {
  if (!PRESCREEN.test(text)) return [];
  const m = getMatcher();
  const { text: folded, map } = fold(text);
  const out: RawMatch[] = [];
  if (folded.length <= 4 * m.reach) {
    scanRange(m, text, folded, map, 0, folded.length, out);
    return out;
  }
  // Long texts: match only in windows around anchors, merged where they overlap.
  const anchors = anchorSearch();
  let winStart = -1;
  let winEnd = -1;
  for (let a = anchors.exec(folded); a; a = anchors.exec(folded)) {
    const s = Math.max(0, a.index - m.reach);
    const e = Math.min(folded.length, a.index + a[0].length + m.reach);
    if (winStart >= 0 && s <= winEnd) {
      winEnd = e;
      continue;
    }
    if (winStart >= 0) scanRange(m, text, folded, map, winStart, winEnd, out);
    winStart = s;
    winEnd = e;
  }
  if (winStart >= 0) scanRange(m, text, folded, map, winStart, winEnd, out);
  return dedupe(out);
}

/** Drops matches that start inside an earlier one (possible where windows meet). */
function dedupe(matches: RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (const x of matches) {
    const last = out[out.length - 1];
    if (!last || x.start >= last.end) out.push(x);
  }
  return out;
}
