import type { MessageKey } from '@/src/i18n/t';
import { INSTRUMENT_IDS } from '@/src/knowledge/ids';
import { isAllowedFactsUrl } from '@/src/knowledge/update/url';
import {
  CONTENT_LANGUAGE_CHOICES,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  MAX_SETTINGS_BYTES,
  MAX_SITE_RULES,
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

/**
 * Invalid site rules listed one by one in a notice; the rest are counted in one line. Stored data
 * with tens of thousands of bad keys must not become a notice of tens of thousands of lines.
 */
export const MAX_LISTED_SITE_PROBLEMS = 20;

/** Bytes a site rule adds to the settings' JSON beside its host: `"":"off",`. */
const RULE_OVERHEAD_BYTES = 10;
/** Bytes of the settings' JSON without any site rule, with room to spare. */
const BASE_SETTINGS_BYTES = 1_000;

const utf8 = new TextEncoder();

/** The size of settings as stored: bytes of their JSON in UTF-8. */
export function settingsBytes(settings: Settings): number {
  return utf8.encode(JSON.stringify(settings)).length;
}

/** Formats a byte count in kB for a message (the same figure in every language's digits). */
export const kilobytes = (bytes: number): string => `${Math.ceil(bytes / 1000)} kB`;

/**
 * Whether settings stay within the limits Treaty Lens keeps (`MAX_SITE_RULES`,
 * `MAX_SETTINGS_BYTES`); returns the problem that names the limit, or null.
 */
export function checkSettingsLimits(settings: Settings): SettingsProblem | null {
  const rules = Object.keys(settings.sites).length;
  if (rules > MAX_SITE_RULES) return problem('settingsTooManyRules', rules, MAX_SITE_RULES);
  const bytes = settingsBytes(settings);
  if (bytes > MAX_SETTINGS_BYTES) {
    return problem('settingsTooLarge', kilobytes(bytes), kilobytes(MAX_SETTINGS_BYTES));
  }
  return null;
}

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
 * Copies the valid site rules of `raw` into `settings`, in one pass over the keys: each key is
 * normalised once and looked up in an own-property check, so repair time grows linearly with the
 * number of keys. Keeps at most `MAX_SITE_RULES` rules and `MAX_SETTINGS_BYTES` of them; lists
 * the first `MAX_LISTED_SITE_PROBLEMS` invalid keys and counts the others.
 */
function repairSites(
  raw: Record<string, unknown>,
  settings: Settings,
  errors: SettingsProblem[],
): void {
  let kept = 0;
  let bytes = BASE_SETTINGS_BYTES;
  let invalid = 0;
  let dropped = 0;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    // Past the limits, keys are only counted: normalising them would be wasted work.
    if (kept >= MAX_SITE_RULES || bytes >= MAX_SETTINGS_BYTES) {
      dropped++;
      continue;
    }
    const host = normalizeHost(key);
    if (!host || (value !== 'on' && value !== 'off')) {
      if (invalid++ < MAX_LISTED_SITE_PROBLEMS) errors.push(problem('repairSiteRule', clip(key)));
      continue;
    }
    if (Object.hasOwn(settings.sites, host)) continue; // `Example.com` and `example.com`: one rule.
    const size = utf8.encode(host).length + RULE_OVERHEAD_BYTES;
    if (bytes + size > MAX_SETTINGS_BYTES) {
      dropped++;
      bytes = MAX_SETTINGS_BYTES;
      continue;
    }
    settings.sites[host] = value as SiteRule;
    bytes += size;
    kept++;
  }
  if (invalid > MAX_LISTED_SITE_PROBLEMS) {
    errors.push(problem('repairSiteRuleMore', invalid - MAX_LISTED_SITE_PROBLEMS));
  }
  if (dropped > 0)
    errors.push(
      problem(
        'repairTooManyRules',
        kept,
        kept + dropped,
        MAX_SITE_RULES,
        kilobytes(MAX_SETTINGS_BYTES),
      ),
    );
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

  if (Object.hasOwn(data, 'enabled')) {
    if (typeof data.enabled === 'boolean') settings.enabled = data.enabled;
    else errors.push(problem('repairEnabled'));
  }

  if (Object.hasOwn(data, 'sites')) {
    if (isRecord(data.sites)) repairSites(data.sites, settings, errors);
    else errors.push(problem('repairSites'));
  }

  if (Object.hasOwn(data, 'instruments')) {
    if (isRecord(data.instruments)) {
      for (const id of INSTRUMENT_IDS) {
        const value = data.instruments[id];
        if (value === undefined) continue;
        if (typeof value === 'boolean') settings.instruments[id] = value;
        else errors.push(problem('repairInstrument', id));
      }
    } else errors.push(problem('repairInstruments'));
  }

  if (Object.hasOwn(data, 'highlightStyle')) {
    if ((HIGHLIGHT_STYLES as readonly unknown[]).includes(data.highlightStyle)) {
      settings.highlightStyle = data.highlightStyle as HighlightStyle;
    } else errors.push(problem('repairHighlightStyle'));
  }

  if (Object.hasOwn(data, 'hoverDelayMs')) {
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

  if (Object.hasOwn(data, 'showBadge')) {
    if (typeof data.showBadge === 'boolean') settings.showBadge = data.showBadge;
    else errors.push(problem('repairShowBadge'));
  }

  if (Object.hasOwn(data, 'country')) {
    const country = data.country;
    if (typeof country === 'string' && /^(auto|none|[A-Z]{2})$/.test(country)) {
      settings.country = country;
    } else errors.push(problem('repairCountry'));
  }

  if ('factsUpdates' in data) {
    if (typeof data.factsUpdates === 'boolean') settings.factsUpdates = data.factsUpdates;
    else errors.push(problem('repairFactsUpdates'));
  }

  if ('factsUpdateUrl' in data) {
    const url = data.factsUpdateUrl;
    if (typeof url === 'string' && url.length <= 500 && isAllowedFactsUrl(url)) {
      settings.factsUpdateUrl = url;
    } else errors.push(problem('repairFactsUpdateUrl'));
  }

  // Added after version 1 without a migration: older data simply lacks it and gets the default.
  if (Object.hasOwn(data, 'contentLanguage')) {
    if ((CONTENT_LANGUAGE_CHOICES as readonly unknown[]).includes(data.contentLanguage)) {
      settings.contentLanguage = data.contentLanguage as ContentLanguageChoice;
    } else errors.push(problem('repairContentLanguage'));
  }

  return { settings, errors };
}
