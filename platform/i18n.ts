import { browser } from 'wxt/browser';
import { chooseLocale, type LanguageChoice } from '../utils/i18n/locales';
import { translate, type Translate } from '../utils/i18n/translate';

// The browser's UI language (Chromium takes it from LANGUAGE on Linux, Firefox from its
// app locale); null when the API is not there (tests, a torn-down context).
export function browserLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return null;
  }
}

/** The reader's words: by the setting, the browser's language, and the page's (a mention's) language. */
export function translateFor(choice: LanguageChoice, pageLang?: string | null): Translate {
  return translate(chooseLocale(choice, browserLanguage(), pageLang));
}
