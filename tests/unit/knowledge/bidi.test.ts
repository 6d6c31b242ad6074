import { describe, expect, it } from 'vitest';
import { isolateLatin } from '@/src/knowledge/translations/bidi';

describe('isolateLatin', () => {
  it.each([
    ['مايكروسوفت (Amy Hogan-Burney)', 'مايكروسوفت (\u2068Amy Hogan-Burney\u2069)'],
    ['منظمة المادة 19 (ARTICLE 19)', 'منظمة المادة 19 (\u2068ARTICLE 19\u2069)'],
    ['لجنة (T-CY) و LGBTQ+', 'لجنة (\u2068T-CY\u2069) و \u2068LGBTQ+\u2069'],
    ['القرار 79/243', 'القرار 79/243'],
  ])('%s', (input, expected) => {
    expect(isolateLatin({ k: input }).k).toBe(expected);
  });
});
