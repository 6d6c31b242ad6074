import { describe, expect, it } from 'vitest';
import {
  INSTRUMENTS,
  PARTICIPANTS,
  countryStatus,
  statusAt,
  type InstrumentId,
  type ParticipantList,
} from '@/src/knowledge';

const UN_LIST = PARTICIPANTS['un-cybercrime-convention'];

/** A small made-up list for cases the real data cannot show (complete lists, deposits). */
function fakeList(overrides: Partial<ParticipantList> = {}): ParticipantList {
  return {
    instrumentId: 'un-cybercrime-convention',
    asOf: '2027-03-01',
    complete: true,
    gaps: { en: 'Nothing missing (test data).' },
    source: 'untc',
    participants: [
      {
        code: 'FR',
        status: 'signatory',
        signed: { date: '2025-10-25', precision: 'day' },
        source: 'untc',
      },
      {
        code: 'NO',
        status: 'party',
        signed: { date: '2025-10-25', precision: 'day' },
        ratified: { date: '2026-12', precision: 'month' },
        consent: 'ratification',
        source: 'untc',
      },
      {
        code: 'IS',
        status: 'party',
        ratified: { date: '2026-01-10', precision: 'day' },
        inForce: { date: '2026-04-10', precision: 'day' },
        consent: 'accession',
        source: 'untc',
      },
    ],
    ...overrides,
  };
}

function withList(list: ParticipantList): Partial<Record<InstrumentId, ParticipantList>> {
  return { 'un-cybercrime-convention': list };
}

describe('countryStatus with the bundled lists', () => {
  it.each([
    ['un-cybercrime-convention', 'FR', '2026-11-28', 'signed'],
    ['un-cybercrime-convention', 'FR', '2025-10-24', 'not-yet'],
    ['un-cybercrime-convention', 'fr', '2026-11-28', 'signed'],
    ['un-cybercrime-convention', 'MU', '2025-11-18', 'not-yet'],
    ['un-cybercrime-convention', 'MU', '2025-11-19', 'signed'],
    ['un-cybercrime-convention', 'VN', '2025-10-25', 'date-unknown'],
    ['un-cybercrime-convention', 'VN', '2025-10-26', 'signed'],
    // Canada's July 2026 signature is only reported (unconfirmed): never a status of its own.
    ['un-cybercrime-convention', 'CA', '2026-06-30', 'absent-incomplete'],
    ['un-cybercrime-convention', 'CA', '2026-07-15', 'absent-incomplete'],
    ['un-cybercrime-convention', 'CA', '2026-08-01', 'absent-incomplete'],
    ['un-cybercrime-convention', 'US', '2026-11-28', 'absent-incomplete'],
    ['budapest-convention', 'NZ', '2025-08-27', 'not-yet'],
    ['budapest-convention', 'NZ', '2025-09-01', 'ratified'],
    ['budapest-convention', 'NZ', '2026-01-01', 'party'],
    ['budapest-convention', 'IE', '2026-11-28', 'signed'],
    ['budapest-convention', 'NO', '2010-01-01', 'date-unknown'],
    ['budapest-convention', 'NO', '2012-01-01', 'party'],
    ['budapest-convention', 'KE', '2026-11-28', 'absent-incomplete'],
    ['ad-hoc-committee', 'FR', '2026-11-28', 'unknown-instrument'],
    ['not-an-instrument', 'FR', '2026-11-28', 'unknown-instrument'],
  ] as const)('%s: %s on %s is %s', (instrument, code, date, kind) => {
    expect(countryStatus(instrument, code, date).kind).toBe(kind);
  });

  it('gives a signature with its day, the list size, date, completeness and source', () => {
    expect(countryStatus('un-cybercrime-convention', 'FR', '2026-11-28')).toEqual({
      kind: 'signed',
      instrumentId: 'un-cybercrime-convention',
      code: 'FR',
      isOrganization: false,
      signed: { date: '2025-10-25', precision: 'day' },
      listSize: UN_LIST?.participants.filter((p) => !p.unconfirmed).length,
      listAsOf: '2026-08-01',
      listComplete: false,
      source: 'untc',
      alsoSources: ['nl-un'],
    });
  });

  it('shows Canada’s reported signature as an unconfirmed report, from the day it was reported', () => {
    const before = countryStatus('un-cybercrime-convention', 'CA', '2026-07-31');
    expect(before.reports).toBeUndefined();
    const after = countryStatus('un-cybercrime-convention', 'CA', '2026-08-01');
    expect(after.signed).toBeUndefined();
    expect(after.reports).toEqual([
      expect.objectContaining({
        what: 'signature-reported',
        date: '2026-07',
        unconfirmed: true,
        source: 'canada-gac-2026',
      }),
    ]);
  });

  it('keeps a month-only date as a month', () => {
    const list = fakeList();
    expect(
      countryStatus('un-cybercrime-convention', 'NO', '2027-01-01', withList(list)),
    ).toMatchObject({
      kind: 'ratified',
      ratified: { date: '2026-12', precision: 'month' },
    });
  });

  it('keeps the two-day Hanoi range when the exact day is not known', () => {
    expect(countryStatus('un-cybercrime-convention', 'GB', '2026-11-28').signed).toEqual({
      date: '2025-10-25',
      until: '2025-10-26',
      precision: 'range',
    });
  });

  it('treats the EU as an organisation', () => {
    const s = countryStatus('un-cybercrime-convention', 'EU', '2026-11-28');
    expect(s).toMatchObject({ kind: 'signed', isOrganization: true });
  });

  it('does not reveal a date that lies after the date asked about', () => {
    const s = countryStatus('un-cybercrime-convention', 'MU', '2025-11-01');
    expect(s.signed).toBeUndefined();
  });

  it('explains a rejected claim about a country that is not listed', () => {
    const s = countryStatus('un-cybercrime-convention', 'AE', '2026-11-28');
    expect(s.kind).toBe('absent-incomplete');
    expect(s.rejected?.code).toBe('AE');
  });

  it('attaches unconfirmed reports only once they were published', () => {
    expect(countryStatus('un-cybercrime-convention', 'QA', '2026-11-28')).toMatchObject({
      kind: 'signed',
      reports: [{ what: 'ratification-reported', unconfirmed: true }],
    });
    expect(countryStatus('un-cybercrime-convention', 'QA', '2026-01-01').reports).toBeUndefined();
  });

  it('mentions an invitation to accede the Budapest Convention', () => {
    expect(countryStatus('budapest-convention', 'KE', '2026-11-28').invited).toEqual({
      code: 'KE',
      date: '2024-10-09',
      source: 'nc4',
    });
    expect(countryStatus('budapest-convention', 'KE', '2024-01-01').invited).toBeUndefined();
  });

  it('says how a party joined', () => {
    expect(countryStatus('budapest-convention', 'NZ', '2026-01-01')).toMatchObject({
      consent: 'accession',
      ratified: { date: '2025-08-28', precision: 'day' },
      inForce: { date: '2025-12-01', precision: 'day' },
    });
  });
});

describe('countryStatus with an injected list', () => {
  it.each([
    ['FR', '2027-02-01', 'signed'],
    ['NO', '2026-12-15', 'date-unknown'],
    ['NO', '2026-11-30', 'signed'],
    ['NO', '2027-01-01', 'ratified'],
    ['IS', '2026-02-01', 'ratified'],
    ['IS', '2026-04-10', 'party'],
    ['DE', '2027-02-01', 'absent-complete'],
  ] as const)('%s on %s is %s', (code, date, kind) => {
    expect(countryStatus('un-cybercrime-convention', code, date, withList(fakeList())).kind).toBe(
      kind,
    );
  });

  it('says absent-incomplete for the same country when the list is incomplete', () => {
    const lists = withList(fakeList({ complete: false }));
    expect(countryStatus('un-cybercrime-convention', 'DE', '2027-02-01', lists).kind).toBe(
      'absent-incomplete',
    );
  });

  it('still shows the certain signature when a later ratification date is unclear', () => {
    const s = countryStatus('un-cybercrime-convention', 'NO', '2026-12-15', withList(fakeList()));
    expect(s).toMatchObject({ kind: 'date-unknown', signed: { date: '2025-10-25' } });
    expect(s.ratified).toBeUndefined();
  });

  it('keeps a month-only ratification date as a month', () => {
    const s = countryStatus('un-cybercrime-convention', 'NO', '2027-01-01', withList(fakeList()));
    expect(s.ratified).toEqual({ date: '2026-12', precision: 'month' });
  });
});

describe('statusAt using a participant list', () => {
  const UN = INSTRUMENTS['un-cybercrime-convention'];

  it('takes the signatory count from a complete list when no source states a total', () => {
    // FR and NO signed; IS acceded without signing, so it is a party but never a signatory.
    const s = statusAt({ ...UN, counts: [] }, '2027-03-01', { participants: fakeList() });
    expect(s.type === 'treaty' && s.signatories).toMatchObject({
      value: 2,
      basis: 'list',
      atLeast: false,
    });
  });

  it('counts deposits from the list towards the threshold, from the end of a month-only date', () => {
    const before = statusAt(UN, '2026-12-15', { participants: fakeList() });
    const after = statusAt(UN, '2027-01-01', { participants: fakeList() });
    expect(before.type === 'treaty' && before.threshold?.have).toBe(1);
    expect(after.type === 'treaty' && after.threshold?.have).toBe(2);
  });
});

describe('unconfirmed report rows', () => {
  it('are not counted in the list size a country line quotes', () => {
    const s = countryStatus('un-cybercrime-convention', 'US', '2026-12-03');
    expect(s.listSize).toBe(73);
    expect(UN_LIST?.participants.length).toBe(74);
  });
});
