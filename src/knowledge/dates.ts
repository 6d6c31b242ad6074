import type { FuzzyDate, IsoDay } from '@/src/knowledge/types';

const DAY_MS = 86_400_000;
const FUZZY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parts(date: string): [number, number | undefined, number | undefined] | null {
  const m = FUZZY.exec(date);
  if (!m) return null;
  return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): IsoDay {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `date` is a real calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isFuzzyDate(date: string): boolean {
  const p = parts(date);
  if (!p) return false;
  const [year, month, day] = p;
  if (month === undefined) return year > 0;
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= daysInMonth(year, month));
}

/** Whether `date` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isFuzzyDate(date);
}

/** The first day a fuzzy date can mean (`2023-04` → `2023-04-01`). */
export function earliestDay(date: FuzzyDate): IsoDay {
  const p = parts(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  const [year, month, day] = p;
  return format(year, month ?? 1, day ?? 1);
}

/**
 * The last day a fuzzy date can mean (`2023-04` → `2023-04-30`). Used to decide when a fact is
 * known for sure: a signature "in July 2026" is only certain from 31 July.
 */
export function latestDay(date: FuzzyDate): IsoDay {
  const p = parts(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  const [year, month, day] = p;
  const m = month ?? 12;
  return format(year, m, day ?? daysInMonth(year, m));
}

function toUtc(day: IsoDay): number {
  const p = parts(day);
  if (!p || p[1] === undefined || p[2] === undefined) throw new RangeError(`Not a day: ${day}`);
  return Date.UTC(p[0], p[1] - 1, p[2]);
}

function fromUtc(ms: number): IsoDay {
  const d = new Date(ms);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `day` plus `days` calendar days. */
export function addDays(day: IsoDay, days: number): IsoDay {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/**
 * The first day of the month following a period of `months` months after `day` (the Council of
 * Europe rule: a deposit on 28 August 2025 takes effect on 1 December 2025).
 */
export function firstOfMonthAfter(day: IsoDay, months: number): IsoDay {
  const p = parts(day);
  if (!p || p[1] === undefined) throw new RangeError(`Not a day: ${day}`);
  const monthIndex = p[1] - 1 + months + 1;
  return format(p[0] + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}
