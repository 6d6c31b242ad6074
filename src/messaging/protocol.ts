/**
 * The one message protocol of Treaty Lens. Every message is `{ type, payload }`; every answer is
 * an envelope `{ ok: true, data }` or `{ ok: false, error }`. Types and runtime checks come from the
 * same maps, so a message without a check does not compile.
 */
import type { CardFacts } from '@/src/knowledge/card/slice';
import type { InstrumentId } from '@/src/knowledge/ids';
import type { ContentLanguage } from '@/src/knowledge/translations/types';
import { INSTRUMENT_IDS } from '@/src/knowledge/ids';
import type { Settings, SiteRule } from '@/src/settings/schema';
import { HIGHLIGHT_STYLES, HOVER_DELAY_RANGE, MAX_SITE_RULES } from '@/src/settings/schema';
import type { AppliedRule } from '@/src/settings/sites';
import type { ImportResult } from '@/src/settings/transfer';
import type { RepairNotice } from '@/src/settings/validate';
import { CONTENT_LANGUAGE_CHOICES } from '@/src/settings/schema';
import {
  arrayOf,
  bool,
  type Check,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  recordOf,
  str,
} from './check';

/** One mention as a content script reports it (in document order within its frame). */
export interface MentionReport {
  instrument: InstrumentId;
  /** The text as it appears on the page (trimmed to 200 characters). */
  text: string;
  /** Words of its sentence before it (80 characters at most), for the popup's list. */
  before?: string;
  /** Words of its sentence after it (80 characters at most). */
  after?: string;
}

/** A mention as the popup sees it: which frame it is in and its index there. */
export interface TabMention extends MentionReport {
  frameId: number;
  index: number;
}

/** What the background knows of one tab. */
export interface TabState {
  tabId: number;
  /** Top frame URL as last reported by a content script; null when none has reported. */
  url: string | null;
  /** Whether a content script has run in this tab since its last navigation. */
  reachable: boolean;
  /** The site rule that applies to the tab's host, when known. */
  rule: AppliedRule | null;
  /** The stored mentions, top frame first: the first `mentions.length` of `total` (storage is capped). */
  mentions: TabMention[];
  /** Every mention found, per instrument (stored or not). */
  counts: Record<InstrumentId, number>;
  /** How many mentions the tab's frames found. */
  total: number;
}

/** Fields a settings update may change. */
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

/** Messages handled by the background worker: name → [request payload, response data]. */
export type BackgroundProtocol = {
  /** Round-trip check. */
  ping: [{ text: string }, { text: string; from: 'background' }];
  /** The settings, and the notice of the last repair of stored settings until it is dismissed. */
  getSettings: [Record<string, never>, { settings: Settings; repair: RepairNotice | null }];
  updateSettings: [{ patch: SettingsPatch }, { settings: Settings }];
  /**
   * A content script starting on `url` asks whether to run and with what settings. From a top frame
   * this also records the tab's URL, so the popup and badge know the site even where nothing is
   * reported (Treaty Lens off there).
   */
  getPageState: [
    { url: string; timeOrigin?: number },
    { active: boolean; rule: AppliedRule; settings: Settings },
  ];
  /** A content script's pre-screen found a candidate: inject the page engine into its frame. */
  injectEngine: [Record<string, never>, { injected: boolean }];
  /**
   * The engine is about to paint with the document's `::highlight()` rules: insert them into the
   * sender's frame (not on a very large document in Chromium, where the engine writes rules on the
   * elements around its mentions instead: see src/page/scoped-rules.ts).
   */
  insertHighlightRules: [Record<string, never>, { inserted: boolean }];
  /**
   * The engine's popover is about to show its first card in this frame: inject the card piece
   * (Preact, the card, its styles) into the sender's frame.
   */
  injectCard: [Record<string, never>, { injected: boolean }];
  /**
   * The card asks for the facts of the one instrument it shows, in the reader's content language:
   * the background picks the language (the content-language setting, the interface language
   * `uiLang`, the page's: the `lang` attribute around the mention, else the language of the name
   * `text` as written) and answers from its facts (a verified update, else the bundle).
   */
  cardFacts: [
    { instrument: InstrumentId; uiLang: string; declaredLang: string | null; text: string },
    { contentLang: ContentLanguage; pageLang: string | null; facts: CardFacts },
  ];
  /** Sets (or with null removes) the rule for a host. Content scripts may only name their own host. */
  setSiteRule: [{ host: string; rule: SiteRule | null }, { settings: Settings }];
  /**
   * A content script reports all mentions of its frame (replacing its earlier report). The
   * background stores the first `MAX_MENTIONS_PER_FRAME` and counts them all. `timeOrigin` (here
   * and in `getPageState`) is the document's `performance.timeOrigin`: a top frame of a newer
   * document clears what the tab's older documents reported.
   */
  reportMentions: [
    { url: string; mentions: MentionReport[]; timeOrigin?: number },
    { total: number },
  ];
  getTabState: [{ tabId: number }, TabState];
  resetSettings: [Record<string, never>, { settings: Settings }];
  /** Replaces all settings with an imported file's content; refused whole, with the reasons, when invalid. */
  importSettings: [{ data: unknown }, ImportResult];
  /** Dismisses the notice that stored settings were repaired. */
  dismissRepairNotice: [Record<string, never>, { dismissed: true }];
  /**
   * Opens the full-summary page at an instrument (or at the first one): content scripts cannot
   * open extension pages themselves in every browser.
   */
  openSummary: [{ instrument: InstrumentId | null }, { opened: true }];
};

/** Messages handled by content scripts (sent by the background or extension pages). */
export type ContentProtocol = {
  settingsChanged: [{ settings: Settings }, { applied: boolean }];
  /** Scroll to mention `index` of this frame and open its popover. */
  openMention: [{ index: number }, { opened: boolean }];
  /**
   * Moves to the next or previous mention of this frame (wrapping around), scrolls it into view and
   * opens its popover with focus inside. Sent by the background for the keyboard shortcuts.
   */
  moveMention: [{ direction: MoveDirection }, { opened: boolean; index: number | null }];
};

/** Which way a keyboard shortcut moves through the mentions. */
export type MoveDirection = 'next' | 'previous';
/** Every move direction, for runtime checks. */
export const MOVE_DIRECTIONS: readonly MoveDirection[] = ['next', 'previous'];

/** Any protocol map. */
export type ProtocolMap = Record<string, [unknown, unknown]>;
/** The request payload of message K. */
export type Req<P extends ProtocolMap, K extends keyof P> = P[K][0];
/** The response data of message K. */
export type Res<P extends ProtocolMap, K extends keyof P> = P[K][1];

/** Who may send a message: content scripts, extension pages, or both. */
export type SenderKind = 'content' | 'page';

/** A message's runtime check and the senders it accepts. */
export interface MessageSpec {
  payload: Check;
  from: readonly SenderKind[];
}

const empty = obj({});
const instrumentCheck = oneOf(...INSTRUMENT_IDS);
const siteRuleCheck = oneOf('on', 'off');
const timeOriginCheck = optional(num({ min: 0 }));

const settingsPatchCheck = obj({
  enabled: optional(bool),
  // Twice the limit: the settings store refuses anything past MAX_SITE_RULES with a message that
  // names the limit; this bound only keeps the check itself cheap.
  sites: optional(recordOf(siteRuleCheck, 2 * MAX_SITE_RULES)),
  instruments: optional(obj(Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, optional(bool)])))),
  highlightStyle: optional(oneOf(...HIGHLIGHT_STYLES)),
  hoverDelayMs: optional(
    num({ int: true, min: HOVER_DELAY_RANGE.min, max: HOVER_DELAY_RANGE.max }),
  ),
  showBadge: optional(bool),
  country: optional(str(4)),
  factsUpdates: optional(bool),
  factsUpdateUrl: optional(str(500)),
  contentLanguage: optional(oneOf(...CONTENT_LANGUAGE_CHOICES)),
});

const BOTH = ['content', 'page'] as const;
const PAGES = ['page'] as const;
const CONTENT = ['content'] as const;

/** Runtime checks for every background message. */
export const BACKGROUND_MESSAGES: { [K in keyof BackgroundProtocol]: MessageSpec } = {
  ping: { payload: obj({ text: str(1000) }), from: BOTH },
  getSettings: { payload: empty, from: BOTH },
  updateSettings: { payload: obj({ patch: settingsPatchCheck }), from: PAGES },
  getPageState: { payload: obj({ url: str(8192), timeOrigin: timeOriginCheck }), from: CONTENT },
  injectEngine: { payload: empty, from: CONTENT },
  insertHighlightRules: { payload: empty, from: CONTENT },
  injectCard: { payload: empty, from: CONTENT },
  cardFacts: {
    payload: obj({
      instrument: instrumentCheck,
      uiLang: str(100),
      declaredLang: nullable(str(100)),
      text: str(200),
    }),
    from: CONTENT,
  },
  setSiteRule: { payload: obj({ host: str(253), rule: nullable(siteRuleCheck) }), from: BOTH },
  reportMentions: {
    payload: obj({
      url: str(8192),
      mentions: arrayOf(
        obj({
          instrument: instrumentCheck,
          text: str(200),
          before: optional(str(80)),
          after: optional(str(80)),
        }),
        20_000,
      ),
      timeOrigin: timeOriginCheck,
    }),
    from: CONTENT,
  },
  getTabState: { payload: obj({ tabId: num({ int: true, min: 0 }) }), from: PAGES },
  resetSettings: { payload: empty, from: PAGES },
  // The file's content is checked in full by parseSettingsImport, which refuses rather than repairs.
  importSettings: { payload: obj({ data: () => null }), from: PAGES },
  dismissRepairNotice: { payload: empty, from: PAGES },
  openSummary: { payload: obj({ instrument: nullable(instrumentCheck) }), from: BOTH },
};

/** Runtime checks for every content-script message. */
export const CONTENT_MESSAGES: { [K in keyof ContentProtocol]: MessageSpec } = {
  // Settings were validated by the background before broadcast; the shape is checked again there.
  settingsChanged: {
    payload: obj({
      settings: (v) => (typeof v === 'object' && v ? null : 'settings must be an object'),
    }),
    from: PAGES,
  },
  openMention: { payload: obj({ index: num({ int: true, min: 0 }) }), from: PAGES },
  moveMention: { payload: obj({ direction: oneOf(...MOVE_DIRECTIONS) }), from: PAGES },
};

const appliedRuleCheck = obj({
  active: bool,
  source: oneOf('global', 'site', 'default'),
  host: optional(str(253)),
  rule: optional(siteRuleCheck),
});

/**
 * Runtime check of a `getTabState` answer, for the popup: what it shows comes from session
 * storage shared by all tabs, so it is checked before use like any message (the background
 * checks it too, on read).
 */
export const tabStateCheck: Check = obj({
  tabId: num({ int: true, min: 0 }),
  url: nullable(str(8192)),
  reachable: bool,
  rule: nullable(appliedRuleCheck),
  mentions: arrayOf(
    obj({
      instrument: instrumentCheck,
      text: str(200),
      before: optional(str(80)),
      after: optional(str(80)),
      frameId: num({ int: true, min: 0 }),
      index: num({ int: true, min: 0 }),
    }),
  ),
  counts: obj(Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, num({ int: true, min: 0 })]))),
  total: num({ int: true, min: 0 }),
});

/** The answer to every message. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** A message as sent over the wire. */
export interface Message<K extends string = string, T = unknown> {
  type: K;
  payload: T;
}

/** Checks that `message` is a known, well-formed message; returns the reason when it is not. */
export function checkMessage(
  specs: Record<string, MessageSpec>,
  message: unknown,
): { ok: true; type: string; payload: unknown } | { ok: false; error: string } {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { ok: false, error: 'Message must be an object with a "type" and a "payload".' };
  }
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string') return { ok: false, error: 'Message has no "type".' };
  if (!Object.hasOwn(specs, type))
    return { ok: false, error: `Unknown message type "${type.slice(0, 60)}".` };
  const error = specs[type]!.payload(payload, 'payload');
  return error
    ? { ok: false, error: `Malformed "${type}" message: ${error}.` }
    : { ok: true, type, payload };
}
