import type { Lexicon } from './types';

const written: Lexicon = {
  lang: 'ro',
  standIns: ['unul dintre ei', 'unul din ei', '^primul (?:vrea|dorește|doreşte|a spus|a declarat|a fost)', '^al doilea (?:vrea|dorește|doreşte|a spus|a declarat|a fost)', '^celălalt (?:vrea|dorește|doreşte|a spus|a declarat|a fost)', 'cei care au luptat', 'cei care au căzut', 'cei doi bărbați', 'cei doi bărbaţi', 'cei doi bărbați', 'celor doi bărbați', 'ambii bărbați'],
  anaphora: ['acești', 'aceștia', 'acestor', 'acestora', 'ambii', 'cei doi', 'celor doi', 'unul dintre', 'celălalt', 'primul', 'al doilea'],
  spaced: true,
  // a state's possessive, before the noun or after it ("își întărește trupele", "unitățile sale"); not "lor" (their)
  its: ['își', 'îşi', 'sale$', 'său$', 'săi$', 'sa$'],
  support: ['sprijin', 'susțin', 'susţin', 'sustin', 'solidar'],
  oblique: ['(?:pe|cu|despre|pentru|dintre|între|intre|la) ei'],
  dispatch: ['trimiși', 'trimisi', 'dislocați', 'desfășurați', 'transferați'],
  pronouns: ['ei'],
  nk: ['coreea de nord', 'coreei de nord', 'nord-corean', 'nordcorean', 'nord-coree', 'nordcoree', 'kim$', 'kcna$', 'phenian', 'kim jong[\\s-]{0,2}un', 'rpdc$', 'rpd coreen', 'republica populară democrată (?:coreeană|a coreei)'],
  fused: ['armata populară coreeană', 'nord-coreenii$', '(?<=(?:^|[^\\p{L}])(?:de|cu|și|şi|pe|la|doi|trei|patru|cinci|zece|acești|niște|câțiva|[0-9]) )nord-coreeni$'],
  // Koreans as people: North Korea's soldiers only with strong context
  fusedWeak: ['coreeni(?:i|lor)?$'],
  strong: ['corpul furtun', 'corpul ["„]furtun', 'storm corps', 'corpul 11'],
  pers: ['soldaț', 'soldaţ', 'soldat', 'trupe', 'forțe', 'forţe', 'forte$', 'militari(?<!(?:analiști|analişti|experți|experţi|bloggeri|blogeri|observatori|comentatori|jurnaliști|jurnalişti|corespondenți|corespondenţi|oficiali|lideri|responsabili|specialiști|specialişti|istorici) militari)$', 'militarii$', 'luptător', 'luptători', 'unități', 'unităţi', 'contingent', 'prizonier(?<!(?:luat|luați|luaţi|luate|făcut|făcuți|făcuţi|căzut|căzuți|căzuţi)(?: \\p{L}{1,12})? prizonier)', 'mercenar', 'geniști', 'infanteri', 'ofițer', 'ofiţer', 'recruți', 'întăriri', 'pierderi(?:le|lor)?$', 'morț(?:i|ii|ilor)$', 'răniț(?:i|ii|ilor)$', 'piloț(?:i|ii|ilor)$', 'piloţ(?:i|ii|ilor)$', 'pilot(?:ul|ului)?$', 'comandanț(?:i|ii|ilor)$', 'comandanţ(?:i|ii|ilor)$', 'comandant(?:ul|ului)?(?! suprem)$',
    // the unit (not the unity: unitatea națională) only before the name or with its kind
    'unitat(?:e|ea|ii)(?= (?:nord-?coree\\p{L}*|militar\\p{L}*|de elită|a coreei de nord)(?!\\p{L}))',
    'militarilor$', 'militarul(?:ui)?$', 'militar(?<=(?:^|[^\\p{L}])(?:un|unui|fiecare|acest|acel) militar)$', 'ingineri(?:i|lor)?$', 'generali(?:i|lor)?$', 'genişti', 'pirotehniști', 'pirotehnişti', 'deminori', 'geniștii', 'operator(?:i|ii|ilor) de drone', 'victime(?:le|lor)?$', 'instructori$', 'personal(?:ul)? militar', 'prezența(?! (?:lui )?(?:kim|liderului|președintelui))$', 'participarea(?! (?:lui )?(?:kim|liderului|președintelui))$', 'rămășițe', 'sicri(?:e|ele|elor)$', 'lunetiști$', 'lunetişti$', 'artilerișt', 'artilerişt', 'parașutiș', 'paraşutiş', 'tanchiș', 'tanchiş', 'pușcași marini', 'puşcaşi marini', 'combatanț', 'combatanţ', 'martiri$', 'martirii$', 'martirilor$'],
  persWeak: ['armat(?:a|ei|e|ele|elor)$'],
  deployNoun: ['opera[țţ]iun\\p{L}{0,4} (?:militare )?(?:de peste (?:mări|hotare)|externe|(?:din|în) străinătate)', 'forț\\p{L}{0,4} operațional\\p{L}{0,4} de peste mări'],
  ctx: ['ucrain', 'kursk', 'kiev', 'zelenski', 'front$', 'frontul', 'linia frontului', 'câmpul de luptă', 'lupte$', 'luptele', 'donbas', 'prizonieri de război'],
  // fought, fighting; a hero (the title); operations abroad
  ctxWeak: ['luptat$', 'luptau$', 'luptând$', 'erou(?:l|lui)?$', 'eroic', 'opera[țţ]iun\\p{L}{0,4} (?:militare )?(?:externe|(?:din|în) străinătate)', 'pierdut$', 'rusia', 'repatri', 'sacrifici', 'rusiei', 'ruși$', 'ruse$', 'rus$', 'rusă$', 'rusesc', 'ofensiv', 'asalt', 'moscova', 'kremlin', 'putin', 'trimis', 'trimite', 'dislocat', 'desfășurat', 'desfăşurat', 'desfășurar', 'desfăşurar', 'luptă', 'lupta$', 'război', 'pierderi', 'sicri', 'eroi$', 'eroii$', 'eroilor$', 'medali', 'decora', 'memorial', 'monument', 'căzuți$', 'eliberar', 'captur', 'interog', 'deminar', 'sosit', 'uciș', 'uciş', 'ucis$', 'murit$', 'morț', 'morţ', 'rănit', 'răniț', 'răniţ', 'decedat'],
  neg: ['zona demilitarizată', 'linia de demarcați', 'linia de demarcaţi', 'zonă demilitarizată', 'paradă', 'parada', 'defil(?:at|ează|au|are|ării|area)', 'exerciți', 'exerciţi', 'dezertor', 'dezertat', 'războiul din coreea', 'armistițiu'],
  labour: ['(?<!partidul )muncitori', 'zidari$', 'forț\\p{L} de muncă', 'forţ\\p{L} de muncă'], // not the Workers' Party (Partidul Muncitorilor)
  // genitives that own the noun before them ("trupele Moscovei", "soldații Kievului")
  // and Russia's groups of forces, by their names ("unitățile grupului „Nord”")
  foreignAfter: ['rusiei$', 'moscovei$', 'kievului$', 'ucrainei$', 'kremlinului$', 'grup(?:ul|ului|ării|area) (?:de (?:forțe|forţe|trupe) )?["\'„“”’]?(?:nord|sever|vest|centru|sud|est|vostok|dnepr)$'],
  foreign: ['ruși$', 'ruse$', 'rus$', 'rusești', 'ucrainen', 'sud-corean', 'american', 'chinez', 'nato$', 'occidental', 'rusă$', 'ruşi$', 'ruseşti', 'ucrainean'],
  fallen: ['martiri$', 'martirii$', 'martirilor$'],
  killed: ['uciși', 'ucişi', 'morți', 'morţi', 'decedat', 'au murit', 'și-au pierdut viața', 'rămășiț', 'rămăşiţ'],
  injured: ['răniți', 'răniţi', 'rănit'],
  casualties: ['pierderi', 'victime'],
  captured: ['capturat', 'prizonier', 'luați prizonieri', 'predat', 'interog'],
  decision: ['trimis', 'trimite', 'dislocat', 'desfășurat', 'decizi', 'decis', 'ordonat'],
  motives: ['în schimb', 'pârghie', 'motiv', 'de ce', 'recompens', 'plat', 'tehnolog', 'valută', 'experiență de luptă', 'beneficii'],
  implications: ['alianț', 'alianţ', 'implicați', 'consecinț', 'amenințare', 'escaladare', 'condamn', 'sancțiuni', 'securitate', 'tratat', 'nato$', 'peninsul'],
  units: ['corpul furtun', 'corpul$', 'integrat', 'încorporat', 'infanteriei marine', 'aeropurtat', 'brigăzi', 'batalioane', 'elită'],
  location: ['kursk', 'front', 'regiun', 'frontier', 'granița', 'câmpul de luptă', 'poziți', 'sate', 'orientul îndepărtat', 'vladivostok'],
  qualBefore: {
    over: ['peste', 'mai mult de', 'mai mulți de'],
    approximately: ['aproximativ', 'circa', 'în jur de', 'vreo', 'aproape'],
    'at least': ['cel puțin', 'cel puţin', 'minimum'],
    'up to': ['până la'],
    under: ['mai puțin de', 'sub'],
  },
  scale: { 'mii$': 1e3, 'de mii': 1e3, 'milioane': 1e6 },
  vague: { 'zeci de mii': 10000, 'mii de': 1000, 'sute de': 100 },
  numWords: { 'doi$': 2, 'două$': 2, 'trei$': 3 },
  stop: ['și', 'şi', 'în', 'de', 'la', 'cu', 'care', 'pentru', 'este', 'sunt', 'potrivit', 'au', 'fost', 'din', 'pe', 'un', 'o', 'mai', 'a', 'să', 'nu', 'se', 'ce', 'după', 'acest', 'această', 'sau', 'dar', 'iar', 'prin', 'lor'],
  postnominal: true,
  letters: ['[șțşţ]', '[ăî]'],
  range: { and: ['și', 'şi'], between: ['între'] },
  gates: { anyCase: ['corea', 'coreea', 'coree', 'corps', 'corpul'], capitalised: ['rpdc', 'phenia', 'kim', 'kcna'] },
  // Page reading (types.ts singular ... history). Not "lui" (also the article of a name: "lui Putin")
  singular: ['el', 'îl', 'el însuși', 'el însuşi'],
  fate: [
    'a fost (?:(?:grav|ușor|uşor) )?(?:capturat|rănit|luat prizonier|interogat)$', 'luat prizonier$', 'căzut prizonier', 'în captivitate', 'prizonier de război',
    'rănile$', 'rănilor$', 's-a predat', 'să se predea', 'interogatoriu', '(?:a )?detonat o grenadă', 's-a aruncat în aer', 's-a sinucis', 'și-a luat viața', 'şi-a luat viaţa', 'în (?:o |un |tranșeele |tranşeele )?(?:tranșee|tranşee|buncăr|adăpost)$',
  ],
  // his fate where the verb says "he"
  fateAlone: ['a căzut prizonier', 'a fost luat prizonier', 'a fost capturat$', 'a fost (?:(?:grav|ușor|uşor) )?rănit$', 'a murit din cauza rănilor', 's-a predat'],
  speech: ['a spus', 'a declarat', 'spune$', 'declară', 'a adăugat', 'a subliniat', 'a avertizat', 'a cerut', 'a îndemnat', 'a lăudat', 'a mulțumit', 'a mulţumit', 'a afirmat', 'susține', 'susţine', 'că$'],
  agentMarks: { before: ['de către', 'de catre'] },
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmunjom', 'armistițiul din 1953', 'armistiţiul din 1953', 'voluntarii (?:poporului )?chinez'],
};

// Romanian is typed with comma-below ș ț and with the older cedilla ş ţ alike: every term has its
// cedilla twin too ("morților", "morţilor"), in every list but the gates (names only) and the
// letters that tell the language (each counts once). A look-around is kept as written, both
// spellings in it ("luați|luaţi"), so that the twin's look-around still knows the comma-below one.
const CEDILLA: Record<string, string> = { ș: 'ş', ț: 'ţ', Ș: 'Ş', Ț: 'Ţ' };
/** The term with ş ţ for ș ț outside its look-arounds. */
function cedillaTwin(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) {
    if (term.startsWith('(?', i) && /^\(\?<?[=!]/.test(term.slice(i, i + 4))) {
      // copy the look-around whole, to its closing parenthesis
      let depth = 0;
      let j = i;
      for (; j < term.length; j++) {
        if (term[j] === '\\') j++;
        else if (term[j] === '(') depth++;
        else if (term[j] === ')' && --depth === 0) break;
      }
      out += term.slice(i, j + 1);
      i = j;
      continue;
    }
    out += CEDILLA[term[i]] ?? term[i];
  }
  return out;
}
const isTerms = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A list with each term's twin; in a record of values ("mii" → 1000) the keys are the terms. */
function bothSpellings(value: unknown): unknown {
  if (isTerms(value)) return [...new Set(value.flatMap((t) => [t, cedillaTwin(t)]))];
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) => (typeof v === 'number' ? [[k, v], [cedillaTwin(k), v]] : [[k, bothSpellings(v)]])),
  );
}

export const ro: Lexicon = { ...written };
for (const [key, value] of Object.entries(written)) {
  if (!['gates', 'letters', 'usual', 'stop'].includes(key)) Object.assign(ro, { [key]: bothSpellings(value) });
}
