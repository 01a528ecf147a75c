import type { Lexicon } from './types';

// German: nouns compound freely ("Elitesoldaten", "Nordkorea-Truppen"), so personnel stems
// may start inside a word (`~`).
export const de: Lexicon = {
  lang: 'de',
  // "sie" is also "she": only before a plural verb (plurals end in -en)
  // "diese", "beide", "die beiden" stand for the troops as a subject only before a finite verb
  // (otherwise they are an article: "diese Woche", "beide Seiten").
  pronouns: [
    'sie(?=\\s+(?:sind|\\p{L}+en)(?!\\p{L}))',
    // a share of them ("viele von ihnen", "einer der beiden"), and "sie" after a plural verb ("Nun sollen sie")
    '(?:viele|die meisten|einige|mehrere|hunderte|tausende|dutzende|alle)\\s+von\\s+ihnen',
    'einer\\s+der\\s+beiden',
    '(?<=(?:sind|waren|wurden|werden|sollen|sollten|haben|hatten|müssen|mussten|können|konnten|dürften)\\s+)sie(?!\\p{L})',
    '(?:diese|beide|die\\s+beiden)(?=\\s+(?:sind|waren|wurden|werden|sollen|sollten|haben|hatten|müssen|mussten|können|konnten|dürften|kämpfen|kämpften)(?!\\p{L}))',
  ],
  standIns: ['einer von ihnen', 'eine[mn] von ihnen', 'eine[rnm]? der beiden$', 'die (?:beiden|zwei) männer', 'beide männer', 'den (?:beiden|zwei) männern', 'de[rnm] verwundeten? mann$', 'de[rnm] verletzten? mann$', 'de[rnm] gefangenen? mann$', 'die (?:verwundeten|verletzten|gefangenen) männer'],
  spaced: true,
  support: ['unterstütz', 'solidarität', 'solidarisch', 'rückendeckung', 'beistand'],
  oblique: ['ihnen'],
  dispatch: ['entsandt', 'geschickt', 'verlegt', 'eingesetzt', 'stationiert', 'verschifft'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate); not "sein" (also "to be")
  singular: ['er', 'ihn', 'ihm', 'seine[mnrs]?'],
  fate: [
    'gefangen genommen', 'gefangengenommen', '~gefangenschaft', 'kriegsgefangen', '~verwundet', '(?:schwer|leicht|lebensgefährlich) verletzt',
    'verletzungen$', 'verwundungen$', 'wunden$', 'erlag$', 'erlegen$', 'verhör', 'ergab sich', 'im kampf gefallen', 'an der front gefallen',
    '(?:in|im) (?:einem |einen |dem |den )?(?:schützengraben|bunker|unterstand)$',
  ],
  speech: ['sagte$', 'sagt$', 'erklärte$', 'erklärt$', 'betonte$', 'betont$', 'forderte$', 'fordert$', 'warnte$', 'warnt$', 'kündigte', 'lobte$', 'dankte$', 'dass$'],
  agentMarks: { before: ['von$', 'vom$'] },
  nk: ['nordkorea', 'nord-korea', 'kims?$', 'kcna$', 'pjöngjang', 'pjoengjang', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'dvrk$', 'demokratische\\p{L}{0,2} volksrepublik korea'],
  north: ['dem norden$', 'des nordens$'],
  own: ['seine\\p{L}?', 'ihre\\p{L}?', 'eigene\\p{L}?', 'besten', 'elite\\p{L}*'],
  munitions: ['~raketen$', '~granaten$', '~munition$', '~waffen$', 'drohnen$'],
  fused: ['nordkoreaner', 'koreanische\\p{L}{0,2} volksarmee', 'kva$'],
  strong: ['sturmkorps', 'storm[\\s-]{1,3}korps', 'storm corps', '["„“\']sturm["“”\'][\\s-]{1,3}korps', '11\\. (?:armee)?korps', 'elfte\\p{L}{0,2} (?:armee)?korps'],
  anaphora: ['diese', 'diesen', 'dieser', 'beide', 'beiden', 'einer der', 'einem der', 'einen der', 'der andere', 'den anderen', 'dem anderen', 'der erste', 'der zweite'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'Leichen$', 'Leichname?$', 'sterblichen? Überreste', 'Särge$',
    '~soldat', '~truppe', '~streitkräfte', '~streitkraefte', '~streitmacht', 'militärs$', 'militaers$', '~kämpfer', '~kaempfer',
    'einheiten$', 'einheit$', 'kontingent', 'korps$', '~gefangene', '~gefangenen$', 'söldner', 'soeldner', 'pioniere$', '~infanterist',
    'infanterie', 'militärangehörig', 'armeeangehörig', '~spezialkräfte', '~spezialkraefte', '~einsatzkräfte', '~einsatzkraefte', 'sonderkräfte', 'spezialeinheit', 'militärpersonal', 'militaerpersonal', 'armeepersonal', 'militärdienstleistende', 'verbände$', 'verband$', 'brigade', 'bataillon',
    'offiziere$', 'rekruten$', 'scharfschützen$', '~artillerist', 'mann$', 'verluste$', 'personalverluste', 'kampftruppe', 'bodentruppe', 'minenräumer', 'personal$',
    'opfer$', '~tote$', '~toten$', '~verwundete$', '~verwundeten$', '~piloten$', 'drohnenführer', 'drohnenbediener', '~operatoren$', 'kommandeure$', 'generäle$', 'militärberater', '~pioniere$',
    'kriegseintritt', 'kriegsbeteiligung', 'kanonenfutter',
    // the capture stands for the captives ("bestätigte die Gefangennahme"), as "Gefangenenaustausch" does
    'gefangennahme',
    // entering the war ("in den Krieg eintreten", "in den Krieg eingreifen")
    'in den krieg (?:ein(?:treten|tritt|trat|traten|getreten|greifen|greift|griff|griffen|gegriffen|steigen|steigt|gestiegen)|ziehen|zieht|zog|zogen|gezogen)$',
    'waffenspezialist', 'militärspezialist', 'militärexpert', 'militärtechniker', 'militäringenieur', 'militärausbilder', 'präsenz$', 'beteiligung$', 'teilnahme$', 'rüstungstechniker', 'märtyrer', 'gefallenen?$'],
  persWeak: ['armee$', 'militär$'],
  ctx: [
    'ukrain', 'kursk', 'kiew', 'kyjiw', 'kyiv', 'selenskyj', 'front$', 'fronten$', 'frontlinie', 'frontabschnitt', 'schlachtfeld',
    'gefecht', 'kampfgebiet', 'kampfeinsatz', 'donbass', 'donezk', 'saporischschja', 'charkiw', 'belgorod', 'cherson',
    'kriegsgefangen', 'gefallen', 'angriffskrieg', 'sudscha', 'gefangen', 'verhör',
  ],
  ctxWeak: [
    'russland', 'schlacht', 'russisch', 'moskau', 'kreml', 'putin', 'entsandt', 'entsendet', 'entsenden', 'entsendung', 'geschickt', 'schickt',
    'schicken', 'verlegt', 'stationiert', '~offensive', 'schützengr', 'kampf', 'kämpf', 'kaempf', 'verstärkung', 'verstaerkung', 'nachschub', 'gekämpft', 'gekaempft', 'einsatz', 'krieg$', 'verluste', 'getötet', 'getoetet', 'drohnen', '~truppenhilfe', 'söldner', 'kanonenfutter',
    'orden$', 'auszeichnung', 'held', 'denkmal', 'gedenk', 'gefallene', 'befreiung', 'auslandseinsatz', 'auslandsoperation', 'medaille', 'minenräumung', 'entminung', 'eingetroffen', 'angekommen', 'kriegs', '~kriegs', '~krieg$', '~krieges$',
    // occupation forces, and the "neo-Nazis" of Moscow's and Pyongyang's word for Ukraine's army
    '~besatzungs(?:truppe|armee|macht|streitkr|soldat|gebiet)', 'besatzer', '~neonazi'],
  neg: [
    'dmz$', 'entmilitarisiert', '~parade', '~manöver', '~übung', '~uebung', 'überläufer', 'übergelaufen', 'geflohen', 'flucht',
    '(?<!seit dem )koreakrieg', 'waffenstillstand', 'innerkoreanisch', 'baustelle', '~staatsbesuch',
    'vietnamkrieg',
    'warnschüsse', 'demarkationslinie', '~kriegsvorbereitung', '~kriegsbereitschaft', 'kampfbereitschaft'],
  labour: ['~arbeiter(?!partei)', 'arbeitskräfte', '~arbeitslager', 'zwangsarbeit', 'arbeitsmigrant'],
  history: ['waffenstillstandsabkommen', 'panmunjom'],
  foreign: ['russisch', 'russlands$', 'ukrainisch', 'südkorea', 'amerikanisch', 'us-', 'chinesisch', 'nato-', 'westlich', 'kiews$', 'moskaus$', 'belarussisch', 'tschetschenisch'],
  deployNoun: ['(?<=\\p{L}-)einsatz$', '~truppeneinsatz', '~soldateneinsatz', '~kriegseinsatz', '~fronteinsatz', '~auslandseinsatz', '~kampfeinsatz', '~truppenentsendung', 'militärintervention', 'militäreinsatz'],
  foreignAfter: ['russlands$', 'der ukraine', 'kiews$', 'moskaus$'],
  // losses in compounds too: Kriegstote, Truppenverluste, Schwerverwundete
  fallen: ['märtyrer', 'gefallenen?$'],
  killed: ['sterben$', 'stirbt$', 'starb$', 'getötet', 'getoetet', '~tote$', '~toten$', 'gefallen', 'ums leben', 'starben', 'gestorben', 'tod$', 'todesopfer', 'überreste', 'ueberreste'],
  injured: ['~verwundet', 'verletzt'],
  casualties: ['~verluste', 'opfer$', 'opfern$'],
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
  letters: ['ß'],
  linkers: ['von', 'der', 'das', 'aus', 'durch', 'entsandt', 'entsandten'],
  ownerPrepositions: ['von', 'aus', 'durch'],
  range: { to: ['bis'], and: ['und'], between: ['zwischen'] },
  abbreviations: ['z.b', 'd.h', 'bzw', 'ca', 'vgl', 'nr', 'hr', 'fr', 'dt'],
  gates: { anyCase: ['kore', 'corps', 'korps'], capitalised: ['kva', 'kcna', 'dvrk', 'pyong', 'pjöng', 'pjoeng', 'kim'] },
};
