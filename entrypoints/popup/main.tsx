import { render } from 'preact';
import { Popup } from '@/src/ui/popup/Popup';
import { applyDocumentLocale } from '@/src/ui/locale';
import '@/assets/ui.css';

applyDocumentLocale(document);
render(<Popup />, document.getElementById('app')!);
