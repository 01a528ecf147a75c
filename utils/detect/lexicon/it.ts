import type { Lexicon } from './types';

const DET = '(?<=(?:^|[^\\p{L}])(?:i|gli|dei|degli|ai|agli|[0-9]) )';

export const it: Lexicon = {
  lang: 'it',
  spaced: true,
  nk: ['corea del nord', 'nordcorean', 'nord-corean', 'nord corean', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'rpdc$'],
  fused: [DET + 'nordcoreani$', DET + 'nord-coreani$', 'esercito popolare coreano'],
  strong: ['corpo (?:della )?tempesta', 'corpo ["«“]\\s?tempesta', 'storm corps', '11[°º]? corpo', 'undicesimo corpo'],
  pers: [
    'soldat[oi]$', 'truppe$', 'forze$', 'militari$', 'combattenti$', 'unità$', 'contingente', 'prigionieri$', 'mercenari$',
    'genieri$', 'sminatori$', 'effettivi$', 'battaglion', 'brigat[ae]$', 'reggiment', 'fanteria', 'fanti$', 'commando', 'reparti$',
    'reclute$', 'cecchini$', 'rinforzi$', 'ufficiali$', 'uomini in divisa',
  ],
  persWeak: ['esercito$'],
  ctx: ['ucrain', 'kursk', 'kiev', 'kyiv', 'zelensk', 'fronte$', 'linea del fronte', 'campo di battaglia', 'combattiment', 'donbass', 'donetsk', 'kharkiv', 'zaporizhzhia', 'belgorod', 'prigionieri di guerra'],
  ctxWeak: ['russia', 'russ[oi]$', 'russe$', 'mosca', 'cremlino', 'putin', 'schierat', 'dispiegat', 'inviat', 'inviare', 'invio', 'mandat', 'combatt', 'guerra$', 'perdite$'],
  neg: ['dmz$', 'zona demilitarizzata', 'parata', 'esercitazion', 'manovre', 'disertor', 'disertat', '(?<!dalla )guerra di corea', 'armistizio', 'lavorator', 'operai$', 'intercoreano'],
  foreign: ['russ[oiae]$', 'della russia', 'ucrain[oiae]$', 'sudcorean', 'american', 'cinesi$', 'della nato', 'occidentali$', 'bielorussi', 'ceceni$', 'di mosca', 'di kiev'],
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
  stop: ['il', 'gli', 'della', 'delle', 'dei', 'che', 'e', 'è', 'sono', 'nel', 'nella', 'con', 'per', 'secondo', 'hanno', 'di', 'un', 'una', 'le', 'stati'],
};
