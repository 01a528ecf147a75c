import { defineConfig } from 'wxt';
import { quietContext } from '../../../wxt.config';

// The floor under the benchmark's numbers: an extension whose content script does nothing,
// built by the same WXT with the same polyfill module. Whatever it costs a page, every WXT
// content script costs; `npm run bench` measures it beside ours, in the same run.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The same quiet content-script context as ours, so the floor starts the way we do.
  vite: () => ({ plugins: [quietContext()] }),
  outDir: '../../../.output/bench-bare',
  manifest: { name: 'Empty WXT content script (benchmark floor)', version: '1.0.0' },
});
