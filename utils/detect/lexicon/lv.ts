import type { Lexicon } from './types';

export const lv: Lexicon = {
  lang: 'lv',
  spaced: true,
  nk: ['ziemeļkorej', 'ziemeļkorea', 'phenjan', 'kims čenuns', 'kim jong[\\s-]{0,2}un'],
  fused: ['ziemeļkorejieši', 'ziemeļkorejiešu'],
  pers: ['karavīr', 'karaspēk', 'spēk', 'vienīb', 'gūstekņ', 'algotņ', 'kaujinieki', 'kontingent'],
  ctx: ['ukrain', 'kursk', 'kijiv', 'kijev', 'zelensk', 'fronte', 'kaujas lauk', 'kauj'],
  ctxWeak: ['krievij', 'krievu', 'maskav', 'kremļ', 'putin', 'nosūtī', 'izvietot', 'karš', 'kara$'],
  neg: ['demilitarizēt', 'parād', 'mācības', 'pārbēdzēj', 'korejas kar', 'strādniek'],
  foreign: ['krievu', 'krievijas', 'ukraiņu', 'ukrainas', 'dienvidkorej', 'amerikāņu'],
  killed: ['nogalināt', 'gāja bojā', 'bojāgāj'], injured: ['ievainot'], captured: ['gūstā', 'gūstekņ', 'sagūstīt'],
  stop: ['un', 'ir', 'ka', 'ar', 'no', 'uz', 'par', 'tika', 'bija', 'kā', 'pēc', 'arī'],
  letters: ['[āēīūķļņģ]'],
  gates: { anyCase: ['kore'], capitalised: ['phenja', 'kim'] },
  abbreviations: ['tūkst', 'milj', 'gen', 'pulk'],
};
