import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS } from '@/src/knowledge/ids';
import {
  ACTIVE_PALETTE,
  backgroundAt,
  composite,
  contrast,
  PALETTE,
  parseColor,
  toneFor,
  ToneReader,
  worstContrast,
  type Rgba,
} from '@/src/page/palette';

const rgb = (hex: string): Rgba => parseColor(hex)!;

describe('parseColor', () => {
  it.each([
    ['rgb(18, 18, 18)', { r: 18, g: 18, b: 18, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgb(255 128 0 / 50%)', { r: 255, g: 128, b: 0, a: 0.5 }],
    ['#1d4ed8', { r: 29, g: 78, b: 216, a: 1 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
  ])('reads %s', (text, expected) => {
    expect(parseColor(text)).toEqual(expected);
  });

  it('gives null for colour spaces it does not convert', () => {
    expect(parseColor('oklch(0.5 0.1 200)')).toBeNull();
  });
});

describe('the palette', () => {
  const LIGHT_PAGES = ['#ffffff', '#f6f8fa', '#fdf6e3', '#eeeeee', '#e8f0fe'];
  const DARK_PAGES = ['#000000', '#121212', '#161b22', '#1e1e2e', '#202124', '#2d2d2d', '#002b36'];

  it.each([...LIGHT_PAGES, ...DARK_PAGES])(
    'picks line colours with at least 3:1 contrast on %s',
    (bg) => {
      const tone = toneFor(rgb(bg));
      expect(worstContrast(tone, rgb(bg))).toBeGreaterThanOrEqual(3);
    },
  );

  it('uses the light palette on light pages and the dark one on dark pages', () => {
    for (const bg of LIGHT_PAGES) expect(toneFor(rgb(bg))).toBe('light');
    for (const bg of DARK_PAGES) expect(toneFor(rgb(bg))).toBe('dark');
  });

  it('keeps the underline of the old palette on #121212 below 3:1 (why a dark palette exists)', () => {
    expect(
      contrast(rgb(PALETTE.light['un-cybercrime-convention'].line), rgb('#121212')),
    ).toBeLessThan(3);
  });

  it('keeps the active mention legible on dark pages: opaque yellow behind dark text', () => {
    const fill = rgb(ACTIVE_PALETTE.dark.background);
    expect(fill.a).toBe(1);
    expect(contrast(rgb(ACTIVE_PALETTE.dark.color!), fill)).toBeGreaterThanOrEqual(7);
    // Not olive: the fill stays bright whatever the page's background.
    expect(composite(fill, rgb('#121212'))).toEqual(fill);
  });

  it('has both tones for every instrument', () => {
    for (const id of INSTRUMENT_IDS) {
      expect(PALETTE.light[id].line).toMatch(/^#/);
      expect(PALETTE.dark[id].line).toMatch(/^#/);
    }
  });
});

describe('backgroundAt', () => {
  function page(html: string): Element {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    document.body.replaceChildren();
    document.body.insertAdjacentHTML('beforeend', html);
    return document.getElementById('t')!;
  }

  it('walks up to the first opaque background', () => {
    const el = page(
      '<div style="background-color: rgb(18, 18, 18)"><p><span id="t">x</span></p></div>',
    );
    expect(backgroundAt(el, window)).toEqual({ r: 18, g: 18, b: 18, a: 1 });
  });

  it('blends translucent backgrounds over the opaque one below', () => {
    const el = page(
      '<div style="background-color: rgb(0, 0, 0)"><p id="t" style="background-color: rgba(255, 255, 255, 0.5)">x</p></div>',
    );
    const bg = backgroundAt(el, window);
    expect(bg.r).toBeCloseTo(127.5);
  });

  it('falls back to the white canvas when nothing is painted', () => {
    const el = page('<p id="t">x</p>');
    expect(backgroundAt(el, window)).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });

  it('reads the tone of a background image from the text colour', () => {
    const el = page(
      '<div style="background-image: url(x.png)"><p id="t" style="color: rgb(240, 240, 240)">x</p></div>',
    );
    expect(toneFor(backgroundAt(el, window))).toBe('dark');
  });

  it('crosses shadow roots to the host', () => {
    const host = page('<div id="t" style="background-color: rgb(0, 0, 0)"></div>');
    const root = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    root.append(p);
    expect(toneFor(backgroundAt(p, window))).toBe('dark');
  });

  it('gives one tone per element to a ToneReader, mention by mention', () => {
    const el = page(
      '<div style="background-color: rgb(0, 0, 0)"><p id="t">dark</p></div><p id="light">light</p>',
    );
    const reader = new ToneReader(window);
    const range = (node: Element) => {
      const r = document.createRange();
      r.selectNodeContents(node.firstChild!);
      return r;
    };
    expect(reader.toneOf(range(el))).toBe('dark');
    expect(reader.toneOf(range(document.getElementById('light')!))).toBe('light');
  });
});

describe('ToneReader', () => {
  it('reads each ancestor’s style once, however many mentions sit below it', () => {
    document.body.replaceChildren();
    const outer = document.createElement('div');
    outer.style.backgroundColor = 'rgb(0, 0, 0)';
    document.body.append(outer);
    const ranges = Array.from({ length: 50 }, () => {
      const p = document.createElement('p');
      p.textContent = 'Budapest Convention';
      outer.append(p);
      const r = document.createRange();
      r.selectNodeContents(p.firstChild!);
      return r;
    });
    let calls = 0;
    const counting = new Proxy(window, {
      get(target, key) {
        if (key === 'getComputedStyle') {
          return (el: Element) => {
            calls++;
            return window.getComputedStyle(el);
          };
        }
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    }) as Window;
    const reader = new ToneReader(counting);
    expect(ranges.map((r) => reader.toneOf(r))).toEqual(ranges.map(() => 'dark'));
    // 50 paragraphs and their one shared ancestor, not 50 × 2.
    expect(calls).toBe(51);
  });
});
