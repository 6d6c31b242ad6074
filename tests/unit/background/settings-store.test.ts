import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AREA_KEY, REPAIR_KEY, SETTINGS_KEY, SettingsStore } from '@/src/background/settings-store';
import { DEFAULT_SETTINGS } from '@/src/settings/schema';

const store = () => new SettingsStore(fakeBrowser.storage, () => new Date('2026-11-28T12:00:00Z'));

describe('SettingsStore', () => {
  it('reads defaults when nothing is stored', async () => {
    expect(await store().read()).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it('writes to sync and reads back', async () => {
    await store().update((s) => {
      s.enabled = false;
    });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      enabled: false,
    });
    expect((await store().read()).settings.enabled).toBe(false);
  });

  it('repairs garbage, writes the repair back and records a notice', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { enabled: 'yes', hoverDelayMs: 1e9 } });
    const { settings, errors } = await store().read();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(errors).toHaveLength(2);
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(await store().repairNotice()).toEqual({ at: '2026-11-28T12:00:00.000Z', errors });
    expect((await fakeBrowser.storage.local.get(REPAIR_KEY))[REPAIR_KEY]).toBeTruthy();
  });

  it('falls back to local storage when sync refuses a write', async () => {
    const sync = {
      ...fakeBrowser.storage.sync,
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    const s = new SettingsStore({
      sync: sync as typeof fakeBrowser.storage.sync,
      local: fakeBrowser.storage.local,
    });
    await s.update((settings) => {
      settings.hoverDelayMs = 500;
    });
    expect((await fakeBrowser.storage.local.get(AREA_KEY))[AREA_KEY]).toBe('local');
    expect((await s.read()).settings.hoverDelayMs).toBe(500);
  });
});

describe('SettingsStore fallbacks', () => {
  it('uses local storage where the browser has no sync area', async () => {
    const s = new SettingsStore({ local: fakeBrowser.storage.local });
    await s.update((settings) => {
      settings.showBadge = false;
    });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      showBadge: false,
    });
    expect((await s.read()).settings.showBadge).toBe(false);
  });

  it('reads local settings when sync cannot be read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, enabled: false } });
    const sync = {
      ...fakeBrowser.storage.sync,
      get: () => Promise.reject(new Error('sync is disabled')),
    };
    const s = new SettingsStore({
      sync: sync as typeof fakeBrowser.storage.sync,
      local: fakeBrowser.storage.local,
    });
    expect((await s.read()).settings.enabled).toBe(false);
  });

  it('applies quick successive updates one after another, losing none', async () => {
    const s = store();
    await Promise.all([
      s.update((settings) => {
        settings.sites['a.org'] = 'off';
      }),
      s.update((settings) => {
        settings.sites['b.org'] = 'off';
      }),
      s.update((settings) => {
        settings.hoverDelayMs = 900;
      }),
    ]);
    const { settings } = await s.read();
    expect(settings.sites).toEqual({ 'a.org': 'off', 'b.org': 'off' });
    expect(settings.hoverDelayMs).toBe(900);
  });

  it('ignores a damaged repair notice and clears a good one', async () => {
    await fakeBrowser.storage.local.set({ [REPAIR_KEY]: 'garbage' });
    expect(await store().repairNotice()).toBeNull();
    await fakeBrowser.storage.local.set({
      [REPAIR_KEY]: { at: '2026-11-28T12:00:00.000Z', errors: [{ key: 'repairEnabled' }, 5] },
    });
    expect(await store().repairNotice()).toEqual({
      at: '2026-11-28T12:00:00.000Z',
      errors: [{ key: 'repairEnabled' }],
    });
    await store().clearRepairNotice();
    expect(await store().repairNotice()).toBeNull();
  });
});
