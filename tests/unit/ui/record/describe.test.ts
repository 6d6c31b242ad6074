import { describe, expect, it } from 'vitest';
import { statusOf, type Status, type TreatyStatus } from '@/src/knowledge/index';
import { describeKind, describeStatus } from '@/src/ui/record/describe';

const treaty = (overrides: Partial<TreatyStatus>): Status => ({
  type: 'treaty',
  recordId: 'un-cybercrime-convention',
  date: '2026-11-28',
  phase: 'open-for-signature',
  signature: null,
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

describe('describeStatus', () => {
  it('formats the UN convention on 28 November 2026 from its structured status', () => {
    const view = describeStatus(statusOf('un-cybercrime-convention', '2026-11-28'), 'en-GB');
    expect(view.phase).toBe('Open for signature, not yet in force');
    const texts = view.lines.map((l) => l.text);
    expect(texts).toContain('Signature closes on 31 December 2026: 34 days left');
    expect(texts.some((t) => /^Signatories: (at least )?\d+$/.test(t))).toBe(true);
    expect(texts).toContain('0 of 40 ratifications needed for entry into force');
    expect(view.progress).toMatchObject({ have: 0, needed: 40 });
    expect(view.asOf).toMatch(/^As of \d+ \w+ \d{4}$/);
    expect(view.lines.every((l) => l.source !== null)).toBe(true);
  });

  it('warns when the data is stale, naming its date', () => {
    const view = describeStatus(treaty({ asOf: '2025-11-19', stale: true }), 'en-GB');
    expect(view.staleWarning).toBe(
      'These figures date from 19 November 2025 and may be out of date.',
    );
    expect(describeStatus(treaty({ asOf: '2026-11-01' }), 'en-GB').staleWarning).toBeNull();
  });

  it('uses the singular on the last day of the signature period', () => {
    const view = describeStatus(
      treaty({
        signature: {
          opens: '2025-10-25',
          closes: '2026-12-31',
          open: true,
          daysLeft: 1,
          source: 'untc',
        },
      }),
      'en-GB',
    );
    expect(view.lines[0]?.text).toBe('Signature closes on 31 December 2026: 1 day left');
  });

  it('says "at least" when a figure may be higher', () => {
    const view = describeStatus(
      treaty({
        parties: {
          value: 77,
          asOf: '2026-01-14',
          source: 'coe-chart',
          basis: 'list',
          atLeast: true,
        },
      }),
      'en',
    );
    expect(view.lines.map((l) => l.text)).toEqual(['Parties (ratified or acceded): at least 77']);
  });

  it('gives an instrument in force its date and no signature countdown', () => {
    const view = describeStatus(statusOf('budapest-convention', '2026-11-28'), 'en-GB');
    expect(view.phase).toBe('In force');
    expect(view.lines[0]?.text).toBe('In force since 1 July 2004');
    expect(view.lines.some((l) => l.id === 'signature')).toBe(false);
    expect(view.progress).toBeNull();
  });

  it('describes a committee by its phase and its outcome', () => {
    const view = describeStatus(statusOf('ad-hoc-committee', '2026-11-28'), 'en-GB');
    expect(view.phase).toBe('Work completed');
    expect(view.lines.map((l) => l.text)).toContain(
      'The treaty it negotiated was adopted on 24 December 2024',
    );
  });
});
