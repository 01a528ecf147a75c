import type { Lexicon } from './types';
import { scandinavian } from './sv';

export const no: Lexicon = {
  ...scandinavian,
  lang: 'no',
  oblique: ['dem', 'deres'],
  dispatch: ['(?:ble|blitt|er|var) sendt$', 'utplassert', 'satt inn'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['han', 'ham', 'hans'],
  fate: [
    'tatt til fange', 'fangenskap', 'krigsfange$', 'såret$', 'ble såret', '(?:hardt|lettere|alvorlig) skadd', 'døde av (?:skadene|sårene)', 'avhør',
    'overga seg', 'i (?:en|et) (?:skyttergrav|bunker)$', 'i (?:skyttergraven|bunkeren)$',
  ],
  speech: ['sa$', 'sier(?! seg)', 'uttalte', 'understreket', 'advarte', 'krevde', 'roste', 'takket'],
  pronouns: ['(?:mange|de fleste|noen|flere|hundrevis|tusenvis|alle)\\s+av\\s+dem', 'en\\s+av\\s+de\\s+to', '(?:de|de to|begge)(?=\\s+(?:er|var|har|hadde|skal|skulle|kan|kunne|ble|blir|vil|ville|må|får|fikk)(?!\\p{L}))'],
  standIns: ['en av dem', 'de to mennene', 'begge mennene', 'den (?:sårede|skadde|tatte) mannen'],
  anaphora: ['disse', 'begge', 'en av', 'den ene', 'den andre', 'den første'],
  stop: ['og', 'at', 'det', 'som', 'en', 'på', 'er', 'av', 'for', 'med', 'til', 'ifølge', 'har', 'ikke', 'fra', 'de', 'seg', 'ble', 'i', 'den', 'å', 'etter', 'mot', 'uten', 'blir', 'blitt', 'hadde', 'sier', 'nå', 'enn', 'igjen', 'mellom', 'gjennom', 'ut', 'opp', 'noen', 'noe', 'hva', 'mye', 'bli', 'vært', 'fikk', 'sitt', 'hennes', 'blant', 'tilbake', 'også', 'meg', 'deg', 'vår', 'våre', 'vårt', 'inn', 'ikkje', 'frå', 'eit', 'ein', 'dei', 'kva', 'berre'],
  letters: ['[æø]', 'å', 'sjon', 'kj|(?<!n)gj(?!or)', 'øy'],
  relatives: ['sv', 'da'],
  linkers: ['av', 'fra'],
  range: { to: ['til'], and: ['og'] },
  gates: { anyCase: ['kore', 'corps', 'korps', 'kåren'], capitalised: ['pyong', 'pjong', 'kim'] },
};
