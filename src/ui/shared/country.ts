import { t, uiLanguage } from '@/src/i18n/t';
import type { CountryStatus, InstrumentId, ParticipantDate } from '@/src/knowledge';
import { getSource } from '@/src/knowledge';
import { formatCount, formatDayRange, formatFuzzyDate } from './format';

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

/** One line about where a country stands, with the link that backs it. */
export interface CountryLine {
  text: string;
  source: { title: string; url: string } | null;
}

/**
 * Writes the sentence for a country's status with one instrument. Never says a country has not
 * signed unless the list is complete for that date.
 */
export function countryLine(
  status: CountryStatus,
  lang: string = uiLanguage(),
): CountryLine | null {
  if (status.kind === 'unknown-instrument') return null;
  const name = countryName(status.code, lang);
  const asOf = status.listAsOf ? formatFuzzyDate(status.listAsOf, lang) : '';
  const source = status.source ? getSource(status.source) : undefined;
  const link = source ? { title: source.title, url: source.url } : null;
  const budapest = (status.instrumentId as InstrumentId) === 'budapest-convention';
  let text: string;
  switch (status.kind) {
    case 'party': {
      const since = status.ratified ?? status.signed;
      text = status.inForce
        ? t('countryParty', [
            name,
            since ? participantDate(since, lang) : '',
            participantDate(status.inForce, lang),
          ])
        : t('countryPartyNoDates', name);
      break;
    }
    case 'ratified':
      text = t('countryRatified', [name, participantDate(status.ratified!, lang)]);
      break;
    case 'signed':
      text = t('countrySigned', [name, participantDate(status.signed!, lang), asOf]);
      break;
    case 'date-unknown':
      text = t('countryDateUnknown', name);
      break;
    case 'not-yet':
    case 'absent-complete':
      text = t(budapest ? 'countryNotJoinedComplete' : 'countryNotSignedComplete', [name, asOf]);
      break;
    case 'absent-incomplete':
      text = t(budapest ? 'countryNotListedParties' : 'countryNotListedSignatories', [
        name,
        formatCount(status.listSize, lang),
        asOf,
      ]);
      break;
  }
  return { text, source: link };
}

// Codes that Intl names but that are not a country or the EU.
const NOT_COUNTRIES = new Set([
  'EZ',
  'QO',
  'UN',
  'XA',
  'XB',
  'ZZ',
  'AC',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
]);

/** ISO 3166-1 alpha-2 codes that the browser can name (plus EU), for the country picker. */
export function allCountryCodes(lang: string = uiLanguage()): string[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      try {
        if (names.of(code)) codes.push(code);
      } catch {
        // Not a region code this browser knows.
      }
    }
  }
  return codes;
}
