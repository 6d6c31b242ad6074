import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { DEFAULT_FACTS_URL } from '@/src/knowledge/update/url';

/** The current settings schema version; bump it and add a migration when the shape changes. */
export const SETTINGS_VERSION = 1;

/** A per-site rule: highlight on this site, or leave it alone. */
export type SiteRule = 'on' | 'off';

/** How mentions are painted on the page. */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'outline'] as const;
/** One of the highlight styles. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * Which language the explanation's content is in: the interface language, or the language of the
 * page the mention is on when the content exists in it (for readers who browse in several).
 */
export const CONTENT_LANGUAGE_CHOICES = ['interface', 'page'] as const;
/** One of the content-language choices. */
export type ContentLanguageChoice = (typeof CONTENT_LANGUAGE_CHOICES)[number];

/** Hover-intent delay bounds, in milliseconds. */
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/**
 * The most site rules Treaty Lens keeps. Every page load looks its host up among them and the
 * options page lists them; far more than a reader adds by hand, and an import of more is refused.
 */
export const MAX_SITE_RULES = 2_000;

/** The largest settings Treaty Lens keeps, in bytes of their JSON (UTF-8). */
export const MAX_SETTINGS_BYTES = 200_000;

/** Every user setting. The background worker is the only writer. */
export interface Settings {
  version: number;
  /** Global switch: false pauses Treaty Lens everywhere. */
  enabled: boolean;
  /** Hostname (without `www.`) → rule; a rule covers subdomains unless a more specific one exists. */
  sites: Record<string, SiteRule>;
  /** Which instruments are highlighted. */
  instruments: Record<InstrumentId, boolean>;
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  /** Show the mention count on the toolbar badge. */
  showBadge: boolean;
  /** 'auto' (from the browser's region), 'none' (don't show), or an ISO 3166-1 alpha-2 code / 'EU'. */
  country: string;
  /** Opt-in: fetch the signed facts file at most once a day (off by default). */
  factsUpdates: boolean;
  /** Where the signed facts file is (https; loopback http for tests). */
  factsUpdateUrl: string;
  /** The explanation's language: the interface's (default) or the page's when it is one of ours. */
  contentLanguage: ContentLanguageChoice;
}

/** Defaults, also used to repair bad stored values. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  sites: {},
  instruments: Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, true])) as Record<
    InstrumentId,
    boolean
  >,
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  showBadge: true,
  country: 'auto',
  factsUpdates: false,
  factsUpdateUrl: DEFAULT_FACTS_URL,
  contentLanguage: 'interface',
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
