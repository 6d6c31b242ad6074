import type { InstrumentId } from '@/src/knowledge/ids';
import type { NameLang } from '@/src/knowledge/names';
import { findCues, noCues, sumCues, type CueClass, type CueHit, type Cues } from './cues';
import { findRawMatches, type RawMatch } from './matcher';

/** One mention of an instrument in a text. */
export interface Mention {
  /** UTF-16 offset of the first character in the text. */
  readonly start: number;
  /** UTF-16 offset just after the last character. */
  readonly end: number;
  readonly instrument: InstrumentId;
  /** The text as written in the page. */
  readonly alias: string;
  /** Whether cues in the text or page decided what an ambiguous name means. */
  readonly byContext: boolean;
}

/** What a caller knows beyond the text itself. */
export interface DetectContext {
  /** Cues of the whole page (`collectCues`), gathered once and shared by every block. */
  readonly pageCues?: Cues;
  /** Report only these instruments. */
  readonly instruments?: readonly InstrumentId[];
}

// Which cue class speaks for which instrument.
const IDENTITY: Readonly<Record<InstrumentId, CueClass>> = {
  'un-cybercrime-convention': 'un',
  'budapest-convention': 'coe',
  'ad-hoc-committee': 'un',
};

// Cues inside the ambiguous name itself.
const OWN_WEIGHT = 3;
// A plain mention of one of our instruments is itself a strong cue for its neighbours.
const MENTION_WEIGHT = 2;
// Page-level cues count less than nearby ones, and only up to a cap.
const PAGE_WEIGHT = 0.1;
const PAGE_CAP = 1;
// How much cybercrime topic a name that may belong to another body needs around it.
const MIN_TOPIC = 0.5;
// What the default reading gets before cues are weighed, so that a weak cue does not flip it.
const DEFAULT_BONUS = 0.5;

// "a convention on cybercrime", "eine Konvention gegen Cyberkriminalität": an indefinite article
// makes the words a description, not a name. (Not for bodies: "un Comité spécial créé en 2019"
// still names the committee.) Per language, since "a" is the definite article in Portuguese.
const INDEFINITE: Readonly<Partial<Record<NameLang, RegExp>>> = {
  en: /(?:^|[^\p{L}\p{N}])(?:a|an|another|any)\s+$/iu,
  fr: /(?:^|[^\p{L}\p{N}])(?:un|une)\s+$/iu,
  es: /(?:^|[^\p{L}\p{N}])(?:un|una)\s+$/iu,
  pt: /(?:^|[^\p{L}\p{N}])(?:um|uma)\s+$/iu,
  it: /(?:^|[^\p{L}\p{N}])(?:un|una|uno|un')\s*$/iu,
  ca: /(?:^|[^\p{L}\p{N}])(?:un|una)\s+$/iu,
  de: /(?:^|[^\p{L}\p{N}])(?:ein|eine|einem|einen|einer|eines)\s+$/iu,
  nl: /(?:^|[^\p{L}\p{N}])een\s+$/iu,
  tr: /(?:^|[^\p{L}\p{N}])bir\s+$/iu,
  id: /(?:^|[^\p{L}\p{N}])sebuah\s+$/iu,
};

// Up to two lower-case words between the article and a short title (one without a UN, Council
// of Europe or place marker) are adjectives: "eine internationale Konvention gegen
// Cyberkriminalität", "a new Convention against Cybercrime". A marked name stays a name: "a
// unified UN International Cybercrime Convention".
const LAST_LOWER_WORD = /(?:^|\s)\p{Ll}[\p{Ll}\p{M}'-]*\s*$/u;

function afterIndefiniteArticle(
  text: string,
  start: number,
  lang: NameLang,
  shortTitle: boolean,
): boolean {
  const re = INDEFINITE[lang];
  if (re === undefined) return false;
  let before = text.slice(Math.max(0, start - 48), start);
  for (let adjectives = 0; adjectives <= (shortTitle ? 2 : 0); adjectives++) {
    if (re.test(before.slice(-12))) return true;
    const word = LAST_LOWER_WORD.exec(before);
    if (!word) return false;
    before = before.slice(0, word.index + 1);
  }
  return false;
}

function proximity(distance: number): number {
  if (distance <= 80) return 1;
  if (distance <= 250) return 0.7;
  if (distance <= 600) return 0.45;
  return 0.3;
}

function mentionCues(instrument: InstrumentId): Partial<Cues> {
  return { [IDENTITY[instrument]]: MENTION_WEIGHT, topic: MENTION_WEIGHT };
}

/** Cue summary of a page's text: pass it as `pageCues` to every `findMentions` on that page. */
export function collectCues(text: string): Cues {
  const plain = findRawMatches(text)
    .filter((r) => r.compiled.name.ambiguity === 'none')
    .map((r) => ({ weights: mentionCues(r.compiled.instrument) }));
  return sumCues([...findCues(text), ...plain]);
}

function localScores(
  raw: RawMatch,
  cues: readonly CueHit[],
  plain: readonly RawMatch[],
  pageCues: Cues | undefined,
): Cues {
  const score = { ...noCues() };
  const add = (start: number, end: number, weights: Partial<Cues>): void => {
    if (end > raw.start && start < raw.end) {
      // The name's own words: "UN" in "UN Convention on Cybercrime" all but settles it, while
      // its "cyber" says nothing about the topic.
      score.un += (weights.un ?? 0) * OWN_WEIGHT;
      score.coe += (weights.coe ?? 0) * OWN_WEIGHT;
      return;
    }
    const distance = start >= raw.end ? start - raw.end : raw.start - end;
    const p = proximity(distance);
    for (const k of Object.keys(weights) as CueClass[]) score[k] += (weights[k] ?? 0) * p;
  };
  for (const c of cues) add(c.start, c.end, c.weights);
  for (const r of plain) add(r.start, r.end, mentionCues(r.compiled.instrument));
  if (pageCues) {
    for (const k of Object.keys(score) as CueClass[]) {
      score[k] += Math.min(PAGE_CAP, pageCues[k] * PAGE_WEIGHT);
    }
  }
  return score;
}

/** What an ambiguous name means here: an instrument, or null to leave it out. */
function resolve(
  raw: RawMatch,
  score: Cues,
): { instrument: InstrumentId | null; byContext: boolean } {
  const { instrument: own, name } = raw.compiled;
  if (name.mayBeOther) {
    // Only the cybercrime topic makes it ours; other instruments nearby speak against it.
    const ours = score.topic > score.other && score.topic >= MIN_TOPIC;
    return { instrument: ours ? own : null, byContext: ours };
  }
  const fallback = name.default === undefined ? null : name.default;
  const candidates: InstrumentId[] = [own, ...(name.alsoMay ?? [])];
  let best: InstrumentId | null = null;
  let bestScore = 0;
  let anyCue = false;
  for (const c of candidates) {
    const s = score[IDENTITY[c]];
    if (s > 0) anyCue = true;
    const biased = s + (c === fallback ? DEFAULT_BONUS : 0);
    if (biased > bestScore) {
      best = c;
      bestScore = biased;
    }
  }
  if (!anyCue) return { instrument: fallback, byContext: false };
  return { instrument: best, byContext: true };
}

// "(далее – Спецкомитет)", "(hereinafter the UN Convention)": a short form defined right after
// a name stands for it in the rest of the text. Bare nouns ("the Convention") stay anaphora.
const DEFINITION =
  /^\s*\(\s*(?:далее(?: по тексту)?|hereinafter(?: referred to as)?|henceforth|ci-après(?: dénommée?)?|en adelante|doravante|di seguito|im folgenden|надалі|dalej)\s*[-–—:,]?\s*([^()]{2,80})\)/iu;
const LEADING_ARTICLE = /^(?:the|la|le|l'|el|die|der|das|o|a|il|lo)\s+/iu;
const QUOTES = /^["'«»“”„‘’]+|["'«»“”„‘’]+$/gu;
const WORD = /[\p{L}\p{N}]/u;

function definedForms(text: string, end: number): string[] {
  const m = DEFINITION.exec(text.slice(end, end + 120));
  if (!m) return [];
  return (m[1] as string)
    .split(/\s*(?:[,;]|\s(?:or|или|або|ou|o|oder)\s)\s*/u)
    .map((f) => f.replace(/[\u00ad\u200b-\u200d]/gu, '').trim())
    .map((f) => f.replace(QUOTES, '').replace(LEADING_ARTICLE, '').replace(/\d+$/u, '').trim())
    .filter((f) => f.split(/\s+/u).length >= 2);
}

/** Occurrences of short forms defined after a mention, outside the mentions already found. */
function withDefinedForms(text: string, found: Mention[]): Mention[] {
  const extra: Mention[] = [];
  for (const m of found) {
    for (const form of definedForms(text, m.end)) {
      const re = new RegExp(
        form
          .split(/\s+/u)
          .map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'))
          .join('[\\s\\u00ad\\u200b-\\u200d]+'),
        'gu',
      );
      re.lastIndex = m.end;
      for (let hit = re.exec(text); hit; hit = re.exec(text)) {
        const at = hit.index;
        const end = at + hit[0].length;
        const isolated = !WORD.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[end] ?? ' ');
        const taken = [...found, ...extra].some((x) => x.start < end && at < x.end);
        if (isolated && !taken) {
          extra.push({ start: at, end, instrument: m.instrument, alias: hit[0], byContext: true });
        }
      }
    }
  }
  if (extra.length === 0) return found;
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * Mentions of the instruments in a text, in order and without overlaps. Call it once per block
 * of a page with the page's `collectCues` as `pageCues`; offsets are UTF-16 offsets into `text`.
 */
export function findMentions(text: string, context: DetectContext = {}): Mention[] {
  const raws = findRawMatches(text);
  if (raws.length === 0) return [];
  const plain = raws.filter((r) => r.compiled.name.ambiguity === 'none');
  let cues: CueHit[] | null = null;
  const wanted = context.instruments;
  const out: Mention[] = [];
  for (const raw of raws) {
    const { name } = raw.compiled;
    // "un Comité spécial créé en 2019" still names the committee: the rule is for instruments.
    const body = raw.compiled.instrument === 'ad-hoc-committee';
    // Short titles that need a capital to be names ("Convention against Cybercrime"); not those
    // with a place or body in them ("a new Budapest Convention" is still the Budapest one).
    const shortTitle = name.kind === 'short' && name.case === 'initial';
    if (
      !body &&
      !name.mayBeOther &&
      afterIndefiniteArticle(text, raw.start, name.lang, shortTitle)
    ) {
      continue;
    }
    let instrument: InstrumentId | null = raw.compiled.instrument;
    let byContext = false;
    if (raw.compiled.name.ambiguity === 'needs-context') {
      cues ??= findCues(text);
      ({ instrument, byContext } = resolve(raw, localScores(raw, cues, plain, context.pageCues)));
    }
    if (instrument === null || (wanted && !wanted.includes(instrument))) continue;
    out.push({
      start: raw.start,
      end: raw.end,
      instrument,
      alias: text.slice(raw.start, raw.end),
      byContext,
    });
  }
  return withDefinedForms(text, out);
}
