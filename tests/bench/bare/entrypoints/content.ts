import { defineContentScript } from 'wxt/utils/define-content-script';

// Declared as ours is (entrypoints/content/index.ts), and does nothing.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
