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
};
