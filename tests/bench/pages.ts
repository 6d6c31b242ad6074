/** Generated benchmark pages: deterministic HTML with known numbers of text nodes and mentions. */
import { NAMES } from '@/src/knowledge/names';

const WORDS =
  'the of and to in a is that for on with as was by at from it an be this which or are have were has not but its had also their more been one all new would after other than who into over about some states law data court cross border evidence police cooperation privacy access service providers rights human group report minister treaty digital security network crime'.split(
    ' ',
  );

/** A small deterministic generator (mulberry32) so every run builds the same pages. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MENTIONS = [
  'the United Nations Convention against Cybercrime',
  'the UN <em>Convention against</em> Cybercrime',
  'the Budapest Convention',
  'the <a href="#x">Budapest Convention</a>',
  'the Hanoi Convention',
  'the UN Ad Hoc Committee on Cybercrime',
];

/**
 * The names mark.js searches for: every name the detector knows, as written (`text` of each entry
 * of `NAMES`, all languages), so both sides look for the same names. The detector also matches
 * inflections, spacing and quoting variants of them, which mark.js is not asked for.
 */
export const MARK_NAMES: readonly string[] = Object.values(NAMES).flatMap((list) =>
  list.map((name) => name.text),
);

/** The five names the generated pages contain, as plain text (a lower bound for mark.js). */
export const PRESENT_NAMES: readonly string[] = [
  'United Nations Convention against Cybercrime',
  'UN Convention against Cybercrime',
  'Budapest Convention',
  'Hanoi Convention',
  'UN Ad Hoc Committee on Cybercrime',
];

function words(next: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]!);
  return out.join(' ');
}

function page(title: string, body: string, css: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${css}</style></head><body>${body}</body></html>`;
}

/**
 * (a) A long article: paragraphs of text with links, emphasis and spans (about 8 text nodes each),
 * about 1.4 MB and 24k text nodes, with `mentions` names spread evenly (some split over <em>).
 */
export function articlePage(css: string, paragraphs = 3000, mentions = 50): string {
  const next = rng(1);
  const every = Math.floor(paragraphs / mentions);
  const parts: string[] = ['<article><h1>A long report on cross-border evidence</h1>'];
  for (let i = 0; i < paragraphs; i++) {
    const mention =
      i % every === 0 && i / every < mentions
        ? ` ${MENTIONS[(i / every) % MENTIONS.length]} `
        : ' ';
    parts.push(
      `<p>${words(next, 14)} <a href="#p${i}">${words(next, 3)}</a> ${words(next, 12)}${mention}<em>${words(next, 4)}</em> ${words(next, 10)} <span>${words(next, 5)}</span> ${words(next, 32)}.</p>`,
    );
  }
  parts.push('</article>');
  return page('A long report', parts.join('\n'), css);
}

/** (b) A huge page: 200k short text nodes in a table, a handful of mentions. */
export function hugePage(css: string, rows = 20_000, mentions = 10): string {
  const next = rng(2);
  const every = Math.floor(rows / mentions);
  const parts: string[] = ['<h1>Index</h1><table>'];
  for (let i = 0; i < rows; i++) {
    const m = i % every === 0 ? ` ${MENTIONS[(i / every) % MENTIONS.length]}` : '';
    // 10 text nodes per row: 5 cells of "text <b>text</b>".
    const cells: string[] = [];
    for (let c = 0; c < 5; c++)
      cells.push(`<td>${words(next, 2)}${c === 2 ? m : ''} <b>${words(next, 1)}</b></td>`);
    parts.push(`<tr>${cells.join('')}</tr>`);
  }
  parts.push('</table>');
  return page('Index', parts.join('\n'), css);
}

/** (c) A page with `mentions` mentions, one per paragraph. */
export function manyMentionsPage(css: string, mentions = 5000): string {
  const next = rng(3);
  const parts: string[] = ['<h1>Mentions everywhere</h1>'];
  for (let i = 0; i < mentions; i++) {
    parts.push(
      `<p>${words(next, 6)} ${MENTIONS[i % MENTIONS.length]} <em>${words(next, 3)}</em> ${words(next, 6)}.</p>`,
    );
  }
  return page('Mentions everywhere', parts.join('\n'), css);
}

/** (d) An infinite-scroll page: a feed that `appendBatch(i)` grows by 50 items (2 mentions each batch). */
export function feedPage(css: string): string {
  const script = `
    window.__appendBatch = function (i) {
      var feed = document.getElementById('feed');
      var frag = document.createDocumentFragment();
      for (var k = 0; k < 50; k++) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '#i' + i + '-' + k;
        a.textContent = 'Item ' + i + '-' + k;
        li.append(a, ' says the cross border evidence rules of ', document.createElement('em'), ' are about data and privacy.');
        li.childNodes[2].textContent = 'this week';
        if (k === 10) li.append(' It cites the Budapest Convention.');
        if (k === 40) li.append(' It cites the UN Convention against Cybercrime.');
        frag.append(li);
      }
      feed.append(frag);
    };`;
  return page('Feed', `<h1>Feed</h1><ul id="feed"></ul><script>${script}</script>`, css);
}
