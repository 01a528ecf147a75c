import type { Lexicon } from './types';

export const et: Lexicon = {
  lang: 'et',
  oblique: ['neid', 'neile', 'nendega', 'neist', 'nendele'],
  dispatch: ['saadet', 'paigutat'],
  standIns: ['üks neist', 'kaks meest', 'mõlemad mehed'],
  anaphora: ['need', 'nende', 'mõlemad'],
  spaced: true,
  support: ['toet', 'solidaarsus'],
  pronouns: ['nad', '(?:paljud|enamik|mõned|sajad|tuhanded|kümned)\\s+neist'],
  nk: ['põhja-korea', 'pohja-korea', 'pyongyang', 'phenjan', 'kim jong[\\s-]{0,2}un', 'kim(?:i|ile|il)?$', 'kcna$', 'krdv$', 'korea rahvademokraatlik vabariik'],
  fused: ['põhjakorealas', 'põhja-korealas', 'korea rahvaarmee'],
  strong: ['tormi ?korpus', 'storm corps'],
  pers: ['sõdur', 'väe', 'vägi', 'jõud', 'üksus', 'sõjavang', 'palgasõdur', 'võitleja', 'kontingent', 'kaotus', 'hukkunu', 'haavatu', 'ohvitser', 'kindral', 'piloo', 'sapöör', 'demineerij', 'osalus', 'kohalolek', 'märtrid', 'märtrite', 'kahuriliha',
    // servicemen (not the adjective sõjaväeline), the troops' other cases, compounds
    'sõjaväela(?:ne|s)', '~väela(?:ne|s)', 'langevarjur', 'ajateenij', 'sõjame(?:es|he)', 'droonioperaator', 'droonijuh', 'snaipr', 'kommando', 'väge(?:d|de|sid)', 'relvajõ', '(?:eri|lahingu|luure|ründe|dessant)üksus', '(?:eri|dessant|maa|abi)vä(?:gi|e|ge)', 'komandör', 'sõjaväeehitaj', 'sõjaväelised ehitaj', 'snaiper'],
  // the army (an institution word: with context only)
  persWeak: ['armee', 'sõjavägi$', 'sõjaväge$'],
  // Koreans as people: North Korea's soldiers only with strong context
  fusedWeak: ['korealas(?:ed|i|te|tele|teks)$'],
  ctx: ['ukrain', 'kursk', 'kiiev', 'zelenski', 'rinne', 'rinde', 'lahinguväl', 'lahing', 'kaevik', 'sõjavang', 'vangi võet', 'vangistus', 'üle kuula', 'ülekuula'],
  ctxWeak: ['venemaa', 'vene$', 'moskva', 'kreml', 'putin', 'paigut', 'sõda', 'sõja', 'saadet', 'saatis', 'saatnud', 'lähetat', 'võitle', 'kaotus', 'hukk', 'haavat', 'kangelas', 'medal', 'mälestusmärk', 'vabastam', 'pealetung', 'rünnak', 'droon', 'saabu', 'langenu', 'langes$', 'surnukeh', 'säilm', 'kirst'],
  neg: ['demilitariseeritud', '~paraad', '~õppus', 'ülejooksik', 'jooksi(?:s|d) üle', 'üle jooksnud', 'korea sõ(?:da|ja)(?:s|st|l|le|lt|ga|ks)?$', 'korea sõjaveteran'],
  labour: ['tööli(?!spartei)'],
  foreign: ['vene$', 'venemaa$', 'ukraina$', 'lõuna-korea', 'ameerika'],
  killed: ['surev', 'suri$', 'hukkus', 'tapetud', 'surnud'], injured: ['haavat'], captured: ['vangi', 'sõjavang', 'kinni võetud'],
  stop: ['ja', 'on', 'et', 'ei', 'see', 'kui', 'ka', 'oli', 'mis', 'aga', 'nagu', 'või', 'olid'],
  letters: ['õ'],
  range: { and: ['ja'] },
  gates: { anyCase: ['kore'], capitalised: ['pyong', 'phenja', 'kim', 'kcna', 'krdv'] },
  abbreviations: ['tuh', 'mln', 'kindr'],
  // Page reading (types.ts singular ... history)
  singular: ['tema', 'ta', 'teda', 'talle', 'temale', 'temaga', 'temast'],
  fate: ['vangi lang', 'vangi võeti', 'vangi võetud', 'vangistuses', 'vangistusse', 'sõjavang', 'haavata sa', 'haavatud', 'haavadesse', 'vigastustesse', 'üle kuula', 'ülekuula', 'alistus', 'kaevikus', 'kaevikusse', 'punkris'],
  // his fate where the verb says "he" (not "sai haavata" alone: "Tsiviilisik sai haavata")
  fateAlone: ['langes vangi', 'võeti vangi', 'suri (?:saadud )?(?:haavadesse|vigastustesse)', 'alistus$'],
  speech: ['ütles$', 'ütleb$', 'teatas$', 'lisas$', 'rõhutas$', 'hoiatas$', 'nõudis$', 'kutsus', 'kiitis$', 'tänas$', 'väitis$', 'et$'],
  agentMarks: { after: ['poolt'] },
  casualties: ['kaotus', 'ohvr'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmunjom', '1953\\. aasta vaherahu', 'hiina rahvavabatahtlik', 'hiina vabatahtlik'],
};
