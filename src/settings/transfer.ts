import { MAX_SETTINGS_BYTES, MAX_SITE_RULES, type Settings } from './schema';
import { checkSettingsLimits, kilobytes, validateSettings, type SettingsProblem } from './validate';

const utf8 = new TextEncoder();

/** The file format of exported settings. */
export interface SettingsExport {
  app: 'treaty-lens';
  /** ISO 8601 time of the export. */
  exportedAt: string;
  settings: Settings;
}

/** Largest settings file accepted for import; a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * How deeply an import may nest objects and arrays. An export is 3 levels deep (the file, its
 * settings, their sites); a file nested thousands deep cannot even be passed to the background.
 */
export const MAX_IMPORT_DEPTH = 8;

/**
 * Whether `value` nests objects and arrays more than `max` levels deep. Iterative, so a file nested
 * 5,000 deep cannot overflow the stack; each value is visited at most once.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Why a file of `bytes` is refused before it is read, or null when its size is fine. */
export function importSizeProblem(bytes: number): SettingsProblem | null {
  return bytes > MAX_IMPORT_BYTES
    ? { key: 'importTooLarge', subs: [kilobytes(MAX_IMPORT_BYTES)] }
    : null;
}

/** Why parsed JSON cannot even be sent to the background (it nests too deeply), or null. */
export function importShapeProblem(data: unknown): SettingsProblem | null {
  return nestedDeeperThan(data, MAX_IMPORT_DEPTH)
    ? { key: 'importTooDeep', subs: [String(MAX_IMPORT_DEPTH)] }
    : null;
}

/** The outcome of checking an imported file: its settings, or every reason it was refused. */
export type ImportResult =
  { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

/** Builds the export file's content for `settings` at time `now`. */
export function makeSettingsExport(settings: Settings, now: Date): SettingsExport {
  return { app: 'treaty-lens', exportedAt: now.toISOString(), settings };
}

/** The file name of an export made on `now`'s (UTC) day, e.g. `treaty-lens-settings-2026-11-28.json`. */
export function exportFileName(now: Date): string {
  return `treaty-lens-settings-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Checks an imported file's parsed JSON. Unlike stored settings, an import is never repaired: a
 * file with any bad value is refused whole, so that nothing changes behind the reader's back.
 */
export function parseSettingsImport(data: unknown): ImportResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ key: 'importForeign' }] };
  }
  const shape = importShapeProblem(data);
  if (shape) return { ok: false, problems: [shape] };
  const file = data as { app?: unknown; settings?: unknown };
  if (file.app !== 'treaty-lens') return { ok: false, problems: [{ key: 'importForeign' }] };
  if (file.settings === undefined || file.settings === null) {
    return { ok: false, problems: [{ key: 'importNoSettings' }] };
  }
  const sites = (file.settings as { sites?: unknown }).sites;
  if (typeof sites === 'object' && sites !== null) {
    const count = Object.keys(sites).length;
    if (count > MAX_SITE_RULES) {
      const subs = [String(count), String(MAX_SITE_RULES)];
      return { ok: false, problems: [{ key: 'importTooManyRules', subs }] };
    }
  }
  const bytes = utf8.encode(JSON.stringify(file.settings)).length;
  if (bytes > MAX_SETTINGS_BYTES) {
    const subs = [kilobytes(bytes), kilobytes(MAX_SETTINGS_BYTES)];
    return { ok: false, problems: [{ key: 'settingsTooLarge', subs }] };
  }
  const { settings, errors } = validateSettings(file.settings);
  if (errors.length > 0) return { ok: false, problems: errors };
  const limit = checkSettingsLimits(settings);
  return limit ? { ok: false, problems: [limit] } : { ok: true, settings };
}
