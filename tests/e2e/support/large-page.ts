import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HighlightedRange } from './highlights';
import { FIXTURES } from './paths';

/**
 * The news article fixture (`page/article.html`) grown past the located full scan's threshold
 * (100,000 characters): 1,500 paragraphs of filler after its text (the page cues come from the
 * first 50,000 characters, as on the article), one more name deep in the filler, and a component
 * whose open shadow root names the UN convention. The engine then screens natively and walks
 * only the located blocks; it must find what the whole walk finds on the article, and these.
 */
export function largeArticle(options: { elements?: boolean; extra?: string } = {}): string {
  const html = readFileSync(join(FIXTURES, 'page/article.html'), 'utf8');
  // With `elements`, each row holds a dozen inline elements: past 20,000 elements in all, the
  // document on which the engine in Chromium writes rules on the mentions' elements only.
  const row = options.elements
    ? (n: number): string =>
        `<p>Row <b>${n}</b>: the <i>council</i> met on the <a href="#r${n}">river</a> <em>budget</em>, and the <span>weather</span> <small>report</small> said <u>more</u> <s>rain</s> would <code>come</code> to the <mark>city</mark> by <sub>the</sub> <sup>next</sup> <q>weekend</q>.</p>`
    : (n: number): string =>
        `<p>Row ${n}: the council met on the river budget, and the weather report said more rain would come to the city by the weekend.</p>`;
  const filler = (from: number): string =>
    Array.from({ length: 750 }, (_, i) => row(from + i)).join('\n');
  const component = `<news-card id="card"></news-card><script>
  (function () {
    var root = document.getElementById('card').attachShadow({ mode: 'open' });
    var p = document.createElement('p');
    p.id = 'in-shadow';
    p.textContent = 'Inside a component: the UN Convention against Cybercrime.';
    root.appendChild(p);
    window.__observeRoot(root);
  })();
</script>`;
  const deep = '<p id="deep">Row 750: the Budapest Convention is older.</p>';
  return html.replace(
    '</article>',
    `${filler(0)}\n${deep}\n${options.extra ?? ''}${filler(751)}\n</article>\n${component}`,
  );
}

/** What the article's highlights are (page-chromium/firefox.e2e.ts), plus the component's. */
export const LARGE_ARTICLE: Record<string, HighlightedRange[]> = {
  'un-cybercrime-convention': [
    { text: 'UN Convention against Cybercrime', in: 'cell-un' },
    { text: 'United Nations Convention against Cybercrime', in: 'headline' },
    { text: 'UN Convention against Cybercrime', in: 'in-shadow' },
    { text: 'UN Convention against Cybercrime', in: 'lead' },
    { text: 'Hanoi Convention', in: 'quote' },
  ],
  'budapest-convention': [
    { text: 'Budapest Convention', in: 'budapest' },
    { text: 'Budapest Convention', in: 'cell-budapest' },
    { text: 'Budapest Convention', in: 'deep' },
  ],
  'ad-hoc-committee': [{ text: 'UN Ad Hoc Committee', in: 'committee' }],
  active: [],
};
