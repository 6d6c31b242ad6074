import { describe, expect, it } from 'vitest';
import {
  statusOf,
  type Figure,
  type InstrumentId,
  type Status,
  type TreatyStatus,
} from '@/src/knowledge/index';
import { describeKind } from '@/src/ui/record/describe';
import { countryWords, statusWords } from '@/src/ui/record/status-words';

const figure = (value: number, asOf: string, basis: Figure['basis'] = 'stated'): Figure => ({
  value,
  asOf,
  source: 'untc',
  basis,
  atLeast: false,
});

const treaty = (overrides: Partial<TreatyStatus>): Status => ({
  type: 'treaty',
  recordId: 'un-cybercrime-convention',
  date: '2026-11-28',
  phase: 'open-for-signature',
  signature: {
    opens: '2025-10-25',
    closes: '2026-12-31',
    open: true,
    daysLeft: 34,
    source: 'untc',
  },
  signatories: null,
  parties: null,
  threshold: null,
  entryIntoForce: null,
  lastEvent: null,
  asOf: null,
  stale: false,
  ...overrides,
});

describe('describeKind', () => {
  it('says what a record is', () => {
    expect(describeKind('un-convention')).toBe('United Nations treaty');
    expect(describeKind('un-committee')).toBe('United Nations negotiating committee');
  });
});

describe('statusWords', () => {
  it('says the UN convention’s status in one phase, one figures line and one date', () => {
    const words = statusWords(statusOf('un-cybercrime-convention', '2026-11-28'), 'en-GB');
    expect(words.phase).toBe('Open for signature until 31 December 2026');
    // The one rule: the confirmed names of the August 2026 list (73), "at least" while it is
    // incomplete; the 74 and 76 read second hand are reports, not figures.
    expect(words.figuresLine).toBe('at least 73 signatories · 0 of 40 ratifications');
    expect(words.progress).toMatchObject({ have: 0, needed: 40 });
    expect(words.asOf).toBe('As of 1 August 2026');
  });

  it('names only the figure past its own limit, with its own date, and the depositary to check', () => {
    const words = statusWords(statusOf('un-cybercrime-convention', '2026-11-28'), 'en-GB');
    expect(words.figures.map((f) => [f.id, f.stale])).toEqual([
      ['signatories', false], // a list: 180 days; 1 August 2026 is within them
      ['ratifications', true], // a stated count: 90 days; 19 November 2025 is older
    ]);
    expect(words.stale?.text).toBe('Ratifications from 19 November 2025 may be out of date.');
    expect(words.stale?.check?.id).toBe('untc');
  });

  it('names two stale figures in one sentence, in sentence case', () => {
    const words = statusWords(statusOf('un-cybercrime-convention', '2027-02-01'), 'en-GB');
    expect(words.figures.every((f) => f.stale)).toBe(true);
    expect(words.stale?.text).toBe('Signatories and ratifications: may be out of date.');
  });

  it('does not repeat the date when the stale figure is the line’s own', () => {
    const words = statusWords(statusOf('budapest-convention', '2026-11-28'), 'en-GB');
    expect(words.phase).toBe('In force since 1 July 2004');
    expect(words.figuresLine).toBe('at least 77 parties');
    expect(words.asOf).toBe('As of 14 January 2026');
    expect(words.stale?.text).toBe('Parties: may be out of date.');
    expect(words.stale?.check?.id).toBe('coe-chart');
  });

  it('shows no warning while every figure shown is within its limit', () => {
    const status = treaty({
      signatories: figure(72, '2026-10-01'),
      parties: figure(3, '2026-09-15'),
      threshold: { needed: 40, have: 3, remaining: 37, reachedOn: null, source: 'untc' },
    });
    const words = statusWords(status, 'en-GB');
    expect(words.figuresLine).toBe('72 signatories · 3 of 40 ratifications');
    expect(words.asOf).toBe('As of 1 October 2026');
    expect(words.stale).toBeNull();
  });

  it('never ages a zero that the rules make certain on the day', () => {
    const status = treaty({
      date: '2025-10-20',
      signatories: figure(0, '2025-10-20', 'rule'),
      parties: figure(0, '2025-10-20', 'rule'),
      threshold: { needed: 40, have: 0, remaining: 40, reachedOn: null, source: 'untc' },
    });
    expect(statusWords(status, 'en-GB').stale).toBeNull();
  });

  it('says a committee’s settled outcome without an as-of date or a warning', () => {
    const words = statusWords(statusOf('ad-hoc-committee', '2026-11-28'), 'en-GB');
    expect(words.phase).toBe('Work completed');
    expect(words.detail).toBe('The treaty it negotiated was adopted on 24 December 2024');
    expect(words.asOf).toBeNull();
    expect(words.stale).toBeNull();
  });

  it('says when signature opens, with no figures, before the opening day', () => {
    const words = statusWords(statusOf('un-cybercrime-convention', '2025-01-10'), 'en-GB');
    expect(words.phase).toBe('Opens for signature on 25 October 2025');
    expect(words.figures).toEqual([]);
  });
});

describe('countryWords', () => {
  const at = (id: InstrumentId, day: string) => {
    const status = statusOf(id, day);
    if (status.type !== 'treaty') throw new Error('expected a treaty');
    return status;
  };

  it.each([
    ['FR', 'un-cybercrime-convention', 'France: signed on 25 October 2025, not yet ratified'],
    ['US', 'un-cybercrime-convention', 'United States: not among the 73 signatories known to us'],
    ['US', 'budapest-convention', 'United States: party, in force for it on 1 January 2007'],
    [
      'IN',
      'budapest-convention',
      'India: neither a signatory nor among the 77 parties known to us',
    ],
  ] as const)('says where %s stands with %s in one short line', (code, id, text) => {
    expect(countryWords(at(id, '2026-11-28'), code, 'en-GB')?.text).toBe(text);
  });

  it.each([
    ['un-cybercrime-convention', 'US', '2025-10-26'],
    ['un-cybercrime-convention', 'US', '2026-11-28'],
    ['budapest-convention', 'IN', '2026-01-10'],
    ['budapest-convention', 'IN', '2026-11-28'],
  ] as const)(
    '%s: the line for %s on %s gives the status line’s own figure, never a second count',
    (id, code, day) => {
      const status = at(id, day);
      const figure = statusWords(status, 'en-GB').figures[0]!;
      const counts = countryWords(status, code, 'en-GB')?.text.match(/\d+/g);
      expect(counts).toEqual([String(figure.value)]);
    },
  );

  it('says "not signed" before the treaty opens, with no count', () => {
    expect(countryWords(at('un-cybercrime-convention', '2025-06-01'), 'US', 'en-GB')?.text).toBe(
      'United States: no signature',
    );
  });
});
