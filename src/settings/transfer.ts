import type { Settings } from './schema';
import { validateSettings, type SettingsProblem } from './validate';

/** The file format of exported settings. */
export interface SettingsExport {
  app: 'treaty-lens';
  /** ISO 8601 time of the export. */
  exportedAt: string;
  settings: Settings;
}

/** Largest settings file accepted for import; a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

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
  const file = data as { app?: unknown; settings?: unknown };
  if (file.app !== 'treaty-lens') return { ok: false, problems: [{ key: 'importForeign' }] };
  if (file.settings === undefined || file.settings === null) {
    return { ok: false, problems: [{ key: 'importNoSettings' }] };
  }
  const { settings, errors } = validateSettings(file.settings);
  return errors.length > 0 ? { ok: false, problems: errors } : { ok: true, settings };
}
