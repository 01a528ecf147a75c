import type { Lexicon } from './types';

export const lt: Lexicon = {
  lang: 'lt',
  spaced: true,
  nk: ['šiaurės korėj', 'šiaurės korej', 'siaures korej', 'pchenjan', 'kim čen', 'kim jong[\\s-]{0,2}un'],
  fused: ['šiaurės korėjiečiai', 'šiaurės korėjiečių'],
  pers: ['kari', 'karei', 'kariuomen', 'pajėg', 'dalin', 'belaisv', 'samdin'],
  ctx: ['ukrain', 'kursk', 'kyjiv', 'kijev', 'zelensk', 'fronto', 'fronte', 'mūšio lauk', 'kov'],
  ctxWeak: ['rusij', 'rus[ųai]$', 'maskv', 'kreml', 'putin', 'išsiunt', 'dislok', 'karas', 'karo$'],
  neg: ['demilitarizuot', 'parad', 'pratyb', 'perbėgėl', 'korėjos kar', 'darbinink'],
  foreign: ['rusijos', 'rusų', 'ukrainos', 'ukrainieči', 'pietų korėj', 'amerikieči'],
  killed: ['žuv', 'nužud'], injured: ['sužeist'], captured: ['belaisv', 'paimt', 'sugaut'],
  stop: ['ir', 'yra', 'kad', 'su', 'iš', 'į', 'buvo', 'kaip', 'pagal', 'nuo', 'dėl', 'bet'],
  letters: ['[ėųį]'],
  gates: { anyCase: ['kore', 'korė'], capitalised: ['pchen', 'kim'] },
};
