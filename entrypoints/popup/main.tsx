import { render } from 'preact';
import { detectTranslator } from '../../lib/translate';
import { Popup } from './Popup';
import '../../components/a11y.css';
import './popup.css';

render(<Popup translatorProvider={detectTranslator(globalThis)} />, document.getElementById('app') as HTMLElement);
