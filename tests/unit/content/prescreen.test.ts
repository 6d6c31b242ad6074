import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  countHits,
  openShadowRoots,
  startPrescreen,
  textHasCandidate,
} from '@/src/content/prescreen';
import { ANCHOR_SOURCE, HIDDEN } from '@/src/detect/anchors';

const screens = (): RegExp[] => [new RegExp(ANCHOR_SOURCE, 'gi'), new RegExp(HIDDEN.source, 'gi')];

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.insertAdjacentHTML('beforeend', html);
  return doc;
}

function setBody(html: string): void {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
}

afterEach(() => {
  setBody('');
});

describe('countHits', () => {
  it('counts up to the limit and leaves the expression reusable', () => {
    const re = /ab/g;
    expect(countHits(re, 'ab ab ab')).toBe(3);
    expect(countHits(re, 'ab ab ab', 2)).toBe(2);
    expect(re.lastIndex).toBe(0);
  });
});

describe('textHasCandidate', () => {
  it.each([
    ['an English name', '<p>The Budapest Convention of 2001</p>', true],
    ['a name split over inline elements', '<p>UN <em>Cyber</em>crime treaty</p>', true],
    ['hidden anchors (a soft hyphen)', '<p>cy\u00adber</p>', true],
    ['no anchor', '<p>Weather and football results</p>', false],
    ['an anchor only in a script', '<p>News</p><script>var w = 185;</script>', false],
    ['an anchor only in a style', '<p>News</p><style>.x{width:185px}</style>', false],
    ['an anchor in a script and in prose', '<script>var cyber;</script><p>cybercrime</p>', true],
  ])('%s → %s', (_, html, expected) => {
    const doc = page(html);
    expect(textHasCandidate(doc.body, screens())).toBe(expected);
  });
});

describe('openShadowRoots', () => {
  it('finds open shadow roots, nested ones included', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const outer = host.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    outer.append(span);
    const inner = span.attachShadow({ mode: 'open' });
    expect(openShadowRoots(document.body)).toEqual([outer, inner]);
  });
});

describe('startPrescreen', () => {
  it('reports a candidate in the document at once and watches nothing then', () => {
    const onCandidate = vi.fn();
    setBody('<p>The Hanoi Convention</p>');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    startPrescreen({ doc: document, screens: screens(), onCandidate });
    expect(onCandidate).toHaveBeenCalledTimes(1);
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    document.body.append('Budapest Convention');
    expect(disconnect).not.toHaveBeenCalled();
    observe.mockRestore();
    disconnect.mockRestore();
  });

  it('finds a candidate inside an open shadow root', () => {
    const onCandidate = vi.fn();
    setBody('<div></div>');
    const shadowP = document.createElement('p');
    shadowP.textContent = 'Convention on Cybercrime';
    document.body.firstElementChild!.attachShadow({ mode: 'open' }).append(shadowP);
    startPrescreen({ doc: document, screens: screens(), onCandidate });
    expect(onCandidate).toHaveBeenCalledTimes(1);
  });

  it('stays quiet on a page without a candidate, then reports text the page adds, once', async () => {
    const onCandidate = vi.fn();
    setBody('<p>Weather</p>');
    startPrescreen({ doc: document, screens: screens(), onCandidate });
    expect(onCandidate).not.toHaveBeenCalled();
    const style = document.createElement('style');
    style.textContent = '.a{width:185px}';
    document.body.append(style);
    await new Promise((r) => setTimeout(r, 0));
    expect(onCandidate).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'the UN cybercrime convention';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 0));
    expect(onCandidate).toHaveBeenCalledTimes(1);
    document.body.append('Budapest');
    await new Promise((r) => setTimeout(r, 0));
    expect(onCandidate).toHaveBeenCalledTimes(1);
  });

  it('reports changed text (characterData) and stops when asked', async () => {
    const onCandidate = vi.fn();
    setBody('<p>Weather</p>');
    const stop = startPrescreen({ doc: document, screens: screens(), onCandidate });
    const text = document.body.querySelector('p')!.firstChild as Text;
    text.data = 'Budapest Convention';
    await new Promise((r) => setTimeout(r, 0));
    expect(onCandidate).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    setBody('<p>Weather</p>');
    startPrescreen({ doc: document, screens: screens(), onCandidate: later })();
    document.body.append('Budapest Convention');
    await new Promise((r) => setTimeout(r, 0));
    expect(later).not.toHaveBeenCalled();
    expect(typeof stop).toBe('function');
  });
});
