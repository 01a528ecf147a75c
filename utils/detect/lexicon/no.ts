import type { Lexicon } from './types';
import { scandinavian } from './sv';

export const no: Lexicon = { ...scandinavian, lang: 'no', stop: ['og', 'at', 'det', 'som', 'en', 'på', 'er', 'av', 'for', 'med', 'til', 'ifølge', 'har', 'ikke', 'fra', 'de', 'seg', 'ble'] };
