import type { MessageKey } from '@/src/i18n/t';
import { INSTRUMENT_IDS } from '@/src/knowledge/ids';
import {
  CONTENT_LANGUAGE_CHOICES,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  SETTINGS_VERSION,
  defaultSettings,
  type ContentLanguageChoice,
  type HighlightStyle,
  type Settings,
  type SiteRule,
} from './schema';
import { normalizeHost } from './sites';

/**
 * One value that was repaired from defaults, as a message id and its substitutions, so that each
 * page shows it in the reader's language (the notice is stored and may be read much later).
 */
export interface SettingsProblem {
  key: MessageKey;
  subs?: string[];
}

/** A record that stored settings were repaired: when, and what. */
export interface RepairNotice {
  /** ISO 8601 time of the repair. */
  at: string;
  errors: SettingsProblem[];
}

/** The result of validating stored or imported settings: always usable settings, plus what was repaired. */
export interface ValidationResult {
  settings: Settings;
  /** One entry per value that was repaired from defaults. Empty when all was well. */
  errors: SettingsProblem[];
}

const problem = (key: MessageKey, ...subs: Array<string | number>): SettingsProblem =>
  subs.length > 0 ? { key, subs: subs.map(String) } : { key };

/** Shortens a stored key before it is shown, so a huge garbage key cannot flood a notice. */
const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Ordered migrations: `MIGRATIONS[n]` turns version n data into version n + 1.
 * Version 0 is data written before versioning (no `version` field): same shape.
 */
const MIGRATIONS: readonly Migration[] = [(raw) => ({ ...raw, version: 1 })];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrate(raw: Record<string, unknown>, errors: SettingsProblem[]): Record<string, unknown> {
  let data = raw;
  let version =
    typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : 0;
  if (version > SETTINGS_VERSION) {
    errors.push(problem('repairNewerVersion', version));
    return { ...data, version: SETTINGS_VERSION };
  }
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    data = step(data);
    version++;
  }
  return data;
}

/**
 * Validates raw settings (from storage or an import). Never throws: every bad or missing value is
 * replaced by its default and reported in `errors`; missing values in otherwise-good data are
 * filled silently.
 */
export function validateSettings(raw: unknown): ValidationResult {
  const errors: SettingsProblem[] = [];
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, errors };
  if (!isRecord(raw)) {
    errors.push(problem('repairNotAnObject'));
    return { settings, errors };
  }
  const data = migrate(raw, errors);

  if ('enabled' in data) {
    if (typeof data.enabled === 'boolean') settings.enabled = data.enabled;
    else errors.push(problem('repairEnabled'));
  }

  if ('sites' in data) {
    if (isRecord(data.sites)) {
      for (const [key, value] of Object.entries(data.sites)) {
        const host = normalizeHost(key);
        if (host && (value === 'on' || value === 'off')) settings.sites[host] = value as SiteRule;
        else errors.push(problem('repairSiteRule', clip(key)));
      }
    } else errors.push(problem('repairSites'));
  }

  if ('instruments' in data) {
    if (isRecord(data.instruments)) {
      for (const id of INSTRUMENT_IDS) {
        const value = data.instruments[id];
        if (value === undefined) continue;
        if (typeof value === 'boolean') settings.instruments[id] = value;
        else errors.push(problem('repairInstrument', id));
      }
    } else errors.push(problem('repairInstruments'));
  }

  if ('highlightStyle' in data) {
    if ((HIGHLIGHT_STYLES as readonly unknown[]).includes(data.highlightStyle)) {
      settings.highlightStyle = data.highlightStyle as HighlightStyle;
    } else errors.push(problem('repairHighlightStyle'));
  }

  if ('hoverDelayMs' in data) {
    const delay = data.hoverDelayMs;
    if (
      typeof delay === 'number' &&
      Number.isFinite(delay) &&
      delay >= HOVER_DELAY_RANGE.min &&
      delay <= HOVER_DELAY_RANGE.max
    ) {
      settings.hoverDelayMs = Math.round(delay);
    } else errors.push(problem('repairHoverDelay'));
  }

  if ('showBadge' in data) {
    if (typeof data.showBadge === 'boolean') settings.showBadge = data.showBadge;
    else errors.push(problem('repairShowBadge'));
  }

  if ('country' in data) {
    const country = data.country;
    if (typeof country === 'string' && /^(auto|none|[A-Z]{2})$/.test(country)) {
      settings.country = country;
    } else errors.push(problem('repairCountry'));
  }

  // Added after version 1 without a migration: older data simply lacks it and gets the default.
  if ('contentLanguage' in data) {
    if ((CONTENT_LANGUAGE_CHOICES as readonly unknown[]).includes(data.contentLanguage)) {
      settings.contentLanguage = data.contentLanguage as ContentLanguageChoice;
    } else errors.push(problem('repairContentLanguage'));
  }

  return { settings, errors };
}
