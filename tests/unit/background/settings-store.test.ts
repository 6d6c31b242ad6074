import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  AREA_KEY,
  REPAIR_KEY,
  SETTINGS_KEY,
  SettingsLimitError,
  SettingsStore,
} from '@/src/background/settings-store';
import { DEFAULT_SETTINGS, MAX_SITE_RULES } from '@/src/settings/schema';

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

describe('SettingsStore limits and cache', () => {
  const full = (): Record<string, 'off'> => {
    const sites: Record<string, 'off'> = {};
    for (let i = 0; i < MAX_SITE_RULES; i++) sites[`s${i}.example.org`] = 'off';
    return sites;
  };

  it('refuses a change past the rule limit with a message that names it, and writes nothing', async () => {
    const settings = store();
    await settings.update((s) => {
      s.sites = full();
    });
    const stored = async () => [
      await fakeBrowser.storage.sync.get(SETTINGS_KEY),
      await fakeBrowser.storage.local.get(SETTINGS_KEY),
    ];
    const before = await stored();
    expect(JSON.stringify(before)).toContain('s1999.example.org');
    await expect(
      settings.update((s) => {
        s.sites['one-more.org'] = 'off';
      }),
    ).rejects.toThrow('That makes 2001 site rules; Treaty Lens keeps at most 2000.');
    await expect(
      settings.update((s) => {
        s.sites['one-more.org'] = 'off';
      }),
    ).rejects.toBeInstanceOf(SettingsLimitError);
    expect(await stored()).toEqual(before);
    expect(Object.keys((await settings.read()).settings.sites)).toHaveLength(MAX_SITE_RULES);
  });

  it('repairs stored settings past the limit, keeping the first rules', async () => {
    const sites: Record<string, string> = {};
    for (let i = 0; i < 40_000; i++) sites[`s${i}.example.org`] = 'off';
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, sites },
      [AREA_KEY]: 'local',
    });
    const { settings, errors } = await store().read();
    expect(Object.keys(settings.sites)).toHaveLength(MAX_SITE_RULES);
    expect(errors.map((e) => e.key)).toEqual(['repairTooManyRules']);
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as {
      sites: object;
    };
    expect(Object.keys(stored.sites)).toHaveLength(MAX_SITE_RULES);
  });

  it('validates once and answers later reads from its cache until invalidated', async () => {
    const settings = store();
    await settings.read();
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await settings.read();
    expect(get).not.toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, enabled: false } });
    settings.invalidate();
    expect((await settings.read()).settings.enabled).toBe(false);
    get.mockRestore();
  });

  it('does not let a failed change leak into the cached settings', async () => {
    const settings = store();
    await settings.update((s) => {
      s.sites = full();
    });
    await settings
      .update((s) => {
        s.enabled = false;
        s.sites['one-more.org'] = 'off';
      })
      .catch(() => undefined);
    expect((await settings.read()).settings.enabled).toBe(true);
  });
});
