import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

/** A message id that exists in the English (default) locale. */
export type MessageKey = keyof typeof en;

/**
 * Translates a message id with `browser.i18n`, substituting placeholders. Falls back to the key in
 * brackets, never to an empty string, so a missing message is visible instead of silent.
 */
export function t(
  key: MessageKey,
  substitutions?: string | number | Array<string | number>,
): string {
  const subs =
    substitutions === undefined
      ? undefined
      : isolate((Array.isArray(substitutions) ? substitutions : [substitutions]).map(String));
  return browser.i18n.getMessage(key, subs) || `[${key}]`;
}

/**
 * In a right-to-left UI, wraps each substitution in Unicode isolates (FSI … PDI), the plain-text
 * `<bdi>`: a Latin name, host or number inserted into an Arabic sentence keeps its own direction and
 * does not drag the punctuation around it. Left-to-right UIs get the values unchanged.
 */
function isolate(values: string[], lang = uiLanguage()): string[] {
  if (uiDirection(lang) !== 'rtl') return values;
  return values.map((v) => `\u2068${v}\u2069`);
}

/** `getMessage` for a key built at run time (plural forms), which the generated types cannot list. */
function getMessage(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key as MessageKey, substitutions);
}

/** The UI language as a BCP 47 tag (e.g. `fr`, `pt-BR`), for `Intl` formatting and `lang`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage().replace('_', '-');
}

/** Whether the UI language is written right to left. */
export function uiDirection(lang = uiLanguage()): 'rtl' | 'ltr' {
  return /^(ar|fa|he|ur|ps|yi)\b/.test(lang) ? 'rtl' : 'ltr';
}

/** Message ids that have plural forms: `<base>_other` exists (and `_one`, `_few`, `_many`… as needed). */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];

/**
 * Translates a count with the language's plural rules (`Intl.PluralRules`): picks `<base>_<category>`
 * (one, two, few, many, zero) and falls back to `<base>_other`. `$1` is the formatted count.
 */
export function tPlural(
  base: PluralBase,
  count: number,
  more: Array<string | number> = [],
  lang = uiLanguage(),
): string {
  const category = new Intl.PluralRules(lang).select(count);
  const formatted = new Intl.NumberFormat(lang).format(count);
  const subs = [formatted, ...more.map(String)];
  const specific = getMessage(`${base}_${category}`, isolate(subs, lang));
  return specific || t(`${base}_other` as MessageKey, subs);
}
