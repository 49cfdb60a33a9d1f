import { render } from 'preact';
import { detectTranslator } from '../../lib/translate';
import { Popup } from './Popup';
import './popup.css';

render(<Popup translatorProvider={detectTranslator(globalThis)} />, document.getElementById('app') as HTMLElement);
