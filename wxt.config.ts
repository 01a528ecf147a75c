import { defineConfig } from 'wxt';
import type { Alias, AliasOptions, InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './scripts/ascii-only';

// Firefox needs a fixed id for MV3 and for pinning the extension's UUID in tests.
export const GECKO_ID = 'kursk-context@example.org';
/** The oldest Firefox (desktop and Android) that paints our highlights as styled: see below. */
export const FIREFOX_MIN = '146.0';

// WXT's entry wrapper makes the content script's context from this module; every importer but our
// own subclass gets the quiet one (platform/quiet-context.ts says why).
const WXT_CONTEXT = 'wxt/utils/content-script-context';
const QUIET_CONTEXT = fileURLToPath(new URL('./platform/quiet-context.ts', import.meta.url));
export const quietContext = (): Plugin => ({
  name: 'kursk:quiet-content-script-context',
  enforce: 'pre',
  resolveId: (source, importer) => (source === WXT_CONTEXT && importer !== QUIET_CONTEXT ? QUIET_CONTEXT : null),
});

// The content script, on every page, goes without webextension-polyfill: its API table and
// wrappers were 2.7 kB of its 20 kB gzipped, and 4.6 ms of its 15 ms start on a small page (CPU
// profile). Chrome's promise APIs and Firefox's own `browser` cover what it calls, and the one
// difference the polyfill hid, a listener's promise reply, platform/messaging.ts answers through
// sendResponse everywhere. The other parts keep it.
const NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/@wxt-dev/browser/src/index.mjs', import.meta.url));
const isAliasList = (a: AliasOptions | undefined): a is readonly Alias[] => Array.isArray(a);
const nativeBrowserInContentScript = (entrypoints: readonly Entrypoint[], config: InlineConfig) => {
  if (!entrypoints.every((e) => e.type === 'content-script')) return;
  const alias = config.resolve?.alias;
  const entries: readonly Alias[] = isAliasList(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...entries] };
};

// Every chunk as it is written, after minifying (see scripts/ascii-only.ts for why). esbuild's
// ASCII charset below stays: it writes the shorter escapes where it can (the engine 373 kB with it,
// 376 kB from this plugin alone); this plugin escapes only what it leaves, in regex literals.
const asciiOutput = (): Plugin => ({
  name: 'kursk:ascii-output',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = asciiOnly(chunk.code);
  },
});

export default defineConfig({
  hooks: { 'vite:build:extendConfig': nativeBrowserInContentScript },
  // Explicit imports everywhere: no auto-import magic to learn.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // ASCII only: Chrome refuses a content script it does not take for UTF-8, so the lexicons' other
  // scripts ship as \u escapes, larger raw but about the same gzipped (a one-byte source is also
  // the quicker kind for V8 to parse). Later WXT releases set this themselves.
  vite: () => ({
    plugins: [quietContext(), preact(), asciiOutput()],
    esbuild: { charset: 'ascii' },
    build: { target: 'es2022' },
  }),
  // Mozilla's reviewers rebuild from the sources zip: leave out test output and notes.
  zip: { excludeSources: ['artifacts/**', '.notes/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: settings only. The content script is declared statically.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_extName__' },
    // No web_accessible_resources: a page could fetch such a file to learn that the extension is
    // installed. The background runs the engine's file and adds the highlights' sheet in the asking
    // frame instead (scripting in Chrome; tabs.executeScript/insertCSS in Firefox MV2), which
    // needs host access to the page: the content script's own matches, so no new install warning.
    host_permissions: ['<all_urls>'],
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPreviousMention__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHighlights__' },
    },
    // 105: the first Chrome with the CSS Custom Highlight API and checkVisibility(), which the
    // content script relies on (Firefox: 146, below), so no fallback painter is needed.
    ...(browser !== 'firefox' ? { minimum_chrome_version: '105' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 146: the first Firefox whose ::highlight paints text-decoration. 140-145 have the
              // Custom Highlight API but draw our underline as nothing at all; CSS.supports can only say
              // that ::highlight exists, which they have too, and what a highlight paints is not
              // readable from script. The current ESR (153) and every release since 146 paint it.
              strict_min_version: FIREFOX_MIN,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_MIN },
          },
        }
      : {}),
  }),
});
