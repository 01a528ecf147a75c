import type { Lexicon } from './types';

// Smaller lexicons for further languages: names, personnel, context and near misses only.
const lex = (l: Omit<Lexicon, 'spaced'> & { spaced?: boolean }): Lexicon => ({ spaced: true, ...l });

export const el = lex({
  lang: 'el',
  nk: ['βόρεια κορέα', 'βόρειας κορέας', 'βόρεια κορέα', 'βορειοκορε', 'πιονγιάνγκ', 'πιονγκγιάνγκ', 'κιμ γιονγκ'],
  fused: ['βορειοκορεάτες', 'βορειοκορεατών'],
  pers: ['στρατιώτ', 'στρατεύματ', 'δυνάμεις', 'μονάδ', 'αιχμάλωτ', 'μισθοφόρ', 'μαχητ', 'σώμα$', 'στρατιωτικ\\p{L}{0,3} προσωπικ', 'στρατιωτικοί'],
  persWeak: ['στρατ(?:ός|ού|ό)$'],
  ctx: ['ουκραν', 'κουρσκ', 'κίεβο', 'κίεβου', 'ζελένσκι', 'μέτωπο', 'πεδίο της μάχης', 'μάχες', 'αιχμάλωτοι πολέμου'],
  ctxWeak: ['ρωσία', 'ρωσίας', 'ρωσικ', 'μόσχα', 'κρεμλίνο', 'πούτιν', 'έστειλε', 'στάλθηκαν', 'αναπτ', 'πολεμ', 'απώλειες'],
  neg: ['αποστρατιωτικοποιημένη', 'παρέλαση', 'άσκηση', 'ασκήσεις', 'αυτομόλ', 'πόλεμο της κορέας', 'πόλεμος της κορέας', 'εργάτ'],
  foreign: ['ρώσ', 'ρωσικ', 'ουκρανο', 'ουκρανικ', 'νότια κορέα', 'νοτιοκορε', 'αμερικαν', 'κινεζ'],
  killed: ['σκοτώθηκαν', 'νεκρ', 'σκοτωμέν'], injured: ['τραυματ'], casualties: ['απώλειες'], captured: ['αιχμάλωτ', 'συνελήφθη', 'παραδόθηκ'],
  qualBefore: { over: ['περισσότερ\\p{L}{1,2} από', 'πάνω από'], approximately: ['περίπου', 'γύρω στ\\p{L}{1,2}'], 'at least': ['τουλάχιστον'], 'up to': ['έως', 'μέχρι'] },
  scale: { 'χιλιάδες': 1e3, 'εκατομμύρι\\p{L}{1,2}': 1e6 },
  vague: { 'χιλιάδες': 1000, 'εκατοντάδες': 100 },
  stop: ['και', 'το', 'η', 'ο', 'οι', 'τα', 'της', 'του', 'των', 'σε', 'στη', 'στο', 'με', 'για', 'από', 'που', 'είναι'],
});

export const hu = lex({
  lang: 'hu',
  nk: ['észak-kore', 'északkore', 'phenjan', 'kim dzsong', 'kndk$'],
  fused: ['észak-koreaiak'],
  pers: ['katon', 'csapat', 'erők', 'egység', 'hadifogoly', 'hadifoglyok', 'zsoldos', 'harcos', 'alakulat', 'kontingens', 'hadtest', 'tiszt'],
  persWeak: ['hadsereg'],
  ctx: ['ukrajn', 'ukrán', 'kurszk', 'kijev', 'zelenszkij', 'front', 'harctér', 'csatatér', 'harcok', 'hadifogoly'],
  ctxWeak: ['oroszország', 'orosz', 'moszkva', 'kreml', 'putyin', 'küld', 'vezény', 'telepít', 'harcol', 'háború', 'veszteség'],
  neg: ['demilitarizált', 'díszszemle', 'parádé', 'hadgyakorlat', 'disszidál', 'átszökött', 'koreai háború', 'fegyverszünet', 'munkás', 'vendégmunkás'],
  foreign: ['orosz', 'ukrán', 'dél-korea', 'amerikai', 'kínai', 'nyugati'],
  killed: ['meghalt', 'életét vesztette', 'elesett', 'halott'], injured: ['megsebesült', 'sebesült'], casualties: ['veszteség'], captured: ['fogságba', 'elfogt', 'hadifogoly', 'megadta'],
  qualBefore: { over: ['több mint', 'több, mint'], approximately: ['mintegy', 'körülbelül', 'nagyjából', 'közel'], 'at least': ['legalább'], 'up to': ['akár'] },
  scale: { 'ezer': 1e3, 'millió': 1e6 },
  vague: { 'több ezer': 1000, 'ezrek': 1000, 'százak': 100 },
  stop: ['a', 'az', 'és', 'hogy', 'nem', 'egy', 'szerint', 'is', 'meg', 'volt', 'van', 'már', 'mint', 'el'],
});

export const fi = lex({
  lang: 'fi',
  nk: ['pohjois-kore', 'pohjoiskore', 'pjongjang', 'kim jong[\\s-]{0,2}un'],
  fused: ['pohjoiskorealai', 'pohjois-korealai'],
  pers: ['sotila', 'sotilai', 'joukko', 'joukot', 'joukkoj', 'joukkoi', 'yksikö', 'yksiköi', 'sotavank', 'vanki', 'vangi', 'palkkasotil', 'taistelij', 'kontingent', 'armeijakun', 'upseer'],
  persWeak: ['armeija'],
  ctx: ['ukrain', 'kursk', 'kiova', 'kiovan', 'zelenskyi', 'rintama', 'taistelukenttä', 'taistelui', 'sotavank'],
  ctxWeak: ['venäj', 'venäläi', 'moskova', 'kreml', 'putin', 'lähett', 'sijoitet', 'taistel', 'sota', 'tappio'],
  neg: ['demilitarisoi', 'paraati', 'sotaharjoitu', 'harjoitu', 'loikkar', 'loikkasi', 'korean sota', 'aselepo', 'työläi', 'työntekij', 'siirtotyöläi'],
  foreign: ['venäläi', 'ukrainalai', 'etelä-korea', 'eteläkorea', 'amerikkalai', 'kiinalai', 'länsimai'],
  killed: ['kuoli', 'kuollut', 'kaatu', 'surmattu', 'tapettu'], injured: ['haavoittu', 'loukkaantu'], casualties: ['tappio', 'uhre'], captured: ['vangittu', 'vangiksi', 'sotavank', 'antautu'],
  qualBefore: { over: ['yli'], approximately: ['noin', 'arviolta', 'suunnilleen'], 'at least': ['vähintään', 'ainakin'], 'up to': ['jopa', 'enintään'], under: ['alle', 'lähes', 'melkein'] },
  scale: { 'tuhatta': 1e3, 'tuhat$': 1e3, 'miljoonaa': 1e6 },
  vague: { 'tuhansia': 1000, 'satoja': 100, 'kymmeniätuhansia': 10000 },
  stop: ['ja', 'on', 'että', 'ovat', 'oli', 'mukaan', 'ei', 'se', 'myös', 'joka', 'kanssa', 'jo', 'kuin', 'ovat'],
});

export const bg = lex({
  lang: 'bg',
  nk: ['северна корея', 'северна корея', 'севернокорейск', 'кндр$', 'пхенян', 'ким чен ун'],
  fused: ['севернокорейци'],
  pers: ['войници', 'войник', 'войски', 'военни$', 'военните$', 'военнослужещ', 'бойци', 'подразделени', 'контингент', 'военнопленни', 'пленени', 'наемници', 'корпус', 'офицери'],
  persWeak: ['армия'],
  ctx: ['украйн', 'курск', 'киев', 'зеленски', 'фронт', 'бойното поле', 'боеве', 'военнопленни'],
  ctxWeak: ['русия', 'руски', 'москва', 'кремъл', 'путин', 'изпрат', 'разпол', 'разгърн', 'воюв', 'сражава', 'война', 'загуби'],
  neg: ['демилитаризиран', 'парад', 'учения', 'дезертьор', 'избяга', 'корейската война', 'примирие', 'работници'],
  foreign: ['руски', 'руснаци', 'украински', 'южнокорейск', 'американск', 'китайск'],
  killed: ['убити', 'загинал', 'загинали', 'смърт'], injured: ['ранени', 'ранен'], casualties: ['загуби', 'жертви'], captured: ['пленен', 'пленени', 'заловен', 'предаде'],
  qualBefore: { over: ['над', 'повече от'], approximately: ['около', 'приблизително', 'близо'], 'at least': ['най-малко', 'поне'], 'up to': ['до'] },
  scale: { 'хиляди': 1e3, 'хил\\.?': 1e3, 'милиона?': 1e6 },
  vague: { 'хиляди': 1000, 'стотици': 100, 'десетки хиляди': 10000 },
  stop: ['и', 'на', 'в', 'за', 'от', 'са', 'че', 'се', 'с', 'да', 'по', 'е', 'както', 'това', 'като'],
});

// Serbian (Cyrillic and Latin), Croatian, Bosnian.
export const sr = lex({
  lang: 'sr',
  nk: ['северн\\p{L}{0,2} кореј', 'севернокорејск', 'sjevern\\p{L}{0,2} korej', 'severn\\p{L}{0,2} korej', 'sjevernokorejsk', 'severnokorejsk', 'пјонгјанг', 'pjongjang', 'пхенjан', 'ким џонг', 'kim džong', 'kim jong[\\s-]{0,2}un', 'dnrk$', 'днрк$'],
  fused: ['севернокорејци', 'sjevernokorejci', 'severnokorejci'],
  pers: ['војни', 'vojni', 'војска', 'војске', 'vojsk', 'војници', 'војника', 'vojnic', 'vojnik', 'снаге', 'snage', 'jedinic', 'јединиц', 'заробљен', 'zarobljen', 'plaćenic', 'плаћеници', 'борци', 'borci', 'контингент', 'kontingent', 'корпус', 'korpus'],
  persWeak: ['војск', 'vojsk'],
  ctx: ['украјин', 'ukrajin', 'курск', 'kursk', 'кијев', 'kijev', 'зеленск', 'zelensk', 'фронт', 'front', 'бојишт', 'bojišt', 'ratišt', 'борб', 'borb', 'ратн\\p{L}{0,2} заробљен', 'ratn\\p{L}{0,2} zarobljen'],
  ctxWeak: ['русиј', 'rusij', 'руск', 'rusk', 'москв', 'moskv', 'кремљ', 'kremlj', 'путин', 'putin', 'послал', 'poslal', 'posla', 'послат', 'poslat', 'распоређ', 'raspoređ', 'бор[еи]', 'bor[ei]', 'рат$', 'rat$', 'губит', 'gubit'],
  neg: ['демилитаризован', 'demilitarizovan', 'парад', 'parad', 'вежб', 'vježb', 'vežb', 'пребег', 'prebeg', 'prebjeg', 'корејск\\p{L}{0,2} рат', 'korejsk\\p{L}{0,2} rat', 'примирј', 'primirj', 'радниц', 'radnic', 'radnik'],
  foreign: ['руск', 'rusk', 'украјинск', 'ukrajinsk', 'јужнокорејск', 'južnokorejsk', 'америчк', 'američk', 'кинеск', 'kinesk'],
  killed: ['убијен', 'ubijen', 'погинул', 'poginul', 'мртв', 'mrtv'], injured: ['рањен', 'ranjen'], casualties: ['губи', 'gubi', 'жртв', 'žrtv'], captured: ['заробљен', 'zarobljen', 'предао', 'predao', 'predal'],
  qualBefore: { over: ['више од', 'više od', 'преко', 'preko'], approximately: ['око', 'oko', 'приближно', 'približno', 'отприлике', 'otprilike'], 'at least': ['најмање', 'najmanje', 'барем', 'barem'], 'up to': ['до', 'do'] },
  scale: { 'хиљад\\p{L}{0,2}': 1e3, 'hiljad\\p{L}{0,2}': 1e3, 'tisuć\\p{L}{0,2}': 1e3, 'милион\\p{L}{0,2}': 1e6, 'milijun\\p{L}{0,2}': 1e6, 'milion\\p{L}{0,2}': 1e6 },
  vague: { 'хиљаде': 1000, 'hiljade': 1000, 'tisuće': 1000, 'стотине': 100, 'stotine': 100 },
  stop: ['и', 'у', 'је', 'су', 'на', 'да', 'према', 'се', 'i', 'u', 'je', 'su', 'na', 'da', 'prema', 'se', 'od', 'za'],
});

export const lt = lex({
  lang: 'lt',
  nk: ['šiaurės korėj', 'šiaurės korej', 'siaures korej', 'pchenjan', 'kim čen', 'kim jong[\\s-]{0,2}un'],
  fused: ['šiaurės korėjiečiai', 'šiaurės korėjiečių'],
  pers: ['kari', 'karei', 'kariuomen', 'pajėg', 'dalin', 'belaisv', 'samdin'],
  ctx: ['ukrain', 'kursk', 'kyjiv', 'kijev', 'zelensk', 'fronto', 'fronte', 'mūšio lauk', 'kov'],
  ctxWeak: ['rusij', 'rus[ųai]$', 'maskv', 'kreml', 'putin', 'išsiunt', 'dislok', 'karas', 'karo$'],
  neg: ['demilitarizuot', 'parad', 'pratyb', 'perbėgėl', 'korėjos kar', 'darbinink'],
  foreign: ['rusijos', 'rusų', 'ukrainos', 'ukrainieči', 'pietų korėj', 'amerikieči'],
  killed: ['žuv', 'nužud'], injured: ['sužeist'], captured: ['belaisv', 'paimt', 'sugaut'],
  stop: ['ir', 'yra', 'kad', 'su', 'iš', 'į', 'buvo', 'kaip', 'pagal', 'nuo', 'dėl', 'bet'],
});

export const lv = lex({
  lang: 'lv',
  nk: ['ziemeļkorej', 'ziemeļkorea', 'phenjan', 'kims čenuns', 'kim jong[\\s-]{0,2}un'],
  fused: ['ziemeļkorejieši', 'ziemeļkorejiešu'],
  pers: ['karavīr', 'karaspēk', 'spēk', 'vienīb', 'gūstekņ', 'algotņ', 'kaujinieki', 'kontingent'],
  ctx: ['ukrain', 'kursk', 'kijiv', 'kijev', 'zelensk', 'fronte', 'kaujas lauk', 'kauj'],
  ctxWeak: ['krievij', 'krievu', 'maskav', 'kremļ', 'putin', 'nosūtī', 'izvietot', 'karš', 'kara$'],
  neg: ['demilitarizēt', 'parād', 'mācības', 'pārbēdzēj', 'korejas kar', 'strādniek'],
  foreign: ['krievu', 'krievijas', 'ukraiņu', 'ukrainas', 'dienvidkorej', 'amerikāņu'],
  killed: ['nogalināt', 'gāja bojā', 'bojāgāj'], injured: ['ievainot'], captured: ['gūstā', 'gūstekņ', 'sagūstīt'],
  stop: ['un', 'ir', 'ka', 'ar', 'no', 'uz', 'par', 'tika', 'bija', 'kā', 'pēc', 'arī'],
});

export const et = lex({
  lang: 'et',
  nk: ['põhja-korea', 'pohja-korea', 'pyongyang', 'phenjan', 'kim jong[\\s-]{0,2}un'],
  fused: ['põhjakorealased', 'põhja-korealased', 'põhjakorealaste'],
  pers: ['sõdur', 'väe', 'vägi', 'jõud', 'üksus', 'sõjavang', 'palgasõdur', 'võitleja', 'kontingent'],
  ctx: ['ukrain', 'kursk', 'kiiev', 'zelenski', 'rinne', 'rindel', 'lahinguväl', 'lahing'],
  ctxWeak: ['venemaa', 'vene$', 'moskva', 'kreml', 'putin', 'paigut', 'sõda', 'sõja'],
  neg: ['demilitariseeritud', 'paraad', 'õppus', 'ülejooksik', 'korea sõda', 'tööli'],
  foreign: ['vene$', 'venemaa', 'ukraina$', 'lõuna-korea', 'ameerika'],
  killed: ['hukkus', 'tapetud', 'surnud'], injured: ['haavat'], captured: ['vangi', 'sõjavang', 'kinni võetud'],
  stop: ['ja', 'on', 'et', 'ei', 'see', 'kui', 'ka', 'oli', 'mis', 'aga', 'nagu', 'või', 'olid'],
});

export const ca = lex({
  lang: 'ca',
  nk: ['corea del nord', 'nord-corean', 'nordcorean', 'pyongyang', 'kim jong[\\s-]{0,2}un'],
  pers: ['soldats$', 'soldat$', 'tropes$', 'forces$', 'militars$', 'combatents$', 'unitats$', 'contingent', 'presoners$', 'mercenaris$', 'efectius$'],
  persWeak: ['exèrcit$'],
  ctx: ['ucraïn', 'ucrain', 'kursk', 'kíiv', 'kiev', 'zelenski', 'front$', 'camp de batalla', 'combats$', 'presoners de guerra'],
  ctxWeak: ['rússia', 'russos?$', 'russes$', 'moscou', 'kremlin', 'putin', 'envia', 'enviat', 'desplegat', 'combat', 'guerra$', 'baixes$'],
  neg: ['zona desmilitaritzada', 'desfilada', 'exercicis', 'maniobres', 'desert', 'guerra de corea', 'treballadors', 'obrers'],
  foreign: ['russos?$', 'russes$', 'ucraïnes', 'ucraïnesos', 'sud-corean', 'americans?$', 'xinesos'],
  killed: ['morts?$', 'morir', 'abatuts'], injured: ['ferits?$'], casualties: ['baixes$', 'pèrdues'], captured: ['capturats?$', 'presoners?$', 'rendi'],
  qualBefore: { over: ['més de'], approximately: ['uns', 'unes', 'al voltant de', 'aproximadament', 'prop de'], 'at least': ['almenys', 'com a mínim'], 'up to': ['fins a'] },
  scale: { 'mil$': 1e3 },
  vague: { 'milers': 1000, 'centenars': 100 },
  stop: ['el', 'els', 'les', 'del', 'dels', 'i', 'que', 'per', 'amb', 'una', 'segons', 'han', 'va', 'més', 'es', 'al', 'als', 'però'],
});

export const sw = lex({
  lang: 'sw',
  nk: ['korea kaskazini', 'pyongyang', 'kim jong[\\s-]{0,2}un'],
  pers: ['wanajeshi', 'mwanajeshi', 'askari', 'vikosi', 'kikosi', 'wapiganaji', 'mateka', 'jeshi'],
  ctx: ['ukraine', 'ukraini', 'kursk', 'kyiv', 'kiev', 'zelensky', 'mstari wa mbele', 'uwanja wa vita', 'mapigano'],
  ctxWeak: ['urusi', 'moscow', 'kremlin', 'putin', 'kupeleka', 'walipelekwa', 'imetuma', 'vita'],
  neg: ['gwaride', 'mazoezi', 'waliokimbia', 'vita vya korea', 'wafanyakazi'],
  foreign: ['urusi$', 'ukraine$', 'korea kusini', 'marekani', 'china$'],
  killed: ['waliuawa', 'wameuawa', 'walikufa', 'vifo'], injured: ['walijeruhiwa', 'majeruhi'], captured: ['mateka', 'walikamatwa', 'wamekamatwa'],
  qualBefore: { over: ['zaidi ya'], approximately: ['takriban', 'karibu'], 'at least': ['angalau'] },
  scale: { 'elfu': 1e3 },
  vague: { 'maelfu': 1000, 'mamia': 100 },
  stop: ['na', 'wa', 'ya', 'kwa', 'za', 'katika', 'ni', 'la', 'kuwa', 'hiyo', 'huo', 'cha'],
});

export const tl = lex({
  lang: 'tl',
  nk: ['hilagang korea', 'north korea', 'pyongyang', 'kim jong[\\s-]{0,2}un'],
  pers: ['sundalo', 'tropa', 'pwersa', 'puwersa', 'bihag', 'mandirigma', 'hukbo'],
  ctx: ['ukraine', 'ukranya', 'kursk', 'kyiv', 'kiev', 'zelensky', 'larangan ng digmaan', 'labanan', 'bakbakan'],
  ctxWeak: ['russia', 'rusya', 'moscow', 'kremlin', 'putin', 'ipinadala', 'nagpadala', 'digmaan', 'giyera'],
  neg: ['parada', 'pagsasanay', 'tumalikod', 'digmaang korean', 'manggagawa'],
  foreign: ['russian', 'ruso', 'ukrainian', 'south korea', 'timog korea', 'amerikano'],
  killed: ['napatay', 'namatay', 'nasawi'], injured: ['nasugatan', 'sugatan'], captured: ['nahuli', 'bihag', 'dinakip'],
  qualBefore: { over: ['mahigit', 'higit sa'], approximately: ['humigit-kumulang', 'mga', 'halos'] },
  scale: { 'libo$': 1e3 },
  vague: { 'libu-libong': 1000, 'daan-daang': 100 },
  stop: ['ang', 'mga', 'ng', 'sa', 'na', 'ay', 'at', 'si', 'ni', 'para', 'kay', 'mula', 'nang'],
});

export const ka = lex({
  lang: 'ka',
  spaced: false,
  nk: ['ჩრდილოეთ კორე', 'ფხენიან', 'კიმ ჩენ'],
  pers: ['ჯარისკაც', 'სამხედრო', 'ძალებ', 'ტყვე', 'ქვედანაყოფ', 'მებრძოლ'],
  persWeak: ['ჯარ'],
  ctx: ['უკრაინ', 'კურსკ', 'კიევ', 'ზელენსკ', 'ფრონტ', 'ბრძოლის ველ', 'ბრძოლებ'],
  ctxWeak: ['რუსეთ', 'მოსკოვ', 'კრემლ', 'პუტინ', 'გაგზავნ', 'განლაგ', 'ომ'],
  neg: ['აღლუმ', 'სწავლებ', 'დეზერტირ', 'კორეის ომ', 'მუშებ'],
  foreign: ['რუსი', 'რუსული', 'უკრაინელ', 'სამხრეთ კორე', 'ამერიკელ'],
  killed: ['დაიღუპ', 'მოკლ'], injured: ['დაჭრ'], captured: ['ტყვე'],
  scale: { 'ათას': 1e3 },
  vague: { 'ათასობით': 1000, 'ასობით': 100 },
});

export const hy = lex({
  lang: 'hy',
  spaced: false,
  nk: ['հյուսիսային կորե', 'կհժդ', 'փխենյան', 'կիմ չեն'],
  pers: ['զինվոր', 'զորք', 'ուժեր', 'զինծառայող', 'գերի', 'ստորաբաժան', 'մարտիկ'],
  persWeak: ['բանակ'],
  ctx: ['ուկրաին', 'կուրսկ', 'կիև', 'զելենսկ', 'ճակատ', 'մարտադաշտ', 'մարտեր'],
  ctxWeak: ['ռուսաստան', 'մոսկվա', 'կրեմլ', 'պուտին', 'ուղարկ', 'տեղակայ', 'պատերազմ'],
  neg: ['շքերթ', 'զորավարժ', 'դասալիք', 'կորեական պատերազմ', 'աշխատող'],
  foreign: ['ռուս', 'ուկրաինացի', 'հարավային կորե', 'ամերիկյան'],
  killed: ['զոհվ', 'սպանվ'], injured: ['վիրավոր'], captured: ['գերի'],
  scale: { 'հազար': 1e3 },
  vague: { 'հազարավոր': 1000, 'հարյուրավոր': 100 },
});

export const az = lex({
  lang: 'az',
  nk: ['şimali koreya', 'simali koreya', 'pxenyan', 'phenyan', 'kim çen ın', 'kim jong[\\s-]{0,2}un', 'kxdr$'],
  pers: ['əsgər', 'esger', 'hərbçi', 'qoşun', 'qüvvə', 'bölmə', 'əsir', 'döyüşçü', 'muzdlu', 'kontingent', 'korpus'],
  persWeak: ['ordu'],
  ctx: ['ukrayna', 'kursk', 'kiyev', 'zelenski', 'cəbhə', 'döyüş meydanı', 'döyüşlər'],
  ctxWeak: ['rusiya', 'rus$', 'moskva', 'kreml', 'putin', 'göndər', 'yerləşdir', 'müharibə', 'itki'],
  neg: ['parad', 'təlim', 'qaçqın', 'koreya müharibəsi', 'fəhlə', 'işçi'],
  foreign: ['rus$', 'rusiya\\p{L}{0,3}$', 'ukraynalı', 'ukrayna\\p{L}{0,3}$', 'cənubi koreya', 'amerika'],
  killed: ['öldü', 'həlak', 'öldürül'], injured: ['yaralan', 'yaralı'], captured: ['əsir', 'tutul'],
  qualBefore: { approximately: ['təxminən', 'təqribən'], 'at least': ['ən azı'] },
  qualAfter: { over: ['çox', 'artıq'] },
  scale: { 'milyon$': 1e6 },
  vague: { 'minlərlə': 1000, 'yüzlərlə': 100 },
  stop: ['və', 'bir', 'bu', 'ilə', 'üçün', 'olaraq', 'görə', 'da', 'də', 'ki', 'olan', 'isə'],
});

export const kk = lex({
  lang: 'kk',
  nk: ['солтүстік корея', 'кхдр$', 'пхеньян', 'ким чен ын'],
  pers: ['сарбаз', 'әскер', 'жауынгер', 'тұтқын', 'бөлімше', 'контингент', 'корпус'],
  persWeak: ['армия'],
  ctx: ['украин', 'курск', 'киев', 'зеленск', 'майдан', 'ұрыс'],
  ctxWeak: ['ресей', 'мәскеу', 'кремль', 'путин', 'жібер', 'орналастыр', 'соғыс', 'шығын'],
  neg: ['шеру', 'жаттығу', 'қашқын', 'корей соғысы', 'жұмысшы'],
  foreign: ['ресей', 'орыс', 'украин', 'оңтүстік корея', 'америка'],
  killed: ['қаза', 'өлтірілді', 'мерт'], injured: ['жараланды', 'жаралы'], captured: ['тұтқын', 'қолға түс'],
  scale: { 'мың$': 1e3, 'миллион': 1e6 },
  vague: { 'мыңдаған': 1000, 'жүздеген': 100 },
  stop: ['және', 'мен', 'бұл', 'үшін', 'деп', 'бір', 'да', 'де', 'пен', 'бен'],
});

export const uz = lex({
  lang: 'uz',
  nk: ['shimoliy koreya', 'pxenyan', 'kim chen in', 'kim jong[\\s-]{0,2}un', 'kxdr$'],
  pers: ['askar', 'harbiy', 'qo\'shin', 'kuch', 'asir', 'jangchi', 'bo\'linma', 'yollanma'],
  persWeak: ['armiya'],
  ctx: ['ukraina', 'kursk', 'kiyev', 'zelenskiy', 'front', 'jang maydoni', 'janglar'],
  ctxWeak: ['rossiya', 'moskva', 'kreml', 'putin', 'yubor', 'joylashtir', 'urush', 'yo\'qotish'],
  neg: ['parad', 'mashq', 'qochoq', 'koreya urushi', 'ishchi'],
  foreign: ['rus$', 'rossiya\\p{L}{0,3}$', 'ukrainalik', 'janubiy koreya', 'amerika'],
  killed: ['halok', 'o\'ldirildi', 'o\'ldi'], injured: ['yarador'], captured: ['asir'],
  scale: { 'ming$': 1e3, 'million': 1e6 },
  vague: { 'minglab': 1000, 'yuzlab': 100 },
  stop: ['va', 'bu', 'bilan', 'uchun', 'deb', 'bir', 'ham', 'esa', 'edi', 'qilib'],
});
