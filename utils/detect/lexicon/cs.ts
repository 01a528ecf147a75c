import type { Lexicon } from './types';

// Czech and Slovak share stems; case endings are left free.
export const cs: Lexicon = {
  lang: 'cs',
  spaced: true,
  nk: ['severní kore', 'severn\\p{L}{0,2} kore', 'severokorej', 'kldr$', 'pchjongjang', 'kim čong', 'severná kóre', 'severn\\p{L}{0,2} kóre', 'severokórej', 'kľdr$'],
  fused: ['severokorejci', 'severokórejčania', 'korejsk\\p{L}{0,2} lidov\\p{L}{0,2} armád'],
  strong: ['storm corps'],
  pers: ['voják', 'vojác', 'vojáků', 'vojsk', 'jednotk', 'síly$', 'sil$', 'silami$', 'kontingent', 'sbor$', 'zajat', 'zajatc', 'žoldnéř', 'žoldnier', 'bojovník', 'vojaci', 'vojakov', 'vojak', 'pěchot', 'pechot', 'ženist', 'sapér', 'důstojník', 'posil'],
  persWeak: ['armád'],
  ctx: ['ukrajin', 'kursk', 'kyjev', 'kyjiv', 'zelensk', 'front', 'bojiš', 'boj(?:ích|och|ů|ov)$', 'donbas', 'charkov', 'záporož', 'válečn\\p{L}{0,3} zajat', 'vojnov\\p{L}{0,3} zajat', 'padl'],
  ctxWeak: ['rusk', 'moskv', 'kreml', 'putin', 'vyslal', 'vyslan', 'poslal', 'poslan', 'nasazen', 'nasaden', 'bojuj', 'válk', 'vojn(?:a|y|e|u)$', 'ztrát', 'strát'],
  neg: ['demilitarizovan', 'přehlídk', 'prehliadk', 'cvičen', 'manévr', 'přeběhl', 'prebehl', 'zběh', 'korejsk\\p{L}{0,2} válk', 'kórejsk\\p{L}{0,2} vojn', 'příměří', 'dělník', 'robotník', 'pracovní\\p{L}{0,2} síl'],
  foreign: ['rusk', 'ukrajinsk', 'jihokorej', 'juhokórej', 'americk', 'čínsk', 'západn', 'běloruské'],
  killed: ['zabit', 'zahynul', 'padl', 'mrtv', 'zabitých', 'zomrel', 'smrt'],
  injured: ['zraněn', 'zranen', 'raněn'],
  casualties: ['ztrát', 'strát', 'obět', 'obete'],
  captured: ['zajat', 'zajal', 'zajatc', 'vzdal', 'výslech', 'zajat'],
  decision: ['vyslal', 'vyslan', 'poslal', 'nasazen', 'nasaden', 'rozhodnut', 'rozhodl', 'nařídil'],
  motives: ['výměnou', 'výmenou', 'páka', 'motiv', 'proč', 'prečo', 'odměn', 'platb', 'technolog', 'devíz', 'bojov\\p{L}{0,2} zkušenost'],
  implications: ['aliance', 'spojenectví', 'důsled', 'dôsled', 'hrozb', 'eskalac', 'odsoudil', 'odsúdil', 'sankc', 'bezpečnost', 'smlouv', 'zmluv', 'nato$', 'poloostrov'],
  units: ['sbor$', 'sboru$', 'začleněn', 'integrov', 'námořní pěchot', 'výsadk', 'brigád', 'prapor', 'elitn', 'speciální\\p{L}{0,2} jednot'],
  location: ['kursk', 'front', 'oblast', 'region', 'hranic', 'bojiš', 'pozic', 'vesnic', 'dálný východ', 'vladivostok'],
  qualBefore: {
    over: ['více než', 'přes', 'viac ako', 'vyše', 'přes'],
    approximately: ['asi', 'zhruba', 'přibližně', 'približne', 'kolem', 'okolo', 'cca'],
    'at least': ['nejméně', 'minimálně', 'aspoň', 'najmenej'],
    'up to': ['až$'],
    under: ['méně než', 'menej ako', 'téměř', 'takmer', 'skoro'],
  },
  scale: { 'tis\\.?': 1e3, 'tisíc': 1e3, 'milion\\p{L}{0,2}': 1e6, 'milión\\p{L}{0,2}': 1e6 },
  vague: { 'desítky tisíc': 10000, 'tisíce': 1000, 'tisícky': 1000, 'stovky': 100 },
  numWords: { 'dva$': 2, 'dvou$': 2, 'dvoch$': 2, 'dvaja$': 2, 'tři$': 3, 'tri$': 3 },
  stop: ['a', 'se', 'na', 'že', 'v', 'je', 'do', 'podle', 'jsou', 'byl', 'byli', 'by', 'sa', 'podľa', 'sú', 'boli', 'ktoré', 'který', 'které'],
};
// Slovak differs mainly in function words.
export const sk: Lexicon = { ...cs, lang: 'sk', stop: ['a', 'sa', 'na', 'že', 'v', 'je', 'do', 'podľa', 'sú', 'bol', 'boli', 'ktoré', 'aj', 'ako', 'by', 'od'] };
