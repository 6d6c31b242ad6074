import { describe, expect, it } from 'vitest';
import { anchorSearch } from '@/src/detect/anchors';
import { fold } from '@/src/detect/fold';
import { anchorLeads, expandPattern, patternLength, patternSource } from '@/src/detect/pattern';

const matches = (pattern: string, text: string): boolean =>
  new RegExp(`^(?:${patternSource(pattern)})$`, 'u').test(fold(text).text);

describe('patternSource', () => {
  it.each([
    ['budapest convention', 'Budapest Convention'],
    ['budapest convention', 'Budapest\u00a0\n Convention'],
    ['budapest convention', 'BudapestConvention'],
    ['budapest-convention', 'Budapest – Convention'],
    ['ханойск{ая|ой|ую} конвенци{я|и|ю}', 'Ханойской конвенции'],
    ["consiglio d'europa", 'Consiglio d’Europa'],
    ['"부다페스트" 조약', '‘부다페스트’ 조약'],
    ['convención %de la onu', 'Convención Histórica de la ONU'],
    ['convención %de la onu', 'Convención de la ONU'],
    ['treaty {no. |}185', 'Treaty 185'],
  ])('lets %j match %j', (pattern, text) => {
    expect(matches(pattern, text)).toBe(true);
  });

  it.each([
    ['convention against cybercrime', 'Convention on Cybercrime'],
    ['ханойск{ая|ой} конвенция', 'Ханойскую конвенция'],
    ['{a|b}c', 'abc'],
  ])('keeps %j from matching %j', (pattern, text) => {
    expect(matches(pattern, text)).toBe(false);
  });

  it.each(['{a|b', 'a}b', 'a|b'])('refuses the malformed pattern %j', (pattern) => {
    expect(() => patternSource(pattern)).toThrow();
  });
});

describe('expandPattern', () => {
  it('spells out every alternative', () => {
    expect(expandPattern('konwencj{a|i} {z hanoi|hanojska}')).toEqual([
      'konwencja z hanoi',
      'konwencja hanojska',
      'konwencji z hanoi',
      'konwencji hanojska',
    ]);
  });

  it('stops at the limit', () => {
    expect(expandPattern('{a|b|c}{d|e|f}', 4)).toHaveLength(4);
  });
});

describe('patternLength', () => {
  it('counts the longest spelling', () => {
    expect(patternLength('un {cybercrime |}treaty')).toBe('un cybercrime treaty'.length);
  });
});

describe('anchorLeads', () => {
  it('finds how far into a name its anchor can be', () => {
    const leads = anchorLeads('{united nations|un} convention against cybercrime', anchorSearch());
    expect([...(leads?.values() ?? [])]).toEqual(['united nations convention against '.length]);
  });

  it('accepts different anchors in different branches', () => {
    expect(anchorLeads('convention {de budapest|de hanoi}', anchorSearch())?.size).toBe(2);
  });

  it('gives up when an anchor is not certain', () => {
    expect(anchorLeads('convention {de budapest|sur le climat}', anchorSearch())).toBeNull();
  });
});
