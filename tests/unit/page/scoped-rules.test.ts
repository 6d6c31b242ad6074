import { afterEach, describe, expect, it } from 'vitest';
import { highlightRules } from '@/src/page/palette';
import {
  elementAround,
  ScopedRules,
  scopedCss,
  structuralSelector,
  type ScopedRulesOptions,
  type ScopedTimers,
} from '@/src/page/scoped-rules';

function body(html: string): void {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
}

/** Timers run by hand: `run()` fires what is due at the current time. */
class ManualTimers implements ScopedTimers {
  time = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): number {
    const id = this.next++;
    this.due.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(id: number): void {
    this.due.delete(id);
  }
  now(): number {
    return this.time;
  }
  /** The next frame: a timer due at once (run by the next `run()`). */
  frame(fn: () => void): void {
    this.setTimeout(fn, 0);
  }
  get pending(): number {
    return this.due.size;
  }
  /** Advances the clock by `ms` and runs every timer due by then (and those they set), in order. */
  run(ms = 0): void {
    this.time += ms;
    for (let due = this.next0(); due; due = this.next0()) {
      this.due.delete(due[0]);
      due[1].fn();
    }
  }
  private next0(): [number, { at: number; fn: () => void }] | undefined {
    return [...this.due].filter(([, t]) => t.at <= this.time).sort((a, b) => a[1].at - b[1].at)[0];
  }
}

const OPTIONS: ScopedRulesOptions = {
  minElements: 0,
  maxElements: 4,
  maxUpdates: 5,
  minIntervalMs: 250,
};

const ours = (): CSSStyleSheet[] => [...document.adoptedStyleSheets];

let rules: ScopedRules | null = null;
afterEach(() => {
  rules?.detach();
  rules = null;
  document.adoptedStyleSheets = [];
});

function make(options: Partial<ScopedRulesOptions> = {}) {
  const timers = new ManualTimers();
  const gaveUp: number[] = [];
  rules = new ScopedRules(document, 'underline', { ...OPTIONS, ...options }, timers, () =>
    gaveUp.push(timers.time),
  );
  return { rules, timers, gaveUp };
}

describe('structuralSelector', () => {
  it('names the element by tag and position, and matches it', () => {
    body(`<main>${'<p>x</p>'.repeat(9)}<div><p>a</p><p id="t">b <em>c</em></p></div></main>`);
    const target = document.getElementById('t')!;
    const selector = structuralSelector(target);
    expect(selector).toBe('main:nth-child(1) > div:nth-last-child(1) > p:nth-last-child(1)');
    expect([...document.querySelectorAll(selector)]).toEqual([target]);
  });

  it('counts from the nearer end of a long list of siblings', () => {
    body(`<ol>${'<li>x</li>'.repeat(30)}</ol>`);
    const items = document.querySelectorAll('li');
    expect(structuralSelector(items[2]!, 1)).toBe('li:nth-child(3)');
    expect(structuralSelector(items[27]!, 1)).toBe('li:nth-last-child(3)');
    for (const i of [0, 2, 14, 15, 27, 29]) {
      expect(document.querySelector(`ol > ${structuralSelector(items[i]!, 1)}`)).toBe(items[i]);
    }
  });

  it('stops at the root element', () => {
    expect(structuralSelector(document.documentElement)).toBe(':root');
    expect(structuralSelector(document.body)).toMatch(/^:root > body:nth-(last-)?child\(\d+\)$/);
  });

  it('escapes a tag name that is no plain identifier', () => {
    const el = document.createElementNS('http://example.org/ns', 'a.b');
    document.body.replaceChildren(el);
    expect(structuralSelector(el, 1)).toBe('a\\2e b:nth-child(1)');
  });
});

describe('scopedCss', () => {
  it('writes one rule per name in use, on its selectors, with the style’s declarations', () => {
    const css = scopedCss(
      new Map([
        [
          'treaty-lens-budapest-convention',
          ['div:nth-child(9)', 'p:nth-child(2)', 'div:nth-child(9)'],
        ],
        ['treaty-lens-active', ['p:nth-child(2)']],
      ]),
      'background',
    );
    const body = (name: string): string =>
      highlightRules('background').find((r) => r.name === name)!.body;
    expect(css).toBe(
      'div:nth-child(9)::highlight(treaty-lens-budapest-convention),\n' +
        'p:nth-child(2)::highlight(treaty-lens-budapest-convention) {\n  ' +
        `${body('treaty-lens-budapest-convention')}\n}\n` +
        `p:nth-child(2)::highlight(treaty-lens-active) {\n  ${body('treaty-lens-active')}\n}\n`,
    );
    expect(scopedCss(new Map(), 'underline')).toBe('');
  });
});

describe('elementAround', () => {
  it('is the element around both ends of a range', () => {
    body('<p>the UN <em>Convention against</em> Cybercrime</p>');
    const p = document.querySelector('p')!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 4);
    range.setEnd(p.lastChild!, 10);
    expect(elementAround(range)).toBe(p);
    range.selectNodeContents(p.querySelector('em')!.firstChild!);
    expect(elementAround(range)).toBe(p.querySelector('em'));
  });
});

describe('ScopedRules', () => {
  it('writes the rules of the elements holding painted mentions into one adopted sheet, once per slice', () => {
    body('<div><p>a</p><p>b</p></div>');
    const [a, b] = [...document.querySelectorAll('p')];
    const { rules, timers } = make();
    rules.add('treaty-lens-budapest-convention', a!);
    rules.add('treaty-lens-budapest-convention', b!);
    expect(ours()).toEqual([]); // nothing before the slice ends
    timers.run();
    expect(ours()).toHaveLength(1);
    expect(rules.text).toContain(
      'div:nth-child(1) > p:nth-child(1)::highlight(treaty-lens-budapest-convention)',
    );
    expect(rules.text).toContain('p:nth-last-child(1)::highlight(treaty-lens-budapest-convention)');
    expect(ours()[0]!.cssRules).toHaveLength(1);
  });

  it('counts: an element stays while any of its mentions is painted', () => {
    body('<p>a</p>');
    const p = document.querySelector('p')!;
    const { rules, timers } = make();
    rules.add('treaty-lens-ad-hoc-committee', p);
    rules.add('treaty-lens-ad-hoc-committee', p);
    timers.run();
    rules.delete('treaty-lens-ad-hoc-committee', p);
    timers.run(1000);
    expect(rules.text).toContain('::highlight(treaty-lens-ad-hoc-committee)');
    rules.delete('treaty-lens-ad-hoc-committee', p);
    timers.run(1000);
    expect(rules.text).toBe('');
    // Deleting what was never added changes nothing.
    rules.delete('treaty-lens-ad-hoc-committee', p);
    expect(timers.pending).toBe(0);
  });

  it('writes again after the page moved the element, at most every minIntervalMs', () => {
    body('<main><p>x</p><p id="m">mention</p></main>');
    const m = document.getElementById('m')!;
    const { rules, timers } = make();
    rules.add('treaty-lens-budapest-convention', m);
    timers.run();
    const before = rules.text;
    document.querySelector('main')!.append(document.createElement('p'));
    rules.moved();
    timers.run(100);
    expect(rules.text).toBe(before); // too soon after the last write
    timers.run(150);
    expect(rules.text).not.toBe(before);
    const [selector] = rules.text.split('::highlight');
    expect([...document.querySelectorAll(selector!)]).toContain(m);
  });

  it('rewrites its rules in another style', () => {
    body('<p>a</p>');
    const { rules, timers } = make();
    rules.add('treaty-lens-budapest-convention', document.querySelector('p')!);
    timers.run();
    expect(rules.text).toContain('text-decoration: underline 2px');
    rules.setStyle('background');
    timers.run(1000);
    expect(rules.text).toContain('text-decoration: none;');
  });

  it('leaves text in shadow roots and removed elements out (the shadow roots have their own sheet)', () => {
    body('<div id="host"></div><p>a</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('p');
    inShadow.textContent = 'in shadow';
    shadow.append(inShadow);
    const gone = document.createElement('p');
    const { rules, timers } = make();
    rules.add('treaty-lens-budapest-convention', shadow.querySelector('p')!);
    rules.add('treaty-lens-budapest-convention', gone);
    timers.run();
    expect(rules.text).toBe('');
    rules.add('treaty-lens-budapest-convention', document.querySelector('body > p')!);
    timers.run(1000);
    expect(rules.text.match(/::highlight/g)).toHaveLength(1);
  });

  it('gives up once for the document rules when too many elements hold mentions', () => {
    body('<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p>');
    const { rules, timers, gaveUp } = make({ maxElements: 4 });
    for (const p of document.querySelectorAll('p')) rules.add('treaty-lens-budapest-convention', p);
    timers.run();
    expect(gaveUp).toEqual([0]);
    expect(rules.text).toBe('');
    rules.add('treaty-lens-active', document.querySelector('p')!);
    timers.run(1000);
    expect(gaveUp).toHaveLength(1);
  });

  it('gives up for the document rules on a page that keeps moving its mentions', () => {
    body('<main><p id="m">m</p></main>');
    const { rules, timers, gaveUp } = make({ maxUpdates: 3 });
    rules.add('treaty-lens-budapest-convention', document.getElementById('m')!);
    timers.run();
    for (let i = 0; i < 5; i++) {
      // Alternately before and after: its position from the nearer end changes every time.
      const main = document.querySelector('main')!;
      if (i % 2 === 0) main.prepend(document.createElement('p'));
      else main.append(document.createElement('p'));
      rules.moved();
      timers.run(250);
    }
    expect(gaveUp).toHaveLength(1);
  });

  it('puts its sheet back when the page takes it out or edits it', () => {
    body('<p>a</p>');
    const { rules, timers } = make();
    rules.add('treaty-lens-budapest-convention', document.querySelector('p')!);
    timers.run();
    const sheet = ours()[0]!;
    document.adoptedStyleSheets = [];
    rules.heal();
    expect(ours()).toEqual([sheet]);
    sheet.replaceSync('');
    rules.heal();
    expect(sheet.cssRules).toHaveLength(1);
  });

  it('detach takes the sheet out and stops', () => {
    body('<p>a</p>');
    const { rules, timers } = make();
    rules.add('treaty-lens-budapest-convention', document.querySelector('p')!);
    timers.run();
    rules.detach();
    expect(ours()).toEqual([]);
    expect(timers.pending).toBe(0);
  });
});
