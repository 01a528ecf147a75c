import type { Lexicon } from './types';

const MUNITIONS = ['missile', 'misil', 'armas', 'sandata', 'bala$', 'artillery', 'artilerya', 'rocket', 'weapons?$', 'nuclear', 'nukleyar'];

export const tl: Lexicon = {
  lang: 'tl',
  oblique: ['kanila', 'nila'],
  spaced: true,
  support: ['suporta', 'pagsuporta', 'sumusuporta', 'pakikiisa'],
  range: { and: ['at'] },
  pronouns: ['sila'],
  nk: ['hilagang korea', 'north korea', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'kim$', 'dprk$', 'kcna$'],
  strong: ['storm corps'],
  pers: ['sundalo', 'tropa', 'pwersa', 'puwersa', 'bihag', 'mandirigma', 'hukbo', 'kawal', 'militar(?!y)', 'nasawi', 'napatay', 'sugatan', 'nasugatan',
    'kasundaluhan', 'bilanggo', 'heneral', 'komandante', 'kumander', 'opisyal militar', 'batalyon', 'brigada', 'mersenaryo', 'sniper', 'special forces', 'espesyal na puwersa', 'inhinyero', 'tagatanggal ng (?:landmine|mina|bomba)', 'bayaning nasawi', 'bayaning namatay',
    // English words of Taglish news
    'troops?$', 'soldiers?$',
    // the deployment itself, which on a page about it is theirs ("ang naturang deployment"), not
    // that of munitions ("deployment ng mga missile")
    ...['deployment', 'pagde-?deploy', 'pag-deploy'].map((t) => `${t}(?! (?:ng|of)(?: mga)? (?:${MUNITIONS.map((m) => m.replace(/\$$/, '')).join('|')}))`),
  ],
  // the deployment, as Taglish news writes it ("ang pagde-deploy ng North Korea")
  deployNoun: ['deployment', 'pagde-?deploy', 'pag-deploy'],
  munitions: MUNITIONS,
  ctx: ['ukraine', 'ukranya', 'kursk', 'kyiv', 'kiev', 'zelensky', 'larangan ng digmaan', 'labanan', 'bakbakan', 'frontline', 'front line', 'harapan ng digmaan', 'harapang linya'],
  ctxWeak: ['russia', 'rusya', 'moscow', 'kremlin', 'putin', 'digmaan', 'giyera', 'napatay', 'nasawi', 'nasugatan', 'bayani', 'medalya', 'bihag', 'sumabak', 'lumaban',
    '~padala', '~deploy', 'ipinakalat', 'nakipaglaban', 'nakikipaglaban', 'makipaglaban', 'pakikipaglaban', 'lalaban', 'lumalaban', 'namatay', 'nahuli', 'drone'],
  neg: ['parada', 'pagsasanay', 'tumalikod', 'digmaang korean'],
  labour: ['(?<!partido ng mga )manggagawa'],
  foreign: ['russian', 'ruso', 'ukrainian', 'ukranyano', 'south korea', 'timog korea', 'amerikano'],
  foreignAfter: ['rusya$', 'russia$', 'ukraine$', 'ukranya$', 'amerika$'],
  killed: ['napatay', 'namatay', 'nasawi'], injured: ['nasugatan', 'sugatan'], captured: ['nahuli', 'bihag', 'dinakip'],
  qualBefore: { over: ['mahigit', 'higit sa'], approximately: ['humigit-kumulang', 'mga', 'halos'] },
  scale: { 'libo$': 1e3 },
  vague: { 'libu-libong': 1000, 'daan-daang': 100 },
  stop: ['ang', 'mga', 'ng', 'sa', 'na', 'ay', 'at', 'si', 'ni', 'para', 'kay', 'mula', 'nang'],
  postnominal: 'also',
  // ("mga sundalo ng Hilagang Korea", "ipinadala ng Pyongyang": ng is "of" and "by")
  linkers: ['mula', 'ng'],
  ownerPrepositions: ['mula', 'ng'],
  gates: { anyCase: ['kore', 'corps'], capitalised: ['pyong', 'kim', 'dprk', 'kcna'] },
  // Page reading (types.ts anaphora ... history)
  anaphora: ['isa sa mga', 'ang dalawang', 'parehong', 'naturang'],
  standIns: ['isa sa kanila', 'ang dalawang lalaki', 'dalawang lalaki'],
  dispatch: ['ipinadala', 'ipinapadala', 'idineploy', 'ide-deploy', 'naka-deploy', 'ipinakalat', 'inilipat'],
  singular: ['siya', 'niya', 'kanya', 'kaniya'],
  fate: ['nahuli', 'nabihag', 'binihag', 'nasugatan', 'sugatan', 'mga sugat', 'interogasyon', 'inimbestigahan', 'sumuko', 'trintsera', 'bunker'],
  speech: ['sinabi', 'sabi$', 'ayon kay', 'idinagdag', 'binigyang-diin', 'nagbabala', 'hiniling', 'nanawagan', 'pinuri', 'nagpasalamat', 'iginiit'],
  casualties: ['kaswalti', 'casualt', 'pagkalugi'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmunjom', 'armistice ng 1953', 'tigil-putukan noong 1953', 'boluntaryong tsino'],
};
