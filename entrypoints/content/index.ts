/**
 * The eyes and hands, wired at document idle: page.ts reads the page and paints the names,
 * reader.ts shows the card (hover, pinned, keyboard names mode), watch.ts follows the page's
 * changes. The highlight colours come from highlights.css, a stylesheet of the manifest.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DalilPage } from './page';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    void new DalilPage(document).start();
  },
});
