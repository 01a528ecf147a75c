import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context, minus its start-up announcements. WXT tells an older copy of the
 * script to stop with a DOM event on `document` (and, in 0.21.0, a window.postMessage), both of
 * which the page's own scripts can receive: a site that knows our id could learn the extension is
 * installed. Nothing is lost here: an orphaned copy already stops itself when its runtime goes
 * (WXT's ctx.isInvalid checks browser.runtime.id), and the scanner checks ctx before each slice.
 * wxt.config.ts swaps this class in for WXT's in the content script's entry.
 */
export class ContentScriptContext extends WxtContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
