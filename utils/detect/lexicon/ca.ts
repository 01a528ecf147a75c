import { behind, NO_WORD } from './behind';
import type { Lexicon } from './types';

// the plural demonym is a noun after a determiner or a number ("els nord-coreans")
const DET = '(?:^|[^\\p{L}])(?:els|dels|als|uns|de|amb|i|dos|tres|quatre|cinc|sis|set|vuit|nou|deu|diversos|aquests|[0-9]) ';
// the feminine plural, of the troops ("les nord-coreanes", tropes understood)
const DET_F = '(?:^|[^\\p{L}])(?:les|unes) ';
// "militars" is a noun after a determiner, a number or nothing ("els militars nord-coreans"), an
// adjective after another noun ("llaços militars", "analistes militars")
// (right before the name it still makes personnel of the noun before it: "operarios militares norcoreanos")
const MIL_DET = '(?:^|[^\\p{L}])(?:els|uns|dels|als|de|amb|per|entre|seus|aquests|aquells|diversos|molts|alguns|altres|dos|tres|quatre|cinc|deu|cent|mil|[0-9]) ';

export const ca: Lexicon = {
  lang: 'ca',
  standIns: ["un d'ells", 'els que van lluitar', 'els que han lluitat', 'els que van combatre', '(?:aquest|aquell) desplegament', 'els dos homes', 'ambdós homes'],
  spaced: true,
  support: ['suport', 'recolz', 'solidari'],
  oblique: ['d\'ells', 'd’ells', '(?:a|amb|per|entre|sobre|contra|sense|de) ells'],
  dispatch: ['enviats', 'desplegats', 'traslladats'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['ell'],
  fate: [
    '(?:ser|estat|fou) (?:(?:greument|lleument) )?(?:capturat|ferit|interrogat|fet presoner)$', 'fet presoner', 'captiveri$', 'presoner de guerra', 'ferides$',
    'interrogatori', 'es va rendir', 'en (?:una|la|un|el) (?:trinxera|búnquer)$',
  ],
  fateAlone: ['va ser capturat', 'va ser fet presoner', 'va resultar (?:greument |lleument )?ferit$', 'va morir per les ferides', 'es va rendir'],
  speech: ['va (?:dir|afirmar|declarar|afegir|advertir|demanar|agrair|elogiar|exigir)$', 'diu$', 'ha dit'],
  pronouns: ['ells'],
  nk: ['corea del nord', 'nord-corean', 'nordcorean', 'nord-core[àa]$', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'kim$', 'rpdc$', 'rpd de corea', 'república popular democràtica de corea'],
  nkWeak: ['corean[ae]?s?$', 'coreà$'],
  fused: [behind(DET, 'nord-coreans$'), behind(DET_F, 'nord-coreanes$'), 'exèrcit popular de corea'],
  munitions: ['míssils?$', 'projectils$', 'obusos$', 'coets$', 'munici', 'armes$', 'drons?$'],
  strong: ['storm corps'],
  anaphora: ['aquests', 'aquestes', 'aquells', 'ambdós', 'un dels', 'l\'altre', 'l’altre', 'el primer', 'el segon'],
  pers: ['soldats$', 'soldat$', 'tropes$', 'forces armades$', 'forces$', behind(MIL_DET, 'militars$', NO_WORD), 'militars(?= (?:nord-corean|nordcorean|de corea del nord|de pyongyang))', 'combatents$', 'unitats$', 'contingent', 'presoners$', 'presoner$', 'mercenaris$', 'efectius$', 'captius$', 'sapadors$', 'genistes$', 'desminadors$', 'infanteria', 'oficials$', 'comandants$', 'pilots$',
    // singulars that are also adjectives or titles (an official agency, the supreme commander, a pilot scheme): only before the name
    'oficial(?= nord-?coreà(?!\\p{L}))', 'comandant(?= (?:nord-?coreà|de (?:corea del nord|pyongyang|la rpdc))(?!\\p{L}))',
    'pilot(?= (?:nord-?coreà|de (?:corea del nord|pyongyang|la rpdc))(?!\\p{L}))',
    'unitat(?= (?:nord-?coreana|militar|d\'elit|de (?:corea del nord|pyongyang|la rpdc))(?!\\p{L}))',
    'militar(?<=(?:^|[^\\p{L}])(?:un|el|del|al) militar)$', 'enginyers$', 'generals$', 'baixes$', 'morts$', 'ferits$', 'forces especials', 'força especial', '(?:força|forces) d\'operacions especials', 'instructors$', 'personal militar', 'presència(?! (?:de|del) (?:kim|líder|dirigent|president))$', 'participació(?! (?:de|del) (?:kim|líder|dirigent|president))$', 'implicació$', 'reforços$', 'reclutes$', 'batall(?:ó|ons)$', 'brigades?$', 'regiments?$', 'combatent$', 'presoners? de guerra', 'màrtirs$', 'taüts$', 'franctiradors$', 'artillers$', 'paracaigudistes$', 'tanquistes$', 'operadors de drons', 'infants de marina'],
  own: ['seus', 'seves', 'millors', 'propis'],
  persWeak: ['exèrcit$', 'homes$'],
  ctx: ['ucraïn', 'ucrain', 'kursk', 'kíiv', 'kiev', 'zelenski', 'front$', 'línia del front', 'camps? de batalla', 'combats$', 'presoners de guerra', 'captura', 'interroga', 'donbass', 'donetsk', 'carn de canó'],
  ctxWeak: ['perdut$', 'rússia', 'rus$', 'repatri', 'sacrifici', 'russos?$', 'russes$', 'russa$', 'ofensiva', 'assalts?$', 'moscou', 'kremlin', 'putin', 'envia', 'enviat', 'desplegat', 'combat', 'guerra$', 'baixes$', 'enviar', 'envi[aà]ment', 'desplega', 'lluit', 'lluita', 'morts$', 'ferits$', 'herois$', 'medalles?$', 'condecora', 'monument', 'memorial', 'alliberament', 'caiguts$', 'desminatge', 'arribat', 'arribaren$'],
  neg: ['zona desmilitaritzada', 'línia de demarcació', 'desfilada', 'exercicis', 'maniobres', 'desert', '(?<!des de la )guerra de corea', 'armistici', 'desfilades'],
  labour: ['(?<!partit dels )treballadors?(?! del partit)', 'obrers', 'paletes$', 'mà d.obra'],
  history: ['armistici', 'panmunjom'],
  foreign: ['rus$', 'russ[ao]s?$', 'russes$', 'ucraïnes', 'ucraïnesos', 'sud-corean', 'americans?$', 'xinesos'],
  killed: ['morts?$', 'morir', 'abatuts'], injured: ['ferits?$'], casualties: ['baixes$', 'pèrdues'], captured: ['capturats?$', 'presoners?$', 'rendi'],
  qualBefore: { over: ['més de'], approximately: ['uns', 'unes', 'al voltant de', 'aproximadament', 'prop de'], 'at least': ['almenys', 'com a mínim'], 'up to': ['fins a'] },
  scale: { 'mil$': 1e3 },
  vague: { 'milers': 1000, 'centenars': 100 },
  stop: ['el', 'els', 'les', 'del', 'dels', 'i', 'que', 'per', 'amb', 'una', 'segons', 'han', 'va', 'més', 'es', 'al', 'als', 'però', 'de', 'la', 'en', 'un', 'també', 'són', 'seu', 'seva', 'seus', 'seves', 'aquest', 'aquesta', 'aquests', 'aquestes', 'això', 'perquè', 'hi', 'ha', 'molt', 'pel', 'pels', 'fins', 'sobre', 'com', 'quan', 'on', 'van', 'ja', 'encara', 'cap', 'dues', 'sense', 'entre', 'a'],
  postnominal: true,
  linkers: ['de', 'del', 'els', 'les', 'per', 'enviats'],
  ownerPrepositions: ['de', 'del', 'per'],
  range: { and: ['i'] },
  relatives: ['es'],
  // (not French "héroïque", "mosaïque": Catalan writes "heroica")
  letters: ['ï(?!ques?(?!\\p{L}))', 'l·l', 'ció(?!\\p{L})'],
  gates: { anyCase: ['corea', 'coreà'], capitalised: ['pyong', 'kim', 'rpdc'] },
};
