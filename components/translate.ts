// Views take their words through one Translate: the UI strings by typed key, and the facts,
// caveats, labels and figures, all in the reader's language (utils/i18n). Tests pass the same
// function for any locale; nothing here touches browser.i18n.
export type { Translate } from '../utils/i18n/translate';
