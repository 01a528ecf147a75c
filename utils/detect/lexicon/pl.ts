import type { Lexicon } from './types';

export const pl: Lexicon = {
  lang: 'pl',
  oblique: ['ich', 'im', 'nich', 'nimi'],
  // where the subject is left out, "they died / fell / fought" at the front or in battle ("wszyscy, którzy z nim byli, zginęli na froncie")
  theyVerbs: ['(?:zginęli|polegli|walczyli|walczą)(?= (?:na froncie|na linii frontu|w walkach|w boju|w obwodzie kurskim|pod kurskiem))'],
  dispatch: ['wysłan', 'rozmieszczon', 'przerzucon', 'skierowan', 'ich (?:wysła|wysyła|przerzuc)'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['on', 'jego', 'go', 'mu', 'niego', 'nim', 'niemu', 'jemu'],
  fate: [
    'został (?:(?:ciężko|lekko|poważnie) )?(?:ranny|pojmany|schwytany|wzięty|przesłuchany)', 'niewol', '(?:zmarł|umarł) (?:z powodu|wskutek|od|na skutek) (?:odniesionych )?ran$',
    'odniesionych ran', 'obrażeń$', 'przesłuch', 'poddał się', 'poległ$', 'w (?:okopie|bunkrze|ziemiance)$',
  ],
  fateAlone: ['dostał się do niewoli', 'trafił do niewoli', 'do niewoli (?:dostał się|trafił)$', 'został wzięty do niewoli', 'został (?:ciężko |lekko )?ranny', 'odniósł (?:ciężkie )?rany', 'zmarł (?:z powodu|wskutek|na skutek) (?:odniesionych )?ran$', 'poddał się', 'poległ$'],
  speech: ['powiedział', 'mówi$', 'stwierdził', 'oświadczył', 'dodał$', 'podkreślił', 'ostrzegł', 'zażądał', 'wezwał', 'pochwalił', 'podziękował', 'że$', 'zdaniem$'],
  agentMarks: { before: ['przez$'] },
  // "one of the men", "both men": the men already spoken of, only after a word that points back to them
  standIns: ['jeden z nich', 'jednego z nich', 'jednemu z nich', '(?<=(?:jeden z|jednego z|jednemu z|obaj|obydwaj|obu|obydwu|dwaj|dwóch|ci|tych|tymi) )mężczy(?:zn|źni|znom|znami)$'],
  anaphora: ['ci', 'tych', 'tymi', 'obaj', 'obu', 'dwaj', 'jeden z', 'jednego z', 'jednemu z', 'drugi', 'drugiego', 'drugiemu', 'pierwszy', 'pierwszego', 'pierwszemu'],
  spaced: true,
  support: ['popar', 'popier', 'wspar', 'wspier', 'solidarn'],
  // where the subject is left out, a plural passive or fate that says "they" ("Zostali wysłani na front")
  pronouns: ['oni', '(?:zostali|zostaną|zostaliby)(?= (?:wysłani|skierowani|przerzuceni|rozmieszczeni|wzięci do niewoli|ranni|przesłuchani|zabici|wycofani|pojmani|schwytani|przetransportowani|przewiezieni)(?!\\p{L}))', '(?:trafili|dostali się) do niewoli',
    // "they are sent, thrown", with the subject left out ("Są wrzucani do maszynki do mięsa")
    'są(?= (?:wysyłani|wrzucani|rzucani|kierowani|przerzucani|rozmieszczani|posyłani)(?!\\p{L}))'],
  nk: ['korea północna', 'kore\\p{L} półn', 'kore\\p{L} poln', 'północnokorea', 'polnocnokorea', 'phenian', 'pjongjang', 'kim dżong un', 'kim dzong un', 'kim jong[\\s-]{0,2}un', 'krld$', 'kim(?![\\s\\u00a0-]+(?:dżong|dzong|jong))(?:a|owi)?$', 'koreańsk\\p{L}{0,3} republik\\p{L}{0,3} ludowo[\\s-]{1,3}demokratyczn'],
  north: ['z północy$'],
  own: ['swoi\\p{L}{0,2}$', 'swoj\\p{L}{0,3}$', 'najlepsz\\p{L}{0,3}$', 'elitarn\\p{L}{0,3}$'],
  munitions: ['rakiet', 'pocisk', 'amunicj', 'broni$', 'dron'],
  nkWeak: ['koreańsk\\p{L}{0,3}$'],
  fusedWeak: ['koreańczy\\p{L}{0,3}$'],
  fused: ['północnokoreańczy', 'polnocnokoreanczy', 'koreańczy\\p{L}{0,3} z północy', 'koreańsk\\p{L}{0,3} armi\\p{L}{0,2} ludow'],
  strong: ['korpus\\p{L}{0,2} burzy', 'korpus\\p{L}{0,2} szturmow', 'storm corps', '11\\. korpus'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'ciała$', 'ciał$', 'zwłoki$', 'szczątki$', 'trumny$', 'trumnach$',
    'żołnierz', 'zolnierz', 'wojsk(?!ow)', 'oddział', 'siły$', 'sił$', 'siłami$', 'siłom$', 'kontyngent', 'jeńc', 'jeniec', 'jeńców',
    'najemni', 'bojowni', 'piechot', 'saper', 'batalion', 'brygad', 'wojskowi$', '(?<!(?:dostaw|sprzętu|ćwiczeń|technologii|baz|obiektów|ładunków|materiałów|urządzeń|pojazdów|statków|samolotów|celów|wydatków|kontaktów|działań|operacji|ekspertów|analityków|manewrów|parad|środków|zakupów) )wojskowych$', '(?<!(?:dostaw|sprzętu|ćwiczeń|technologii|baz|obiektów|ładunków|materiałów|urządzeń|pojazdów|statków|samolotów|celów|wydatków|kontaktów|działań|operacji|ekspertów|analityków|manewrów|parad|środków|zakupów) )wojskowymi$', 'żołdak',
    'rekrut', 'rekruc', 'snajper', 'posiłki$', 'oficer', 'komandos', 'jednost(?:ek|ki|kach|kami)$', 'jednostk(?:a|ę|ą|ce)(?! (?:samorząd|miar|administrac|terytorialn|chorobow))$', 'personel\\p{L}{0,2} wojskow',
    'straty$', 'strat$', 'zabitych$',
    // the captured as a noun ("pojmani należeli do...", "schwytanych przesłuchano")
    'pojman(?:i|ych|ymi)$', 'schwytan(?:i|ych|ymi)$',
    // one serviceman as a noun, before a verb said of a person ("Wojskowy został zabity"; not the adjective, "sojusz wojskowy został zawarty")
    'wojskowy(?= (?:zginął|zmarł|poległ|trafił do niewoli|przyznał|powiedział|opowiedział|twierdzi|twierdził|został (?:\\p{L}+ )?(?:ranny|zabity|pojmany|schwytany|wzięty|przesłuchany)))',
    // joining the war ("Korea Północna przystąpi do wojny", "włączyła się do walk")
    'przyst(?:ąpi|ąpiła|ąpiło|ąpić|ępuje|ąpienie|ąpienia)(?= do (?:wojny|walk|konfliktu))', 'włącz(?:y|yła|yło|yć|a|ają) się(?= do (?:wojny|walk|konfliktu))', 'rannych$', 'piloci$', 'pilotów$', 'dowódc(?!(?:a|ę|ą)(?![\\p{L}\\p{M}]))', 'inżynier', 'saperzy$', 'generał',
    'obecnoś', 'udział$', 'zaangażowani', 'wojowni', 'mięs\\p{L}{0,2} armatni', 'personel$', 'personelu$', 'męczenni', 'męczennik', 'uczestni\\p{L}{0,3} (?:walk|działań zbrojnych|działań bojowych|wojny)', 'poległ(?:ych|ym|ymi)$', 'polegli$', 'dywizj', 'pułk(?:u|i|ów|owi|iem)?$', 'artylerzy', 'zwiadowc', 'spadochroniarz', 'szeregow', 'operator\\p{L}{0,3} dronów'],
  persWeak: ['armi(?:a|i|ę|ą)$'],
  ctx: ['ukrain', 'ukraiń', 'kursk', 'kijów', 'kijow', 'kijo', 'zełensk', 'zelensk', 'front', 'froncie$', 'pole bitwy', 'polu bitwy', 'walk(?:i|ach|ami)$', 'donbas', 'donieck', 'charków', 'zaporoż', 'biełgorod', 'jeńc', 'niewol', 'sudż', 'pojman', 'przesłuch', 'hur$', 'sbu$', 'maszynk\\p{L}{0,2} do mięsa'],
  ctxWeak: ['rosj', 'rosyjsk', 'moskw', 'kreml', 'putin', 'wysła', 'wysył', 'rozmieszcz', 'walcz', 'wojn(?:a|y|ie|ę)$', 'straty$', 'strat$', 'dron', 'najemni', 'mięs\\p{L}{0,2} armatni', 'rosyjscy', 'zgin(?:ął|ęł\\p{L}{0,2}|ęli)$', 'zabi(?:t|c)', 'ranni$', 'rannych$', 'rannymi$', 'bohater', 'medal', 'odznacz', 'pomnik', 'poległ', 'wyzwoleni', 'rozminow', 'przybył', 'przybyl', 'dotarł', 'dotarl', 'kontyngent',
    // the "neo-Nazis" of Moscow's and Pyongyang's word for Ukraine's army
    'neonazi', 'neonazi\\p{L}+'],
  neg: ['dmz$', 'zdemilitaryzowan', 'parad', 'ćwicze', 'manewr', 'uciekinier', 'zbiegł', 'zdezerter', '(?<!od )wojn\\p{L}{0,2} koreańsk', '(?<!od )koreańsk\\p{L}{0,3} wojn', 'rozejm'],
  labour: ['robotni', 'pracowni', 'sił\\p{L}{0,2} robocz', 'rąk do pracy'],
  foreign: ['rosyjsk', 'rosjan', 'ukraińsk', 'ukrainsk', 'ukraińc', 'południowokorea', 'amerykańsk', 'chińsk', 'natowsk', 'zachodni', 'białorusk', 'czeczeńsk', 'rosyjscy', 'ukraińscy', 'ukrainscy', 'amerykańscy', 'chińscy', 'natowscy', 'białoruscy', 'czeczeńscy'],
  foreignAfter: ['rosji$', 'ukrainy$', 'usa$', 'kijowa$', 'moskwy$'],
  fallen: ['męczenni', 'męczennik'],
  killed: ['zginęł', 'zginął', 'zabit', 'zabici', 'poległ', 'śmier', 'zmarł'],
  injured: ['rann', 'ranion'],
  casualties: ['strat(?:y|ach|ami)?$', 'ofiar'],
  captured: ['niewol', 'pojman', 'schwytan', 'jeńc', 'jeniec', 'poddał', 'przesłuch'],
  decision: ['wysła', 'wysył', 'rozmieszcz', 'decyzj', 'zdecydow', 'rozkaz', 'przerzuc'],
  motives: ['w zamian', 'dźwigni', 'motyw', 'dlaczego', 'nagrod', 'zapłat', 'technolog', 'dewiz', 'doświadczeni\\p{L}{0,2} bojow', 'korzyś'],
  implications: ['sojusz', 'konsekwencj', 'skutk', 'zagrożeni', 'eskalacj', 'potępi', 'sankcj', 'bezpieczeńst', 'traktat', 'nato$', 'półwysp', 'wpływ'],
  units: ['korpus\\p{L}{0,2} burzy', 'korpus', 'zintegrowan', 'włączon', 'piechot\\p{L}{0,2} morsk', 'desant', 'brygad', 'batalion', 'elitarn', 'sił\\p{L}{0,2} specjaln'],
  location: ['kursk', 'front', 'obwod', 'region', 'granic', 'pole bitwy', 'pozycj', 'wsi$', 'daleki\\p{L}{0,2} wschod', 'władywostok'],
  qualBefore: {
    over: ['ponad', 'powyżej', 'więcej niż'],
    approximately: ['około', 'ok\\.', 'blisko', 'mniej więcej', 'szacunkowo'],
    'at least': ['co najmniej', 'przynajmniej', 'minimum'],
    'up to': ['do', 'nawet do', 'aż do'],
    under: ['mniej niż', 'prawie', 'niespełna', 'poniżej'],
  },
  scale: { 'tys\\.?': 1e3, 'tysi\\p{L}{1,3}': 1e3, 'mln\\.?': 1e6, 'milion\\p{L}{0,3}': 1e6 },
  vague: { 'dziesiątki tysięcy': 10000, 'tysiące': 1000, 'tysięcy$': 1000, 'setki': 100, 'kilka tysięcy': 1000 },
  numWords: { 'dwóch$': 2, 'dwaj$': 2, 'dwie$': 2, 'dwa$': 2, 'trzech$': 3, 'trzy$': 3, 'dziesięciu$': 10 },
  stop: ['w', 'i', 'z', 'na', 'się', 'do', 'że', 'nie', 'przez', 'są', 'po', 'według', 'jest', 'został', 'zostali', 'od', 'oraz', 'jak', 'dlaczego', 'także', 'już', 'jego', 'ich', 'był', 'była', 'tym'],
  letters: ['[łńśźż]', '[ąę]'],
  postnominal: 'also',
  linkers: ['z', 'ze', 'w', 'od', 'przez'],
  ownerPrepositions: ['z', 'ze', 'w', 'od', 'przez'],
  range: { to: ['do'], and: ['a', 'i', 'oraz'], between: ['między', 'pomiędzy'] },
  abbreviations: ['ok', 'tj', 'np', 'pkt', 'tzw', 'ds', 'tys', 'gen', 'płk', 'mln', 'mld'],
  gates: { anyCase: ['kore', 'corps', 'korpus', 'pjong'], capitalised: ['krld', 'phenia', 'kim', 'północy'] },
};
