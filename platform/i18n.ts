import { browser } from 'wxt/browser';
import type { Translate } from '../components/translate';

// UI strings from _locales, in the browser's language; the key itself if a string is missing,
// so a gap shows up in review instead of as an empty button.
export const t: Translate = (key, substitutions) => {
  try {
    return browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions) || key;
  } catch {
    return key;
  }
};
