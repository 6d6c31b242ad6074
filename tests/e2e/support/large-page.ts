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
export function largeArticle(): string {
  const html = readFileSync(join(FIXTURES, 'page/article.html'), 'utf8');
  const filler = (from: number): string =>
    Array.from(
      { length: 750 },
      (_, i) =>
        `<p>Row ${from + i}: the council met on the river budget, and the weather report said more rain would come to the city by the weekend.</p>`,
    ).join('\n');
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
    `${filler(0)}\n${deep}\n${filler(751)}\n</article>\n${component}`,
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
