import { render } from 'preact';
import { browser } from 'wxt/browser';
import { installStoredFacts } from '@/src/knowledge/update/store';
import { Summary } from '@/src/ui/summary/Summary';
import { applyDocumentLocale } from '@/src/ui/locale';
import '@/assets/ui.css';

applyDocumentLocale(document);
// The verified facts update, when there is one, replaces the bundled facts before anything shows.
void installStoredFacts(browser.storage.local).finally(() =>
  render(<Summary />, document.getElementById('app')!),
);
