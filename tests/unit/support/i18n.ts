import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const cache = new Map<string, Record<string, Entry>>();

/** Loads a locale's messages.json from public/_locales. */
export function loadLocale(locale: string): Record<string, Entry> {
  let messages = cache.get(locale);
  if (!messages) {
    const file = resolve(__dirname, '../../../public/_locales', locale, 'messages.json');
    messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
    cache.set(locale, messages);
  }
  return messages;
}

/** An implementation of `i18n.getMessage` with Chrome's placeholder rules, for unit tests. */
export function getMessageFrom(locale: string) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = loadLocale(locale)[key] ?? loadLocale('en')[key];
    if (!entry) return '';
    const subs =
      substitutions === undefined
        ? []
        : Array.isArray(substitutions)
          ? substitutions
          : [substitutions];
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? placeholder.content : whole;
    });
    return named
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '')
      .replace(/\$\$/g, '$');
  };
}
