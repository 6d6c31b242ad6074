import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_STYLES } from '@/src/settings/schema';
import { ACTIVE_HIGHLIGHT, highlightName } from '@/src/page/highlights';
import { highlightCss } from '@/src/page/palette';
import { comparePoints } from '@/src/page/order';

describe('highlightCss', () => {
  it('is, for the default style, exactly the manifest stylesheet of the content script', () => {
    const manifestCss = readFileSync(`${process.cwd()}/entrypoints/content/style.css`, 'utf8');
    expect(manifestCss.slice(manifestCss.indexOf('::highlight(treaty'))).toBe(
      highlightCss('underline'),
    );
  });

  it.each(HIGHLIGHT_STYLES)('has a rule for every highlight name in the %s style', (style) => {
    const css = highlightCss(style);
    for (const name of [
      highlightName('budapest-convention'),
      `${highlightName('budapest-convention')}-dark`,
      ACTIVE_HIGHLIGHT,
      `${ACTIVE_HIGHLIGHT}-dark`,
    ]) {
      expect(css).toContain(`::highlight(${name})`);
    }
  });
});

describe('comparePoints', () => {
  it('orders points in one tree and through a shadow host', () => {
    document.body.replaceChildren();
    const a = document.createTextNode('first');
    const host = document.createElement('div');
    const b = document.createTextNode('last');
    document.body.append(a, host, b);
    const inner = document.createTextNode('inside');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(comparePoints({ node: a, offset: 1 }, { node: a, offset: 3 })).toBeLessThan(0);
    expect(comparePoints({ node: b, offset: 0 }, { node: a, offset: 3 })).toBeGreaterThan(0);
    expect(comparePoints({ node: a, offset: 0 }, { node: inner, offset: 0 })).toBeLessThan(0);
    expect(comparePoints({ node: inner, offset: 2 }, { node: b, offset: 0 })).toBeLessThan(0);
  });
});
