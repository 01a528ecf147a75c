import type { Lexicon } from './types';

// Czech and Slovak share stems; case endings are left free.
export const cs: Lexicon = {
  lang: 'cs',
  // "one of the men", "both men": the men already spoken of, only after a word that points back to them
  // (and a count of them: "tisíce z nich", "dvanáct tisíc z nich", "stovky z nich")
  standIns: ['tisíc\\p{L}{0,2} z nich', 'stovk\\p{L}{0,2} z nich', 'desít\\p{L}{0,3} z nich', 'jeden z nich', 'jednoho z nich', 'jednomu z nich', '(?<=(?:jeden z|jednoho z|jedním z|oba|obou|dva|dvou|tito|těchto) )muž(?:i|ů|ům|ích)$'],
  anaphora: ['tito', 'těchto', 'těmto', 'těmito', 'oba', 'obou', 'jeden z', 'jednoho z', 'jednomu z', 'jedním z', 'druhý', 'druhého', 'druhému', 'první', 'prvního', 'prvnímu'],
  spaced: true,
  support: ['podpor(?!uč)', 'solidarit', 'solidárn'],
  // (and "je", them, only right before a verb of sending, using or capturing: "Rusko je nasazuje"; elsewhere "is")
  // where the subject is left out, "they fell / died / fought" at the front or in battle
  theyVerbs: ['(?:padli|zahynuli|zemřeli|bojovali|bojují)(?= (?:na frontě|na frontu|v bojích|v boji|v kurské oblasti|u kurska))'],
  oblique: ['jejich', 'jim', 'nich', 'nimi', 'jich', 'je(?= (?:nasazuj|nasadil|nasadí|posíl|poslal|vysílá|vyslal|využív|využil|používá|používal|vrhá|vrhal|cvičí|vycvičil|přepravuj|přepravil|zajal|zajali|zajmou|vyslýchá|vyslýchal)\\p{L}*)'],
  dispatch: ['vyslán', 'poslán', 'nasazen', 'přesunut', 'je (?:nasazuje|nasadil|poslal|vyslal|posílá|přepravov)'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['on', 'jeho', 'jemu', 'něj', 'něho', 'němu', 'ním', 'něm'],
  fate: [
    'byl (?:(?:těžce|lehce|vážně) )?(?:zajat|zraněn|raněn|vyslýchán)', 'zajetí$', 'zajetím$', 'zajatec$', 'zajatcem$', 'následky zranění', 'zraněním$',
    'podlehl', 'výslech', 'vyslýchán', 'vzdal se', 'v (?:zákopu|zákopě|bunkru|krytu)$',
  ],
  fateAlone: ['padl do zajetí', 'dostal se do zajetí', 'do zajetí (?:padl|se dostal)$', 'byl zajat$', 'byl (?:těžce |lehce )?(?:zraněn|raněn)$', 'zemřel na následky zranění', 'vzdal se', 'padl v boji'],
  speech: ['řekl$', 'říká$', 'uvedl$', 'prohlásil', 'dodal$', 'zdůraznil', 'varoval', 'požadoval', 'vyzval', 'ocenil', 'poděkoval', 'že$'],
  // where the subject is left out, a plural passive or fate that says "they" ("Byli posláni na frontu")
  pronouns: ['oni', '(?:byli|budou)(?= (?:posláni|vysláni|nasazeni|přesunuti|zajati|zraněni|vyslechnuti|zabiti|staženi|převezeni)(?!\\p{L}))', '(?:padli|dostali se) do zajetí'],
  nk: ['severní kore', 'severn\\p{L}{0,2} kore', 'severokorej', 'kldr$', 'pchjongjang', 'kim čong', 'kimov\\p{L}{0,3}$', 'kimův$', 'kim(?![\\s\\u00a0-]+(?:čong|džong|jong))(?:a|ovi|em|om)?$', 'kcna$', 'severná kóre', 'severn\\p{L}{0,2} kóre', 'severokórej', 'kľdr$', 'korejsk\\p{L}{0,3} lidov\\p{L}{0,3} demokratick\\p{L}{0,3} republik', 'kórejsk\\p{L}{0,3} ľudovo[\\s-]?demokratick\\p{L}{0,3} republik'],
  // (the accusative plural, "nasazuje Severokorejce", is also the singular: not "as a North Korean", "za/jako Severokorejce")
  fused: ['severokorejc(?:i|ů|ům|ích)$', '(?<!(?:za|jako)[\\s\\u00a0])severokorejce$', 'severokórejčan(?:ia|ov|om|och|mi)$', 'severokorejec$', 'severokorejcem$', 'severokórejčan$', 'severokórejčana$', 'severokórejčanom$', 'severokórejc(?:i|ov|om|och|ami)$', 'korejsk\\p{L}{0,2} lidov\\p{L}{0,2} armád', 'kórejsk\\p{L}{0,3} ľudov\\p{L}{0,3} armád'],
  strong: ['storm corps'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'těla$', 'ostatky$', 'rakve$','účast\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,2}(?:v|ve|vo|na) (?:boj|válc|válk|vojn|bitk|bitv|útok|operac|ofenzív))', 'vojensk\\p{L}{0,3} přítomnost', 'vojensk\\p{L}{0,3} prítomnos', 'voják', 'vojác', 'vojáků', 'vojsk', 'jednotk', 'síly$', 'sil$', 'silami$', 'sily$', 'síl$', 'silách$', 'silám$', 'kontingent', 'sbor$', 'zajat', 'zajatc', 'žoldnéř', 'žoldnier', 'bojovník', 'bojovníc', 'vojaci', 'vojakov', 'vojak', 'pěchot', 'pechot', 'ženist', 'sapér', 'důstojník', 'posil(?:y|ami|ám|ách)$', 'zapojení$',
    // joining the war ("se Severní Korea zapojí do války"; sk "zapojí do vojny")
    'zapoj(?:í|il|ila|ilo|ili|it|uje|ují)(?= (?:se )?(?:\\p{L}{1,12} )?do (?:války|bojů|boje|bojov|vojny|konfliktu))', 'ženist', 'bojovník', 'příslušník', 'personál', 'pluk(?:u|y|ů|ov|em|om|ům|om|och|ích)?$', 'prapor(?:u|y|ů|em)?$', 'prápor', 'brigád(?:a|y|u|ou|ě|e)$', 'odstřelovač', 'ostřelovač', 'ostreľovač', 'mučedník', 'mučedníc', 'mučeník', 'mučeníc', 'padl(?:ých|ým|ými|í)$', 'účastní(?:k|c)\\p{L}{0,3} boj', 'generál', 'velitel', 'veliteľ', 'diviz', 'dělostřelc', 'delostrelc', 'výsadkář', 'výsadkár', 'rekrut', 'regrút', 'padl\\p{L}{0,3} hrdin', 'operátor\\p{L}{0,3} dronů', 'operátor\\p{L}{0,3} dronov', 'ztrát(?:y|ami|ách|ám)?$', 'strát(?:y|ami|ách|am)?$', 'strat(?:y|ami|ách)$', 'mrtv(?:í|ých|ými)$', 'zabit(?:í|ých|ými)$', 'raněn(?:í|ých|ými)$', 'zraněn(?:ých|ými)$', 'zranen(?:í|ých|ými)$', 'pyrotechni(?:k|c)', 'vojensk\\p{L}{0,3} stavbař', 'vojensk\\p{L}{0,3} stavitel', 'vojensk\\p{L}{0,3} staviteľ', 'vojensk\\p{L}{0,3} stavbár', 'odminovač', 'pilot(?:i|ů|ov)$'],
  // "Korean": North Korean only where the sentence is about the war (Kursk, Ukraine, the front)
  nkWeak: ['korejsk\\p{L}{0,3}$', 'korejšt\\p{L}{0,2}$', 'kórejsk\\p{L}{0,3}$'],
  fusedWeak: ['korejc(?:i|ů|ům|ích|e)$', 'korejec$', 'kórejčan$', 'kórejčan(?:ia|ov|om|och|mi)$', 'kórejc(?:i|ov|om|och|ami)$'],
  persWeak: ['armád'],
  ctx: ['ukrajin', 'kursk', 'kyjev', 'kyjiv', 'zelensk', 'front', 'bojiš', 'bojisk', 'boj(?:ích|och|ů|ov)$', 'donbas', 'charkov', 'záporož', 'válečn\\p{L}{0,3} zajat', 'vojnov\\p{L}{0,3} zajat', 'padl', 'doněck', 'doneck', 'bělgorod', 'belgorod'],
  ctxWeak: ['rusk', 'moskv', 'kreml', 'putin', 'vyslal', 'vyslan', 'poslal', 'poslan', 'nasazen', 'nasaden', 'bojuj', 'válk', 'vojn(?:a|y|e|u)$', 'ztrát', 'strát', 'strat(?:a|y|u|e|ám|ami|ách)?$', 'hrdin', 'vyznamen', 'zosnul', 'zesnul', 'medail', 'památník', 'padl', 'osvoboz', 'útok', 'útoc', 'ob[ěe][tť]', 'odmín', 'odmiň', 'dorazil', 'přijel', 'vyslán', 'poslán', 'bojovat', 'bojoval', 'zajat', 'zajal', 'zabit', 'zraněn', 'zranen', 'hur$', 'kontingent',
    // attackers, and the "neo-Nazis" of Moscow's and Pyongyang's word for Ukraine's army
    'útočník', 'útočníc', 'neonacist'],
  neg: ['demilitarizovan', 'přehlídk', 'prehliadk', 'cvičen', 'manévr', 'přeběhl', 'prebehl', 'zběh', 'korejsk\\p{L}{0,2} vál[kc]', 'kórejsk\\p{L}{0,2} vojn', 'korejsk\\p{L}{0,3} vojn', 'příměří', 'dezert', 'zbeh', 'hranicu prekročil',
    // crossing the border into the South ("prekročil prísne stráženú hranicu", "překročil hranici")
    '(?:pře|pre)kročil\\p{L}{0,2}(?: \\p{L}+){0,5} hranic'],
  labour: ['dělník', 'robotník', 'pracovní\\p{L}{0,2} síl'],
  foreign: ['rusk(?!(?:o|a|u|em|om)(?![\\p{L}\\p{M}]))', 'ukrajinsk', 'jihokorej', 'juhokórej', 'americk', 'čínsk', 'západn', 'běloruské', 'ruští', 'ukrajinští', 'američtí', 'čínští', 'běloruští'],
  fallen: ['mučedník'],
  killed: ['zabit', 'zahynul', 'padl', 'mrtv', 'zabitých', 'zomrel', 'zomrie', 'zomrú', 'zemřel', 'zemře', 'umřel', 'umírá', 'umírají', 'smrt', 'zosnul', 'zesnul'],
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
  stop: ['a', 'se', 'na', 'že', 'v', 've', 'je', 'do', 'podle', 'jsou', 'byl', 'byla', 'bylo', 'byli', 'by', 'který', 'která', 'které', 'kteří', 'o', 'z', 'ze', 's', 'k', 'po', 'za', 'pro', 'při', 'jako', 'také', 'ale', 'už', 'jen', 'však', 'nebo', 'než', 'jejich', 'jeho', 'její', 'jim', 'ještě', 'když', 'co', 'tak', 'mezi', 'jsme', 'není', 'bude', 'budou', 'od'],
  relatives: ['sk'],
  letters: ['[ěřů]'],
  usual: '[ěřů]',
  range: { to: ['do', 'až'], and: ['a'], between: ['mezi'] },
  abbreviations: ['sv', 'tis', 'gen', 'plk', 'např'],
  gates: { anyCase: ['kore', 'kóre', 'corps', 'pchj'], capitalised: ['kldr', 'kľdr', 'kim', 'kcna'] },
};
