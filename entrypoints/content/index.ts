import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage({ type: 'frame-report', count: 0, byAspect: [], reset: true });
  },
});
