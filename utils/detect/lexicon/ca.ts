import type { Lexicon } from './types';

export const ca: Lexicon = {
  lang: 'ca',
  spaced: true,
  nk: ['corea del nord', 'nord-corean', 'nordcorean', 'pyongyang', 'kim jong[\\s-]{0,2}un'],
  pers: ['soldats$', 'soldat$', 'tropes$', 'forces$', 'militars$', 'combatents$', 'unitats$', 'contingent', 'presoners$', 'mercenaris$', 'efectius$'],
  persWeak: ['exèrcit$'],
  ctx: ['ucraïn', 'ucrain', 'kursk', 'kíiv', 'kiev', 'zelenski', 'front$', 'camp de batalla', 'combats$', 'presoners de guerra'],
  ctxWeak: ['rússia', 'russos?$', 'russes$', 'moscou', 'kremlin', 'putin', 'envia', 'enviat', 'desplegat', 'combat', 'guerra$', 'baixes$'],
  neg: ['zona desmilitaritzada', 'desfilada', 'exercicis', 'maniobres', 'desert', 'guerra de corea', 'treballadors', 'obrers'],
  foreign: ['russos?$', 'russes$', 'ucraïnes', 'ucraïnesos', 'sud-corean', 'americans?$', 'xinesos'],
  killed: ['morts?$', 'morir', 'abatuts'], injured: ['ferits?$'], casualties: ['baixes$', 'pèrdues'], captured: ['capturats?$', 'presoners?$', 'rendi'],
  qualBefore: { over: ['més de'], approximately: ['uns', 'unes', 'al voltant de', 'aproximadament', 'prop de'], 'at least': ['almenys', 'com a mínim'], 'up to': ['fins a'] },
  scale: { 'mil$': 1e3 },
  vague: { 'milers': 1000, 'centenars': 100 },
  stop: ['el', 'els', 'les', 'del', 'dels', 'i', 'que', 'per', 'amb', 'una', 'segons', 'han', 'va', 'més', 'es', 'al', 'als', 'però'],
  postnominal: true,
  relatives: ['es'],
  letters: ['ï'],
  gates: { anyCase: ['corea'], capitalised: ['pyong', 'kim'] },
};
