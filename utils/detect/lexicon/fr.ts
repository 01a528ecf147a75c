import { behind, NO_WORD } from './behind';
import type { Lexicon } from './types';

// French: the adjective follows the noun ("soldats nord-coréens"); the plural demonym is a noun
// only after a determiner or a number ("des Nord-Coréens", "11 000 Nord-Coréens").
const DET = '(?:^|[^\\p{L}])(?:les|des|aux|ces|de|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|[0-9]) \\(?';
// "militaires" is a noun after a determiner, a number or nothing ("des militaires nord-coréens",
// "3 000 militaires"), an adjective after another noun ("liens militaires", "analystes militaires")
// (right before the name it still makes personnel of the noun before it: "operarios militares norcoreanos")
const MIL_DET = '(?:^|[^\\p{L}])(?:les|des|aux|ces|de|du|ses|leurs|nos|plusieurs|quelques|nombreux|certains|autres|anciens|jeunes|simples|premiers|derniers|nouveaux|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|cents|mille|[0-9]) ';

export const fr: Lexicon = {
  lang: 'fr',
  // also "those who fought" (the leader's speeches), "this deployment", "the (two) men" as the subject
  standIns: [
    "l'un d'eux", "^l'un des deux(?! (?:pays|états|camps|parties|gouvernements|dirigeants))", "l'un d'entre eux", "l'une d'elles", '^le premier (?:veut|souhaite|a déclaré|a dit|a été)', '^le second (?:veut|souhaite|a déclaré|a dit|a été)', '^le deuxième (?:veut|souhaite|a déclaré|a dit|a été)', 'ceux qui se sont battus', 'ceux qui ont combattu', 'ceux qui sont tombés',
    '(?:ce|leur) déploiement(?! de (?:missiles|armes|drones))', '^le déploiement(?! de (?:missiles|armes|drones))', '^les (?:deux )?hommes(?! politiques| d.affaires)', 'les deux hommes',
  ],
  spaced: true,
  support: ['soutien', 'souten', 'solidarit', 'solidaires?$', 'appui', 'appuy'],
  // (not "eux aussi", "eux-mêmes": they restate the subject, whoever it is: "les soldats russes ont eux aussi subi des pertes")
  oblique: ['eux(?![\\s\\u00a0-]+(?:aussi|mêmes|non plus|seuls)(?!\\p{L}))'],
  dispatch: ['envoyés', 'déployés', 'dépêchés', 'transférés', 'acheminés'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate); not "interrogé"
  // (also "asked by the press": "Interrogé par l'AFP, il a...")
  singular: ['il', 'lui', 'lui-même'],
  fate: [
    '(?:été|être|fut|est|était) (?:(?:grièvement|gravement|légèrement) )?(?:capturé|blessé|fait prisonnier)$', 'fait prisonnier$', 'en captivité',
    'captivité$', 'prisonnier de guerre', 'blessures$', 'succombé', '(?:mort|tué|tombé) au combat', 'interrogatoire',
    '(?:dans|d\'une?) (?:une |la |le |un )?(?:tranchée|bunker|casemate|abri)$',
  ],
  speech: ['dit$', 'déclar', 'affirm', 'ajouté$', 'ajoute$', 'soulign', 'averti$', 'exig', 'salué$', 'salue$', 'remerci', 'appelé$', 'appelle$'],
  // "ces derniers" only before a verb ("Ces derniers ont été transférés"), not a noun ("ces derniers jours")
  pronouns: ['ils', 'ces derniers(?=[\\s\\u00a0,]+(?:ont|sont|se|ne|n\'|n’|y|en|\\p{L}+(?:ent|ont))(?!\\p{L}))'],
  nk: ['corée du nord', 'coree du nord', 'kim$', 'nord-coréen', 'nord-coreen', 'nordcoréen', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'rpdc$', 'république populaire démocratique de corée'],
  north: ['du nord$'],
  own: ['ses', 'leurs?', 'meilleurs', 'propres'],
  munitions: ['missiles?$', 'obus$', 'roquettes?$', 'munitions?$', 'armes$', 'drones?$'],
  fused: [behind(DET, 'nord-coréens$'), behind(DET, 'nord-coreens$'), 'armée populaire de corée'],
  strong: ['corps (?:de la )?tempête', 'corps ["«“]\\s?tempête', 'storm corps', '11e corps', '11ème corps', 'onzième corps'],
  anaphora: ['ces', 'l\'un des', 'l’un des', 'l\'autre', 'l’autre', 'le premier', 'le second', 'le deuxième'],
  pers: ['héros (?:tombés|morts)', 'héros(?= (?:de la libération|de koursk|de kursk|de l[\'’]opération|qui (?:sont tombés|ont péri|ont combattu)))', 
    'soldat', 'troupes?$', 'forces armées$', 'forces$', behind(MIL_DET, 'militaires$', NO_WORD), 'militaires(?= (?:nord-cor|nordcor|de (?:la )?corée|de pyongyang))', 'combattants?$', 'unités$', behind('(?:^|[^\\p{L}])(?:une|cette|chaque|son|leur|quelle) ', 'unité$'), 'unité(?= (?:nord-cor|nordcor|de (?:la )?corée|de pyongyang|d.élite|spéciale|militaire|de combat|d.assaut|de forces))', 'contingent', 'prisonniers?$',
    'captifs?$', 'mercenaires?$', 'sapeurs?$', 'démineurs?$', 'fantassins?$', 'effectifs$', 'bataillons?$', 'brigades?$',
    'régiments?$', 'commandos?$', 'recrues$', 'hommes de troupe', 'tireurs d\'élite', 'renforts$', 'officiers$', 'conscrits$', 'artilleurs$', 'prisonniers? de guerre', 'pertes$',
    'morts$', 'blessés$', 'victimes$', 'pertes? de (?:(?:\\p{L}+|\\d+) )?vies(?! civiles)$', 'pertes humaines', 'pilotes$', 'commandants$', 'ingénieurs$', 'généraux$', 'conseillers militaires', 'personnels? militaires?$', 'militaires du rang', 'membres des forces armées', 'instructeurs$', 'spécialistes militaires', 'techniciens militaires',
    'présence(?! (?:de|du) (?:kim|dirigeant|leader|président|chef))$', 'participation(?! (?:de|du) (?:kim|dirigeant|leader|président|chef))$', 'implication$', 'engagement militaire', 'ouvriers de l\'armée', 'martyrs$', 'défunts$', 'fusiliers?$', 'parachutistes$', 'cadavres$', 'dépouilles$', 'cercueils$'],
  persWeak: ['armée$', behind('(?:^|[^\\p{L}])(?:un|le|du|au|ce|cet|chaque) ', 'militaire$'), 'jeunes$', 'hommes$'],
  deployNoun: ['déploiement', 'envoi de (?:troupes|soldats)', 'intervention militaire'],
  ctx: [
    'ukrain', 'koursk', 'kursk', 'kiev', 'kyiv', 'zelensk', 'front$', 'ligne de front', 'champs? de bataille', 'combats?$', 'donbass',
    'donetsk', 'zaporijia', 'kharkiv', 'belgorod', 'prisonniers de guerre', 'tués au combat', 'soudja', 'captur', 'interrog', 'chair à canon',
  ],
  ctxWeak: ['perdu$', 'batailles?$', 'rapatri', 'sacrifi', 'assauts?$', 'offensive', 'tranchées$', 'russie', 'russe', 'moscou', 'kremlin', 'poutine', 'déploy', 'déploiement', 'deploy', 'envoy', 'dépêch', 'combatt', 'se battre', 'guerre$', 'pertes$', 'envoi', 'drones?$', 'mercenaires?$', 'héros$', 'héroïques?$', 'héroïsme', 'vagues? humaines?', 'fauteuils? roulants?', 'béquilles$', 'expéditionnaire', 'honneurs (?:militaires|d.état|posthumes)', 'opérations? militaires? (?:à l.étranger|outre-mer)', 'médailles?$', 'décoré', 'décorations?$', 'monument', 'mémorial', 'tombés$', 'opérations? à l\'étranger', 'libération', 'déminage', 'arrivé'],
  neg: [
    'dmz$', 'ligne de démarcation', 'zone démilitarisée', 'défilé', 'parade', 'exercices?$', 'manœuvres', 'manoeuvres', 'transfuges?$', 'fait défection', '(?:fui|enfui|fuy|réfugi|désert)\\p{L}* (?:en|vers la) corée du sud',
    '(?<!depuis la )guerre de corée', 'armistice', '(?<!parti des )travailleurs?$', 'intercoréen',
    'guerre du vietnam', 'guerre du viêt',
  ],
  labour: ['ouvriers?$', 'maçons$', 'main-d.œuvre', 'main-d.oeuvre'],
  history: ['armistice de 1953', 'panmunjom'],
  foreign: ['russes?$', 'de la russie', 'ukrainien', 'sud-coré', 'américain', 'chinois', "de l'otan", 'occidenta', 'biélorusse', 'tchétchène', 'de moscou', 'de kiev'],
  fallen: ['martyrs$', 'défunts$'],
  killed: ['tués?$', 'tuées?$', 'morts?$', 'décès', 'décéd', 'péri', 'victimes$', 'mortes?$', 'dépouilles?$'],
  injured: ['blessés?$', 'blessées?$', 'blessure'],
  casualties: ['pertes$', 'victimes$'],
  captured: ['capturés?$', 'captifs?$', 'prisonniers?$', 'faits? prisonniers?', 'rendus?$', 'interrog'],
  decision: ['envoy', 'déploy', 'dépêch', 'décision', 'décidé', 'ordonné', 'transfér'],
  motives: ['en échange', 'en retour', 'levier', 'motiv', 'pourquoi', 'récompense', 'paiement', 'technolog', 'devises', "expérience du combat", 'contrepartie', 'intérêt'],
  implications: ['alliance', 'implication', 'conséquence', 'menace', 'escalade', 'condamn', 'sanction', 'sécurité', 'traité', 'otan$', 'péninsule', 'impact'],
  units: ['corps (?:de la )?tempête', 'storm corps', '11e corps', 'corps$', 'intégrés?$', 'incorporés?$', 'infanterie de marine', 'aéroporté', 'brigades?$', 'bataillons?$', 'forces spéciales', 'élite'],
  location: ['koursk', 'kursk', 'front', 'région', 'frontière', 'champ de bataille', 'positions?$', 'villages?$', 'extrême-orient', 'vladivostok'],
  qualBefore: {
    over: ['plus de', 'au-delà de', 'au delà de'],
    approximately: ['environ', 'quelque', 'près de', 'approximativement', 'autour de', 'estimés? à', 'une estimation de'],
    'at least': ['au moins', 'au minimum', 'pas moins de'],
    'up to': ["jusqu'à", 'jusqu’à'],
    under: ['moins de', 'presque', 'à peine'],
  },
  scale: { 'mille$': 1e3, 'millions?': 1e6 },
  vague: { 'dizaines de milliers': 10000, 'milliers': 1000, 'centaines': 100, 'dizaines': 10, 'plusieurs milliers': 1000 },
  numWords: { 'deux$': 2, 'trois$': 3, 'quatre$': 4, 'cinq$': 5, 'dix$': 10 },
  stop: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'dans', 'sont', 'ont', 'une', 'selon', 'pour', 'qui', 'au', 'aux', 'été', 'par', 'sur', 'ce', 'il', 'ne', 'pas', 'ses', 'leur', 'avec', 'mais', 'comme', 'aussi', 'dont', 'où', 'pourquoi', 'se', 'un', 'en', 'ils', 'elle', 'elles', 'a', 'lors', 'plusieurs', 'cette', 'ces', 'pendant', 'depuis', 'après', 'avait', 'avaient', 'leurs', 'également', 'déjà', 'toutefois', "s'est", "c'est", "n'est", "qu'il", "qu'ils"],
  postnominal: true,
  letters: ['[èàù]'],
  linkers: ['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'par', 'envoyés'],
  ownerPrepositions: ['de', 'du', 'des', 'par'],
  range: { to: ['à'], and: ['et'], between: ['entre'] },
  abbreviations: ['mme', 'mlle'],
  gates: { anyCase: ['coree', 'corée', 'coreen', 'corps'], capitalised: ['rpdc', 'pyong', 'kim'] },
};
