import { describe, expect, it } from 'vitest';
import { defaultSettings, MAX_SITE_RULES } from '@/src/settings/schema';
import {
  exportFileName,
  importSizeProblem,
  makeSettingsExport,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_DEPTH,
  nestedDeeperThan,
  parseSettingsImport,
} from '@/src/settings/transfer';

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

describe('parseSettingsImport and the limits', () => {
  const file = (settings: unknown) => ({ app: 'treaty-lens', exportedAt: 'x', settings });

  it('refuses a file nested 5,000 deep and says why', () => {
    let deep: unknown = 'on';
    for (let i = 0; i < 5_000; i++) deep = { a: deep };
    expect(parseSettingsImport(file({ sites: deep }))).toEqual({
      ok: false,
      problems: [{ key: 'importTooDeep', subs: [String(MAX_IMPORT_DEPTH)] }],
    });
  });

  it('refuses a file with more site rules than the limit, naming both numbers', () => {
    const sites: Record<string, string> = {};
    for (let i = 0; i < 30_000; i++) sites[`s${i}.example.org`] = 'off';
    expect(parseSettingsImport(file({ sites }))).toEqual({
      ok: false,
      problems: [{ key: 'importTooManyRules', subs: ['30000', String(MAX_SITE_RULES)] }],
    });
  });

  it('refuses settings larger than the size limit', () => {
    const sites: Record<string, string> = {};
    const long = `${'x'.repeat(60)}.${'y'.repeat(60)}.${'z'.repeat(60)}.org`;
    for (let i = 0; i < 1_500; i++) sites[`${i}${long}`] = 'off';
    const result = parseSettingsImport(file({ sites }));
    expect(!result.ok && result.problems.map((p) => p.key)).toEqual(['settingsTooLarge']);
  });

  it('accepts a file at the rule limit', () => {
    const sites: Record<string, string> = {};
    for (let i = 0; i < MAX_SITE_RULES; i++) sites[`s${i}.example.org`] = 'off';
    expect(parseSettingsImport(file({ sites })).ok).toBe(true);
  });

  it('says how large a file may be', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES + 1)).toEqual({
      key: 'importTooLarge',
      subs: ['1000 kB'],
    });
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
  });
});

describe('nestedDeeperThan', () => {
  it('measures arrays and objects alike, without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestedDeeperThan(deep, 8)).toBe(true);
    expect(nestedDeeperThan({ a: { b: [1] } }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: { b: [1] } }, 2)).toBe(true);
  });
});
