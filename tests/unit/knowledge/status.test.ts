import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '@/src/knowledge/dates';
import {
  INSTRUMENTS,
  PARTICIPANTS,
  allRecords,
  countsAt,
  statusAt,
  statusOf,
  type CommitteeStatus,
  type KnowledgeRecord,
  type ParticipantList,
  type StatusOptions,
  type TimelineEvent,
  type TreatyStatus,
} from '@/src/knowledge';
import {
  BUDAPEST_FIRST_PROTOCOL,
  BUDAPEST_SECOND_PROTOCOL,
} from '@/src/knowledge/budapest-protocols';

const UN = INSTRUMENTS['un-cybercrime-convention'];
const unOptions: StatusOptions = {
  related: allRecords(),
  ...(PARTICIPANTS['un-cybercrime-convention']
    ? { participants: PARTICIPANTS['un-cybercrime-convention'] }
    : {}),
};

function treaty(record: KnowledgeRecord, date: string, options: StatusOptions = {}): TreatyStatus {
  const status = statusAt(record, date, options);
  if (status.type !== 'treaty') throw new Error('expected a treaty status');
  return status;
}

function committee(date: string): CommitteeStatus {
  const status = statusOf('ad-hoc-committee', date);
  if (status.type !== 'committee') throw new Error('expected a committee status');
  return status;
}

/** `n` hypothetical ratifications, one a day from `first`, by parties AA, AB, … (test only). */
function distinctRatifications(n: number, first: string): TimelineEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `test-ratification-${i + 1}`,
    date: addDays(first, i),
    kind: 'ratification',
    party: `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    text: { en: 'Hypothetical ratification (test only).' },
    source: 'untc',
  }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('statusAt: UN Convention against Cybercrime', () => {
  it.each([
    // date, phase, signatories, parties, signature open, days left, stale
    ['2015-01-01', 'not-started', null, null, null, null, false],
    ['2024-06-01', 'negotiation', null, null, null, null, false],
    ['2025-01-15', 'adopted', 0, 0, false, null, false],
    ['2025-10-24', 'adopted', 0, 0, false, null, false],
    ['2025-10-25', 'open-for-signature', 65, 0, true, 433, false],
    ['2025-10-26', 'open-for-signature', 72, 0, true, 432, false],
    ['2026-11-28', 'open-for-signature', 73, 0, true, 34, true],
    ['2026-12-31', 'open-for-signature', 73, 0, true, 1, true],
    ['2027-01-01', 'open-for-accession', 73, 0, false, 0, true],
    ['2027-02-01', 'open-for-accession', 73, 0, false, 0, true],
  ] as const)(
    'on %s is %s with %s signatories and %s parties',
    (date, phase, signatories, parties, open, daysLeft, stale) => {
      const s = treaty(UN, date, unOptions);
      expect(s.phase).toBe(phase);
      expect(s.signatories?.value ?? null).toBe(signatories);
      expect(s.parties?.value ?? null).toBe(parties);
      expect(s.signature?.open ?? null).toBe(open);
      expect(s.signature?.daysLeft ?? null).toBe(daysLeft);
      expect(s.stale).toBe(stale);
    },
  );

  it('knows the signature window and the 40-instrument threshold once it is open', () => {
    const s = treaty(UN, '2026-11-28', unOptions);
    expect(s.signature).toEqual({
      opens: '2025-10-25',
      closes: '2026-12-31',
      open: true,
      daysLeft: 34,
      source: 'untc',
    });
    expect(s.threshold).toEqual({
      needed: 40,
      have: 0,
      remaining: 40,
      reachedOn: null,
      source: 'untc',
    });
    expect(s.entryIntoForce).toBeNull();
  });

  it('says where each figure comes from and how old it is', () => {
    const s = treaty(UN, '2026-11-28', unOptions);
    // One rule (src/knowledge/README.md): the 74 of March 2026 (a blog citing Wikipedia) and the 76
    // of May 2026 (a digest) are unconfirmed reports, so the figure is what the list can name: the
    // 72 Hanoi signatories and Mauritius; Canada's reported signature is not counted.
    expect(s.signatories).toMatchObject({
      value: 73,
      asOf: '2026-08-01',
      basis: 'list',
      atLeast: true,
    });
    expect(s.parties).toMatchObject({ value: 0, asOf: '2025-11-19', source: 'nl-un' });
    expect(s.asOf).toBe('2025-11-19');
  });

  it('does not use a count before the date it describes', () => {
    // A confirmed total stated "as of March 2026" is not certain until the month is over.
    const march: KnowledgeRecord = {
      ...UN,
      counts: [...UN.counts, { kind: 'signatories', value: 80, asOf: '2026-03', source: 'untc' }],
    };
    expect(treaty(march, '2026-03-15', unOptions).signatories?.value).toBe(73);
    expect(treaty(march, '2026-04-01', unOptions).signatories).toMatchObject({
      value: 80,
      asOf: '2026-03',
      basis: 'stated',
    });
  });

  it('never shows a total that names nobody and was read second hand (the 74 and the 76)', () => {
    for (const day of ['2026-04-01', '2026-06-01', '2026-11-28']) {
      expect(treaty(UN, day, unOptions).signatories).toMatchObject({ value: 73, basis: 'list' });
    }
  });

  it('counts a later signature from the participant list once it has happened', () => {
    expect(treaty(UN, '2025-11-18', unOptions).signatories?.value).toBe(72);
    expect(treaty(UN, '2025-11-19', unOptions).signatories).toMatchObject({
      value: 73,
      basis: 'list',
    });
  });

  it('ignores figures the fact sheet could not confirm', () => {
    // A press report of one ratification (May 2026) and a total of 76 seen only second-hand.
    const s = treaty(UN, '2026-11-28', unOptions);
    expect(s.parties?.value).toBe(0);
    expect(s.signatories?.value).not.toBe(76);
  });

  it('reports zero parties up to the day before opening until a source gives a count', () => {
    expect(treaty(UN, '2025-11-01', unOptions).parties).toMatchObject({
      value: 0,
      asOf: '2025-10-24',
      basis: 'rule',
    });
  });

  it('does not read the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const later = treaty(UN, '2026-11-28', unOptions);
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    expect(treaty(UN, '2026-11-28', unOptions)).toEqual(later);
  });

  it('refuses a date that is not a calendar day', () => {
    expect(() => statusAt(UN, '2026-11')).toThrow(RangeError);
  });
});

describe('statusAt: hypothetical ratifications injected by the test', () => {
  // The 40th instrument is deposited on 2027-03-15; Art. 65(1): in force on the 90th day after.
  const forty = distinctRatifications(40, '2027-02-04');
  const options: StatusOptions = { ...unOptions, extraEvents: forty };

  it('puts the 40th deposit on the expected day', () => {
    expect(forty.at(-1)?.date).toBe('2027-03-15');
  });

  it.each([
    ['2027-03-14', 'open-for-accession', 39, 1, null, false],
    ['2027-03-15', 'open-for-accession', 40, 0, '2027-06-13', false],
    ['2027-06-12', 'open-for-accession', 40, 0, '2027-06-13', false],
    ['2027-06-13', 'in-force', 40, 0, '2027-06-13', true],
    ['2027-09-01', 'in-force', 40, 0, '2027-06-13', true],
  ] as const)(
    'on %s is %s with %s of 40 (%s remaining), entry into force %s',
    (date, phase, have, remaining, eif, inForce) => {
      const s = treaty(UN, date, options);
      expect(s.phase).toBe(phase);
      expect(s.threshold?.have).toBe(have);
      expect(s.threshold?.remaining).toBe(remaining);
      expect(s.entryIntoForce?.date ?? null).toBe(eif);
      expect(s.entryIntoForce?.inForce ?? false).toBe(inForce);
      expect(s.parties?.value).toBe(have);
    },
  );

  it('enters into force exactly 90 days after the 40th deposit, whatever the month lengths', () => {
    const events = distinctRatifications(40, '2026-10-23'); // 40th on 2026-12-01
    const s = treaty(UN, '2027-03-01', { ...unOptions, extraEvents: events });
    expect(s.threshold?.reachedOn).toBe('2026-12-01');
    expect(s.entryIntoForce).toMatchObject({ date: '2027-03-01', inForce: true, basis: 'rule' });
    expect(treaty(UN, '2027-02-28', { ...unOptions, extraEvents: events }).phase).toBe(
      'open-for-accession',
    );
  });

  it('can enter into force while the signature period is still open', () => {
    const events = distinctRatifications(40, '2026-01-01'); // 40th on 2026-02-09
    const s = treaty(UN, '2026-11-28', { ...unOptions, extraEvents: events });
    expect(s.entryIntoForce?.date).toBe('2026-05-10');
    expect(s.phase).toBe('in-force');
    expect(s.signature?.open).toBe(true);
  });

  it('does not count the EU’s instrument towards the 40', () => {
    const events = [
      ...distinctRatifications(39, '2027-02-01'),
      {
        id: 'test-eu',
        date: '2027-03-20',
        kind: 'ratification',
        party: 'EU',
        isOrganization: true,
        text: { en: 'Hypothetical EU approval (test only).' },
        source: 'untc',
      } satisfies TimelineEvent,
    ];
    const s = treaty(UN, '2027-06-30', { ...unOptions, extraEvents: events });
    expect(s.threshold).toMatchObject({ have: 39, remaining: 1, reachedOn: null });
    expect(s.entryIntoForce).toBeNull();
    expect(s.parties?.value).toBe(40);
  });

  it('counts a party once even when it appears twice', () => {
    const events = distinctRatifications(3, '2027-02-01');
    const twice = [...events, { ...events[0]!, id: 'again', date: '2027-02-10' }];
    expect(treaty(UN, '2027-03-01', { ...unOptions, extraEvents: twice }).parties?.value).toBe(3);
  });

  it('does not know ratifications dated after the date', () => {
    expect(treaty(UN, '2027-02-03', options).threshold?.have).toBe(0);
  });
});

describe('statusAt: Budapest Convention', () => {
  const options: StatusOptions = {
    ...(PARTICIPANTS['budapest-convention']
      ? { participants: PARTICIPANTS['budapest-convention'] }
      : {}),
  };
  const BUDAPEST = INSTRUMENTS['budapest-convention'];

  it.each([
    ['1997-01-01', 'not-started', null],
    ['1999-06-01', 'negotiation', null],
    ['2001-11-10', 'adopted', 0],
    ['2003-01-01', 'open-for-signature', null],
    ['2004-07-01', 'in-force', null],
    ['2024-07-01', 'in-force', 75],
    ['2025-01-15', 'in-force', 76],
    ['2026-11-28', 'in-force', 77],
  ] as const)('on %s is %s', (date, phase, parties) => {
    const s = treaty(BUDAPEST, date, options);
    expect(s.phase).toBe(phase);
    if (parties !== null) expect(s.parties?.value).toBe(parties);
  });

  it('has been in force since 1 July 2004, with an open-ended signature period', () => {
    const s = treaty(BUDAPEST, '2026-11-28', options);
    expect(s.entryIntoForce).toEqual({
      date: '2004-07-01',
      inForce: true,
      basis: 'event',
      source: 'coe-chart',
    });
    expect(s.threshold).toBeNull();
    expect(s.signature).toMatchObject({ opens: '2001-11-23', closes: null, daysLeft: null });
  });

  it('takes the party count from the (incomplete) list when it knows more, and says so', () => {
    expect(treaty(BUDAPEST, '2026-11-28', options).parties).toEqual({
      value: 77,
      asOf: '2026-01-14',
      source: 'coe-chart',
      basis: 'list',
      atLeast: true,
    });
  });

  it('flags the data as stale once it is more than 180 days old', () => {
    expect(treaty(BUDAPEST, '2025-01-15', options).stale).toBe(false);
    expect(treaty(BUDAPEST, '2026-11-28', options).stale).toBe(true);
  });

  it('shows no signatory total, because no source states one', () => {
    expect(treaty(BUDAPEST, '2026-11-28', options).signatories).toBeNull();
  });
});

describe('statusAt: Budapest protocols', () => {
  it('knows the First Protocol has been in force since 1 March 2006', () => {
    const s = treaty(BUDAPEST_FIRST_PROTOCOL, '2026-11-28');
    expect(s.phase).toBe('in-force');
    expect(s.entryIntoForce?.date).toBe('2006-03-01');
    expect(s.parties?.value).toBe(36);
  });

  it('counts three ratifications of the Second Protocol, two short of five', () => {
    const s = treaty(BUDAPEST_SECOND_PROTOCOL, '2026-11-28');
    expect(s.phase).toBe('open-for-signature');
    // The Netherlands treaty database states the three (and 52 signatories) as of its newest entry.
    expect(s.parties).toMatchObject({ value: 3, asOf: '2026-02-05', source: 'nl-2ap' });
    expect(s.signatories).toMatchObject({ value: 52, asOf: '2026-02-05', basis: 'stated' });
    expect(s.threshold).toMatchObject({ needed: 5, have: 3, remaining: 2 });
  });

  it('does not invent an entry-into-force date when the rule’s delay is unknown', () => {
    const events = distinctRatifications(2, '2026-12-01');
    const s = treaty(BUDAPEST_SECOND_PROTOCOL, '2027-06-01', { extraEvents: events });
    expect(s.threshold).toMatchObject({ have: 5, remaining: 0, reachedOn: '2026-12-02' });
    expect(s.entryIntoForce).toMatchObject({ date: null, inForce: false });
    expect(s.phase).toBe('open-for-signature');
  });
});

describe('statusAt: Ad Hoc Committee', () => {
  it.each([
    ['2019-06-01', 'not-established', null],
    ['2020-01-01', 'established', null],
    ['2021-05-11', 'established', 'organisational-session'],
    ['2022-03-01', 'negotiating', 'session-1'],
    ['2023-08-25', 'negotiating', 'session-6'],
    ['2024-08-08', 'draft-approved', 'reconvened-session'],
    ['2024-10-01', 'draft-approved', null],
    ['2024-12-24', 'outcome-adopted', null],
    ['2026-01-27', 'outcome-adopted', 'vienna-2026'],
    ['2026-11-28', 'outcome-adopted', null],
  ] as const)('on %s is %s (session under way: %s)', (date, phase, session) => {
    const s = committee(date);
    expect(s.phase).toBe(phase);
    expect(s.currentSession?.id ?? null).toBe(session);
  });

  it('points at the convention it produced and when it was adopted', () => {
    expect(committee('2026-11-28').outcome).toEqual({
      recordId: 'un-cybercrime-convention',
      adopted: {
        recordId: 'un-cybercrime-convention',
        id: 'adopted',
        date: '2024-12-24',
        kind: 'adopted',
        source: 'untc',
      },
    });
    expect(committee('2024-12-23').outcome?.adopted).toBeNull();
  });

  it('remembers the last session and warns that its data is old', () => {
    const s = committee('2026-11-28');
    expect(s.lastSession?.id).toBe('vienna-2026');
    expect(s.stale).toBe(true);
  });

  it('cannot see the adoption without the convention record, so stays at draft-approved', () => {
    const s = statusAt(INSTRUMENTS['ad-hoc-committee'], '2026-11-28');
    expect(s.phase).toBe('draft-approved');
  });
});

describe('countsAt', () => {
  it('gives the latest confirmed figure of each kind known on the date', () => {
    const counts = countsAt(INSTRUMENTS['budapest-convention'], '2026-11-28');
    expect(counts['invited-to-accede']).toMatchObject({ value: 18, asOf: '2024-10-09' });
    expect(counts['aligned-legislation']).toMatchObject({ value: 130, atLeast: true });
    expect(counts.parties?.value).toBe(76);
  });

  it('knows nothing before the first figure and skips unconfirmed ones', () => {
    expect(countsAt(INSTRUMENTS['budapest-convention'], '2020-01-01')).toEqual({});
    expect(countsAt(UN, '2026-11-28').parties?.value).toBe(0);
  });
});

describe('statusOf: the dates move on by themselves', () => {
  // What each instrument says on three pinned days, from the bundled data alone: no release needed
  // for the UN convention to close for signature and open for accession on 1 January 2027.
  it.each([
    // date, phase, signatories, parties, signature open, days left
    ['2026-12-03', 'open-for-signature', 73, 0, true, 29],
    ['2026-12-31', 'open-for-signature', 73, 0, true, 1],
    ['2027-01-01', 'open-for-accession', 73, 0, false, 0],
    ['2027-06-01', 'open-for-accession', 73, 0, false, 0],
  ] as const)('UN convention on %s: %s', (date, phase, signatories, parties, open, daysLeft) => {
    const s = statusOf('un-cybercrime-convention', date);
    if (s.type !== 'treaty') throw new Error('expected a treaty status');
    expect(s.phase).toBe(phase);
    expect(s.signatories?.value).toBe(signatories);
    expect(s.parties?.value).toBe(parties);
    expect(s.signature?.open).toBe(open);
    expect(s.signature?.daysLeft).toBe(daysLeft);
    expect(s.threshold).toMatchObject({ needed: 40, have: 0, remaining: 40 });
    expect(s.entryIntoForce).toBeNull();
  });

  it.each(['2026-12-03', '2027-01-01', '2027-06-01'])(
    'Budapest Convention and its protocols on %s',
    (date) => {
      const b = statusOf('budapest-convention', date);
      if (b.type !== 'treaty') throw new Error('expected a treaty status');
      expect(b).toMatchObject({ phase: 'in-force', parties: { value: 77, atLeast: true } });
      expect(treaty(BUDAPEST_FIRST_PROTOCOL, date)).toMatchObject({
        phase: 'in-force',
        parties: { value: 36 },
      });
      expect(treaty(BUDAPEST_SECOND_PROTOCOL, date)).toMatchObject({
        phase: 'open-for-signature',
        signatories: { value: 52 },
        parties: { value: 3 },
        threshold: { needed: 5, have: 3, remaining: 2, reachedOn: null },
        entryIntoForce: null,
      });
    },
  );

  it.each(['2026-12-03', '2027-01-01', '2027-06-01'])('Ad Hoc Committee on %s', (date) => {
    // The January 2027 session is only reported (unconfirmed), so it never becomes "last session".
    expect(committee(date)).toMatchObject({
      phase: 'outcome-adopted',
      currentSession: null,
      lastSession: { id: 'vienna-2026' },
    });
  });
});

describe('statusAt: the UN convention after the signature period (hypothetical data)', () => {
  const bundled = PARTICIPANTS['un-cybercrime-convention'];
  if (!bundled) throw new Error('the UN convention has a participant list');
  const list: ParticipantList = bundled;

  /** The UN record with a stated signatory total dated on the closing day (test only). */
  const closedRecord: KnowledgeRecord = {
    ...UN,
    counts: [...UN.counts, { kind: 'signatories', value: 80, asOf: '2026-12-31', source: 'untc' }],
  };

  /** `n` accessions deposited one a day from `first`: parties that never signed (test only). */
  function accessions(n: number, first: string): StatusOptions {
    const rows = distinctRatifications(n, first).map((e) => ({
      code: e.party ?? 'XX',
      status: 'party' as const,
      ratified: { date: e.date, precision: 'day' as const },
      consent: 'accession' as const,
      source: 'untc',
    }));
    return {
      related: allRecords(),
      participants: { ...list, asOf: '2027-01-01', participants: [...list.participants, ...rows] },
    };
  }

  it('freezes the signatory count at its final value once signature has closed', () => {
    const options = accessions(12, '2027-01-02');
    for (const date of ['2027-01-01', '2027-02-01', '2027-06-01']) {
      const s = treaty(closedRecord, date, options);
      expect(s.phase).toBe('open-for-accession');
      expect(s.signatories).toMatchObject({ value: 80, asOf: '2026-12-31', final: true });
    }
    // The accessions raise the parties, never the signatories.
    expect(treaty(closedRecord, '2027-02-01', options).parties?.value).toBe(12);
  });

  it('does not call a count final while it predates the close of signature', () => {
    expect(treaty(UN, '2027-01-01', unOptions).signatories?.final).toBeUndefined();
    expect(treaty(closedRecord, '2026-12-31', unOptions).signatories?.final).toBe(true);
  });

  it('ignores a signature dated after the period closed (a data error, not a signature)', () => {
    const late = {
      ...list,
      participants: [
        ...list.participants,
        {
          code: 'ZZ',
          status: 'signatory' as const,
          signed: { date: '2027-02-01', precision: 'day' as const },
          source: 'untc',
        },
      ],
    };
    // A final total equal to the confirmed rows (73), so a counted late row would show as 74.
    const exact: KnowledgeRecord = {
      ...UN,
      counts: [
        ...UN.counts,
        { kind: 'signatories', value: 73, asOf: '2026-12-31', source: 'untc' },
      ],
    };
    const s = treaty(exact, '2027-03-01', { related: allRecords(), participants: late });
    expect(s.signatories?.value).toBe(74 - 1);
  });

  it('reaches 40 on the day of the 40th deposit and enters into force 90 days later', () => {
    // 40 accessions from 2027-01-21: the 40th is deposited on 1 March 2027.
    const options = accessions(40, '2027-01-21');
    const onDay = treaty(closedRecord, '2027-03-01', options);
    expect(onDay.phase).toBe('open-for-accession');
    expect(onDay.threshold).toMatchObject({ have: 40, remaining: 0, reachedOn: '2027-03-01' });
    expect(onDay.entryIntoForce).toEqual({
      date: '2027-05-30',
      inForce: false,
      basis: 'rule',
      source: 'untc',
    });
    expect(treaty(closedRecord, '2027-02-28', options).threshold).toMatchObject({
      have: 39,
      remaining: 1,
      reachedOn: null,
    });
    expect(treaty(closedRecord, '2027-05-29', options).phase).toBe('open-for-accession');
    const inForce = treaty(closedRecord, '2027-05-30', options);
    expect(inForce.phase).toBe('in-force');
    expect(inForce.entryIntoForce).toMatchObject({ date: '2027-05-30', inForce: true });
    expect(inForce.signatories).toMatchObject({ value: 80, final: true });
  });
});

describe('statusAt: the Second Protocol’s five-ratification threshold (hypothetical)', () => {
  const two: TimelineEvent[] = [
    {
      id: 'test-ratification-4',
      date: '2027-02-01',
      kind: 'ratification',
      party: 'NO',
      text: { en: 'Hypothetical ratification (test only).' },
      source: 'nl-2ap',
    },
    {
      id: 'test-ratification-5',
      date: '2027-03-15',
      kind: 'ratification',
      party: 'FJ',
      text: { en: 'Hypothetical ratification (test only).' },
      source: 'nl-2ap',
    },
  ];

  it('counts down to five and records the day the fifth is deposited', () => {
    expect(treaty(BUDAPEST_SECOND_PROTOCOL, '2027-03-14', { extraEvents: two })).toMatchObject({
      parties: { value: 4 },
      threshold: { have: 4, remaining: 1, reachedOn: null },
      entryIntoForce: null,
    });
    expect(treaty(BUDAPEST_SECOND_PROTOCOL, '2027-03-15', { extraEvents: two })).toMatchObject({
      parties: { value: 5 },
      threshold: { have: 5, remaining: 0, reachedOn: '2027-03-15' },
    });
  });

  it('does not invent an entry-into-force date the sources do not give, nor claim it is in force', () => {
    for (const date of ['2027-03-15', '2027-06-15', '2028-01-01']) {
      const s = treaty(BUDAPEST_SECOND_PROTOCOL, date, { extraEvents: two });
      expect(s.phase).toBe('open-for-signature');
      expect(s.entryIntoForce).toEqual({
        date: null,
        inForce: false,
        basis: 'rule',
        source: 'coe-gallery',
      });
    }
  });

  it('counts one party once even when a ratification is reported twice', () => {
    const twice = [...two, { ...two[0], id: 'test-dup', date: '2027-03-20' } as TimelineEvent];
    expect(
      treaty(BUDAPEST_SECOND_PROTOCOL, '2027-04-01', { extraEvents: twice }).parties?.value,
    ).toBe(5);
  });
});
