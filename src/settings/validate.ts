import { INSTRUMENT_IDS } from '@/src/knowledge/ids';
import {
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  SETTINGS_VERSION,
  defaultSettings,
  type HighlightStyle,
  type Settings,
  type SiteRule,
} from './schema';
import { normalizeHost } from './sites';

/** The result of validating stored or imported settings: always usable settings, plus what was repaired. */
export interface ValidationResult {
  settings: Settings;
  /** One plain-English line per value that was repaired from defaults. Empty when all was well. */
  errors: string[];
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

function migrate(raw: Record<string, unknown>, errors: string[]): Record<string, unknown> {
  let data = raw;
  let version =
    typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : 0;
  if (version > SETTINGS_VERSION) {
    errors.push(`Settings come from a newer version (${version}); unknown values were ignored.`);
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
  const errors: string[] = [];
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, errors };
  if (!isRecord(raw)) {
    errors.push('Stored settings were not an object; defaults were restored.');
    return { settings, errors };
  }
  const data = migrate(raw, errors);

  if ('enabled' in data) {
    if (typeof data.enabled === 'boolean') settings.enabled = data.enabled;
    else errors.push('"enabled" was not true or false; reset to on.');
  }

  if ('sites' in data) {
    if (isRecord(data.sites)) {
      for (const [key, value] of Object.entries(data.sites)) {
        const host = normalizeHost(key);
        if (host && (value === 'on' || value === 'off')) settings.sites[host] = value as SiteRule;
        else errors.push(`Site rule "${key}" was invalid and was dropped.`);
      }
    } else errors.push('"sites" was not a list of site rules; reset to none.');
  }

  if ('instruments' in data) {
    if (isRecord(data.instruments)) {
      for (const id of INSTRUMENT_IDS) {
        const value = data.instruments[id];
        if (value === undefined) continue;
        if (typeof value === 'boolean') settings.instruments[id] = value;
        else errors.push(`"instruments.${id}" was not true or false; reset to on.`);
      }
    } else errors.push('"instruments" was not an object; all instruments are on.');
  }

  if ('highlightStyle' in data) {
    if ((HIGHLIGHT_STYLES as readonly unknown[]).includes(data.highlightStyle)) {
      settings.highlightStyle = data.highlightStyle as HighlightStyle;
    } else errors.push('"highlightStyle" was unknown; reset to underline.');
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
    } else errors.push(`"hoverDelayMs" was out of range; reset to ${settings.hoverDelayMs} ms.`);
  }

  if ('showBadge' in data) {
    if (typeof data.showBadge === 'boolean') settings.showBadge = data.showBadge;
    else errors.push('"showBadge" was not true or false; reset to on.');
  }

  if ('country' in data) {
    const country = data.country;
    if (typeof country === 'string' && /^(auto|none|[A-Z]{2})$/.test(country)) {
      settings.country = country;
    } else errors.push('"country" was not a country code; reset to automatic.');
  }

  return { settings, errors };
}
