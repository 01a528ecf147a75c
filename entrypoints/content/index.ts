import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentApp } from './content-app';

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
