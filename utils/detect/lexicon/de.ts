import type { Lexicon } from './types';

// German: nouns compound freely ("Elitesoldaten", "Nordkorea-Truppen"), so personnel stems
// may start inside a word (`~`).
export const de: Lexicon = {
  lang: 'de',
  spaced: true,
  nk: ['nordkorea', 'nord-korea', 'kims?$', 'kcna$', 'pjöngjang', 'pjoengjang', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'dvrk$', 'demokratische\\p{L}{0,2} volksrepublik korea'],
  north: ['dem norden$', 'des nordens$'],
  own: ['seine\\p{L}?', 'ihre\\p{L}?', 'eigene\\p{L}?', 'besten', 'elite\\p{L}*'],
  munitions: ['~raketen$', '~granaten$', '~munition$', '~waffen$', 'drohnen$'],
  fused: ['nordkoreaner', 'koreanische\\p{L}{0,2} volksarmee', 'kva$'],
  strong: ['sturmkorps', 'storm[\\s-]{1,3}korps', 'storm corps', '["„“\']sturm["“”\'][\\s-]{1,3}korps', '11\\. (?:armee)?korps', 'elfte\\p{L}{0,2} (?:armee)?korps'],
  pers: [
    '~soldat', '~truppe', '~streitkräfte', '~streitkraefte', '~streitmacht', 'militärs$', 'militaers$', '~kämpfer', '~kaempfer',
    'einheiten$', 'einheit$', 'kontingent', 'korps$', '~gefangene', '~gefangenen$', 'söldner', 'soeldner', 'pioniere$', '~infanterist',
    'infanterie', 'militärangehörig', 'armeeangehörig', '~spezialkräfte', 'spezialeinheit', 'verbände$', 'verband$', 'brigade', 'bataillon',
    'offiziere$', 'rekruten$', 'scharfschützen$', '~artillerist', 'mann$', 'verluste$', 'kampftruppe', 'bodentruppe', 'minenräumer', 'personal$',
  ],
  persWeak: ['armee$', 'militär$'],
  ctx: [
    'ukrain', 'kursk', 'kiew', 'kyjiw', 'kyiv', 'selenskyj', 'front$', 'fronten$', 'frontlinie', 'frontabschnitt', 'schlachtfeld',
    'gefecht', 'kampfgebiet', 'kampfeinsatz', 'donbass', 'donezk', 'saporischschja', 'charkiw', 'belgorod', 'cherson',
    'kriegsgefangen', 'gefallen', 'angriffskrieg', 'sudscha', 'gefangen', 'verhör',
  ],
  ctxWeak: [
    'russland', 'russisch', 'moskau', 'kreml', 'putin', 'entsandt', 'entsendet', 'entsenden', 'entsendung', 'geschickt', 'schickt',
    'schicken', 'verlegt', 'stationiert', 'kämpf', 'kaempf', 'einsatz', 'krieg$', 'verluste', 'getötet', 'getoetet', 'drohnen', '~truppenhilfe', 'söldner', 'kanonenfutter',
  ],
  neg: [
    'dmz$', 'entmilitarisiert', '~parade', '~manöver', '~übung', '~uebung', 'überläufer', 'übergelaufen', 'geflohen', 'flucht',
    '(?<!seit dem )koreakrieg', 'waffenstillstand', 'innerkoreanisch', '~arbeiter', 'arbeitskräfte', 'baustelle',
  ],
  foreign: ['russisch', 'russlands$', 'ukrainisch', 'südkorea', 'amerikanisch', 'us-', 'chinesisch', 'nato-', 'westlich', 'kiews$', 'moskaus$', 'belarussisch', 'tschetschenisch'],
  deployNoun: ['~einsatz$', '~truppenentsendung', 'militärintervention', 'militäreinsatz'],
  foreignAfter: ['russlands$', 'der ukraine', 'kiews$', 'moskaus$'],
  killed: ['getötet', 'getoetet', 'tote$', 'toten$', 'gefallen', 'ums leben', 'starben', 'gestorben', 'tod$', 'todesopfer'],
  injured: ['verwundet', 'verletzt', 'verwundete'],
  casualties: ['verluste', 'opfer$', 'opfern$'],
  captured: ['gefangen', 'gefangennahme', 'festgenommen', 'ergeben', 'verhör', 'kriegsgefangen'],
  decision: ['entsandt', 'entsendet', 'entsend', 'geschickt', 'schick', 'verlegt', 'entscheidung', 'entschieden', 'beschlossen', 'befohlen'],
  motives: ['im austausch', 'gegenleistung', 'hebel', 'motiv', 'warum', 'belohnung', 'bezahl', 'technolog', 'devisen', 'kampferfahrung', 'nutzen', 'ziel$', 'ziele$'],
  implications: ['allianz', 'bündnis', 'folgen', 'konsequenz', 'bedrohung', 'eskalation', 'verurteil', 'sanktion', 'sicherheit', 'vertrag', 'nato$', 'halbinsel', 'auswirkung'],
  units: ['sturmkorps', 'storm[\\s-]{1,3}korps', 'korps$', 'integriert', 'eingegliedert', 'marineinfanterie', 'luftlande', 'brigade', 'bataillon', 'spezialeinheit', 'elite'],
  location: ['kursk', 'front', 'region', 'grenze', 'schlachtfeld', 'stellung', 'dorf', 'dörfer', 'fernost', 'fernen osten', 'wladiwostok', 'truppenübungsplatz'],
  qualBefore: {
    over: ['mehr als', 'über', 'ueber', 'gut'],
    approximately: ['rund', 'etwa', 'ca\\.', 'circa', 'ungefähr', 'geschätzt', 'schätzungsweise'],
    'at least': ['mindestens', 'wenigstens'],
    'up to': ['bis zu'],
    under: ['weniger als', 'knapp', 'fast', 'beinahe', 'unter'],
  },
  scale: { 'tausend': 1e3, 'millionen?': 1e6, 'mio\\.?': 1e6 },
  vague: { 'zehntausende': 10000, 'tausende': 1000, 'hunderte': 100, 'dutzende': 12, 'mehrere tausend': 1000 },
  numWords: { 'zwei$': 2, 'drei$': 3, 'vier$': 4, 'fünf$': 5, 'zehn$': 10 },
  stop: ['der', 'die', 'das', 'und', 'nicht', 'mit', 'von', 'den', 'ist', 'sind', 'sich', 'auf', 'dem', 'nach', 'laut', 'wurden', 'haben', 'hat', 'ein', 'eine', 'im', 'einen', 'einem', 'zu', 'auch', 'wie', 'warum', 'seine', 'für', 'aus', 'bei', 'noch', 'nur', 'über', 'wird', 'werden', 'dass', 'es', 'sie', 'er'],
};
