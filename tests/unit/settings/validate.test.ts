import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/src/settings/schema';
import { validateSettings } from '@/src/settings/validate';

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
