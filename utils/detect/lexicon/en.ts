import type { Lexicon } from './types';

// Names of the war's places and people, the same words in many languages' sentences (abroad below).
const PLACES = ['ukrain', 'kyiv', 'kiev', 'zelensk', 'kursk', 'donbas', 'donetsk', 'zaporizh', 'kharkiv', 'belgorod', 'kherson', 'sudzha', 'sudja', 'suzha'];
const RUSSIA = ['russia', 'moscow', 'kremlin', 'putin'];

export const en: Lexicon = {
  lang: 'en',
  standIns: ['one of them', 'the wounded m[ae]n$', 'the injured m[ae]n$'],
  spaced: true,
  support: ['support(?:s|ed|ing)?$', 'solidarity', 'backing$', 'backs$', 'backed$', 'stands? (?:firmly |fully |shoulder to shoulder )?(?:with|by)$', 'standing (?:firmly |fully )?(?:with|by)$', 'stood (?:firmly |fully )?(?:with|by)$', 'sid(?:es|ed|ing) with$'],
  oblique: ['them'],
  dispatch: ['(?:were|been|being|be|are|was) (?:sent|deployed|dispatched|redeployed|transferred|shipped)$', '(?:sent|deployed|dispatched) them$'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['he', 'him', 'his', 'himself'],
  fate: [
    '(?:was|been|being|got|get|is) (?:(?:badly|seriously|severely|critically|lightly|slightly|reportedly) )?(?:captured|wounded|injured|interrogated)$',
    'taken (?:prisoner|captive)$', 'in captivity', 'prisoner of war', 'surrendered$', '(?:refused|tried|wanted|decided|chose|attempted) to surrender',
    'killed in (?:action|combat|battle)', '(?:died|dying) (?:of|from) (?:his )?(?:wounds|injuries)', 'succumbed to (?:his )?(?:wounds|injuries)', 'wounds$',
    'interrogat', '(?:in|into|inside|from) (?:a|the) (?:trench|bunker|dugout|foxhole)$',
    // his wounds dressed, his being held
    'bandag', 'blew himself up', 'blown himself up', 'detonated (?:a|his) (?:hand )?grenade', '(?:killed|kill) himself', 'took his own life', 'self-detonat', '(?:in|into|under) (?:(?:ukrainian|ukraine[\'’]s|the|their|its) )?(?:custody|detention)$',
  ],
  speech: ['said$', 'says$', 'say$', 'told$', 'tells$', 'stated$', 'added$', 'noted$', 'warned$', 'stressed$', 'announced$', 'urged$', 'demanded$', 'praised$', 'thanked$', 'insisted$', 'called (?:on|for)', 'claim(?:s|ed)?(?!\\p{L})(?! to)'],
  // "both", "the two" as a subject before a finite verb ("both sides" is no subject)
  // and a share of them ("many of them", "one of the two")
  pronouns: ['they', '(?:many|most|some|several|hundreds|thousands|dozens|all|none)\\s+of\\s+them', 'one\\s+of\\s+the\\s+two', '(?:both|the two)(?=\\s+(?:are|were|have|had|was|will|would|could|can|must|remain|remained|appear|appeared|reportedly|later|then)(?![\\p{L}]))'],
  nk: [
    'north korea', 'n\\.? korea', 'dprk$', 'd\\.p\\.r\\.k\\.?', 'pyongyang', 'kim jong[\\s-]{0,2}un',
    'kims?$', "kim's$", 'kim regime', 'kcna$', 'korean central news agency', 'democratic people\'s republic of korea',
  ],
  north: ['the north$', "the north's$", "north's$"],
  nkWeak: ['korean$'],
  own: ['its', 'their', 'his', 'own', 'best', 'elite'],
  its: ['its'],
  munitions: ['missiles?$', 'shells?$', 'rockets?$', 'ammunition', 'munitions?$', 'artillery shells', 'weapons?$', 'arms$', 'drones?$', 'ballistic'],
  fused: ['north koreans$', "korean people's army", 'kpa$', 'k\\.p\\.a\\.'],
  strong: [
    'storm corps', 'xi (?:army )?corps', 'storm["”\'’]{1,2} corps', '["“\'‘]storm["”\'’] corps', '11th (?:army )?corps',
    'eleventh (?:army )?corps', 'storm troopers? corps',
  ],
  deployNoun: ['overseas military operations?', '(?<=(?:north korean|north korea[\'’]s|pyongyang[\'’]s|dprk|kim[\'’]s|kpa)[\\s\\u00a0])deployments?$'],
  anaphora: ['these', 'those', 'both', 'one of the', 'the other', 'the first', 'the second'],
  pers: ['martyrs$', 
    'troop', 'soldier', 'forces$', 'servicem[ae]n$', 'service members?$', 'servicemembers?$', 'personnel$',
    'fighters?(?![\\s\\u00a0]+(?:jets?|planes?|aircraft|pilots?))$', 'infantry', 'infantrym[ae]n$', 'units?$', 'contingents?$', 'battalions?$', 'brigades?$',
    'regiments?$', 'sappers?$', 'deminers?$', 'combat engineers?$', 'military engineers?$', 'pows?$',
    'prisoners? of war', 'prisoners?$', 'captives?$', 'mercenar', 'recruits$', 'conscripts$',
    'commandos?$', 'snipers?$', 'combatants?$', 'boots on the ground', 'gunners$', 'artillerym[ae]n$',
    'cannon fodder', 'officers$', 'paratroopers?$', 'marines$', 'special forces', 'riflem[ae]n$',
    'draftees$', 'reinforcements$', 'men in uniform', 'men(?<=(?:both|two|three|these|those)[\\s\\u00a0]+men)$', 'men(?<=the[\\s\\u00a0]+men)(?=[\\s\\u00a0]+(?:are|were|have been|had been)[\\s\\u00a0]+(?:(?:now|still|being|reportedly)[\\s\\u00a0]+)?(?:held|detained|captured|wounded|injured|interrogated|questioned|in (?:\\p{L}{1,20}[\\s\\u00a0]+)?(?:custody|captivity|detention)))', 'men(?<=(?:\\d\\d\\d|thousand|hundred|thousands of|hundreds of)[\\s\\u00a0]+(?:more |other |additional |extra )?men)$', 'the fallen(?=[\\s\\u00a0]*[,.;:)]|[\\s\\u00a0]*$|[\\s\\u00a0]+(?:in|of|with|from|who|and|at)[\\s\\u00a0])', 'casualties$', 'war dead', 'bodies$', 'manpower', 'expeditionary forces?', 'artillerists?$', 'rocket launcher operators', 'operators$', 'servicemen$', 'conscripts?$', 'recruits?$',
    'losses$', 'dead$', 'wounded$', 'pilots$', 'commanders$', 'engineers$', 'military builders', 'builders$', 'military advis[eo]rs$', 'generals$', '(?:fallen|slain|dead) heroes', 'heroes(?= (?:who|that) (?:fell|died|were killed|fought|gave))', 'heroes(?= of (?:the )?(?:overseas|kursk|liberation|battle))',
    'military involvement', 'involvement$', 'reservists?$', 'captured (?:men|individuals)$', 'participation$', 'presence$', 'ground forces?$', 'advisory groups?$',
  ],
  persWeak: ['army$', 'armies$', 'military personnel', 'militaries$', 'young men', 'youths$'],
  ctx: [
    ...PLACES, 'front ?lines?$', '(?<!second )front(?![\\s\\u00a0]+of)(?!-page|-runner)$', 'battlefields?$',
    'battle ?field', 'pows?$', 'prisoners? of war', 'war against ukraine', 'trenches$', 'killed in action', 'captured$', 'interrogat', 'taken prisoner',
  ],
  ctxWeak: [
    ...RUSSIA, 'battles?$', 'deploy', 'dispatch', 'sent$', 'sending$', 'send$', 'sends$',
    'fight(?:s|ing)?$', 'fought$', 'war$', 'combat$', 'assault(?![\\s\\u00a0-]+(?:brigades?|rifles?|teams?|units?|ships?)(?![a-z]))', 'reinforce', 'transferred$', 'stationed$', 'arrived$',
    'casualt', 'killed$', 'dying$', 'offensives?$', 'counter-?offensives?$', 'human[- ]?wave', 'arriv(?:e|es|ing|al)$', 'drones?$', 'drone warfare', 'fpv', 'deployment$', 'expeditionary', 'mercenar', 'cannon fodder',
    'overseas (?:military )?operations?', 'liberation of (?:the )?kursk', 'heroes$', 'heroic', 'medals?$', 'state awards?', 'decorations?$', 'memorial', 'monument', 'fallen$', 'honou?red$', 'capture$', 'demining$'],
  neg: ['(?:military )?delegations?$', '(?:used )?for representation(?:al purposes)?', 'representational image', 'representative image', 'prepar(?:e|es|ed|ing|ations?|edness) (?:for|to wage) (?:a )?war', '(?:ready|readiness) for (?:a )?war', 'war (?:readiness|preparations?|preparedness|footing)$', 'combat readiness', 
    'dmz$', 'demilitari[sz]ed zone', 'parades?$', 'drills?$', 'exercises?$', 'maneuvers$', 'manoeuvres$',
    'defect', 'defector', '(?<!since (?:the )?)korean war', 'armistice', 'inter-korean', 'panmunjom',
    'military demarcation line', 'border with south korea', '195[0-3]$', 'yalu', 'political prisoners?', 'prison camps?', 'labou?r camps?', 'gulag',
    'construction sites?$', 'anniversary', 'test-fire', 'missile launch',
    'vietnam', 'middle east war', 'yom kippur',
    // what a unit is trained for, and its history before the war: a portrait, not its deployment
    'speciali[sz](?:es|ed|ing|e) in$', '(?:^|, )(?:in|by|from|until|since) 19[0-9][0-9]$',
    'warning shots', 'cross(?:ed|es|ing)? the border', '(?<!(?:clear|clears|clearing|cleared|remove|removes|removing|removed|defuse|defusing|defused) (?:the )?)landmines?$', 'deokcheon', 'south pyongan', 'drilled$', 'in the event of (?:a )?war',
  ],
  labour: ["workers?(?!['’]? party)$", 'laborers?$', 'labourers?$'],
  history: ['armistice', 'panmunjom', 'truce talks', 'chinese people[\'’]s volunteers?', 'united nations command', 'repatriation'],
  foreign: [
    'russian', "russia's$", 'ukrainian', "ukraine's$", "kyiv's$", "moscow's$", 'south korean', "south korea's$",
    "seoul's$", 'american', 'u\\.s\\.', 'us$', 'chinese', "china's$", 'nato$', 'british', 'french',
    'german', 'polish', 'belarusian', 'chechen', 'wagner', 'japanese', 'western', 'allied', 'kyiv$',
    'cuban', 'nepali', 'nepalese', 'syrian', 'indian', 'african',
  ],
  foreignAfter: ['russia$', 'ukraine$', 'kyiv$', 'moscow$', 'the kremlin'],
  fallen: ['martyrs$', 'the fallen(?=[\\s\\u00a0]*[,.;:)]|[\\s\\u00a0]*$|[\\s\\u00a0]+(?:in|of|with|from|who|and|at)[\\s\\u00a0])'],
  killed: ['killed', 'dead$', 'deaths?$', 'died$', 'die$', 'fatalit', 'slain$', 'kia$', 'lost their lives', 'death toll', 'bodies$'],
  injured: ['wounded', 'injured', 'injuries$', 'injury$', 'wia$'],
  casualties: ['casualt', 'losses$', 'lost$', 'toll$', 'heavy losses'],
  captured: ['captured', 'captive', 'prisoners?$', 'pows?$', 'taken prisoner', 'surrender', 'interrogat', 'detained', 'custody$', 'detention$'],
  decision: ['sent$', 'send', 'sending', 'dispatch', 'deploy', 'decision', 'decided', 'ordered', 'agreed to send', 'transfer', 'committed'],
  motives: [
    'in exchange', 'in return', 'leverage', 'motiv', 'why$', 'reward', 'payment', 'paid$', 'technolog',
    'hard currency', 'cash$', 'combat experience', 'incentive', 'benefit', 'seeks?$', 'aims?$', 'gain$', 'favou?rs?$',
  ],
  implications: [
    'alliance', 'implication', 'consequence', 'threat', 'escalat', 'condemn', 'sanction', 'security',
    'treaty', 'nato$', 'peninsula', 'impact', 'geopolitic', 'ties$', 'signal', 'shift',
  ],
  units: ['storm corps', '11th', 'corps$', 'integrated', 'embedded', 'brigades?$', 'battalions?$', 'marines?$', 'airborne', 'special forces', 'special operations', 'regiments?$', 'divisions?$', 'elite'],
  location: ['kursk', 'front', 'region', 'border', 'battlefield', 'trench', 'villages?$', 'territory', 'far east', 'vladivostok', 'training grounds?$', 'donbas', 'zaporizh', 'kharkiv', 'kherson', 'primorsk'],
  qualBefore: {
    over: ['more than', 'over', 'in excess of', 'upwards of', 'above', 'exceeding', 'north of'],
    approximately: ['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'circa', 'ca\\.', 'approx\\.'],
    'at least': ['at least', 'no fewer than', 'no less than', 'a minimum of'],
    'up to': ['up to', 'as many as', 'a maximum of'],
    under: ['less than', 'fewer than', 'under', 'below', 'nearly', 'almost', 'just under', 'close to'],
  },
  qualAfter: { over: ['or more', 'plus$'] },
  scale: { 'thousand': 1e3, 'million': 1e6, 'mln': 1e6, 'k$': 1e3, 'hundred': 100 },
  vague: {
    'tens of thousands': 10000, 'thousands': 1000, 'hundreds': 100, 'dozens': 12, 'a few hundred': 100,
    'several thousand': 1000, 'several hundred': 100,
  },
  numWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, twenty: 20, 'a dozen': 12, 'a hundred': 100, 'a thousand': 1000,
  },
  // in other languages' sentences: names, and the Korean War's years, not a decade ("1950'ler",
  // "1950-yillar"); its common words are theirs there (German "die", "war")
  abroad: {
    ctx: PLACES,
    ctxWeak: RUSSIA,
    neg: ['dmz$', 'panmunjom', "195[0-3](?![\\s\\u00a0'’-]{0,2}(?:yillar|l[ae]r))$"],
    history: ['panmunjom'],
    foreign: ['nato$', 'wagner'],
  },
  stop: ['the', 'a', 'and', 'of', 'to', 'in', 'has', 'have', 'had', 'were', 'was', 'is', 'are', 'that', 'with', 'from', 'said', 'by', 'their', 'its', 'been'],
  linkedOwnersOnly: true,
  linkers: ['of', 'from', 'the', 'a', 'an', 'by', 'sent', 'provided', 'supplied', 'dispatched', 'deployed'],
  ownerPrepositions: ['of', 'from', 'by', 'be'],
  range: { to: ['to'], and: ['and'], between: ['between'] },
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'st', 'jr', 'sr', 'vs', 'no', 'nos', 'approx', 'est', 'dept', 'govt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'gov', 'sen', 'rep', 'adm', 'brig', 'cmdr', 'pres', 'art'],
  gates: { anyCase: ['kore', 'corps'], capitalised: ['kpa', 'kcna', 'dprk', 'pyong', 'kim', 'k.p.a', 'd.p.r'] },
};
