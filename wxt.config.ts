import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Dalil's manifest. Permissions are the fewest that do the job (README, "Permissions"):
// - storage: settings and the per-site switch (storage.local), read by the content script.
// - no host permissions: the content script is declared for http(s) pages; the popup reaches it
//   through tabs.sendMessage, which needs no "tabs" permission.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Dalil',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'dalil-names-mode': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_card_commandNamesMode__' },
      'dalil-toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_card_commandToggleHighlights__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dalil@dalil.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
