import type { Lexicon } from './types';
import { scandinavian } from './sv';

export const da: Lexicon = {
  ...scandinavian,
  lang: 'da',
  oblique: ['dem', 'deres'],
  dispatch: ['(?:blev|blevet|er|var) sendt$', 'udstationeret', 'indsat'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['han', 'ham', 'hans'],
  fate: [
    'taget til fange', 'fangenskab', 'krigsfange$', 'såret$', '(?:hårdt|lettere|alvorligt) (?:såret|kvæstet)', 'døde af (?:sine )?(?:sår|kvæstelser)$', 'afhør',
    'overgav sig', 'i (?:en|et) (?:skyttegrav|bunker)$', 'i (?:skyttegraven|bunkeren)$',
  ],
  speech: ['sagde$', 'siger(?! sig)', 'udtalte', 'understregede', 'advarede', 'krævede', 'roste', 'takkede'],
  pronouns: ['(?:mange|de fleste|nogle|flere|hundredvis|tusindvis|alle)\\s+af\\s+dem', 'en\\s+af\\s+de\\s+to', '(?:de|de to|begge)(?=\\s+(?:er|var|har|havde|skal|skulle|kan|kunne|blev|bliver|vil|ville|må|får|fik)(?!\\p{L}))'],
  standIns: ['en af dem', 'de to mænd', 'begge mænd', 'den (?:sårede|tilfangetagne) mand'],
  anaphora: ['disse', 'begge', 'en af', 'den ene', 'den anden', 'den første'],
  stop: ['og', 'at', 'det', 'som', 'en', 'på', 'er', 'af', 'for', 'med', 'til', 'ifølge', 'har', 'ikke', 'fra', 'de', 'sig', 'blev', 'i', 'den', 'efter', 'mod', 'uden', 'bliver', 'blevet', 'havde', 'siger', 'nu', 'end', 'igen', 'mellem', 'gennem', 'ud', 'op', 'nogle', 'nogen', 'noget', 'hvad', 'meget', 'blive', 'været', 'fik', 'sit', 'hendes', 'blandt', 'tilbage', 'også', 'mig', 'dig', 'vores', 'ind'],
  relatives: ['sv', 'no'],
  letters: ['[æø]', 'å', 'øj'],
  linkers: ['fra', 'af'],
  range: { to: ['til'], and: ['og'], between: ['mellem'] },
  gates: { anyCase: ['kore', 'corps', 'korps', 'kåren'], capitalised: ['pyong', 'pjong', 'kim'] },
};
