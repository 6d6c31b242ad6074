import { render } from 'preact';
import { Options } from '@/src/ui/options/Options';
import { applyDocumentLocale } from '@/src/ui/locale';
import '@/assets/ui.css';

applyDocumentLocale(document);
render(<Options />, document.getElementById('app')!);
