import type { InstrumentId } from '@/src/knowledge/ids';

/**
 * A text in one or more languages. English is always present because it is the fallback when the
 * reader's language has no translation yet.
 */
export type LocalizedText = { en: string } & Partial<Record<string, string>>;

/**
 * A date as the sources give it: `YYYY-MM-DD` (day), `YYYY-MM` (month only) or `YYYY` (year only).
 * Never widened to a made-up day: a source that says "April 2023" stays `2023-04`.
 */
export type FuzzyDate = string;

/** A calendar day, `YYYY-MM-DD`. The status engine works in whole days, never in clock time. */
export type IsoDay = string;

/** Id of an entry in `SOURCES` (src/knowledge/sources.ts). */
export type SourceId = string;

/** A page that was actually read when the fact sheet was compiled. */
export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  /** The address as read: https, unless `plainHttp` says the page was only read over http. */
  url: string;
  /** The page was read over plain http; the UI may decline to link it. */
  plainHttp?: true;
  /** Publication date of the page when known (day, month or year precision). */
  date?: FuzzyDate;
  /** The page read was a republished copy; the original address was not available. */
  mirror?: true;
  /** Why this source needs care (test host, machine-generated, digest of an unread article …). */
  caveat?: string;
}

/** What every claim carries: where it comes from, and how sure we are. */
export interface Attribution {
  /** The source that best supports the claim. */
  source: SourceId;
  /** Further sources for the same claim (corroboration, dates, the other side of a conflict). */
  alsoSources?: readonly SourceId[];
  /** The fact sheet could not confirm this; the status engine ignores unconfirmed figures. */
  unconfirmed?: true;
  /** Where sources disagree: which figure was chosen and what the others say. */
  note?: LocalizedText;
}

/** What kind of thing a record describes. */
export type RecordKind = 'un-convention' | 'coe-convention' | 'coe-protocol' | 'un-committee';

/** What happened at a timeline event; the status engine reads the kinds, the UI the text. */
export type EventKind =
  | 'background'
  | 'vote'
  | 'established'
  | 'modalities'
  | 'session'
  | 'negotiation-start'
  | 'draft-approved'
  | 'adopted'
  | 'signature-opens'
  | 'signature'
  | 'signature-closes'
  | 'ratification'
  | 'entry-into-force'
  | 'invitation'
  | 'statement'
  | 'publication';

/** A recorded vote, in favour / against / abstaining. */
export interface Vote {
  yes: number;
  no: number;
  abstain: number;
}

/** One dated step in a record's history. */
export interface TimelineEvent extends Attribution {
  /** Unique within the record. */
  id: string;
  date: FuzzyDate;
  /** Last day of a multi-day event (sessions, the two-day Hanoi ceremony). */
  endDate?: IsoDay;
  kind: EventKind;
  text: LocalizedText;
  /** ISO 3166-1 alpha-2 code (or `EU`) of the state acting, for signature and ratification events. */
  party?: string;
  /** The party is a regional economic integration organisation (the EU). */
  isOrganization?: true;
  vote?: Vote;
}

/** Which figure a count gives. */
export type CountKind =
  | 'signatories'
  | 'parties'
  | 'signatories-not-parties'
  | 'invited-to-accede'
  | 'committee-states'
  | 'aligned-legislation';

/** A figure with the date it was true and who said so. */
export interface Count extends Attribution {
  kind: CountKind;
  value: number;
  /** The date the figure describes (the page's date, not the day we compiled it). */
  asOf: FuzzyDate;
  /** The source says "more than" or "at least". */
  atLeast?: true;
}

/** How long after the threshold is reached the instrument enters into force. */
export type EntryIntoForceDelay =
  { kind: 'days-after'; days: number } | { kind: 'first-of-month-after'; months: number };

/** The entry-into-force rule, in machine-usable form plus a sentence for readers. */
export interface EntryIntoForceRule extends Attribution {
  text: LocalizedText;
  /** Instruments of ratification (or equivalent) needed. */
  threshold: number;
  /** Null when the sources read do not state the delay: never guessed. */
  delay: EntryIntoForceDelay | null;
  /** Whether an organisation's (EU) instrument counts towards the threshold. */
  organisationsCount: boolean;
}

/** Where and until when the instrument may be signed. */
export interface SignatureRule extends Attribution {
  text: LocalizedText;
  opens: IsoDay;
  /** Last day on which it may be signed; null when the period has no end. */
  closes: IsoDay | null;
}

/** A position taken by a named actor: a criticism or a supporter's argument. */
export interface Position extends Attribution {
  by: LocalizedText;
  text: LocalizedText;
  /**
   * The point in one short phrase (70 characters at most) for the preview card, which shows
   * the first two positions of each side. The schema test requires it on those two.
   */
  short?: LocalizedText;
  /** Who, in a few words for the card ("EFF", "UN Secretary-General"); `by` when absent. */
  shortBy?: LocalizedText;
  /** When the position was stated, when the source says. */
  date?: FuzzyDate;
}

/** One provision worth knowing, in plain words. */
export interface KeyProvision extends Attribution {
  id: string;
  topic: LocalizedText;
  text: LocalizedText;
  /** Article numbers as the sources give them, when they do. */
  articles?: string;
}

/**
 * What the preview card says before anything else: a reader should know in five seconds what the
 * record is. Its claims rest on the record's `summarySources`.
 */
export interface CardText {
  /** The name readers use, short enough for one line of a card title. */
  shortName: LocalizedText;
  /** What kind of instrument it is, in a few words (the official name is shown as a subtitle). */
  kind: LocalizedText;
  /** One or two sentences on what it does — not its history. */
  gist: LocalizedText;
}

/** Everything the popover knows about one treaty, protocol or negotiating body. */
export interface KnowledgeRecord {
  id: string;
  kind: RecordKind;
  /** Display name (official short title); aliases for the detector live in `names/`. */
  name: LocalizedText;
  /** A neutral two-to-three sentence summary. */
  summary: LocalizedText;
  /** The source the summary rests on; its details are in the provisions and timeline. */
  summarySources: readonly SourceId[];
  /** The preview card's title, kind and gist. */
  card: CardText;
  keyProvisions: readonly KeyProvision[];
  /** Sorted by date. */
  timeline: readonly TimelineEvent[];
  counts: readonly Count[];
  entryIntoForce?: EntryIntoForceRule;
  signature?: SignatureRule;
  /** Strongest first: the preview card shows the first two (and as many supporters' points). */
  criticisms: readonly Position[];
  /** Strongest first, like `criticisms`. */
  support: readonly Position[];
  /** Records this one belongs with (protocols of a convention). */
  related?: readonly KnowledgeRecord[];
  /** The instrument a committee produced, so its status can follow the outcome. */
  outcome?: InstrumentId;
}

/** A record for one of the instruments the detector finds on pages. */
export interface Instrument extends KnowledgeRecord {
  id: InstrumentId;
}
