import { describe, expect, it } from 'vitest';
import { cardSlice } from '@/src/knowledge/card/slice';
import { sourceIdsOf } from '@/src/knowledge/index';
import { bundledFacts } from '@/src/knowledge/update/store';

describe('cardSlice', () => {
  const facts = bundledFacts();

  it('holds the one instrument, its participant list and the sources they cite', () => {
    const slice = cardSlice(facts, 'budapest-convention', 'fr');
    expect(Object.keys(slice.records)).toEqual(['budapest-convention']);
    expect(Object.keys(slice.participants)).toEqual(['budapest-convention']);
    const ids = new Set(slice.sources.map((s) => s.id));
    for (const id of sourceIdsOf(facts.instruments['budapest-convention']))
      expect(ids).toContain(id);
    expect(ids).toContain(facts.participants['budapest-convention']!.source);
    // Far fewer than all: the UN convention's own sources are not sent with the Budapest card.
    expect(slice.sources.length).toBeLessThan(facts.sources.length);
    const sent = JSON.stringify([slice.records, slice.participants]);
    const unOnly = sourceIdsOf(facts.instruments['un-cybercrime-convention']).filter(
      (id) => !sent.includes(`"${id}"`),
    );
    expect(unOnly.length).toBeGreaterThan(0);
    for (const id of unOnly) expect(ids).not.toContain(id);
  });

  it('adds the record a committee’s status follows (its outcome), and no participant list', () => {
    const slice = cardSlice(facts, 'ad-hoc-committee', 'en');
    expect(Object.keys(slice.records).sort()).toEqual([
      'ad-hoc-committee',
      'un-cybercrime-convention',
    ]);
    expect(slice.participants).toEqual({});
  });

  it('carries translations into the one language asked for, and none for English', () => {
    const fr = cardSlice(facts, 'un-cybercrime-convention', 'fr');
    expect(fr.lang).toBe('fr');
    expect(fr.translations.length).toBeGreaterThan(10);
    expect(new Set(fr.translations.map((t) => t.lang))).toEqual(new Set(['fr']));
    expect(fr.translations.map((t) => t.text)).toContain(
      'Convention des Nations Unies contre la cybercriminalité',
    );
    expect(cardSlice(facts, 'un-cybercrime-convention', 'en').translations).toEqual([]);
  });

  it('is cut from the facts it is given (a verified update), not from the bundle', () => {
    const record = facts.instruments['budapest-convention'];
    const updated = {
      ...facts,
      instruments: {
        ...facts.instruments,
        'budapest-convention': { ...record, card: { ...record.card, gist: { en: 'Updated.' } } },
      },
    };
    const slice = cardSlice(updated, 'budapest-convention', 'de');
    expect(slice.records['budapest-convention']!.card.gist.en).toBe('Updated.');
  });

  it('is plain data that survives the message channel unchanged', () => {
    const slice = cardSlice(facts, 'un-cybercrime-convention', 'ar');
    expect(structuredClone(slice)).toEqual(slice);
    // A few tens of kilobytes, once per card opened.
    expect(JSON.stringify(slice).length).toBeLessThan(200_000);
  });
});
