import { uiLanguage } from '@/src/i18n/t';

/** Today's date in the reader's time zone as `YYYY-MM-DD`, the status engine's unit of time. */
export function isoDay(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Precision = 'day' | 'month' | 'year';
// Creating an Intl formatter costs far more than using one, and a card formats dozens of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' ? { month: 'long' } : {}),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    };
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * French writes the first day of a month as an ordinal, "1er août 2026", which `Intl` does not
 * (it gives "1 août 2026"); every other day stays a cardinal. Other languages are unchanged.
 */
function withFrenchFirst(parts: Intl.DateTimeFormatPart[], lang: string): string {
  const french = /^fr\b/i.test(lang);
  return parts
    .map((part) => (french && part.type === 'day' && /^0?1$/.test(part.value) ? '1er' : part.value))
    .join('');
}

/**
 * Formats a date as precise as its source in the UI language: `2024` → "2024", `2023-04` →
 * "April 2023", `2024-12-24` → "24 December 2024". Never invents a day a source did not give.
 */
export function formatFuzzyDate(fuzzy: string, lang: string = uiLanguage()): string {
  const [year, month, day] = fuzzy.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return fuzzy;
  // Noon UTC and a UTC formatter: the calendar day never shifts with the reader's time zone.
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12));
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return withFrenchFirst(dateFormat(lang, precision).formatToParts(date), lang);
}

/** Formats a span of calendar days (`YYYY-MM-DD` to `YYYY-MM-DD`), e.g. "25–26 October 2025". */
export function formatDayRange(
  from: string,
  until: string,
  lang: string = uiLanguage(),
  dateStyle: 'long' | 'medium' = 'long',
): string {
  // Noon UTC and a UTC formatter, as in formatFuzzyDate: no time-zone shift of the days.
  const parts = new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' }).formatRangeToParts(
    new Date(`${from}T12:00:00Z`),
    new Date(`${until}T12:00:00Z`),
  );
  return withFrenchFirst(parts, lang);
}

/** Formats a time stamp (ISO 8601) as a date in the UI language. */
export function formatDate(iso: string, lang: string = uiLanguage()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : withFrenchFirst(
        new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).formatToParts(date),
        lang,
      );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a whole number in the UI language's digits and grouping. */
export function formatCount(value: number, lang: string = uiLanguage()): string {
  let format = numberFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang);
    } catch {
      format = new Intl.NumberFormat('en');
    }
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** Formats a duration in milliseconds in the UI language, e.g. "300 ms". */
export function formatMs(value: number, lang: string = uiLanguage()): string {
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'millisecond',
    unitDisplay: 'short',
  }).format(value);
}
