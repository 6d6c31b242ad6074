import { describe, expect, it } from 'vitest';
import { countryStatus, type ParticipantList } from '@/src/knowledge';
import { allCountryCodes, countryLine, resolveCountry } from '@/src/ui/shared/country';

const list = (complete: boolean): ParticipantList => ({
  instrumentId: 'un-cybercrime-convention',
  asOf: '2026-08-01',
  complete,
  gaps: { en: 'Some are missing.' },
  source: 'untc',
  participants: [
    {
      code: 'FR',
      status: 'signatory',
      signed: { date: '2025-10-25', precision: 'day' },
      source: 'untc',
    },
    {
      code: 'CA',
      status: 'signatory',
      signed: { date: '2026-07', precision: 'month' },
      source: 'untc',
    },
    {
      code: 'EU',
      isOrganization: true,
      status: 'signatory',
      signed: { date: '2025-10-25', precision: 'day' },
      source: 'untc',
    },
    {
      code: 'VN',
      status: 'party',
      signed: { date: '2025-10-25', precision: 'day' },
      ratified: { date: '2026-03-02', precision: 'day' },
      source: 'untc',
    },
    {
      code: 'QA',
      status: 'party',
      signed: { date: '2025-10-25', precision: 'day' },
      ratified: { date: '2026-03-02', precision: 'day' },
      inForce: { date: '2026-06-01', precision: 'day' },
      source: 'untc',
    },
  ],
});
const line = (code: string, complete = false, instrument = 'un-cybercrime-convention') =>
  countryLine(
    countryStatus(instrument, code, '2026-11-28', {
      'un-cybercrime-convention': list(complete),
      'budapest-convention': { ...list(complete), instrumentId: 'budapest-convention' },
    }),
    'en',
  )?.text;

describe('countryLine', () => {
  it.each([
    [
      'signed on a day',
      'FR',
      'France signed on October 25, 2025; no ratification recorded (as of August 1, 2026).',
    ],
    [
      'signed in a month only',
      'CA',
      'Canada signed in July 2026; no ratification recorded (as of August 1, 2026).',
    ],
    [
      'an organisation',
      'EU',
      'European Union signed on October 25, 2025; no ratification recorded (as of August 1, 2026).',
    ],
    [
      'ratified, not in force',
      'VN',
      'Vietnam ratified it on March 2, 2026; it is not yet in force for it.',
    ],
    [
      'a party in force',
      'QA',
      'Qatar: party since it joined on March 2, 2026; in force for it on June 1, 2026.',
    ],
  ])('words %s', (_, code, expected) => {
    expect(line(code)).toBe(expected);
  });

  it('never says "has not signed" when the list is incomplete', () => {
    const text = line('JP');
    expect(text).toBe(
      'Japan is not in our list of 5 signatories (as of August 1, 2026). The list is incomplete: check the depositary.',
    );
    expect(text).not.toMatch(/has not/);
  });

  it('says "has not signed" only when the list is complete', () => {
    expect(line('JP', true)).toBe('Japan has not signed (as of August 1, 2026).');
  });

  it('speaks of joining for the Budapest Convention', () => {
    expect(line('JP', true, 'budapest-convention')).toBe(
      'Japan has not joined (as of August 1, 2026).',
    );
  });

  it('links the source that backs the line', () => {
    const result = countryLine(countryStatus('un-cybercrime-convention', 'FR', '2026-11-28'), 'en');
    expect(result?.source?.url).toMatch(/^https:\/\/treaties\.un\.org\//);
  });

  it('has no line for the Ad Hoc Committee', () => {
    expect(countryLine(countryStatus('ad-hoc-committee', 'FR', '2026-11-28'), 'en')).toBeNull();
  });
});

describe('resolveCountry', () => {
  it.each([
    ['auto', 'fr-FR', 'FR'],
    ['auto', 'pt-BR', 'BR'],
    ['auto', 'de', 'DE'],
    ['auto', 'en', 'US'],
    ['none', 'fr-FR', null],
    ['CA', 'fr-FR', 'CA'],
  ])('resolves %s in %s to %s', (setting, lang, expected) => {
    expect(resolveCountry(setting, lang)).toBe(expected);
  });
});

describe('allCountryCodes', () => {
  it('lists countries and the EU, not pseudo-regions', () => {
    const codes = allCountryCodes('en');
    expect(codes).toEqual(expect.arrayContaining(['FR', 'CA', 'JP', 'US', 'EU']));
    expect(codes).not.toContain('ZZ');
    expect(codes.length).toBeGreaterThan(200);
  });
});
