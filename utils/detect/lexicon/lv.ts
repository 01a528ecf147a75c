import type { Lexicon } from './types';

export const lv: Lexicon = {
  lang: 'lv',
  oblique: ['viņus', 'viņiem'],
  dispatch: ['nosūtīti', 'izvietoti', 'pārvietoti'],
  standIns: ['viens no viņiem', 'viena no viņiem', 'vienam no viņiem', 'divi vīrieši', 'abi vīrieši', 'abiem vīriešiem', 'diviem vīriešiem'],
  anaphora: ['šie', 'šo', 'šiem', 'abi', 'viens no', 'viena no', 'pirmais', 'pirmajam', 'otrs', 'otrais', 'otrajam'],
  spaced: true,
  support: ['atbalst', 'solidaritāt'],
  range: { and: ['un'] },
  pronouns: ['viņi', '(?:daudzi|lielākā\\s+daļa|daži|simtiem|tūkstošiem|desmitiem)\\s+no\\s+viņiem'],
  nk: ['ziemeļkorej', 'ziemeļkorea', 'phenjan', 'kims čenuns', 'kim čenun', 'kim jong[\\s-]{0,2}un', 'kim(?:s|a|am|u)?$', 'kcna$', 'kltdr$', 'ktdr$', 'korejas tautas demokrātisk'],
  fused: ['ziemeļkorejieš', 'korejas tautas armij'],
  strong: ['vētras korpus', 'storm corps', '11\\. korpus'],
  pers: ['zaudējum', 'kritušo$', 'kritušie$', 'kritušajiem$', 'ievainotie$', 'ievainoto$', 'bojāgājuš', 'militār\\p{L}{1,4} celtniek', 'pilot(?:i|u)$', 'snaiper', 'mocekļ', 'karavīr', 'karaspēk', 'spēk(?!ā(?!\\p{L}))', 'vienīb', 'gūstekņ', 'algotņ', 'kaujiniek', 'kontingent', 'pulk(?:s|a|am|u|i|iem|os)?$', 'virsniek', 'kareiv', 'inženier', 'sapier', 'atmīnētāj',
    // the fallen praised as heroes ("mūsu varoņi"), cannon fodder
    'varoņ(?:i|u|iem|us)$', 'lielgabalu gaļ',
    // compounds (karagūstekņi, specvienības), commanders, servicemen, branches
    'karagūstekņ', 'specvienīb', 'specspēk', 'komandier', 'ģenerāļ', 'ģenerāl(?:is|i|im|u)$', 'militārperson', 'bataljon', 'brigād', 'divīzij', 'kājniek', 'desantniek', 'artilērist', 'izlūk(?:i|u|iem|us)$', 'jaunsauktie', 'iesaukt(?:ie|os|o)$', 'pilot(?:s|iem|us)$', 'militār\\p{L}{1,4} inženier', 'militār\\p{L}{1,4} personāl'],
  // counted people ("12 000 cilvēku"): weak, so that civilian workers counted so stay a near miss (labour)
  persWeak: ['cilvēk(?:u|i)(?<=(?:\\d\\d\\d|tūkst\\.?|tūkstoš\\p{L}{0,3}|simt\\p{L}{0,3})[\\s\\u00a0]+cilvēk(?:u|i))$', 'armij'],
  ctx: ['ukrain', 'ukraiņ', 'gūst', 'kursk', 'kijiv', 'kijev', 'zelensk', 'fronte', 'frontē', 'fronti$', 'frontes', 'kaujas lauk', 'karagūst', 'sagūst', 'sudž', 'donbas', 'doneck', 'harkiv', 'zaporiž', 'belgorod', 'kauj', 'ierakum', 'nopratin'],
  ctxWeak: ['krievij', 'krievu', 'maskav', 'kremļ', 'putin', 'nosūtī', 'sūtīj', 'sūta$', 'izvietot', 'karš', 'kara$', 'dislok', 'miruš', 'krituš', 'apbalvo', 'varoņ', 'varonīb', 'piemineklis', 'piemiņ', 'bojā', 'nāv', 'zaudējum', 'uzbrukum', 'ofensīv', 'ievainot', 'atmīnē', 'ierad', 'pārvietot', 'pārsviest', 'krita$', 'kritu(?:ši|šie|šo)$', 'cīnās$', 'cīnījās$', 'cīņās$', 'karo$', 'karoja$', 'medaļ', 'ordeņ', 'dron'],
  neg: ['demilitarizēt', 'parād', 'mācīb(?:as|ās|ām|u)$', 'pārbēdzēj', 'korejas kar', 'darba varoņ'],
  labour: ['strādniek'],
  foreign: ['krievu', 'krievijas', 'ukraiņu', 'ukrainas', 'dienvidkorej', 'amerikāņu'],
  fallen: ['mocekļ'],
  killed: ['mirst$', 'mira$', 'miruši', 'nogalināt', 'gāja bojā', 'bojāgāj'], injured: ['ievainot'], captured: ['gūstā', 'gūstekņ', 'sagūstīt', 'nopratin'],
  stop: ['un', 'ir', 'ka', 'ar', 'no', 'uz', 'par', 'tika', 'bija', 'kā', 'pēc', 'arī'],
  letters: ['[āēīūķļņģ]'],
  gates: { anyCase: ['kore'], capitalised: ['phenja', 'kim', 'kcna', 'kltdr', 'ktdr'] },
  abbreviations: ['tūkst', 'milj', 'gen', 'pulk'],
  // Page reading (types.ts singular ... history). Not "viņu" (also "their")
  singular: ['viņš', 'viņam', 'viņa', 'viņš pats'],
  fate: ['gūstā', 'sagūstīts', 'karagūstek', 'ievainots$', 'ievainojum', 'brūc', 'nopratin', 'padevās', 'padoties', 'ierakum', 'bunkur', 'patvertn'],
  // his fate where the verb says "he" (masculine participles)
  fateAlone: ['nonāca gūstā', 'tika sagūstīts$', 'tika saņemts gūstā', 'tika (?:smagi |viegli )?ievainots$', 'mira no (?:gūtajiem |smagajiem )?ievainojumiem', 'padevās$'],
  speech: ['teica$', 'sacīja$', 'paziņoja$', 'norādīja$', 'piebilda$', 'uzsvēra$', 'brīdināja$', 'pieprasīja$', 'aicināja$', 'uzslavēja$', 'pateicās$', 'apgalvoja$', 'ka$'],
  casualties: ['zaudējum', 'upur'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmindžon', 'panmunjom', 'panmundžom', '1953\\. gada pamier', 'ķīnas tautas brīvprātīg'],
};
