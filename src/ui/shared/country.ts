import { t, uiLanguage } from '@/src/i18n/t';
import type { ParticipantDate } from '@/src/knowledge';
import { formatDayRange, formatFuzzyDate } from './format';

/**
 * The reader's country from the setting: 'none' → null; 'auto' → the region of the UI language
 * (`fr-FR` → FR; a bare language is expanded with likely subtags, `fr` → FR); else the code itself.
 */
export function resolveCountry(setting: string, lang: string = uiLanguage()): string | null {
  if (setting === 'none') return null;
  if (setting !== 'auto') return setting;
  try {
    const region = new Intl.Locale(lang).maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

/** A country's (or the EU's) name in the UI language. */
export function countryName(code: string, lang: string = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "on 25 October 2025", "in July 2026" or "on 25–26 October 2025", as precise as the source. */
export function participantDate(d: ParticipantDate, lang: string = uiLanguage()): string {
  if (d.precision === 'month') return t('countryDateMonth', formatFuzzyDate(d.date, lang));
  if (d.precision === 'range' && d.until) {
    return t('countryDateDay', formatDayRange(d.date, d.until, lang));
  }
  return t('countryDateDay', formatFuzzyDate(d.date, lang));
}

// Codes that Intl names but that are not a country or the EU: groupings, test and unknown regions,
// and territories ISO 3166-1 does not list as countries (exceptionally reserved codes).
const NOT_COUNTRIES = new Set([
  'EZ',
  'QO',
  'UN',
  'XA',
  'XB',
  'ZZ',
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'IC',
  'TA',
]);

/**
 * Whether a region code is current: historic codes (FX France, DD Germany, SU Russia, YU and CS
 * Serbia, BU Myanmar, ZR Congo…) are aliases that Unicode locale canonicalisation replaces with the
 * current one, so `und-SU` becomes `und-RU`. Data from the browser, no list of ours to go stale.
 */
function isCurrentRegion(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
  } catch {
    return false;
  }
}

/**
 * ISO 3166-1 alpha-2 codes of current countries and territories that the browser can name (plus
 * the EU), for the country picker: no historic code, and no two codes with the same name.
 */
export function allCountryCodes(lang: string = uiLanguage()): string[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  const seen = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || !isCurrentRegion(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        // Not a region code this browser knows.
      }
      if (!name || seen.has(name)) continue;
      seen.add(name);
      codes.push(code);
    }
  }
  return codes;
}

/**
 * Other names readers type for a country: former, short, English and colloquial names, which the
 * browser's display names (one per language) do not give. Searched in every UI language.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['USA', 'US', 'U.S.', 'U.S.A.', 'America', 'United States of America', 'EEUU'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  CI: ["Côte d'Ivoire", 'Ivory Coast', 'Cote dIvoire'],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Holland'],
  KR: ['South Korea', 'Korea', 'Republic of Korea'],
  KP: ['North Korea', 'DPRK'],
  RU: ['Russian Federation'],
  MK: ['Macedonia', 'North Macedonia'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde', 'Cabo Verde'],
  MM: ['Burma', 'Myanmar'],
  TL: ['East Timor', 'Timor-Leste'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of the Congo', 'Zaire'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  VA: ['Holy See', 'Vatican'],
  PS: ['Palestine', 'State of Palestine'],
  AE: ['UAE', 'Emirates'],
  VN: ['Viet Nam'],
  LA: ['Laos', "Lao People's Democratic Republic"],
  IR: ['Iran', 'Persia'],
  SY: ['Syria'],
  MD: ['Moldova'],
  TZ: ['Tanzania'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  FM: ['Micronesia'],
  EU: ['EU', 'European Union'],
};

/**
 * Folds text for searching: lower case, no accents (É → e, ü → u, ç → c), one kind of apostrophe
 * and dash, and letters only with single spaces, so "cote", "Côte d’Ivoire" and "COTE D'IVOIRE"
 * all meet.
 */
export function foldForSearch(text: string, lang: string = uiLanguage()): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase(lang)
    .replace(/[’'`´.]/g, '')
    .replace(/[\s\-‐‑–—_,()]+/g, ' ')
    .trim();
}

/** One country in the picker, with every name it can be found by (folded). */
export interface CountryOption {
  code: string;
  /** The name in the UI language. */
  name: string;
  /** Folded names: the UI-language name, the English name, the code, the aliases. */
  keys: string[];
}

/** Every country of the picker in the UI language's alphabetical order, ready to search. */
export function countryOptions(lang: string = uiLanguage()): CountryOption[] {
  const collator = new Intl.Collator(lang);
  return allCountryCodes(lang)
    .map((code) => {
      const name = countryName(code, lang);
      const keys = [name, countryName(code, 'en'), code, ...(COUNTRY_ALIASES[code] ?? [])].map(
        (k) => foldForSearch(k, lang),
      );
      return { code, name, keys: [...new Set(keys)] };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The countries matching what the reader typed, best first: a whole name, code or alias ("uk",
 * "usa"), then names that start with it ("fra"), then a word that starts with it ("etats" in
 * "États-Unis"), then names that merely contain it. Ties keep alphabetical order.
 */
export function searchCountries(
  options: readonly CountryOption[],
  query: string,
  lang: string = uiLanguage(),
): CountryOption[] {
  const needle = foldForSearch(query, lang);
  if (!needle) return [...options];
  const rank = (option: CountryOption): number => {
    let best = 4;
    for (const key of option.keys) {
      if (key === needle) return 0;
      if (key.startsWith(needle)) best = Math.min(best, 1);
      else if (key.includes(` ${needle}`)) best = Math.min(best, 2);
      else if (key.includes(needle)) best = Math.min(best, 3);
    }
    return best;
  };
  return options
    .map((option, index) => ({ option, index, rank: rank(option) }))
    .filter((r) => r.rank < 4)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((r) => r.option);
}
