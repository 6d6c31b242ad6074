import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATCHER_TABLES } from '@/src/detect/matcher-tables.generated';
import { expandPattern, patternFirstChars } from '@/src/detect/pattern';
import { buildMatcherTables } from '@/src/detect/tables';
import { INSTRUMENT_IDS } from '@/src/knowledge/ids';
import { NAMES } from '@/src/knowledge/names';

describe('matcher tables', () => {
  it('are current with the names data (else run `npm run gen:matcher`)', () => {
    expect(MATCHER_TABLES).toEqual(buildMatcherTables());
  });
});

describe('patternFirstChars', () => {
  it.each([
    ['budapest convention', 'b'],
    ['{ханойск|ханой}{ая|ой} конвенция', 'х'],
    ['{|the }budapest convention', 'bt'],
    ['"부다페스트" 조약', `"'〈〉《》「」『』부`],
    ['%convention', null],
  ])('gives the first characters of %j', (pattern, first) => {
    expect(patternFirstChars(pattern)).toBe(first);
  });

  it("holds the first character of every name's spellings", () => {
    for (const id of INSTRUMENT_IDS) {
      for (const name of NAMES[id]) {
        const pattern = name.pattern ?? name.text;
        const first = patternFirstChars(pattern);
        for (const spelling of expandPattern(pattern, 200)) {
          expect(first === null || first.includes(spelling[0] ?? ''), `${spelling}`).toBe(true);
        }
      }
    }
  });
});

describe('run-time imports', () => {
  // The page needs the generated tables only: the names data would ship the patterns twice, and
  // the always-injected pre-screen imports anchors.ts alone, so that must stay free of both.
  const read = (file: string): string =>
    readFileSync(`${process.cwd()}/src/detect/${file}`, 'utf8');
  const valueImports = (source: string): string[] =>
    [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gmu)].map((m) => m[1] as string);

  it.each(['matcher.ts', 'find-mentions.ts', 'cues.ts', 'fold.ts', 'pattern.ts', 'index.ts'])(
    '%s does not import the names data',
    (file) => {
      expect(valueImports(read(file)).filter((m) => m.includes('knowledge/names'))).toEqual([]);
    },
  );

  it('anchors.ts imports nothing', () => {
    expect(valueImports(read('anchors.ts'))).toEqual([]);
  });
});
