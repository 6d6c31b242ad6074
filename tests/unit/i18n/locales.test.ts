import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES_DIR = resolve(__dirname, '../../../public/_locales');
/** The locales we ship: the six UN languages plus German and Portuguese (Brazil). */
const EXPECTED_LOCALES = ['ar', 'de', 'en', 'es', 'fr', 'pt_BR', 'ru', 'zh_CN'];
const load = (locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    Entry
  >;

const en = load('en');
const locales = readdirSync(LOCALES_DIR).sort();
const others = locales.filter((l) => l !== 'en');
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** The `$n` substitutions a message uses, through its named placeholders. */
function substitutions(entry: Entry): string[] {
  const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
  return named.map((name) => entry.placeholders?.[name]?.content ?? `?${name}`).sort();
}

describe('locales', () => {
  it('ships every expected locale', () => {
    expect(locales).toEqual(EXPECTED_LOCALES);
  });

  it('describes every English message for translators', () => {
    const undocumented = Object.entries(en)
      .filter(([, e]) => !e.description?.trim())
      .map(([k]) => k);
    expect(undocumented).toEqual([]);
  });

  it.each(others)('%s has every key of English and no other (plural forms aside)', (locale) => {
    const messages = load(locale);
    const base = (key: string) => key.replace(PLURAL, '$1');
    const singular = (keys: string[]) => keys.filter((k) => !PLURAL.test(k));
    expect(singular(Object.keys(messages)).sort()).toEqual(singular(Object.keys(en)).sort());
    const pluralBases = (keys: string[]) =>
      [...new Set(keys.filter((k) => PLURAL.test(k)).map(base))].sort();
    expect(pluralBases(Object.keys(messages))).toEqual(pluralBases(Object.keys(en)));
  });

  it.each(others)('%s has the plural forms its language needs', (locale) => {
    const messages = load(locale);
    const categories = new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions()
      .pluralCategories;
    const bases = new Set(
      Object.keys(en)
        .filter((k) => PLURAL.test(k))
        .map((k) => k.replace(PLURAL, '$1')),
    );
    for (const b of bases) {
      for (const category of categories) {
        expect(messages, `${locale}: ${b}_${category}`).toHaveProperty(`${b}_${category}`);
      }
    }
  });

  it.each(locales)(
    '%s has no empty message and uses the same placeholders as English',
    (locale) => {
      const messages = load(locale);
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), `${locale}.${key} is empty`).not.toBe('');
        const reference = en[key] ?? en[key.replace(PLURAL, '$1_other')];
        if (!reference) continue;
        expect(substitutions(entry), `${locale}.${key} placeholders`).toEqual(
          substitutions(reference),
        );
      }
    },
  );
});
