import type { Lexicon } from './types';

export const en: Lexicon = {
  lang: 'en',
  spaced: true,
  nk: [
    'north korea', 'n\\. korea', 'dprk$', 'd\\.p\\.r\\.k\\.?', 'pyongyang', 'kim jong[\\s-]{0,2}un',
    "kim's$", 'kim regime', 'democratic people\'s republic of korea',
  ],
  fused: ['north koreans$', "korean people's army", 'kpa$', 'k\\.p\\.a\\.'],
  strong: [
    'storm corps', 'storm["”\'’]{1,2} corps', '["“\'‘]storm["”\'’] corps', '11th (?:army )?corps',
    'eleventh (?:army )?corps', 'storm troopers? corps',
  ],
  pers: [
    'troop', 'soldier', 'forces$', 'servicem[ae]n$', 'service members?$', 'servicemembers?$', 'personnel$',
    'fighters?$', 'infantry', 'infantrym[ae]n$', 'units?$', 'contingents?$', 'battalions?$', 'brigades?$',
    'regiments?$', 'sappers?$', 'deminers?$', 'combat engineers?$', 'military engineers?$', 'pows?$',
    'prisoners? of war', 'prisoners?$', 'captives?$', 'mercenar', 'recruits$', 'conscripts$',
    'commandos?$', 'snipers?$', 'combatants?$', 'boots on the ground', 'gunners$', 'artillerym[ae]n$',
    'cannon fodder', 'officers$', 'paratroopers?$', 'marines$', 'special forces', 'riflem[ae]n$',
    'draftees$', 'reinforcements$', 'men in uniform',
  ],
  persWeak: ['army$', 'armies$', 'military personnel', 'militaries$'],
  ctx: [
    'ukrain', 'kyiv', 'kiev', 'zelensk', 'kursk', 'front ?lines?$', 'front$', 'battlefields?$',
    'battle ?field', 'combat$', 'donbas', 'donetsk', 'zaporizh', 'kharkiv', 'belgorod', 'kherson',
    'pows?$', 'prisoners? of war', 'war against ukraine', 'trenches$', 'killed in action',
  ],
  ctxWeak: [
    'russia', 'moscow', 'kremlin', 'putin', 'deploy', 'dispatch', 'sent$', 'sending$', 'send$', 'sends$',
    'fight', 'fought$', 'war$', 'assault', 'reinforce', 'transferred$', 'stationed$', 'arrived$',
    'casualt', 'killed$',
  ],
  neg: [
    'dmz$', 'demilitari[sz]ed zone', 'parades?$', 'drills?$', 'exercises?$', 'maneuvers$', 'manoeuvres$',
    'defect', 'defector', '(?<!since (?:the )?)korean war', 'armistice', 'inter-korean', 'panmunjom',
    'military demarcation line', 'border with south korea', 'workers?$', 'laborers?$', 'labourers?$',
    'construction sites?$', 'anniversary', 'test-fire', 'missile launch',
  ],
  foreign: [
    'russian', "russia's$", 'ukrainian', "ukraine's$", "kyiv's$", "moscow's$", 'south korean', "south korea's$",
    "seoul's$", 'american', 'u\\.s\\.', 'us$', 'chinese', "china's$", 'nato$', 'british', 'french',
    'german', 'polish', 'belarusian', 'chechen', 'wagner', 'japanese', 'western', 'allied', 'kyiv$',
    'moscow$', 'russia$', 'ukraine$', 'cuban', 'nepali', 'nepalese', 'syrian', 'indian', 'african',
  ],
  killed: ['killed', 'dead$', 'deaths?$', 'died$', 'die$', 'fatalit', 'slain$', 'kia$', 'lost their lives', 'death toll', 'bodies$'],
  injured: ['wounded', 'injured', 'injuries$', 'injury$', 'wia$'],
  casualties: ['casualt', 'losses$', 'lost$', 'toll$', 'heavy losses'],
  captured: ['captured', 'captive', 'prisoners?$', 'pows?$', 'taken prisoner', 'surrender', 'interrogat', 'detained'],
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
    approximately: ['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'circa', 'ca\\.', '~', 'approx\\.'],
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
  stop: ['the', 'and', 'of', 'to', 'in', 'has', 'have', 'had', 'were', 'was', 'is', 'are', 'that', 'with', 'from', 'said', 'by', 'their', 'its', 'been'],
};
