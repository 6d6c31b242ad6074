import { uiLanguage } from '@/src/i18n/t';

/** Today's date in the reader's time zone as `YYYY-MM-DD`, the status engine's unit of time. */
export function isoDay(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Formats a date as precise as its source (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) in the UI language,
 * never inventing a day a source did not give.
 */
export function formatFuzzyDate(fuzzy: string, lang: string = uiLanguage()): string {
  const [year, month, day] = fuzzy.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return fuzzy;
  // Noon UTC and a UTC formatter: the calendar day never shifts with the reader's time zone.
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Formats a span of calendar days (`YYYY-MM-DD` to `YYYY-MM-DD`), e.g. "25–26 October 2025". */
export function formatDayRange(
  from: string,
  until: string,
  lang: string = uiLanguage(),
  dateStyle: 'long' | 'medium' = 'long',
): string {
  // Noon UTC and a UTC formatter, as in formatFuzzyDate: no time-zone shift of the days.
  return new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' }).formatRange(
    new Date(`${from}T12:00:00Z`),
    new Date(`${until}T12:00:00Z`),
  );
}

/** Formats a time stamp (ISO 8601) as a date in the UI language. */
export function formatDate(iso: string, lang: string = uiLanguage()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
}

/** Formats a whole number in the UI language. */
export function formatCount(value: number, lang: string = uiLanguage()): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** Formats a duration in milliseconds in the UI language, e.g. "300 ms". */
export function formatMs(value: number, lang: string = uiLanguage()): string {
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'millisecond',
    unitDisplay: 'short',
  }).format(value);
}
