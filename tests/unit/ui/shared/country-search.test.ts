import { describe, expect, it } from 'vitest';
import {
  allCountryCodes,
  countryOptions,
  foldForSearch,
  searchCountries,
} from '@/src/ui/shared/country';

const first = (query: string, lang = 'en'): string | undefined =>
  searchCountries(countryOptions(lang), query, lang)[0]?.code;

describe('searchCountries', () => {
  it.each([
    ['usa', 'US'],
    ['US', 'US'],
    ['United States', 'US'],
    ['uk', 'GB'],
    ['britain', 'GB'],
    ['turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['turkiye', 'TR'],
    ['cote', 'CI'],
    ['Ivory Coast', 'CI'],
    ["cote d'ivoire", 'CI'],
    ['CÔTE D’IVOIRE', 'CI'],
    ['fra', 'FR'],
    ['germany', 'DE'],
  ])('finds %s in English as %s first', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it.each([
    ['etats', 'US', 'fr'],
    ['États-Unis', 'US', 'fr'],
    ['royaume', 'GB', 'fr'],
    ['allemagne', 'DE', 'fr'],
    ['germany', 'DE', 'fr'],
    ['usa', 'US', 'fr'],
    ['turquie', 'TR', 'fr'],
    ['cote', 'CI', 'fr'],
    ['مصر', 'EG', 'ar'],
    ['egypt', 'EG', 'ar'],
    ['россия', 'RU', 'ru'],
  ])('finds %s as %s in %s', (query, code, lang) => {
    expect(first(query, lang)).toBe(code);
  });

  it('finds one France for "fra", not a historic Metropolitan France', () => {
    const names = searchCountries(countryOptions('en'), 'fra', 'en').map((c) => c.name);
    expect(names.filter((n) => n.includes('France'))).toEqual(['France']);
  });

  it('ranks a whole alias above names that merely start with it ("uk" → UK before Ukraine)', () => {
    const codes = searchCountries(countryOptions('en'), 'uk', 'en').map((c) => c.code);
    expect(codes.slice(0, 2)).toEqual(['GB', 'UA']);
  });

  it('finds nothing for nonsense', () => {
    expect(searchCountries(countryOptions('en'), 'qqqzz', 'en')).toEqual([]);
  });
});

describe('the country list', () => {
  it.each(['en', 'fr', 'ar', 'ru', 'zh-CN'])(
    'has no historic codes and no duplicate names in %s',
    (lang) => {
      const codes = allCountryCodes(lang);
      for (const historic of [
        'FX',
        'DD',
        'SU',
        'YU',
        'CS',
        'BU',
        'ZR',
        'TP',
        'AN',
        'QU',
        'EZ',
        'UN',
      ]) {
        expect(codes).not.toContain(historic);
      }
      const names = countryOptions(lang).map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      expect(codes).toEqual(expect.arrayContaining(['FR', 'DE', 'RU', 'RS', 'US', 'GB', 'EU']));
      expect(codes.length).toBeGreaterThan(240);
      expect(codes.length).toBeLessThan(260);
    },
  );
});

describe('foldForSearch', () => {
  it('drops accents, case, apostrophe kinds and dashes', () => {
    expect(foldForSearch('Côte d’Ivoire')).toBe('cote divoire');
    expect(foldForSearch("COTE D'IVOIRE")).toBe('cote divoire');
    expect(foldForSearch('États-Unis', 'fr')).toBe('etats unis');
    expect(foldForSearch('Türkiye')).toBe('turkiye');
  });
});
