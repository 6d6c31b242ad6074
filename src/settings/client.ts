import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/src/messaging/client';
import type { SettingsPatch } from '@/src/messaging/protocol';
import type { Settings, SiteRule } from './schema';
import type { ImportResult } from './transfer';
import type { RepairNotice } from './validate';

/** Settings as seen by an extension page: loaded and changed only through the background. */
export interface SettingsState {
  settings: Settings | null;
  /** The last repair of stored settings, until it is dismissed (for a notice). */
  repair: RepairNotice | null;
  /** The technical reason of the last failed call, for a generic error line. */
  error: string | null;
  update: (patch: SettingsPatch) => Promise<boolean>;
  setSiteRule: (host: string, rule: SiteRule | null) => Promise<boolean>;
  reset: () => Promise<boolean>;
  importData: (data: unknown) => Promise<ImportResult | null>;
  dismissRepair: () => Promise<void>;
  reload: () => Promise<void>;
}

/** Preact hook: the current settings, kept fresh when they change anywhere. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repair, setRepair] = useState<RepairNotice | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Runs a call to the background; a failure is kept for the error line instead of thrown. */
  const attempt = useCallback(async <T>(call: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await call();
      setError(null);
      return result;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  }, []);

  const reload = useCallback(async () => {
    const answer = await attempt(() => sendToBackground('getSettings', {}));
    if (answer) {
      setSettings(answer.settings);
      setRepair(answer.repair);
    }
  }, [attempt]);

  const apply = useCallback(
    async (call: () => Promise<{ settings: Settings }>): Promise<boolean> => {
      const answer = await attempt(call);
      if (answer) setSettings(answer.settings);
      return answer !== null;
    },
    [attempt],
  );

  const update = useCallback(
    (patch: SettingsPatch) => apply(() => sendToBackground('updateSettings', { patch })),
    [apply],
  );
  const setSiteRule = useCallback(
    (host: string, rule: SiteRule | null) =>
      apply(() => sendToBackground('setSiteRule', { host, rule })),
    [apply],
  );
  const reset = useCallback(() => apply(() => sendToBackground('resetSettings', {})), [apply]);

  const importData = useCallback(
    async (data: unknown): Promise<ImportResult | null> => {
      const result = await attempt(() => sendToBackground('importSettings', { data }));
      if (result?.ok) setSettings(result.settings);
      return result;
    },
    [attempt],
  );

  const dismissRepair = useCallback(async () => {
    if (await attempt(() => sendToBackground('dismissRepairNotice', {}))) setRepair(null);
  }, [attempt]);

  useEffect(() => {
    void reload();
    // Storage events only signal a change; the values are read back through the background, which
    // validates them (and records a repair notice when someone wrote garbage).
    const onChanged = (changes: Record<string, unknown>): void => {
      if ('settings' in changes || 'settingsRepair' in changes) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  return { settings, repair, error, update, setSiteRule, reset, importData, dismissRepair, reload };
}
