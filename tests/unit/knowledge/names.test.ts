import { describe, expect, it } from 'vitest';
import { findMentions } from '@/src/detect';
import { foldLiteral } from '@/src/detect/fold';
import { findRawMatches } from '@/src/detect/matcher';
import { expandPattern, patternSource } from '@/src/detect/pattern';
import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { NAMES, type InstrumentName } from '@/src/knowledge/names';

const all = INSTRUMENT_IDS.flatMap((id) => NAMES[id].map((name) => [id, name] as const));
const label = (id: InstrumentId, n: InstrumentName): string => `${id}: ${n.text.slice(0, 70)}`;

// Context that settles an ambiguous name in favour of its own instrument.
const CONTEXT: Readonly<Record<InstrumentId, string>> = {
  'un-cybercrime-convention':
    'The United Nations General Assembly adopted it by resolution 79/243, and it opened for signature in Hanoi.',
  'budapest-convention':
    'The Council of Europe opened this cybercrime treaty for signature in 2001.',
  'ad-hoc-committee':
    'It was set up by resolution 74/247 to negotiate a treaty on cybercrime and the criminal use of ICT.',
};

describe('names data', () => {
  it.each(INSTRUMENT_IDS)('lists names for %s', (id) => {
    expect(NAMES[id].length).toBeGreaterThan(0);
  });

  it.each(INSTRUMENT_IDS)('has no duplicate names for %s', (id) => {
    const texts = NAMES[id].map((n) => foldLiteral(n.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(all.map(([id, n]) => [label(id, n), id, n] as const))(
    'declares the ambiguity of %s consistently',
    (_, id, name) => {
      if (name.ambiguity === 'none') {
        expect(name.alsoMay ?? []).toEqual([]);
        expect(name.mayBeOther ?? false).toBe(false);
      } else {
        expect(name.default === null || name.default !== undefined).toBe(true);
        expect(name.alsoMay ?? []).not.toContain(id);
        expect((name.alsoMay ?? []).length > 0 || name.mayBeOther === true).toBe(true);
      }
    },
  );

  it.each(all.map(([id, n]) => [label(id, n), n] as const))('compiles %s', (_, name) => {
    expect(() => new RegExp(patternSource(name.pattern ?? name.text), 'u')).not.toThrow();
  });

  it.each(all.map(([id, n]) => [label(id, n), id, n] as const))(
    'finds %s in a sentence of its own',
    (_, id, name) => {
      const before = 'Reported today: ';
      const text = `${before}${name.text} is in the news again. ${CONTEXT[id]}`;
      const found = findMentions(text);
      expect(found[0]).toMatchObject({
        start: before.length,
        end: before.length + name.text.length,
        instrument: id,
      });
    },
  );

  it.each(all.map(([id, n]) => [label(id, n), n] as const))(
    'matches every spelling of %s',
    (_, name) => {
      for (const spelling of expandPattern(name.pattern ?? name.text, 200)) {
        const written = spelling.toUpperCase();
        const text = `Seen: ${written} (page 3).`;
        const raw = findRawMatches(text);
        expect(raw.map((r) => text.slice(r.start, r.end))).toContain(written);
      }
    },
  );
});
