import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDayRange,
  formatFuzzyDate,
  isoDay,
} from '@/src/ui/shared/format';

describe('formatFuzzyDate', () => {
  it.each([
    ['2024-12-24', 'en-GB', '24 December 2024'],
    ['2023-04', 'en-GB', 'April 2023'],
    ['2017', 'en-GB', '2017'],
    ['2024-12-24', 'fr', '24 décembre 2024'],
    ['2025-10', 'de', 'Oktober 2025'],
  ])('formats %s in %s as %s, never inventing a day', (date, lang, expected) => {
    expect(formatFuzzyDate(date, lang)).toBe(expected);
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(formatFuzzyDate('2025-01-01', 'en-GB')).toBe('1 January 2025');
  });

  it('returns what it cannot read as it is, and falls back to English for an unknown locale', () => {
    expect(formatFuzzyDate('soon', 'en-GB')).toBe('soon');
    expect(formatFuzzyDate('2024', 'not a locale!')).toBe('2024');
  });
});

describe('formatCount', () => {
  it('uses the language’s grouping and digits', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(74, 'ar-EG')).toBe('٧٤');
  });
});

describe('isoDay', () => {
  it('gives the local calendar day', () => {
    expect(isoDay(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });
});

describe('French dates', () => {
  it('write the first day of a month as "1er"', () => {
    expect(formatFuzzyDate('2026-08-01', 'fr')).toBe('1er août 2026');
    expect(formatFuzzyDate('2026-08-11', 'fr')).toBe('11 août 2026');
    expect(formatFuzzyDate('2026-08-21', 'fr')).toBe('21 août 2026');
    expect(formatFuzzyDate('2026-08', 'fr')).toBe('août 2026');
    expect(formatFuzzyDate('2026-08-01', 'en')).toBe('August 1, 2026');
    expect(formatDayRange('2025-10-01', '2025-10-02', 'fr')).toBe('1er–2 octobre 2025');
    expect(formatDate('2026-08-01T12:00:00Z', 'fr-CA')).toMatch(/^1er août 2026$/);
  });
});
