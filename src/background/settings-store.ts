import type { Storage } from 'webextension-polyfill';
import { t } from '@/src/i18n/t';
import { defaultSettings, type Settings } from '@/src/settings/schema';
import {
  checkSettingsLimits,
  validateSettings,
  type RepairNotice,
  type SettingsProblem,
  type ValidationResult,
} from '@/src/settings/validate';

/** The storage key under which settings live (in sync, or local when sync is unusable). */
export const SETTINGS_KEY = 'settings';
/** Local key recording that sync failed and settings live in local storage. */
export const AREA_KEY = 'settingsArea';
/** Local key holding the last repair notice: `{ at, errors }`. */
export const REPAIR_KEY = 'settingsRepair';

/** The storage areas the store uses; `sync` is missing where the browser has none. */
export interface SettingsStorage {
  sync?: Storage.StorageArea;
  local: Storage.StorageArea;
}

function isProblem(value: unknown): value is SettingsProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    ((value as { subs?: unknown }).subs === undefined ||
      (Array.isArray((value as { subs?: unknown }).subs) &&
        (value as { subs: unknown[] }).subs.every((sub) => typeof sub === 'string')))
  );
}

/** A change refused because the settings would pass a limit; the message names the limit. */
export class SettingsLimitError extends Error {
  constructor(readonly problem: SettingsProblem) {
    super(t(problem.key, problem.subs));
    this.name = 'SettingsLimitError';
  }
}

/**
 * The background's single owner of settings: reads and validates on every read, repairs and records
 * bad data, writes to `storage.sync` and falls back to `storage.local` when sync is missing, fails
 * or is over quota. Once on local it stays there, so that two copies never disagree.
 */
export class SettingsStore {
  /** Changes run one after another: two quick updates must not both start from the same read. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The last validated settings, so that a page load costs a lookup, not a validation of every
   * rule. Dropped by `invalidate` whenever storage says the settings changed (another device's
   * sync, for instance). Callers must not change it: `update` works on a copy.
   */
  private cache: Settings | null = null;
  /** The read under way, shared by every caller until it ends. */
  private reading: Promise<ValidationResult> | null = null;

  constructor(
    private readonly storage: SettingsStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async area(): Promise<Storage.StorageArea> {
    if (!this.storage.sync) return this.storage.local;
    try {
      const { [AREA_KEY]: area } = await this.storage.local.get(AREA_KEY);
      return area === 'local' ? this.storage.local : this.storage.sync;
    } catch {
      return this.storage.local;
    }
  }

  /** Forgets the cached settings: the next read validates what is stored. */
  invalidate(): void {
    this.cache = null;
  }

  /**
   * Reads and validates the settings; bad values are repaired, written back and recorded. The
   * result is cached until `invalidate` (errors are reported by the read that found them).
   */
  read(): Promise<ValidationResult> {
    if (this.cache) return Promise.resolve({ settings: this.cache, errors: [] });
    // Pages, frames and the popup ask at once when the worker starts: one validation serves all.
    this.reading ??= this.readNow().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async readNow(): Promise<ValidationResult> {
    let raw: unknown;
    let area = await this.area();
    try {
      raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
    } catch {
      area = this.storage.local;
      raw = (await area.get(SETTINGS_KEY).catch((): Record<string, unknown> => ({})))[SETTINGS_KEY];
    }
    const result = validateSettings(raw);
    if (result.errors.length > 0) {
      const notice: RepairNotice = { at: this.now().toISOString(), errors: result.errors };
      await this.storage.local.set({ [REPAIR_KEY]: notice }).catch(() => undefined);
      await this.writeNow(result.settings).catch(() => undefined);
    }
    this.cache = result.settings;
    return result;
  }

  /** Writes validated settings to sync, falling back to local (and remembering it) when sync fails. */
  write(settings: Settings): Promise<Settings> {
    return this.serial(() => this.writeNow(settings));
  }

  /**
   * Writes settings that passed validation. Refuses (SettingsLimitError) settings past a limit:
   * a change never drops rules silently, the reader is told which limit and nothing is written.
   */
  private async writeNow(settings: Settings): Promise<Settings> {
    const { settings: clean } = validateSettings(settings);
    const limit = checkSettingsLimits(settings);
    if (limit) throw new SettingsLimitError(limit);
    const area = await this.area();
    this.cache = null;
    try {
      await area.set({ [SETTINGS_KEY]: clean });
    } catch {
      // Sync refused (quota, disabled, no account): keep the settings on this machine instead.
      await this.storage.local.set({ [SETTINGS_KEY]: clean, [AREA_KEY]: 'local' });
    }
    this.cache = clean;
    return clean;
  }

  /**
   * Applies a change to a copy of the current settings and writes the result; refuses a change
   * that passes a limit (SettingsLimitError), leaving the settings as they were.
   */
  update(change: (settings: Settings) => void): Promise<Settings> {
    return this.serial(async () => {
      const settings = structuredClone((await this.read()).settings);
      change(settings);
      return this.writeNow(settings);
    });
  }

  /** Restores the defaults. */
  async reset(): Promise<Settings> {
    return this.write(defaultSettings());
  }

  /** The last repair notice, if any (a notice that is itself damaged is ignored). */
  async repairNotice(): Promise<RepairNotice | null> {
    const { [REPAIR_KEY]: notice } = await this.storage.local
      .get(REPAIR_KEY)
      .catch((): Record<string, unknown> => ({}));
    if (typeof notice !== 'object' || notice === null) return null;
    const { at, errors } = notice as { at?: unknown; errors?: unknown };
    if (typeof at !== 'string' || !Array.isArray(errors)) return null;
    return { at, errors: errors.filter(isProblem) };
  }

  /** Dismisses the repair notice. */
  async clearRepairNotice(): Promise<void> {
    await this.storage.local.remove(REPAIR_KEY);
  }
}
