import type { Lexicon } from './types';

export const nl: Lexicon = {
  lang: 'nl',
  // "ze", "zij" are also "she": only before a plural verb (plurals end in -en)
  // "de twee", "beiden" stand for the troops as a subject only before a finite verb; "die" (also a
  // relative pronoun and an article) only before a verb of fighting.
  pronouns: [
    'ze(?=\\s+\\p{L}+en(?!\\p{L}))',
    'zij(?=\\s+\\p{L}+en(?!\\p{L}))',
    // a share of them ("velen van hen", "een van beiden"), and "ze" after a plural verb ("Nu worden ze")
    '(?:velen|de meesten|sommigen|enkelen|honderden|duizenden|tientallen|allen)\\s+van\\s+hen',
    'een\\s+van\\s+(?:beiden|de\\s+twee)',
    '(?<=(?:worden|werden|zijn|waren|hebben|hadden|zullen|zouden|moeten|moesten|kunnen|konden)\\s+)(?:ze|zij)(?!\\p{L})',
    'die(?=\\s+(?:vechten|vochten|strijden|streden|sneuvelden)(?!\\p{L}))',
    '(?:de twee|beiden)(?=\\s+(?:zijn|waren|worden|werden|hebben|hadden|zullen|zouden|moeten|moesten|kunnen|konden|vechten|vochten|strijden|streden)(?!\\p{L}))',
  ],
  standIns: ['een van hen', 'één van hen', 'een van beiden', 'de twee mannen', 'beide mannen', 'de (?:gewonde|gevangengenomen|gevangen) man(?:nen)?$', '^de ander$', 'de twee(?= (?:in|op|zijn|waren|werden|worden|hebben|hadden|zouden|liggen|lagen|zitten|zaten|krijgen|kregen)(?!\\p{L}))'],
  spaced: true,
  support: ['steun', 'gesteund', 'ondersteun', 'solidari', 'solidair'],
  oblique: ['hen'],
  dispatch: ['gestuurd', 'ingezet', 'uitgezonden', 'gestationeerd', 'overgebracht'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate); not "zijn" (also "to be")
  singular: ['hij', 'hem'],
  fate: [
    'gevangengenomen', 'gevangen genomen', 'krijgsgevangen', 'gevangenschap', '(?:werd|is|was|raakte) (?:(?:zwaar|licht|ernstig) )?gewond', 'gewond geraakt',
    'verwondingen$', 'bezweken', 'overleden aan', 'verhoor', 'ondervraagd', 'ondervraging', 'gaf zich over', 'in (?:een|de|het) (?:loopgraaf|bunker|schuttersput)$',
  ],
  speech: ['zei$', 'zegt$', 'verklaarde', 'benadrukte', 'waarschuwde', 'eiste', 'riep', 'prees', 'bedankte', 'voegde'],
  agentMarks: { before: ['door$'] },
  nk: ['noord-korea', 'noordkorea', 'kims?$', 'pyongyang', 'pjongjang', 'kim jong[\\s-]{0,2}un', 'dvk$', 'democratische volksrepubliek korea'],
  north: ['het noorden$'],
  own: ['zijn', 'haar', 'hun', 'eigen', 'beste'],
  munitions: ['raketten$', 'granaten$', 'munitie$', 'wapens$', 'drones$'],
  fused: ['noord-koreanen$', 'noordkoreanen$', 'noord-koreaan$', 'noordkoreaan$', 'koreaanse volksleger'],
  strong: ['stormkorps', 'storm corps', 'storm-korps', '11e (?:leger)?korps'],
  anaphora: ['deze', 'beide', 'een van de', 'de ene', 'de andere', 'de ander', 'de eerste', 'de tweede'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'lichamen$', 'stoffelijke overschotten', 'doodskisten$','gesneuvelde helden', 'gevallen helden', 'man(?<=(?:\\d\\d\\d|duizend)[\\s\\u00a0]+man)$', 'helden(?= die (?:sneuvelden|omkwamen|vochten|zijn gesneuveld))', 
    '~soldaten$', 'soldaat$', '~troepen$', 'strijdkrachten', 'militairen$', 'strijders$', 'eenheden$', 'eenheid$', 'contingent',
    'korps$', 'krijgsgevangen', 'gevangenen$', 'huurling', 'manschappen', 'infanterie', 'mijnenruimers$', 'ontmijners$', 'militaire bouw(?:vakk)?ers$', '~piloten$', 'drone-?operators$', 'dronebestuurders$', 'genietroepen$', 'geniesoldaten$', 'speciale eenheden', 'special forces', 'gevangene$', 'militair personeel', 'commando', 'rekruten$', 'scherpschutters$',
    'versterkingen$', 'officieren$', 'genisten$', 'militair$', 'artilleristen$', '~troepen', 'verliezen$',
    'doden$', 'gewonden$', 'slachtoffers$', 'piloten$', 'commandanten$', 'generaals$',
    'aanwezigheid$', 'betrokkenheid$', 'deelname$', 'sluipschutters?$', 'martelaren$', 'kanonnenvlees'],
  persWeak: ['leger$'],
  ctx: ['oekraïn', 'oekrain', 'oekraïens', 'oekraiens', 'koersk', 'kursk', 'kiev', 'kyiv', 'zelensky', 'front$', 'frontlinie', 'loopgra', 'slagveld', 'gevecht', 'donbas', 'krijgsgevangen', 'gesneuveld', 'soedzja', 'gevangengenomen', 'verhoor'],
  ctxWeak: ['rusland', 'russisch', 'moskou', 'kremlin', 'poetin', 'gestuurd', 'stuurt', 'stuurde', 'sturen', 'gezonden$', 'ingezet', 'gestationeerd', 'vechten', 'vecht', 'vochten$', 'gevochten', 'strijden', 'strijdt', 'streden$', 'sneuvelden$', 'ingezet', 'overgebracht', 'gestuurde', 'uitgezonden', 'aanval', 'offensief', 'oorlog$', 'verliezen', 'drones?$', 'troepeninzet', 'inzet$', 'komst$', 'huurling', 'helden$', 'heldhaftig', 'medaille', 'onderscheiden$', '(?:staats|dapperheids)?onderscheiding', 'monument', 'gedenkteken', 'herdenk', 'gesneuvelde', 'bevrijding', 'gedood$', 'omgekomen$', 'gewond$', 'kanonnenvlees', 'ontmijn', 'aangekomen', 'arriveerden$',
    // honours ("ter ere van de militairen", "eerbetoon", "gehuldigd"), the "neo-Nazis" of Moscow's and Pyongyang's word for Ukraine's army
    'ter ere van', 'eerbetoon', 'huldig', 'gehuldigd', 'neonazi'],
  neg: ['dmz$', 'gedemilitariseerde', 'parade', 'oefen', 'geoefend', 'overloper', 'overgelopen', 'gedeserteerd', 'gevlucht', '(?<!sinds de )koreaanse oorlog', 'wapenstilstand', 'waarschuwingsschoten', 'grens over', 'luidspreker', 'staatsbezoek'],
  labour: ['arbeiders(?!partij)', 'werknemers'],
  foreign: ['russische', 'russen$', 'oekraïense', 'oekraiense', 'zuid-korea', 'amerikaanse', 'chinese', 'westerse', 'navo-'],
  fallen: ['martelaren$'],
  killed: ['sterven$', 'sterft$', 'stierven$', 'gedood', 'doden$', 'dood$', 'omgekomen', 'gesneuveld', 'om het leven'],
  injured: ['gewond'],
  casualties: ['verliezen$', 'slachtoffers$'],
  captured: ['gevangengenomen', 'gevangen', 'krijgsgevangen', 'overgegeven', 'verhoord'],
  decision: ['gestuurd', 'stuurde', 'sturen', 'ingezet', 'besluit', 'besloten', 'bevolen'],
  motives: ['in ruil', 'hefboom', 'motie', 'motief', 'waarom', 'beloning', 'betaling', 'technolog', 'deviezen', 'gevechtservaring', 'tegenprestatie'],
  implications: ['alliantie', 'bondgenootschap', 'gevolgen', 'dreiging', 'escalatie', 'veroordeel', 'sancties', 'veiligheid', 'verdrag', 'navo$', 'schiereiland'],
  units: ['stormkorps', 'storm corps', 'korps$', 'geïntegreerd', 'ingelijfd', 'mariniers', 'luchtlandings', 'brigade', 'bataljon', 'elite'],
  location: ['koersk', 'kursk', 'front', 'regio', 'grens', 'slagveld', 'stellingen', 'dorpen', 'verre oosten', 'vladivostok'],
  qualBefore: {
    over: ['meer dan', 'ruim', 'boven de'],
    approximately: ['ongeveer', 'zo\'n', 'circa', 'rond de', 'naar schatting', 'ca\\.'],
    'at least': ['minstens', 'ten minste', 'tenminste'],
    'up to': ['tot wel', 'tot'],
    under: ['minder dan', 'bijna', 'nagenoeg'],
  },
  scale: { 'duizend': 1e3, 'miljoen': 1e6 },
  vague: { 'tienduizenden': 10000, 'duizenden': 1000, 'honderden': 100, 'tientallen': 10 },
  numWords: { 'twee$': 2, 'drie$': 3, 'vier$': 4, 'vijf$': 5, 'tien$': 10 },
  stop: ['de', 'het', 'een', 'en', 'van', 'zijn', 'niet', 'met', 'volgens', 'worden', 'naar', 'dat', 'op', 'heeft', 'hebben', 'werden', 'voor', 'ook', 'waarom', 'maar', 'nog', 'wordt', 'zou', 'bij', 'uit', 'om'],
  linkers: ['van', 'uit', 'het', 'door', 'der'],
  ownerPrepositions: ['van', 'uit', 'door'],
  range: { to: ['tot'], and: ['en'], between: ['tussen'] },
  gates: { anyCase: ['kore', 'corps', 'korps'], capitalised: ['dvk', 'pyong', 'pjong', 'kim'] },
};
