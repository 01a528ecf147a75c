import type { Translate } from '../../components/translate';
import { isLocale } from '../../utils/i18n/locales';
import { translate } from '../../utils/i18n/translate';

// The views' words as a reader of `locale` sees them: the same catalogs and Intl formatting as
// the extension, without browser.i18n.
export function lookup(locale = 'en'): Translate {
  if (!isLocale(locale)) throw new Error(`no catalog for ${locale}`);
  return translate(locale);
}
