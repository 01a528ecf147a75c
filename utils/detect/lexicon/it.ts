import { behind, NO_WORD } from './behind';
import type { Lexicon } from './types';

const DET = '(?:^|[^\\p{L}])(?:i|gli|dei|degli|ai|agli|di|da|dai|dagli|con|tra|fra|contro|molti|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|alcuni|questi|[0-9]) ';
// "militari" is a noun after a determiner, a number or nothing ("i militari nordcoreani", "3.000
// militari"), an adjective after another noun ("legami militari", "analisti militari"); the
// singular "militare" is a noun only after an article ("un militare"), not "cooperazione militare"
// (right before the name it still makes personnel of the noun before it: "operarios militares norcoreanos")
const MIL_DET = '(?:^|[^\\p{L}])(?:i|gli|dei|degli|ai|agli|di|da|dai|dagli|con|tra|fra|per|suoi|loro|questi|quei|quelli|alcuni|molti|vari|diversi|altri|entrambi|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|cento|mila|mille|[0-9]) ';

export const it: Lexicon = {
  lang: 'it',
  // also "those who fought" (the leader's speeches), "this deployment", "the (two) men" as the subject
  standIns: [
    'uno di loro', '^uno dei due(?! (?:paesi|stati|lati|parti|governi|leader|dirigenti))', '^il primo (?:vuole|desidera|ha detto|ha dichiarato|è stato)', '^il secondo (?:vuole|desidera|ha detto|ha dichiarato|è stato)', '(?:coloro|quelli) che hanno combattuto', '(?:coloro|quelli) che sono caduti',
    '(?:questo|tale|il loro) dispiegamento(?! di (?:missili|armi|droni))', '^il dispiegamento(?! di (?:missili|armi|droni))', '^(?:i|gli) (?:due )?uomini(?! d.affari)', 'i due uomini', 'entrambi gli uomini',
  ],
  spaced: true,
  support: ['sostegn', 'sosten', 'sostien', 'appogg', 'solidariet', 'solidal'],
  oblique: ['loro'],
  dispatch: ['inviati', 'schierati', 'dispiegati', 'mandati', 'trasferiti'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['lui', 'egli'],
  fate: [
    '(?:stato|fu|è|era|rimasto|rimase) (?:(?:gravemente|leggermente) )?(?:catturato|ferito|interrogato|fatto prigioniero)$', 'fatto prigioniero', 'prigionia$',
    'prigioniero di guerra', 'ferite$', 'interrogatorio', 'si è arreso', 'arrendersi$', 'in (?:una|un) (?:trincea|bunker)$', 'nella trincea', 'nel bunker',
  ],
  fateAlone: ['è caduto prigioniero', 'è stato fatto prigioniero', 'è stato catturato', 'è rimasto (?:gravemente |leggermente )?ferito$', 'è morto per le ferite', 'si è arreso'],
  speech: ['detto$', 'dice$', 'dichiar', 'afferm', 'aggiunto$', 'sottoline', 'avvertito$', 'chiesto$', 'ringrazi', 'elogi'],
  // where the subject is left out, a plural passive that says "they" ("Sono stati mandati al fronte")
  pronouns: ['loro', '(?:sono stati|furono|erano stati|sarebbero stati|verranno|vengono|saranno)(?= (?:mandat|inviat|schierat|dispiegat|trasferit|catturat|ferit|fatti prigionier|interrogat|uccis|ritirat|rimpatriat|addestrat)i(?!\\p{L}))', '(?:sono caduti|caddero) prigionieri', 'sono rimasti (?:gravemente |leggermente )?feriti'],
  nk: ['corea del nord', 'nordcorean', 'kim$', 'nord-corean', 'nord corean', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'rpdc$', 'nord ?corea$', 'repubblica popolare democratica di corea'],
  north: ['del nord$', 'dal nord$'],
  nkWeak: ['corean[oaie]$'],
  own: ['suoi', 'sue', 'loro', 'migliori', 'propri'],
  munitions: ['missili$', 'proiettili$', 'razzi$', 'munizioni$', 'armi$', 'droni$'],
  fused: [behind(DET, 'nordcoreani$'), behind(DET, 'nord-coreani$'), 'esercito popolare coreano'],
  strong: ['corpo (?:della )?tempesta', 'corpo ["«“]\\s?tempesta', 'storm corps', '11[°º]? corpo', 'undicesimo corpo'],
  anaphora: ['questi', 'quei', 'quelli', 'entrambi', 'uno dei', 'l\'altro', 'l’altro', 'il primo', 'il secondo'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'salme$', 'bare$', 'resti mortali',
    'soldat[oi]$', 'truppe$', 'forze armate$', 'forze$', behind(MIL_DET, 'militari$', NO_WORD), 'militari(?= (?:nordcorean|nord-corean|nord corean|della corea del nord|di pyongyang))', 'combattenti$', behind('(?:^|[^\\p{L}])(?:(?:le|delle|alle|dalle|nelle|sulle|alcune|diverse|varie|molte|queste|quelle|sue|loro|nuove|altre|due|tre|quattro|cinque|[0-9]) |un.)', 'unità$'), 'unità(?= (?:nordcorean|nord-corean|della corea|di pyongyang|militar|special|d.élite|d.assalto|di fanteria|da combattimento))', 'contingente', 'prigionier[oi]$', 'mercenari$',
    'genieri$', 'sminatori$', 'effettivi$', 'battaglion', 'brigat[ae]$', 'reggiment', 'fanteria', 'fanti$', 'commando', 'reparti$',
    'reclute$', 'cecchini$', 'rinforzi$', behind(MIL_DET, 'ufficiali$', NO_WORD), '(?<!alti )ufficiali(?= (?:nordcorean|nord-corean|nord corean|della corea del nord|di pyongyang))', 'uomini in divisa', 'artiglieri$', 'prigionier[oi] di guerra', behind('(?:^|[^\\p{L}])(?:un|il|del|al|dal|nel|sul|col|ogni|nessun|quel|questo|ciascun) ', 'militare$'), 'caduti$', 'corpi$',
    'perdit[ae] di (?:(?:\\p{L}+|\\d+) )?vite(?! civili)$', 'perdite$', 'morti$', 'feriti$', 'vittime$', 'piloti$', 'comandanti$', 'ingegneri$', 'generali$', 'consiglieri militari', 'personale militare', 'istruttori$', 'tecnici militari',
    'presenza(?! (?:di|del) (?:kim|leader|dirigente|presidente))$', 'partecipazione(?! (?:di|del) (?:kim|leader|dirigente|presidente))$', 'coinvolgimento$', 'martiri$', 'defunti$', 'fucilier[ei]$', 'paracadutisti$', 'cadaveri$', 'feretri$'],
  persWeak: ['esercito$', 'giovani$', 'uomini$', 'ragazzi$'],
  deployNoun: ['dispiegamento', 'invio di (?:truppe|soldati)', 'intervento militare'],
  ctx: ['ucrain', 'kursk', 'kiev', 'kyiv', 'zelensk', 'fronte$', 'linea del fronte', 'camp[oi] di battaglia', 'combattiment', 'donbass', 'donetsk', 'kharkiv', 'zaporizhzhia', 'belgorod', 'prigionieri di guerra', 'sudzha', 'catturat', 'interrog', 'carne da (?:cannone|macello)'],
  ctxWeak: ['perso$', 'perduto$', 'battagli[ae]$', 'rimpatri', 'sacrifici', 'russia', 'russ[oai]$', 'russe$', 'offensiv', 'assalt', 'trincee$', 'mosca', 'cremlino', 'putin', 'schierat', 'dispiegat', 'dispiegament', 'inviat', 'inviare', 'invio', 'mandat', 'combatt', 'guerra$', 'perdite$', 'droni?$', 'mercenari$', 'eroi$', 'eroic', 'eroismo', 'ondate umane', 'sedi[ae] a rotelle', 'stampelle$', '(?:corpo|forza) di spedizione', 'onori (?:di stato|militari|postumi)', 'medagli', 'onorificenz', 'monumento', 'memoriale', 'liberazione', 'operazioni? all\'estero', 'sminament', 'arrivat'],
  neg: ['dmz$', 'linea di demarcazione', 'zona demilitarizzata', 'parata', 'esercitazion', 'manovre', 'disertor', 'disertat', '(?<!dalla )guerra di corea', 'armistizio', 'intercoreano', '(?:fugg|fugit|scapp|disert)\\p{L}* (?:in|verso) (?:la )?corea del sud'],
  labour: ['lavorator', 'operai$', 'muratori$', 'manodopera'],
  foreign: ['russ[oiae]$', 'della russia', 'ucrain[oiae]$', 'sudcorean', 'american', 'cinesi$', 'della nato', 'occidentali$', 'bielorussi', 'ceceni$', 'di mosca', 'di kiev'],
  fallen: ['martiri$', 'defunti$'],
  killed: ['uccis', 'mort[io]$', 'decedut', 'caduti$', 'perso la vita', 'vittime$'],
  injured: ['ferit'],
  casualties: ['perdite$', 'vittime$'],
  captured: ['catturat', 'prigionieri$', 'prigionier[oi] di guerra', 'arres', 'arres[io]$', 'interrog'],
  decision: ['inviat', 'invio', 'inviare', 'schierat', 'dispiegat', 'decisione', 'deciso', 'ordinat', 'trasferit'],
  motives: ['in cambio', 'leva$', 'motiv', 'perché', 'ricompensa', 'pagament', 'tecnolog', 'valuta', 'esperienza di combattimento', 'contropartita', 'vantagg'],
  implications: ['alleanza', 'implicazion', 'conseguenz', 'minaccia', 'escalation', 'condann', 'sanzion', 'sicurezza', 'trattato', 'nato$', 'penisola', 'impatto'],
  units: ['corpo (?:della )?tempesta', 'storm corps', 'corpo$', 'integrat', 'inquadrat', 'fanteria di marina', 'aviotrasport', 'brigat', 'battaglion', 'forze speciali', "d'élite", 'élite'],
  location: ['kursk', 'fronte', 'regione', 'confine', 'campo di battaglia', 'posizioni', 'villaggi', 'estremo oriente', 'vladivostok'],
  qualBefore: {
    over: ['più di', 'oltre', 'piu di'],
    approximately: ['circa', 'intorno a', 'attorno a', 'approssimativamente', 'stimati'],
    'at least': ['almeno', 'come minimo'],
    'up to': ['fino a'],
    under: ['meno di', 'quasi', 'poco meno di'],
  },
  scale: { 'mila$': 1e3, 'mille$': 1e3, 'milion[ei]': 1e6 },
  vague: { 'decine di migliaia': 10000, 'migliaia': 1000, 'centinaia': 100, 'decine': 10 },
  numWords: { 'due$': 2, 'tre$': 3, 'quattro$': 4, 'cinque$': 5, 'dieci$': 10 },
  stop: ['il', 'gli', 'della', 'delle', 'dei', 'che', 'e', 'è', 'sono', 'nel', 'nella', 'con', 'per', 'secondo', 'hanno', 'di', 'un', 'una', 'le', 'stati', 'i', 'suoi', 'sue', 'ha', 'non', 'del', 'dal', 'alla', 'al', 'da', 'si', 'più', 'anche', 'come', 'perché', 'ai', 'nei', 'sul', 'a'],
  letters: ['[ìò]'],
  postnominal: true,
  linkers: ['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'da', 'il', 'lo', 'gli', 'inviati'],
  ownerPrepositions: ['di', 'da', 'dal', 'dalla', 'del', 'della', 'dello', 'dei'],
  range: { to: ['a', 'fino a'], and: ['e'], between: ['tra', 'fra'] },
  abbreviations: ['dott', 'ing', 'sig'],
  gates: { anyCase: ['corea', 'corps', 'corpo'], capitalised: ['rpdc', 'pyong', 'kim'] },
};
