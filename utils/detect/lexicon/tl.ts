import type { Lexicon } from './types';

export const tl: Lexicon = {
  lang: 'tl',
  oblique: ['kanila', 'nila'],
  spaced: true,
  pronouns: ['sila'],
  nk: ['hilagang korea', 'north korea', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'kim$', 'dprk$', 'kcna$'],
  strong: ['storm corps'],
  pers: ['sundalo', 'tropa', 'pwersa', 'puwersa', 'bihag', 'mandirigma', 'hukbo', 'kawal', 'militar(?!y)', 'nasawi', 'napatay', 'sugatan', 'nasugatan',
    'kasundaluhan', 'bilanggo', 'heneral', 'komandante', 'kumander', 'opisyal militar', 'batalyon', 'brigada', 'mersenaryo', 'sniper', 'special forces', 'espesyal na puwersa', 'inhinyero', 'tagatanggal ng (?:landmine|mina|bomba)', 'bayaning nasawi', 'bayaning namatay'],
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
};
