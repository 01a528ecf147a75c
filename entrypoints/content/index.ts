import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentApp } from './content-app';
// The highlights' look, injected by the manifest before the page is parsed (see the file).
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Frames without a URL of their own (srcdoc, about:blank written by the page, blob:) hold
  // comment widgets and news embeds: match them by the origin of the page that made them.
  // about:blank and srcdoc need match_about_blank; blob: (and data:) need Chrome's
  // match_origin_as_fallback. Firefox MV2 matches blob: frames by their creator's origin.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT would also announce each start with a window.postMessage, which every message listener
  // of the page receives (some answer it, some fail on it): the custom event WXT uses instead is
  // enough to stop an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      void new ContentApp(ctx).start().catch(() => undefined);
    } catch {
      // Never throw into the page.
    }
  },
});
