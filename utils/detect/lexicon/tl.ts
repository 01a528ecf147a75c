import type { Lexicon } from './types';

export const tl: Lexicon = {
  lang: 'tl',
  spaced: true,
  pronouns: ['sila'],
  nk: ['hilagang korea', 'north korea', 'pyongyang', 'kim jong[\\s-]{0,2}un'],
  pers: ['sundalo', 'tropa', 'pwersa', 'puwersa', 'bihag', 'mandirigma', 'hukbo', 'kawal', 'militar(?!y)', 'nasawi', 'napatay', 'sugatan', 'nasugatan'],
  ctx: ['ukraine', 'ukranya', 'kursk', 'kyiv', 'kiev', 'zelensky', 'larangan ng digmaan', 'labanan', 'bakbakan'],
  ctxWeak: ['russia', 'rusya', 'moscow', 'kremlin', 'putin', 'ipinadala', 'nagpadala', 'digmaan', 'giyera', 'napatay', 'nasawi', 'nasugatan', 'bayani', 'medalya', 'bihag', 'sumabak', 'lumaban'],
  neg: ['parada', 'pagsasanay', 'tumalikod', 'digmaang korean'],
  labour: ['(?<!partido ng mga )manggagawa'],
  foreign: ['russian', 'ruso', 'ukrainian', 'south korea', 'timog korea', 'amerikano'],
  killed: ['napatay', 'namatay', 'nasawi'], injured: ['nasugatan', 'sugatan'], captured: ['nahuli', 'bihag', 'dinakip'],
  qualBefore: { over: ['mahigit', 'higit sa'], approximately: ['humigit-kumulang', 'mga', 'halos'] },
  scale: { 'libo$': 1e3 },
  vague: { 'libu-libong': 1000, 'daan-daang': 100 },
  stop: ['ang', 'mga', 'ng', 'sa', 'na', 'ay', 'at', 'si', 'ni', 'para', 'kay', 'mula', 'nang'],
  postnominal: 'also',
  linkers: ['mula'],
  ownerPrepositions: ['mula'],
  gates: { anyCase: ['kore'], capitalised: ['pyong', 'kim'] },
};
