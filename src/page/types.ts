import type { InstrumentId } from '@/src/knowledge/ids';
import type { Snippet } from './snippet';

/** One match the detector found in a block's text (UTF-16 offsets into that text). */
export interface DetectedSpan {
  start: number;
  end: number;
  instrument: InstrumentId;
}

/**
 * The detector as the page engine sees it: page-level cues collected once, then one call per
 * block. The engine never imports `src/detect/` itself, so tests can pass a fake.
 */
export interface Detector<Cues = unknown> {
  /**
   * Collects page-level cues (e.g. "Council of Europe", "Hanoi") from a piece of the page text.
   * The engine calls it on consecutive pieces of its sample, one slice at a time, and adds the
   * results up with `mergeCues`: the cues of a text must be the sum of its pieces' cues.
   */
  collectCues(text: string): Cues;
  mergeCues(a: Cues, b: Cues): Cues;
  /**
   * Optional cheap screen (a global RegExp): a block with no hit holds no mention. The engine runs
   * it once over many blocks joined, and calls `find` only on blocks with a hit.
   */
  readonly screen?: RegExp;
  /**
   * Further screens (global RegExps) whose hits count as well: a block needs a hit of one of them.
   * Two simple expressions can run faster than their alternation (a union of words with a union of
   * character classes defeats the regex engine's quick scan).
   */
  readonly moreScreens?: readonly RegExp[];
  /** Finds mentions of `instruments` in one block's text. */
  find(text: string, cues: Cues, instruments: readonly InstrumentId[]): readonly DetectedSpan[];
}

/** A mention on the page: a live Range (possibly over several text nodes) and what it names. */
export interface PageMention {
  readonly instrument: InstrumentId;
  readonly range: Range;
  /** The text as it was when found (trimmed to 200 characters for reports). */
  readonly text: string;
  /** The words of its sentence around it, for the popup's list (`snippet.ts`). */
  readonly snippet?: Snippet;
}
