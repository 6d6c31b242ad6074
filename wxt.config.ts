import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { piecePlugins } from './scripts/pieces';

/** The pages Treaty Lens reads: its content scripts' matches and its host permissions alike. */
const PAGES = ['http://*/*', 'https://*/*'];

/** Build configuration: one source tree, Chrome MV3 and Firefox builds. */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script's pieces (src/content/README.md): what each may contain is checked while
    // it is bundled, and the card piece gets its knowledge from the background, not the bundle.
    'vite:build:extendConfig': (entrypoints, config) => {
      config.plugins = [...(config.plugins ?? []), ...piecePlugins(entrypoints)];
    },
  },
  zip: {
    // The Firefox sources archive: everything needed to rebuild, nothing the tests leave behind.
    excludeSources: [
      'tests/e2e/artifacts/**',
      'tests/bench/results/**',
      '.output/**',
      'web-ext-artifacts/**',
    ],
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may read the URL of the tab it was opened on, to say why Treaty Lens
    // cannot run there (browser pages, stores, PDF, file:). No install warning, unlike `tabs`.
    // scripting (Chrome; Firefox MV2 uses tabs.executeScript) + host permissions equal to the
    // content scripts' matches: the background injects the page engine into a frame whose
    // pre-screen found a candidate. Same install warning as the content scripts alone ("read and
    // change your data on all http(s) sites"); `scripting` itself adds none.
    // alarms: the opt-in facts update checks once a day (src/background/facts-update.ts). The
    // origin of the facts file is asked for only when the reader switches updates on.
    permissions: [
      'storage',
      'activeTab',
      'alarms',
      ...(browser === 'firefox' ? [] : ['scripting']),
      // The facts-update e2e build only (`--mode factstest`, Firefox MV2): see host_permissions below.
      ...(mode === 'factstest' && browser === 'firefox' ? ['http://127.0.0.1/*'] : []),
    ],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] }),
    // The facts-update e2e build only (`--mode factstest`): the test server's origin is granted at
    // install, because a headless browser cannot click the permission prompt.
    host_permissions: [
      ...PAGES,
      ...(mode === 'factstest' && browser !== 'firefox' ? ['http://127.0.0.1/*'] : []),
    ],
    // Listed here, not with defineContentScript: WXT's content-script context posts a
    // `content-script-started` message that the page sees (and can answer to stop the script).
    // The script is an unlisted entrypoint; the highlight rules (content-scripts/content.css) are
    // inserted with the engine by src/background/inject.ts, only where a candidate was found.
    content_scripts: [
      {
        matches: PAGES,
        js: ['content-screen.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
    action: { default_title: '__MSG_extName__' },
    // Alt+Shift+N / P are free in Chrome and Firefox by default; users can change them in the browser
    // (chrome://extensions/shortcuts, about:addons → Manage Extension Shortcuts).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'treaty-lens@treaty-lens.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
