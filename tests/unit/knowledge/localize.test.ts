import { describe, expect, it } from 'vitest';
import { localize } from '@/src/knowledge/localize';

describe('localize', () => {
  const text = { en: 'Convention', fr: 'Convention (fr)', 'pt-BR': 'Convenção' };

  it.each([
    ['fr', 'Convention (fr)', 'fr'],
    ['fr-CA', 'Convention (fr)', 'fr'],
    ['pt-BR', 'Convenção', 'pt-BR'],
    ['de', 'Convention', 'en'],
    ['', 'Convention', 'en'],
  ])('for %j gives %j in %s', (lang, expected, used) => {
    expect(localize(text, lang)).toEqual({ text: expected, lang: used });
  });
});
