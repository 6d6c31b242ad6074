import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_STYLES } from '@/src/settings/schema';
import {
  ACTIVE_HIGHLIGHT,
  cssHighlightRegistry,
  HEAL_INTERVAL_MS,
  highlightName,
} from '@/src/page/highlights';
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

/** A Highlight that, like Firefox's Xray wrapper seen from a content script, cannot be iterated. */
class FakeHighlight {
  priority = 0;
  private readonly set = new Set<AbstractRange>();
  constructor(...ranges: AbstractRange[]) {
    for (const r of ranges) this.set.add(r);
  }
  get size() {
    return this.set.size;
  }
  add(r: AbstractRange) {
    this.set.add(r);
    return this;
  }
  delete(r: AbstractRange) {
    return this.set.delete(r);
  }
  has(r: AbstractRange) {
    return this.set.has(r);
  }
  clear() {
    this.set.clear();
  }
  [Symbol.iterator](): never {
    throw new Error('content scripts cannot iterate a Highlight in Firefox');
  }
  /** What the page (which can iterate) would see. */
  pageView(): AbstractRange[] {
    return [...this.set];
  }
}

function fakeWindow() {
  const highlights = new Map<string, FakeHighlight>();
  const win = {
    CSS: { highlights },
    Highlight: FakeHighlight,
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: number) => clearInterval(id),
  } as unknown as Window;
  return { win, highlights };
}

const range = () => document.createRange();

describe('cssHighlightRegistry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('registers a highlight only while it holds a range (an empty page shows nothing)', () => {
    const { win, highlights } = fakeWindow();
    const registry = cssHighlightRegistry(win)!;
    const handle = registry.create('treaty-lens-budapest-convention');
    registry.create(ACTIVE_HIGHLIGHT, 1);
    expect(highlights.size).toBe(0);
    const r = range();
    handle.add(r);
    expect([...highlights.keys()]).toEqual(['treaty-lens-budapest-convention']);
    handle.delete(r);
    expect(highlights.size).toBe(0);
  });

  it('comes back after the page clears CSS.highlights or replaces our entry', () => {
    const { win, highlights } = fakeWindow();
    const registry = cssHighlightRegistry(win)!;
    const r = range();
    registry.create('treaty-lens-budapest-convention').add(r);
    const ours = highlights.get('treaty-lens-budapest-convention')!;
    highlights.clear();
    vi.advanceTimersByTime(HEAL_INTERVAL_MS);
    expect(highlights.get('treaty-lens-budapest-convention')).toBe(ours);
    highlights.set('treaty-lens-budapest-convention', new FakeHighlight(range()));
    vi.advanceTimersByTime(HEAL_INTERVAL_MS);
    expect(highlights.get('treaty-lens-budapest-convention')).toBe(ours);
    expect(ours.pageView()).toEqual([r]);
  });

  it('removes ranges a page added to ours, puts back ours it deleted, resets the priority', () => {
    const { win, highlights } = fakeWindow();
    const registry = cssHighlightRegistry(win)!;
    const [a, b] = [range(), range()];
    const handle = registry.create(ACTIVE_HIGHLIGHT, 1);
    handle.add(a);
    handle.add(b);
    const ours = highlights.get(ACTIVE_HIGHLIGHT)!;
    const pageRange = range();
    ours.add(pageRange);
    ours.delete(a);
    ours.priority = -5;
    registry.heal!();
    expect(new Set(ours.pageView())).toEqual(new Set([a, b]));
    expect(ours.priority).toBe(1);
  });

  it('unregisters a page’s highlight under one of our names while ours are shown', () => {
    const { win, highlights } = fakeWindow();
    const registry = cssHighlightRegistry(win)!;
    registry.create('treaty-lens-budapest-convention').add(range());
    registry.create('treaty-lens-ad-hoc-committee');
    highlights.set('treaty-lens-ad-hoc-committee', new FakeHighlight(range()));
    highlights.set('page-own', new FakeHighlight(range()));
    vi.advanceTimersByTime(HEAL_INTERVAL_MS);
    expect([...highlights.keys()].sort()).toEqual(['page-own', 'treaty-lens-budapest-convention']);
  });

  it('stops checking once nothing is shown, and never touches the registry then', () => {
    const { win, highlights } = fakeWindow();
    const registry = cssHighlightRegistry(win)!;
    const r = range();
    const handle = registry.create('treaty-lens-budapest-convention');
    handle.add(r);
    registry.remove('treaty-lens-budapest-convention');
    expect(vi.getTimerCount()).toBe(0);
    // A page using our name while we show nothing learns nothing from us.
    const theirs = new FakeHighlight(range());
    highlights.set('treaty-lens-budapest-convention', theirs);
    vi.advanceTimersByTime(HEAL_INTERVAL_MS * 4);
    expect(highlights.get('treaty-lens-budapest-convention')).toBe(theirs);
    handle.add(range()); // A stale handle of a removed name does nothing.
    expect(highlights.get('treaty-lens-budapest-convention')).toBe(theirs);
  });
});
