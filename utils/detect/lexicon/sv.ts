import type { Lexicon } from './types';

// Swedish. Danish (da.ts) and Norwegian (no.ts) share most of this vocabulary; the lexicons differ
// in function words (for telling them apart) and a few spellings.
export const scandinavian: Omit<Lexicon, 'lang' | 'stop'> = {
  spaced: true,
  support: ['støtte', 'stöd', 'stöttar', 'stöttade', 'solidari', 'opbakning', 'oppbakking', 'uppbackning'],
  oblique: ['dem', 'deras'],
  dispatch: ['skickats', 'skickades', 'sänts', 'utplacerade', 'förflyttade'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['han', 'honom', 'hans'],
  fate: [
    'tillfångatagen', 'tillfångatogs', '(?:togs|tagen|tagits) till fånga', 'fångenskap', 'krigsfånge$', 'sårad$', 'sårades', 'sårats',
    '(?:svårt|lindrigt|allvarligt) skadad', '(?:avled|dog) av (?:sina )?skador', 'förhör', 'kapitulerade', 'i (?:en|ett) (?:skyttegrav|bunker)$', 'i (?:skyttegraven|bunkern)$',
  ],
  speech: ['sa$', 'sade$', 'säger(?! sig)', 'uppgav', 'meddelade', 'betonade', 'varnade', 'krävde', 'berömde', 'tackade', 'att$'],
  nk: ['nordkorea', 'nord-korea', 'kims?$', 'pyongyang', 'pjongjang', 'kim jong[\\s-]{0,2}un', 'demokratiska folkrepubliken korea', 'den demokratiske folkerepublik korea', 'den demokratiske folkerepublikken korea'],
  own: ['sina', 'sine', 'deras', 'bästa', 'bedste', 'beste', 'egna'],
  munitions: ['missiler', 'robotar', 'granater', 'ammunition', 'vapen', 'våben', 'drönare', 'droner'],
  fused: ['nordkoreaner', 'nordkoreanerne', 'nordkorean$', 'nordkoreanen$', 'nordkoreaneren$', 'nordkorea-?soldat', 'koreanska folkarmén',
    // the adjective standing for its people, its noun left out, before a verb ("att de nordkoreanska strider till fots")
    'de nordkoreanska(?= (?:är|var|har|hade|strider|stred|kämpar|kämpade|slåss|ska|skulle|kan|kunde|tros|uppges|sägs|till stor del)(?!\\p{L}))',
    'de nordkoreanske(?= (?:er|var|har|hadde|havde|kjemper|kæmper|slåss|skal|skulle|kan|kunne)(?!\\p{L}))'],
  strong: ['stormkåren', 'stormkorps', 'storm corps', 'storm-korps', '11:e (?:armé)?kåren'],
  anaphora: ['dessa', 'båda', 'en av', 'den ena', 'den andra', 'den första', 'den förste'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'kroppar(?:na)?$', 'kvarlevor(?:na)?$', 'kistor(?:na)?$',
    '~soldater', 'soldat$', 'soldaten$', '~soldatene$', '~soldatane$', '~soldatar', '~trupper', '~tropper', '~troppene$', '~styrkor', '~styrker(?! (?:det|den|sitt|sine|sin|seg|hverandre|samarbeid\\p{L}*|bånd\\p{L}*|forhold\\p{L}*|alliansen|posisjon\\p{L}*|handel\\p{L}*|forsvarssamarbeid\\p{L}*|båndet)(?![\\p{L}\\p{M}]))', '~styrkene$', 'militärer', 'förband', 'enheter',
    'kontingent', 'krigsfång', 'krigsfange', 'legosoldat', 'infanteri', 'stridande', 'krigare', 'kombattanter', 'officerare', 'officerer$', 'offiserer$', 'officererne$', 'offiserene$', 'krigere$', 'krigerne$', 'rekrutter$', 'rekruttene$', 'rekrutterne$', 'militærfolk', 'militärpersonal', 'militærpersonel', 'militærpersonell', 'militærpersonale', 'militær personal', 'militært personell', 'militært personale', 'militære(?=[\\s\\u00a0]+(?:er|har|ble|blev|var|i|fra|som|skal|kjemper|kæmper|til)[\\s\\u00a0])',
    // a vague count of the dead or wounded ("Hundrevis drept eller skadet", "Tusentals dödade")
    // (one term per word: the screen keeps a literal piece of each)
    'hundrevis(?= (?:drept|drepte|døde|dødd|såret|sårede|skadet|skadde|dödade|döda|dödats|sårade|skadade|dræbt|dræbte|falne|stupte|stupade|omkom))',
    'tusenvis(?= (?:drept|drepte|døde|dødd|såret|sårede|skadet|skadde|dödade|döda|dödats|sårade|skadade|dræbt|dræbte|falne|stupte|stupade|omkom))',
    'hundratals(?= (?:drept|drepte|døde|dødd|såret|sårede|skadet|skadde|dödade|döda|dödats|sårade|skadade|dræbt|dræbte|falne|stupte|stupade|omkom))',
    'tusentals(?= (?:drept|drepte|døde|dødd|såret|sårede|skadet|skadde|dödade|döda|dödats|sårade|skadade|dræbt|dræbte|falne|stupte|stupade|omkom))',
    'hundredvis(?= (?:drept|drepte|døde|dødd|såret|sårede|skadet|skadde|dödade|döda|dödats|sårade|skadade|dræbt|dræbte|falne|stupte|stupade|omkom))',
    'tusindvis(?= (?:drept|drepte|døde|dødd|såret|sårede|skadet|skadde|dödade|döda|dödats|sårade|skadade|dræbt|dræbte|falne|stupte|stupade|omkom))',
    'rekryter', 'forstærkninger', 'förstärkningar', 'kåren$', 'korps$', 'fanger$', 'fångar$', 'fångarna$', 'fangene$', 'fangerne$', 'fånge$', 'fången$', 'fange$', 'fangen$',
    '~minerydder', '~minerydningseksper', '~minerydningsspecialist', 'militære? bygnings', 'militära byggnads', 'minröjare', 'militære? bygge', 'militära bygg', 'ingenjörtrupp', 'ingeniørtropp', 'specialstyrk', 'specialsoldat', '~trupp', 'styrkan$', 'styrka$', 'styrken$', 'militär$', 'artillerister',
    'man(?<=(?:\\d\\d\\d|tusen)[\\s\\u00a0]+man)(?:d|n)?$', 'döda$', 'dödade$', 'døde$', 'dræbte$', 'drepte$', 'sårade$', 'sårede$', 'förluster(?:na)?$', 'tap(?:et|ene)?$', 'tab(?:et|ene)?$', 'stupade$', 'stupte$', 'falne$', 'faldne$', 'omkomna$', 'omkomne$', 'sårade$', 'sårede$', 'sårte$', '~piloter$', 'drönaroperatör', 'droneoperatør', 'droneoperatør', 'befäl$', 'piloter$', 'befälhavare$', 'generaler$', 'ingenjörer$', 'ingeniører$',
    'närvaro$', 'tilstedeværelse$', 'deltagande$', 'deltagelse$', 'deltakelse$', 'prickskytt', 'martyrer',
    // prisoner exchanges ("fångutbyte", "fangeutveksling") stand for the prisoners, as "Gefangenenaustausch" does
    'fångutbyte', 'fångutväxling', 'fångbyte', 'fangeutveksling', 'fangeudveksling', 'fangebytte', 'kanonföda', 'kanonmat', 'kanonføde',
    // Nynorsk plurals (troppar, styrkar, fangar), compounds of engineers, units and crews (militæringeniører,
    // elitförband, eliteavdelingar, stridsvagnsbesättningar), the war effort as a whole (krigsdeltakelse)
    '~troppar', '~troppane$', '~styrkar', '~styrkane$', 'krigsfang', 'fangar$', 'fangane$', '~ingenjör(?:er|erna|en)?$', '~ingeniør(?:er|ene|erne|en)?$',
    '~förband(?:et|en)?$', 'avdelinger$', 'avdelingar$', 'avdelingene$', 'avdelingane$', '~avdeling(?<=(?:elite|spesial|militær|kommando)avdeling)', '~enheter(?<=(?:elit|special|kommando)enheter)', '~enheder(?<=(?:elite|special|kommando)enheder)',
    '~besättning(?:ar|arna|en)?$', '~besetning(?:er|ar|ene|ane|en)?$', '~besætning(?:er|erne|en)?$',
    'krigsdeltakelse', 'krigsdeltagelse', 'krigsdeltagande', 'krigsinnsats', 'krigsindsats', 'krigsinsats', 'krigsbidrag', 'troppebidrag', 'truppbidrag', 'styrkebidrag'],
  persWeak: ['armé$', 'armén$', 'hær$', 'hæren$', 'militär$'],
  ctx: ['ukrain', 'kursk', 'kiev', 'kyiv', 'zelenskyj', 'zelenskij', 'fronten', 'frontlinje', 'skyttegrav', 'slagfält', 'slagmark', 'strider', 'kamper', 'donbas', 'krigsfång', 'krigsfange', 'stupade', 'falne', 'sudzja', 'tillfångatag', 'taget til fange', 'tatt til fange', 'förhör', 'fångar$', 'fångarna$', 'teke til fange', 'tekne til fange', 'kampane$', 'kampar$', 'krigsfang'],
  ctxWeak: ['ryssland', 'förflyttning', 'rysk', 'rusland', 'russland', 'russisk', 'moskva', 'kreml', 'putin', 'skickat', 'skickade', 'skicka', 'sänt$', 'sänts$', 'sendt', 'sendte', 'sende', 'utplacer', 'stationer', 'strida', 'stridit$', 'stred$', 'kämpa', 'kæmpe', 'kjempe', 'slåss$', 'sloss$', 'stupat$', 'stupit$', 'till fånga', 'tilfangetag', 'krig$', 'kriget$', 'krigen$', 'förluster', 'tab$', 'drönare', 'droner', 'insats', 'legosoldat', 'utplasser', 'udstationer', 'utstasjoner', 'udsendt', 'utsendt', 'sendes$', 'skickas$', 'kampen', 'kamphandling', 'angrep', 'angreb', 'anfall', 'offensiv', 'dödats', 'skadats', 'dræbt', 'drept', 'omkom', 'sårade$', 'sårede$', 'såret$', 'stupte$', 'faldne$', 'hjältar', 'helte$', 'heltene$', 'heltene$', 'medalj', 'utmärkelse', 'medalje', 'minnesmärke', 'mindesmærke', 'minnesmerke', 'monument', 'befrielse', 'minröjning', 'minerydding', 'minerydning', 'anlänt', 'anlände', 'ankommet', 'ankom$', 'ankommen$',
    // lost (men), the fallen's remains and coffins brought home; Nynorsk killed and wounded
    'mistet$', 'miste$', 'mistede$', 'tapte$', 'förlorat$', 'förlorade$', 'kvarlevor', 'levningar', 'levninger', 'kistor', 'kister$', 'kisterne$', 'kistene$', 'liken$', 'likene$', 'ligene$', 'lik(?<=s[\\s\\u00a0]lik)$', 'lig(?<=s[\\s\\u00a0]lig)$', 'kroppar$', 'kropparna$', 'repatrier',
    'drepne$', 'drepen$', 'såra$',
    // their death, after the genitive of a word for them ("tusen nordkoreaners död", "soldatenes død"; not a leader's, "Kim Il-sungs död")
    'död(?<=(?:koreaners|koreanernas|koreanernes|soldaters|soldaternas|soldatenes|soldatanes|truppernas|troppenes|fångarnas|fangenes|mäns|männens|menns|mennenes)[\\s\\u00a0]död)$', 'død(?<=(?:koreaners|koreanernas|koreanernes|soldaters|soldaternas|soldatenes|soldatanes|truppernas|troppenes|fångarnas|fangenes|mäns|männens|menns|mennenes)[\\s\\u00a0]død)$',
    // burials of the fallen, with honours
    'begrav', 'gravlag', 'gravferd', 'jordfäst', 'jordfest', 'bisatt', 'bisat$', 'hedersbetyg', 'æresbevis', 'hædersbevis',
    // the war effort itself ("det nordkoreanske krigsbidraget"), the "neo-Nazis" of Moscow's and Pyongyang's word for Ukraine's army
    'krigsbidrag', 'krigsdeltakelse', 'krigsdeltagelse', 'krigsdeltagande', 'krigsinnsats', 'krigsindsats', 'krigsinsats', 'nynazist'],
  neg: ['dmz$', 'demilitariser', '~parad(?!is)', 'militærparade', 'övning', 'övade$', 'övar$', 'øvelse', 'øvede$', 'øvde$', 'avhopp', 'hoppet av', 'hoppade av', 'flygtning', 'koreakrig', 'vapenstillestånd',
    // accidents and disasters at home (a death or burial there is no war loss)
    '~olyck(?:a|an|or|orna)$', '~ulykke(?:n|r|ne)?$', '~ulykk(?:a|er|erne)$', 'översvämning', 'oversvømmelse', 'flom$', 'flommen$', 'jordskred', 'naturkatastrof', 'jordbävning', 'jordskjelv', 'jordskælv',
    // a state visit is diplomacy
    'statsbesök', 'statsbesøk', 'statsbesøg'],
  labour: ['arbetare', 'arbejdere', 'arbeidere', 'arbetskraft', 'arbeidskraft', 'arbejdskraft'],
  foreign: ['rysk', 'russisk', 'ukrainsk', 'sydkorea', 'amerikansk', 'kinesisk', 'västlig', 'vestlig', 'nato-'],
  fallen: ['martyrer'],
  killed: ['drepne$', 'drepen$', 'fald(?:et|t|ne) i kamp', 'falt i (?:kamp|strid)', 'fallit i strid', 'dör$', 'dør$', 'dött$', 'dödade', 'dödad', 'dödat', 'döda$', 'dödsfall', 'omkom', 'stupade', 'dræbt', 'drept', 'døde$', 'falne$', 'dræbte', 'drepte'],
  injured: ['sårade', 'sårad', 'sårat', 'skadade', 'skadad', 'skadat', 'sårede', 'såret', 'skadet', 'skadede'],
  casualties: ['förluster', 'tab$', 'tap$', 'offer$'],
  captured: ['tillfångatagna', 'tillfångatagen', 'fångar$', 'krigsfång', 'taget til fange', 'tatt til fange', 'teke til fange', 'tekne til fange', 'fanger$', 'fangar$', 'krigsfang', 'förhör', 'forhør'],
  decision: ['skickat', 'skickade', 'sänt', 'sendt', 'sendte', 'utplacer', 'beslut', 'besluttet', 'beslutning', 'beordr'],
  motives: ['i utbyte', 'i bytte', 'til gengæld', 'motiv', 'varför', 'hvorfor', 'belöning', 'betaling', 'teknolog', 'teknik', 'stridserfarenhet', 'kamperfaring'],
  implications: ['allians', 'alliance', 'konsekvens', 'hot$', 'trussel', 'eskaler', 'fördöm', 'fordøm', 'sanktion', 'säkerhet', 'sikkerhed', 'sikkerhet', 'avtal', 'traktat', 'nato$', 'halvön', 'halvøen'],
  units: ['stormkåren', 'stormkorps', 'storm corps', 'kåren$', 'korps$', 'integrer', 'marinkår', 'luftburen', 'brigad', 'bataljon', 'elit'],
  location: ['kursk', 'front', 'region', 'gräns', 'grænse', 'grense', 'slagfält', 'ställning', 'stilling', 'byar', 'fjärran östern', 'det fjerne østen', 'vladivostok'],
  qualBefore: {
    over: ['mer än', 'över', 'flere end', 'mere end', 'over', 'mer enn', 'flere enn'],
    approximately: ['omkring', 'cirka', 'ca\\.', 'runt', 'ungefär', 'omtrent', 'rundt', 'uppskattningsvis'],
    'at least': ['minst', 'mindst'],
    'up to': ['upp till', 'op til', 'opp til'],
    under: ['färre än', 'nästan', 'næsten', 'nesten', 'under'],
  },
  scale: { 'tusen$': 1e3, 'tusind$': 1e3, 'miljoner': 1e6, 'millioner': 1e6 },
  vague: { 'tiotusentals': 10000, 'tusentals': 1000, 'tusinder': 1000, 'tusenvis': 1000, 'hundratals': 100, 'hundredvis': 100 },
  numWords: { 'två$': 2, 'to$': 2, 'tre$': 3, 'fyra$': 4, 'fire$': 4, 'tio$': 10, 'ti$': 10 },
};

export const sv: Lexicon = {
  ...scandinavian,
  lang: 'sv',
  // "de" is also an article ("de ryska soldaterna"): only before a finite verb
  // "de två", "båda" too, as a subject before a finite verb ("båda sidor" is no subject)
  pronouns: ['(?:många|de flesta|några|flera|hundratals|tusentals|alla)\\s+av\\s+dem', 'en\\s+av\\s+de\\s+två', '(?:de|de två|båda)(?=\\s+(?:är|var|har|hade|ska|skulle|kan|kunde|blev|blir|kommer|måste|tros|uppges|sägs|\\p{L}+(?:ades|ttes|des|tes|togs))(?!\\p{L}))'],
  standIns: ['en av dem', 'de två männen', 'båda männen', 'den (?:skadade|sårade|tillfångatagna) mannen'],
  stop: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'enligt', 'har', 'inte', 'från', 'om', 'de', 'sig', 'i', 'den', 'ett', 'ska', 'skulle', 'när', 'efter', 'mot', 'utan', 'blev', 'blir', 'hade', 'också', 'eller', 'men', 'sedan', 'även', 'där', 'vid', 'ut', 'upp', 'än', 'vad', 'hur', 'mellan', 'många', 'några', 'nu', 'säger', 'dem', 'deras', 'sina', 'sitt', 'detta', 'dessa', 'vill', 'finns', 'kommer', 'hon', 'fler'],
  relatives: ['da', 'no'],
  // (-ska: "ryska", "ukrainska"; Danish and Norwegian -ske)
  letters: ['å', '(?:an|in|i|y)ska(?!\\p{L})'],
  usual: '[äö]',
  linkers: ['från', 'av'],
  range: { to: ['till'], and: ['och'], between: ['mellan'] },
  gates: { anyCase: ['kore', 'corps', 'korps', 'kåren'], capitalised: ['pyong', 'pjong', 'kim'] },
};
