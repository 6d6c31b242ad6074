import type { InstrumentId } from '@/src/knowledge/ids';

/**
 * Languages the names data covers (ISO 639-1). `mul` marks a name written the same way in every
 * language (treaty numbers, Latin-script abbreviations).
 */
export type NameLang =
  | 'mul'
  | 'en'
  | 'fr'
  | 'es'
  | 'ru'
  | 'zh'
  | 'ar'
  | 'de'
  | 'pt'
  | 'it'
  | 'ja'
  | 'ko'
  | 'vi'
  | 'tr'
  | 'nl'
  | 'pl'
  | 'uk'
  | 'id'
  | 'th'
  | 'sr'
  | 'ca';

/** What sort of name an alias is. */
export type NameKind =
  | 'official'
  | 'short'
  | 'informal'
  | 'descriptive'
  | 'abbreviation'
  | 'treaty-number'
  | 'working-title';

/**
 * How a name must be capitalised in the page before it counts: `any`; `initial` (first letter a
 * capital, so "a convention on cybercrime" stays a description); `title` (first letter of the
 * first and of the last word); `upper` (no lower-case letter at all, for abbreviations).
 */
export type NameCase = 'any' | 'initial' | 'title' | 'upper';

/**
 * One name of an instrument.
 *
 * `pattern` (default: `text`) is matched case- and width-insensitively after folding quotes,
 * apostrophes, dashes, `ё`, Arabic alef/yeh variants and invisible characters. Its syntax:
 *
 * - a space or `-`: any run (possibly empty) of white space, line breaks or hyphens/dashes;
 * - `{a|b|}`: one of the alternatives (an empty one makes the group optional); groups nest;
 * - `"`: an optional quotation mark of any kind (straight, curly, guillemets, CJK brackets);
 * - `%`: one optional inserted word ("Convención Histórica de la ONU …");
 * - everything else is literal (`'` matches every apostrophe, since apostrophes are folded).
 *
 * Inflection is spelt out with groups, usually from the shared endings in `forms.ts`.
 */
export interface InstrumentName {
  /** The name as usually written (shown in the UI, used by tests). */
  readonly text: string;
  readonly lang: NameLang;
  readonly kind: NameKind;
  /** `needs-context`: the words also name something else; cues around the mention decide. */
  readonly ambiguity: 'none' | 'needs-context';
  /** What a `needs-context` name denotes when no cue speaks (`null`: leave it out). */
  readonly default?: InstrumentId | null;
  /** Other instruments of ours a `needs-context` name may denote. */
  readonly alsoMay?: readonly InstrumentId[];
  /** The name may also denote something outside Treaty Lens (another committee, the UNCC). */
  readonly mayBeOther?: boolean;
  /** Matching pattern (syntax above); `text` when absent. */
  readonly pattern?: string;
  /** A pattern that, right after the name, shows it is part of another name. */
  readonly vetoAfter?: string;
  readonly case?: NameCase;
  readonly note?: string;
}

/** An instrument's names, in no particular order. */
export type NameList = readonly InstrumentName[];
