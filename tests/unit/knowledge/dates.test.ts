import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  earliestDay,
  firstOfMonthAfter,
  isFuzzyDate,
  isIsoDay,
  latestDay,
} from '@/src/knowledge/dates';

describe('isFuzzyDate and isIsoDay', () => {
  it.each([
    ['2025', true, false],
    ['2025-10', true, false],
    ['2025-10-25', true, true],
    ['2024-02-29', true, true],
    ['2025-02-29', false, false],
    ['2025-13', false, false],
    ['2025-10-32', false, false],
    ['25-10-2025', false, false],
    ['2025-1-5', false, false],
    ['', false, false],
  ] as const)('%j: fuzzy date %s, day %s', (input, fuzzy, day) => {
    expect(isFuzzyDate(input)).toBe(fuzzy);
    expect(isIsoDay(input)).toBe(day);
  });
});

describe('earliestDay and latestDay', () => {
  it.each([
    ['2023-04', '2023-04-01', '2023-04-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2017', '2017-01-01', '2017-12-31'],
    ['2025-10-25', '2025-10-25', '2025-10-25'],
  ])('%s spans %s to %s', (input, first, last) => {
    expect(earliestDay(input)).toBe(first);
    expect(latestDay(input)).toBe(last);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2026-12-01', 90, '2027-03-01'],
    ['2027-03-15', 90, '2027-06-13'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s plus %i days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it.each([
    ['2025-08-28', '2025-12-01'],
    ['2024-06-20', '2024-10-01'],
    ['2022-11-30', '2023-03-01'],
    ['2006-09-29', '2007-01-01'],
  ])('a Council of Europe deposit on %s takes effect on %s', (deposit, effect) => {
    expect(firstOfMonthAfter(deposit, 3)).toBe(effect);
  });
});
