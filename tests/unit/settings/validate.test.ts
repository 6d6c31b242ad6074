import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  MAX_SETTINGS_BYTES,
  MAX_SITE_RULES,
  SETTINGS_VERSION,
} from '@/src/settings/schema';
import {
  checkSettingsLimits,
  MAX_LISTED_SITE_PROBLEMS,
  settingsBytes,
  validateSettings,
} from '@/src/settings/validate';

describe('validateSettings', () => {
  it('returns the defaults without errors for missing data', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('repairs %s into the defaults and reports it', (_, raw) => {
    const { settings, errors } = validateSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(errors).toHaveLength(1);
  });

  it('keeps good values and repairs only the bad ones', () => {
    const { settings, errors } = validateSettings({
      version: SETTINGS_VERSION,
      enabled: false,
      hoverDelayMs: -5,
      highlightStyle: 'neon',
      sites: { 'Example.com': 'off', 'not a host': 'off', 'news.example.org': 'maybe' },
      instruments: { 'budapest-convention': false, 'ad-hoc-committee': 'yes' },
      country: 'fr',
    });
    expect(settings.enabled).toBe(false);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.sites).toEqual({ 'example.com': 'off' });
    expect(settings.instruments['budapest-convention']).toBe(false);
    expect(settings.instruments['ad-hoc-committee']).toBe(true);
    expect(settings.country).toBe('auto');
    expect(errors).toHaveLength(6);
  });

  it('migrates unversioned data', () => {
    const { settings, errors } = validateSettings({ enabled: false });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.enabled).toBe(false);
    expect(errors).toEqual([]);
  });

  it('notes data from a newer version', () => {
    expect(validateSettings({ version: 99, enabled: true }).errors).toHaveLength(1);
  });
});

describe('validateSettings with huge stored data', () => {
  const garbage = (count: number): Record<string, string> => {
    const sites: Record<string, string> = {};
    for (let i = 0; i < count; i++) sites[`bad key ${i} !!`] = 'maybe';
    return sites;
  };

  /** Counts `new URL` calls: the URL parser throwing on bad input is what made repair slow. */
  function countUrlParses(): { count: () => number } {
    let calls = 0;
    const Real = globalThis.URL;
    vi.stubGlobal(
      'URL',
      class extends Real {
        constructor(url: string | URL, base?: string | URL) {
          calls++;
          super(url, base);
        }
      },
    );
    return { count: () => calls };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the first invalid site rules and counts the rest in one line', () => {
    const { settings, errors } = validateSettings({ version: 1, sites: garbage(40_000) });
    expect(settings.sites).toEqual({});
    expect(errors).toHaveLength(MAX_LISTED_SITE_PROBLEMS + 1);
    expect(errors.at(-1)).toEqual({
      key: 'repairSiteRuleMore',
      subs: [String(40_000 - MAX_LISTED_SITE_PROBLEMS)],
    });
  });

  it('repairs garbage keys without the URL parser (no exception per key)', () => {
    const parses = countUrlParses();
    validateSettings({ version: 1, sites: garbage(40_000) });
    expect(parses.count()).toBe(0);
  });

  it('keeps the first rules up to the limit and only counts the others', () => {
    const sites: Record<string, string> = {};
    for (let i = 0; i < 40_000; i++) sites[`site${i}.example.org`] = 'off';
    const parses = countUrlParses();
    const { settings, errors } = validateSettings({ version: 1, sites });
    expect(Object.keys(settings.sites)).toHaveLength(MAX_SITE_RULES);
    expect(Object.hasOwn(settings.sites, 'site0.example.org')).toBe(true);
    expect(errors).toEqual([
      { key: 'repairTooManyRules', subs: ['2000', '40000', '2000', '200 kB'] },
    ]);
    expect(parses.count()).toBe(0);
    expect(checkSettingsLimits(settings)).toBeNull();
  });

  it('keeps rules within the size limit when host names are long', () => {
    const sites: Record<string, string> = {};
    const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.example.org`;
    for (let i = 0; i < MAX_SITE_RULES; i++) sites[`${i}${long}`] = 'on';
    const { settings, errors } = validateSettings({ version: 1, sites });
    expect(settingsBytes(settings)).toBeLessThanOrEqual(MAX_SETTINGS_BYTES);
    expect(checkSettingsLimits(settings)).toBeNull();
    expect(errors[0]?.key).toBe('repairTooManyRules');
  });
});

describe('checkSettingsLimits', () => {
  it('names the rule limit when there are too many rules', () => {
    const settings = defaultSettings();
    for (let i = 0; i <= MAX_SITE_RULES; i++) settings.sites[`s${i}.org`] = 'off';
    expect(checkSettingsLimits(settings)).toEqual({
      key: 'settingsTooManyRules',
      subs: ['2001', '2000'],
    });
  });

  it('names the size limit when the settings are too large', () => {
    const settings = defaultSettings();
    for (let i = 0; i < 1_000; i++) settings.sites[`${i}${'x'.repeat(240)}.org`] = 'off';
    expect(checkSettingsLimits(settings)).toMatchObject({
      key: 'settingsTooLarge',
      subs: [expect.stringMatching(/^\d+ kB$/), '200 kB'],
    });
  });
});
