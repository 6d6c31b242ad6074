import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/src/settings/schema';
import { exportFileName, makeSettingsExport, parseSettingsImport } from '@/src/settings/transfer';

describe('parseSettingsImport', () => {
  it('accepts its own export', () => {
    const settings = { ...defaultSettings(), sites: { 'example.com': 'off' as const } };
    const file = makeSettingsExport(settings, new Date('2026-11-28T10:00:00Z'));
    expect(parseSettingsImport(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, settings });
  });

  it.each([
    ['a foreign file', { app: 'other', settings: {} }, 'importForeign'],
    ['an array', [1, 2], 'importForeign'],
    ['a string', 'treaty-lens', 'importForeign'],
    ['null', null, 'importForeign'],
    ['a file without settings', { app: 'treaty-lens', exportedAt: 'x' }, 'importNoSettings'],
    ['settings that are not an object', { app: 'treaty-lens', settings: 7 }, 'repairNotAnObject'],
  ])('refuses %s and says why', (_, data, key) => {
    const result = parseSettingsImport(data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.key)).toEqual([key]);
  });

  it('refuses a file with any bad value whole, listing every one', () => {
    const result = parseSettingsImport({
      app: 'treaty-lens',
      settings: { enabled: 'maybe', sites: { 'bad host': 'on', 'good.org': 'off' } },
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ key: 'repairEnabled' }, { key: 'repairSiteRule', subs: ['bad host'] }],
    });
  });
});

describe('exportFileName', () => {
  it('names the file after the day of the export', () => {
    expect(exportFileName(new Date('2026-11-28T23:00:00Z'))).toBe(
      'treaty-lens-settings-2026-11-28.json',
    );
  });
});
