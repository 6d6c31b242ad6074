import { describe, expect, it } from 'vitest';
import { dedupe, Locator, ShadowRootSearch, type LocateResult } from '@/src/page/locate';
import { markOwnUi } from '@/src/page/skip';

/** Fills a shadow root from markup (parsed in a detached body, then moved). */
function fill(root: ShadowRoot, html: string): void {
  const scratch = document.implementation.createHTMLDocument('');
  scratch.body.insertAdjacentHTML('beforeend', html);
  root.append(...[...scratch.body.childNodes].map((n) => document.importNode(n, true)));
}

const SCREENS = [/budapest|cyber/gi, /\u00ad/g];

function page(html: string): HTMLElement {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
  return document.documentElement;
}

function locate(
  root: Element | DocumentFragment = document.documentElement,
  limits = { minChars: 0, maxHits: 100 },
  deadline: () => boolean = () => false,
): LocateResult | string {
  const locator = new Locator(root, SCREENS, limits);
  let steps = 0;
  while (!locator.step(deadline)) steps++;
  expect(steps).toBeLessThan(10_000);
  return locator.outcome!;
}

/** The located blocks, as their tag and text. */
function blocks(outcome: LocateResult | string): string[] {
  if (typeof outcome === 'string') return [outcome];
  return outcome.blocks.map((b) => `${(b as Element).localName}: ${b.textContent}`);
}

describe('Locator', () => {
  it('maps hits in nested elements to their blocks, measuring past comments', () => {
    page(
      '<div><p>one <b>two</b></p><!-- Budapest in a comment --><section><p>x <i>y <em>the Budapest</em></i> z</p><p>none</p></section></div><p>after cyber</p>',
    );
    expect(blocks(locate())).toEqual(['p: x y the Budapest z', 'p: after cyber']);
  });

  it('drops hits inside script, style, textarea, contenteditable and our own UI host', () => {
    page(
      '<script>var budapest = 1</script><style>.cyber{}</style><textarea>Budapest</textarea>' +
        '<div contenteditable="true"><p>Budapest</p></div><div contenteditable="false"><p>Budapest ok</p></div>' +
        '<x-ui><p>cyber</p></x-ui><p>Cyber here</p>',
    );
    markOwnUi(document.querySelector('x-ui')!);
    expect(blocks(locate())).toEqual(['p: Budapest ok', 'p: Cyber here']);
  });

  it('finds a block whose hit is split over inline nodes only as far as the screen sees it', () => {
    // textContent joins "Buda" and "pest": the screen hits, the block is walked whole.
    page('<p>the <b>Buda</b>pest Convention</p><p>plain</p>');
    expect(blocks(locate())).toEqual(['p: the Budapest Convention']);
  });

  it('takes a hit that textContent joins across two blocks as a harmless candidate', () => {
    page('<p>Buda</p><p>pest</p>');
    expect(blocks(locate())).toEqual(['p: Buda']);
  });

  it('keeps each block once, an outer block instead of blocks inside it, in document order', () => {
    page('<div><p>cyber one</p> own cyber text <p>cyber two</p></div><p>cyber three</p>');
    expect(blocks(locate())).toEqual(['div: cyber one own cyber text cyber two', 'p: cyber three']);
  });

  it('places hits around <br> and in the last child without measuring it', () => {
    page('<p>first<br>Budapest<br>last</p><div>a<span>b</span>tail cyber</div>');
    expect(blocks(locate())).toEqual(['p: firstBudapestlast', 'div: abtail cyber']);
  });

  it('runs the hidden-character screen too, and merges the hits in order', () => {
    page('<p>soft\u00adhyphen</p><p>Budapest</p><p>more\u00adsoft</p>');
    expect(blocks(locate())).toEqual(['p: soft\u00adhyphen', 'p: Budapest', 'p: more\u00adsoft']);
  });

  it('does not see into shadow roots (they are searched apart)', () => {
    page('<p>light</p><x-card></x-card>');
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    fill(shadow, '<p>Budapest inside</p>');
    expect(blocks(locate())).toEqual([]);
    expect(blocks(locate(shadow))).toEqual(['p: Budapest inside']);
  });

  it('gives up on a small text and on too many hits', () => {
    page('<p>Budapest</p>'.repeat(20));
    expect(locate(undefined, { minChars: 1_000_000, maxHits: 100 })).toBe('small');
    expect(locate(undefined, { minChars: 0, maxHits: 19 })).toBe('too-many-hits');
    expect(blocks(locate(undefined, { minChars: 0, maxHits: 20 }))).toHaveLength(20);
  });

  it('finds the same blocks when every check of the clock ends the slice', () => {
    const rows = Array.from({ length: 80 }, (_, i) =>
      i % 9 === 0 ? `<div><b>row ${i}</b> the Budapest text</div>` : `<div><i>row</i> ${i}</div>`,
    );
    page(`<main>${rows.join('\n')}</main>`);
    const whole = blocks(locate());
    expect(whole).toHaveLength(9);
    expect(blocks(locate(undefined, undefined, () => true))).toEqual(whole);
  });
});

describe('dedupe', () => {
  it('drops repeats and blocks inside a taken one', () => {
    page('<div id="a"><p id="b">x</p><p id="c">y</p></div><p id="d">z</p>');
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    expect(dedupe([b!, a!, c!, d!, d!])).toEqual([a, d]);
  });
});

describe('ShadowRootSearch', () => {
  it('walks a tree again when the page removed the element it stopped at', () => {
    page(`<div id="first"></div>${'<p></p>'.repeat(300)}<x-a></x-a><span id="s"></span>`);
    const first = document.getElementById('first')!.attachShadow({ mode: 'open' });
    const a = document.querySelector('x-a')!.attachShadow({ mode: 'open' });
    const s = document.getElementById('s')!.attachShadow({ mode: 'open' });
    const search = new ShadowRootSearch(document.body);
    let checks = 0;
    const deadline = (): boolean => {
      // The clock is checked after the 256th element: remove it, the walk stands on it.
      if (checks++ === 0) document.body.children[255]!.remove();
      return true;
    };
    while (!search.step(deadline));
    expect(checks).toBeGreaterThan(1);
    expect(search.found).toEqual([first, a, s]);
  });

  it('finds open shadow roots (nested ones too) on custom elements and host tags only', () => {
    page('<x-a></x-a><div id="d"></div><p><span id="s"></span></p>');
    const a = document.querySelector('x-a')!.attachShadow({ mode: 'open' });
    fill(a, '<y-b></y-b>');
    const b = a.querySelector('y-b')!.attachShadow({ mode: 'open' });
    const d = document.getElementById('d')!.attachShadow({ mode: 'open' });
    document.getElementById('s')!.attachShadow({ mode: 'closed' });
    const search = new ShadowRootSearch(document.body);
    while (!search.step(() => true));
    expect(new Set(search.found)).toEqual(new Set([a, b, d]));
  });
});
