import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/src/messaging/client';
import type { SettingsPatch } from '@/src/messaging/protocol';
import type { Settings } from './schema';

/** Settings as seen by an extension page: loaded and changed only through the background. */
export interface SettingsState {
  settings: Settings | null;
  /** Repairs the background made to stored settings (for a notice). */
  repairs: string[];
  error: string | null;
  update: (patch: SettingsPatch) => Promise<void>;
  reload: () => Promise<void>;
}

/** Preact hook: the current settings, kept fresh when they change anywhere. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repairs, setRepairs] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const answer = await sendToBackground('getSettings', {});
      setSettings(answer.settings);
      setRepairs(answer.errors);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  const update = useCallback(async (patch: SettingsPatch) => {
    try {
      const answer = await sendToBackground('updateSettings', { patch });
      setSettings(answer.settings);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void reload();
    // Storage events only signal a change; the values are read back through the background.
    const onChanged = (changes: Record<string, unknown>): void => {
      if ('settings' in changes) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  return { settings, repairs, error, update, reload };
}
