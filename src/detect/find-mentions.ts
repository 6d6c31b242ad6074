import type { InstrumentId } from '@/src/knowledge/ids';
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

// A plain mention of one of our instruments is itself a strong cue for its neighbours.
const MENTION_WEIGHT = 2;
// Page-level cues count less than nearby ones, and only up to a cap.
const PAGE_WEIGHT = 0.1;
const PAGE_CAP = 1;
// How much cybercrime topic a name that may belong to another body needs around it.
const MIN_TOPIC = 0.5;
// What the default reading gets before cues are weighed, so that a weak cue does not flip it.
const DEFAULT_BONUS = 0.5;

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
    if (end > raw.start && start < raw.end) return; // the name's own words are no cue
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
  return out;
}
