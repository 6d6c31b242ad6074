import { render } from 'preact';
import { Summary } from '@/src/ui/summary/Summary';
import { applyDocumentLocale } from '@/src/ui/locale';
import '@/assets/ui.css';

applyDocumentLocale(document);
render(<Summary />, document.getElementById('app')!);
