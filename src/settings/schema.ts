import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';

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
  contentLanguage: 'interface',
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
