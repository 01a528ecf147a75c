import { defineContentScript } from 'wxt/utils/define-content-script';
import { listen, sendToBackground } from '../../platform/messaging';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings';
import { loadEngine } from './engine-port';
import { loadScreen } from './screen-port';
import { loadPart } from '../../platform/parts';
import { startFrame, type FramePlatform } from './frame';
import { fail } from './quiet';
import { Announcer } from './announce';
import { browserMessage } from '../../platform/browser-messages';

const announcer = new Announcer(document);
const platform: FramePlatform = {
  loadSettings,
  watchSettings,
  saveSettings,
  send: sendToBackground,
  listen,
  announce: (message) => announcer.say(browserMessage(message)),
  loadScreen: () => loadScreen(loadPart),
  forgetScreen: () => loadScreen.forget(),
  loadEngine: () => loadEngine(loadPart),
  addHighlightSheet: () => sendToBackground('add-highlight-sheet', null).then(() => undefined),
};

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
  main(ctx) {
    try {
      startFrame(ctx, platform).catch(fail);
    } catch (e) {
      fail(e); // never thrown into the page
    }
  },
});
