import type { Lexicon } from './types';

export const sw: Lexicon = {
  lang: 'sw',
  spaced: true,
  support: ['~unga mkono', 'uungaji mkono', 'mshikamano'],
  range: { and: ['na'] },
  pronouns: ['wao'],
  nk: ['korea kaskazini', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'kim$', 'kcna$', 'jamhuri ya kidemokrasia ya watu wa korea'],
  munitions: ['risasi', 'silaha', 'makombora', 'makombora ya'],
  fused: ['wakorea kaskazini', 'mkorea kaskazini'],
  // North Korean nationals: the soldiers only where the sentence is about the war (Ukraine, Kursk)
  fusedWeak: ['raia wa korea kaskazini'],
  pers: ['wanajeshi', 'mwanajeshi', 'askari', 'vikosi', 'kikosi', 'wapiganaji', 'mateka', 'jeshi', 'wahandisi', 'maafisa', 'makamanda', 'majenerali', 'marubani', 'majeruhi',
    // singulars; prisoners; deminers, military builders, snipers, units, naval forces
    'mpiganaji', 'mhandisi', 'afisa$', 'kamanda$', 'jenerali$', 'rubani$', 'mfungwa', 'wafungwa', 'wateguaji wa mabomu', 'wategua mabomu', 'mtegua mabomu', 'wajenzi wa kijeshi', 'wadunguaji', 'mdunguaji', 'vitengo', 'kitengo', 'majeshi', 'brigedi', 'wanamaji'],
  ctx: ['ukraine', 'ukraini', 'kursk', 'kyiv', 'kiev', 'zelensky', 'mstari wa mbele', 'uwanja wa vita', 'mapigano', 'donetsk', 'donbas', 'mateka'],
  // verbs carry a subject and a tense prefix (wa-li-tumwa, wa-me-uawa, wa-li-o-kamatwa): their stems match inside the word (~)
  ctxWeak: ['urusi', 'moscow', 'kremlin', 'putin', 'kupeleka', '~pelekwa', 'imetuma', 'vita', 'russia$', '~tumwa$', 'majeruhi', 'wasili', 'wafungwa wa vita', '~hojiwa', 'droni', 'ndege zisizo na rubani', '~uawa$'],
  neg: ['gwaride', 'mazoezi', 'waliokimbia', 'vita vya korea'],
  labour: ['(?<!chama cha )wafanyakazi'],
  foreign: ['urusi$', 'russia$', 'ukraine$', 'korea kusini', 'marekani', 'china$'],
  killed: ['~uawa$', 'walikufa', 'vifo', '~fariki'], injured: ['~jeruhiwa', 'majeruhi'], captured: ['mateka', '~kamatwa'],
  qualBefore: { over: ['zaidi ya'], approximately: ['takriban', 'karibu'], 'at least': ['angalau'] },
  scale: { 'elfu': 1e3 },
  vague: { 'maelfu': 1000, 'mamia': 100 },
  stop: ['na', 'wa', 'ya', 'kwa', 'za', 'katika', 'ni', 'la', 'kuwa', 'hiyo', 'huo', 'cha'],
  postnominal: true,
  // numbers and pointing words follow the noun, before its owner ("wanajeshi wawili wa Korea Kaskazini")
  linkers: ['wa', 'kutoka', 'vya', 'ya', 'za', 'la', 'cha', 'mmoja', 'hao', 'hawa', 'wengine', 'wengi', 'wawili', 'watatu', 'wanne', 'watano'],
  ownerPrepositions: ['wa', 'kutoka'],
  gates: { anyCase: ['kore'], capitalised: ['pyong', 'kim', 'kcna'] },
  // Page reading (types.ts oblique ... history). Not "yao", "zao" alone (also "their" of any noun:
  // "serikali yao")
  oblique: ['baadhi yao', 'wengi wao', 'miongoni mwao', 'nao', 'kwao'],
  anaphora: ['mmoja wa', 'wote wawili'],
  standIns: ['mmoja wao', 'wanaume hao wawili', 'wanaume wawili'],
  dispatch: ['walitumwa', 'wametumwa', 'wanatumwa', 'walipelekwa', 'wamepelekwa', 'wanapelekwa', 'alitumwa', 'alipelekwa', 'walisambazwa', 'wamesambazwa'],
  singular: ['yeye'],
  fate: ['alikamatwa', 'amekamatwa', 'kukamatwa', 'alichukuliwa mateka', 'mateka wa vita', 'alijeruhiwa', 'amejeruhiwa', 'majeraha', 'alihojiwa', 'kuhojiwa', 'alijisalimisha', 'kujisalimisha', 'mtaroni', 'handakini'],
  // his fate where the verb says "he" (a-, ali-, ame-)
  fateAlone: ['alichukuliwa mateka', 'alikamatwa (?:mateka|akiwa)', 'alijisalimisha', 'alifariki (?:kutokana na|kwa) majeraha'],
  speech: ['alisema', 'amesema', 'anasema', 'alieleza', 'alisisitiza', 'alionya', 'alitaka', 'aliomba', 'alisifu', 'alishukuru', 'alidai', 'aliongeza', 'ameongeza', 'kwamba$'],
  casualties: ['hasara', 'waliopoteza maisha'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmunjom', 'kusitisha mapigano ya 1953', 'wanajeshi wa kujitolea wa china'],
};
