import { describe, expect, it } from 'vitest';
import { createScreens, factoredSource } from '@/src/content/screen';
import { ANCHOR_SOURCE, FRAGMENTS } from '@/src/detect/anchors';
import { NAMES } from '@/src/knowledge/names';

const firstHit = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  return re.exec(text)?.index ?? -1;
};

describe('factoredSource', () => {
  it('factors shared first characters out of the alternatives', () => {
    expect(factoredSource(['cyber', 'ciber', 'coc', 'uncc'])).toBe('c(?:yber|iber|oc)|uncc');
    expect(factoredSource(['budapes', 'budimpe', 'bdapest'])).toBe('b(?:u(?:dapes|dimpe)|dapest)');
    expect(factoredSource(['h[àa]\\s*n', 'x*y'])).toBe('h[àa]\\s*n|x*y');
  });

  const flat = new RegExp(ANCHOR_SOURCE, 'gi');
  const [factored] = createScreens();
  const names = Object.values(NAMES).flatMap((list) => list.map((n) => n.text));
  it.each([
    ...names.map((n) => `Some prose before ${n} and after.`),
    ...names.map((n) => n.toUpperCase()),
    'A page about the weather, football and the price of bread.',
    'coconut 1850 ahcx Hanover budapestbudapeş ad-hoc ad\u2011hoc',
  ])('finds the same first hit as the plain alternation in %j', (text) => {
    expect(firstHit(factored, text)).toBe(firstHit(flat, text));
  });

  it('keeps every fragment', () => {
    for (const fragment of FRAGMENTS) {
      const sample = fragment.replace(/\[([^\]\\])[^\]]*\]\*?/g, '$1').replace(/\\s\*/g, ' ');
      expect(firstHit(factored, `x ${sample}`), fragment).toBe(firstHit(flat, `x ${sample}`));
    }
  });
});
