import { browser } from 'wxt/browser';

// The few strings the browser itself shows or says for us (shortcut names, the toolbar button's
// name, what the shortcuts announce), from _locales in the browser's language. Kept apart from
// the card's and popup's catalogs so that the content script does not carry those.
export type BrowserMessage = 'extName' | 'highlightsHidden' | 'highlightsShown' | 'actionTitleCount';

/** The message, or the key itself when the API is gone (a torn-down context), so a gap shows. */
export function browserMessage(key: BrowserMessage, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
