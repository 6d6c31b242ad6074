import type { Storage } from 'webextension-polyfill';
import { defaultSettings, type Settings } from '@/src/settings/schema';
import { validateSettings, type ValidationResult } from '@/src/settings/validate';

/** The storage key under which settings live (in sync, or local when sync is unusable). */
export const SETTINGS_KEY = 'settings';
/** Local key recording that sync failed and settings live in local storage. */
export const AREA_KEY = 'settingsArea';
/** Local key holding the last repair notice: `{ at, errors }`. */
export const REPAIR_KEY = 'settingsRepair';

/** A notice of settings that were repaired from defaults. */
export interface RepairNotice {
  at: string;
  errors: string[];
}

/**
 * The background's single owner of settings: reads and validates on every read, repairs and records
 * bad data, writes to `storage.sync` and falls back to `storage.local` when sync fails.
 */
export class SettingsStore {
  constructor(
    private readonly storage: Pick<Storage.Static, 'sync' | 'local'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async area(): Promise<Storage.StorageArea> {
    try {
      const { [AREA_KEY]: area } = await this.storage.local.get(AREA_KEY);
      return area === 'local' ? this.storage.local : this.storage.sync;
    } catch {
      return this.storage.local;
    }
  }

  /** Reads and validates the settings; bad values are repaired, written back and recorded. */
  async read(): Promise<ValidationResult> {
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
      await this.write(result.settings).catch(() => undefined);
    }
    return result;
  }

  /** Writes validated settings to sync, falling back to local (and remembering it) when sync fails. */
  async write(settings: Settings): Promise<Settings> {
    const { settings: clean } = validateSettings(settings);
    const area = await this.area();
    try {
      await area.set({ [SETTINGS_KEY]: clean });
    } catch {
      await this.storage.local.set({ [SETTINGS_KEY]: clean, [AREA_KEY]: 'local' });
    }
    return clean;
  }

  /** Applies a change to the current settings and writes the result. */
  async update(change: (settings: Settings) => void): Promise<Settings> {
    const { settings } = await this.read();
    change(settings);
    return this.write(settings);
  }

  /** Restores the defaults. */
  async reset(): Promise<Settings> {
    return this.write(defaultSettings());
  }

  /** The last repair notice, if any. */
  async repairNotice(): Promise<RepairNotice | null> {
    const { [REPAIR_KEY]: notice } = await this.storage.local.get(REPAIR_KEY);
    return (notice as RepairNotice | undefined) ?? null;
  }

  /** Dismisses the repair notice. */
  async clearRepairNotice(): Promise<void> {
    await this.storage.local.remove(REPAIR_KEY);
  }
}
