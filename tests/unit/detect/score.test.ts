import { describe, expect, it } from 'vitest';
import {
  codePointOffsets,
  counts,
  matchSpans,
  parseCase,
  parseCorpus,
  scoreCorpus,
  type Span,
} from '@/src/detect/score';

const span = (start: number, end: number, entity = 'budapest-convention'): Span => ({
  start,
  end,
  entity,
  text: '',
});

describe('codePointOffsets', () => {
  it('maps code points to UTF-16 offsets past astral characters', () => {
    expect(codePointOffsets('a😀b')).toEqual([0, 1, 3, 4]);
  });
});

describe('parseCase', () => {
  it('converts code-point offsets to UTF-16 offsets', () => {
    const line = JSON.stringify({
      id: 'x',
      lang: 'en',
      text: '😀 Budapest Convention',
      mentions: [{ text: 'Budapest Convention', entity: 'budapest-convention', start: 2, end: 21 }],
    });
    const c = parseCase(line);
    expect(c.gold[0]).toMatchObject({ start: 3, end: 22, text: 'Budapest Convention' });
  });

  it('refuses a record without text', () => {
    expect(() => parseCase('{"id":"x"}', 7)).toThrow(/line 7/);
  });
});

describe('parseCorpus', () => {
  it('skips blank lines', () => {
    expect(parseCorpus('{"id":"a","text":"t"}\n\n{"id":"b","text":"u"}\n')).toHaveLength(2);
  });
});

describe('matchSpans', () => {
  it.each([
    ['overlapping spans of the same entity', [span(0, 10)], [span(5, 15)], 'overlap', 1],
    ['touching spans', [span(0, 5)], [span(5, 9)], 'overlap', 0],
    ['another entity', [span(0, 10, 'ad-hoc-committee')], [span(0, 10)], 'overlap', 0],
    ['a shifted span in exact mode', [span(0, 10)], [span(1, 10)], 'exact', 0],
    ['the same span in exact mode', [span(0, 10)], [span(0, 10)], 'exact', 1],
  ] as const)('scores %s', (_, predicted, gold, mode, tp) => {
    expect(matchSpans(predicted, gold, mode).tp).toBe(tp);
  });

  it('uses each label once', () => {
    const r = matchSpans([span(0, 10), span(2, 8)], [span(0, 10)], 'overlap');
    expect(r.tp).toBe(1);
    expect(r.falsePositives).toHaveLength(1);
  });
});

describe('counts', () => {
  it('computes precision, recall and F1', () => {
    expect(counts(8, 2, 0)).toMatchObject({ precision: 0.8, recall: 1 });
    expect(counts(8, 2, 0).f1).toBeCloseTo(0.8889, 4);
  });

  it('scores an empty side as perfect', () => {
    expect(counts(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('scoreCorpus', () => {
  it('adds up per entity and per language and lists errors', () => {
    const cases = [
      {
        id: 'a',
        lang: 'en',
        text: 'x',
        gold: [span(0, 5), span(10, 15, 'un-cybercrime-convention')],
      },
      { id: 'b', lang: 'fr', text: 'y', gold: [] },
    ];
    const report = scoreCorpus(cases, (text) => (text === 'x' ? [span(0, 4)] : [span(1, 2)]));
    expect(report.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.exact).toMatchObject({ tp: 0, fp: 2, fn: 2 });
    expect(report.byLang.en).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.byEntity['un-cybercrime-convention']).toMatchObject({ tp: 0, fn: 1 });
    expect(report.errors.map((e) => [e.id, e.type])).toEqual([
      ['a', 'miss'],
      ['b', 'false-positive'],
    ]);
  });
});
