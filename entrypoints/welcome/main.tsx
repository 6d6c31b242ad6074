import { render } from 'preact';
import { Welcome } from '@/src/ui/welcome/Welcome';
import { applyDocumentLocale } from '@/src/ui/locale';
import '@/assets/ui.css';

applyDocumentLocale(document);
render(<Welcome />, document.getElementById('app')!);
