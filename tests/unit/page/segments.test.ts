import { describe, expect, it } from 'vitest';
import { mapSpan, SegmentWalker, walkAll } from '@/src/page/segments';
import { markOwnUi } from '@/src/page/skip';

function body(html: string): HTMLElement {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body;
}

const texts = (root: Node): string[] => walkAll(root, document).segments.map((s) => s.text);

describe('walkAll', () => {
  it('joins the text of a block across inline elements', () => {
    const root = body(
      '<p>Sign the <a href="#">UN <em>Convention against</em> Cybercrime</a> now.</p>',
    );
    expect(texts(root)).toEqual(['Sign the UN Convention against Cybercrime now.']);
  });

  it('keeps blocks apart: list items, cells, headings and nested blocks', () => {
    const root = body(
      '<ul><li>United Nations</li><li>Convention</li></ul><table><tr><td>a1</td><td>b2</td></tr></table><div>before <p>inner</p> after</div>',
    );
    expect(texts(root).map((t) => t.trim())).toEqual([
      'United Nations',
      'Convention',
      'a1',
      'b2',
      'before',
      'inner',
      'after',
    ]);
  });

  it.each([
    ['script', '<script>var x = "Budapest Convention";</script>'],
    ['style', '<style>.budapest-convention{}</style>'],
    ['noscript', '<noscript>Budapest Convention</noscript>'],
    ['template', '<template><p>Budapest Convention</p></template>'],
    ['textarea', '<textarea>Budapest Convention</textarea>'],
    ['select', '<select><option>Budapest Convention</option></select>'],
    ['contenteditable', '<div contenteditable="true">Budapest <b>Convention</b></div>'],
    ['contenteditable (empty value)', '<div contenteditable>Budapest Convention</div>'],
    [
      'contenteditable (plaintext-only, nested)',
      '<section><div contenteditable="plaintext-only"><p>Budapest Convention</p></div></section>',
    ],
  ])('skips %s', (_name, html) => {
    const root = body(`<p>kept</p>${html}`);
    expect(texts(root)).toEqual(['kept']);
  });

  it('never reads our own UI (a closed shadow root behind a random tag)', () => {
    const root = body('<p>kept</p>');
    const host = document.createElement('qzxw-k3j9a0p2');
    markOwnUi(host);
    host.attachShadow({ mode: 'closed' }).textContent = 'Budapest Convention';
    root.append(host);
    expect(texts(root)).toEqual(['kept']);
  });

  it('scans a page element named like the old UI host (a page can define any name)', () => {
    const root = body('<treaty-lens-ui>Budapest Convention</treaty-lens-ui>');
    expect(texts(root)).toEqual(['Budapest Convention']);
  });

  it('scans contenteditable="false" (in any case) like any element', () => {
    const root = body(
      '<div contenteditable="false">Budapest Convention</div><p contenteditable="FALSE">UN</p>',
    );
    expect(texts(root)).toEqual(['Budapest Convention', 'UN']);
  });

  it('turns <br> into a line break so the words on either side stay apart', () => {
    const root = body('<p>United Nations<br>Convention</p>');
    expect(texts(root)).toEqual(['United Nations\nConvention']);
  });

  it('leaves out runs of white space between blocks', () => {
    const root = body('<div>\n  <p>one</p>\n  <p>two</p>\n</div>');
    expect(texts(root)).toEqual(['one', 'two']);
  });

  it('reports open shadow roots it meets, on custom elements and on the elements that allow one', () => {
    const root = body('<p>light</p><x-card></x-card><article><span id="s"></span></article>');
    const host = root.querySelector('x-card')!;
    host.attachShadow({ mode: 'open' }).append('shadow text');
    const span = root.querySelector('#s')!;
    span.attachShadow({ mode: 'open' }).append('in a span');
    const result = walkAll(root, document);
    expect(result.shadowRoots).toEqual([host.shadowRoot, span.shadowRoot]);
    expect(walkAll(host.shadowRoot!, document).segments.map((s) => s.text)).toEqual([
      'shadow text',
    ]);
  });

  it('walks in slices and resumes where it stopped', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>para ${i} <em>x</em> y</p>`).join('');
    const root = body(`<div>${html}</div>`);
    const walker = new SegmentWalker(root, document);
    let steps = 0;
    while (!walker.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(walker.result.segments.map((s) => s.text)).toEqual(texts(root));
    expect(walker.result.segments).toHaveLength(300);
  });
});

describe('mapSpan', () => {
  it('maps a match over several text nodes to a range with the exact text', () => {
    const root = body(
      '<p>Sign the <a href="#">UN <em>Convention against</em> Cybercrime</a> now.</p>',
    );
    const [segment] = walkAll(root, document).segments;
    const start = segment!.text.indexOf('UN');
    const end = start + 'UN Convention against Cybercrime'.length;
    const points = mapSpan(segment!, start, end)!;
    const range = document.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    expect(range.toString()).toBe('UN Convention against Cybercrime');
    expect(points.start.node.data).toBe('UN ');
    expect(points.end.node.data).toBe(' Cybercrime');
  });

  it('maps a match within one node', () => {
    const root = body('<p>the Budapest Convention of 2001</p>');
    const [segment] = walkAll(root, document).segments;
    const points = mapSpan(segment!, 4, 23)!;
    expect(points.start).toMatchObject({ offset: 4 });
    expect(points.end).toMatchObject({ offset: 23 });
  });

  it('snaps boundaries in a virtual line break to the neighbouring text', () => {
    const root = body('<p>United Nations<br>Convention</p>');
    const [segment] = walkAll(root, document).segments;
    const points = mapSpan(segment!, 14, 25)!; // "\nConvention"
    expect(points.start.node.data).toBe('Convention');
    expect(points.start.offset).toBe(0);
    expect(points.end.offset).toBe(10);
  });

  it('maps UTF-16 offsets in right-to-left and astral text', () => {
    const root = body('<p dir="rtl">نص 𝔘 <b>اتفاقية</b> الأمم</p>');
    const [segment] = walkAll(root, document).segments;
    const start = segment!.text.indexOf('اتفاقية');
    const points = mapSpan(segment!, start, start + 'اتفاقية الأمم'.length)!;
    const range = document.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    expect(range.toString()).toBe('اتفاقية الأمم');
  });

  it('refuses an empty span', () => {
    const root = body('<p>text</p>');
    const [segment] = walkAll(root, document).segments;
    expect(mapSpan(segment!, 2, 2)).toBeNull();
  });
});
