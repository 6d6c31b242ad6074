import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEPOSITARY_PAGES, FactsCheck, ageOf, newestFactDate } from '@/src/ui/shared/FactsCheck';

describe('newestFactDate', () => {
  it('is the newest bundled fact known on the day, never a scheduled or unconfirmed one', () => {
    // The signature period's end (2026-12-31) and the reported January 2027 session are not facts yet.
    expect(newestFactDate('2026-12-03')).toBe('2026-08-01');
    expect(newestFactDate('2027-06-01')).toBe('2026-12-31');
  });
});

describe('ageOf', () => {
  it.each([
    ['2026-12-03', '2026-12-03', 'today'],
    ['2026-11-26', '2026-12-03', '7 days ago'],
    ['2026-10-29', '2026-12-03', '5 weeks ago'],
    ['2026-08-01', '2026-12-03', '4 months ago'],
    ['2026-03', '2026-12-03', '8 months ago'],
    ['2024-06-20', '2026-12-03', '2 years ago'],
  ])('%s seen on %s is %s', (asOf, today, age) => expect(ageOf(asOf, today, 'en')).toBe(age));
});

describe('FactsCheck', () => {
  it('says how old the facts are and links to both depositaries’ status pages', () => {
    render(<FactsCheck today="2026-12-03" />);
    const un = screen.getByRole('link', { name: /factsCheckUn|UN Treaty Collection/ });
    const coe = screen.getByRole('link', { name: /factsCheckCoe|Council of Europe/ });
    expect(un.getAttribute('href')).toBe(DEPOSITARY_PAGES.un);
    expect(coe.getAttribute('href')).toBe(DEPOSITARY_PAGES.coe);
    expect(un.getAttribute('rel')).toBe('noopener noreferrer');
    expect(un.closest('p')?.textContent).toMatch(/4 months ago/);
  });

  it('can leave the age out where the page already gives the date', () => {
    render(<FactsCheck showAge={false} today="2026-12-03" />);
    expect(
      screen.getByRole('link', { name: /factsCheckUn|UN Treaty Collection/ }).closest('p')
        ?.textContent,
    ).not.toMatch(/ago/);
  });
});
