import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentApp } from './content-app';
// The highlights' look, injected by the manifest before the page is parsed (see the file).
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      void new ContentApp(ctx).start().catch(() => undefined);
    } catch {
      // Never throw into the page.
    }
  },
});
