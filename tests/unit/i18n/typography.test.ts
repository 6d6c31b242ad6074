import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string }>;
const load = (locale: string): Messages =>
  JSON.parse(
    readFileSync(`${process.cwd()}/public/_locales/${locale}/messages.json`, 'utf8'),
  ) as Messages;

describe('French typography', () => {
  const fr = Object.entries(load('fr'));

  it('puts a narrow no-break space (U+202F) before ; : ! ? and inside « »', () => {
    const wrong = fr
      // Browser addresses (chrome://extensions, about:addons) keep their colon as it is.
      .map(([key, { message }]) => [key, message.replace(/\b(chrome|about|https?):\S*/g, '')])
      .filter(([, message]) => /[^\u202f][;:!?]|«[^\u202f]|[^\u202f]»/.test(message!))
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });
});

describe('The country line', () => {
  // Any country name is inserted: a verb or adjective that agrees with it is wrong for half of
  // them ("وقّع مصر" but "وقّعت مصر"; "Франция подписала" but "Египет подписал").
  const GENDERED: Record<string, RegExp> = {
    ru: /подписала|подписал\b|ратифицировала|присоединилась|не подписала/,
    ar: /وقّع \$|صدّق \$|لم يوقّع|لم ينضم|مدرج|ليس في|انضمامه|إليه/,
  };

  it.each(Object.keys(GENDERED))('has no word agreeing with the country in %s', (locale) => {
    const lines = Object.entries(load(locale)).filter(([key]) => key.startsWith('country'));
    expect(lines.length).toBeGreaterThan(8);
    const wrong = lines.filter(([, { message }]) => GENDERED[locale]!.test(message));
    expect(wrong.map(([key, { message }]) => `${key}: ${message}`)).toEqual([]);
  });
});
