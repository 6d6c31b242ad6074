import { describe, expect, it } from 'vitest';
import { allCountryCodes, resolveCountry } from '@/src/ui/shared/country';

describe('resolveCountry', () => {
  it.each([
    ['auto', 'fr-FR', 'FR'],
    ['auto', 'pt-BR', 'BR'],
    ['auto', 'de', 'DE'],
    ['auto', 'en', 'US'],
    ['none', 'fr-FR', null],
    ['CA', 'fr-FR', 'CA'],
  ])('resolves %s in %s to %s', (setting, lang, expected) => {
    expect(resolveCountry(setting, lang)).toBe(expected);
  });
});

describe('allCountryCodes', () => {
  it('lists countries and the EU, not pseudo-regions', () => {
    const codes = allCountryCodes('en');
    expect(codes).toEqual(expect.arrayContaining(['FR', 'CA', 'JP', 'US', 'EU']));
    expect(codes).not.toContain('ZZ');
    expect(codes.length).toBeGreaterThan(200);
  });
});
