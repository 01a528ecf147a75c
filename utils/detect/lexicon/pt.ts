import type { Lexicon } from './types';

const DET = '(?<=(?:^|[^\\p{L}])(?:os|uns|dos|aos|[0-9]) )';

export const pt: Lexicon = {
  lang: 'pt',
  spaced: true,
  nk: ['coreia do norte', 'coréia do norte', 'norte-corean', 'nortecorean', 'norte corean', 'pyongyang', 'pionguiangue', 'kim jong[\\s-]{0,2}un', 'rpdc$'],
  fused: [DET + 'norte-coreanos$', 'exército popular da coreia'],
  strong: ['corpo (?:da )?tempestade', 'corpo ["«“]\\s?tempestade', 'storm corps', '11[ºo°]? corpo', 'décimo primeiro corpo'],
  pers: [
    'soldados?$', 'tropas?$', 'forças$', 'militares$', 'combatentes?$', 'unidades$', 'contingentes?$', 'prisioneiros?$',
    'mercenários?$', 'sapadores$', 'efetivos$', 'efectivos$', 'batalh', 'brigadas?$', 'regimentos?$', 'infantaria', 'comandos?$',
    'recrutas$', 'atiradores de elite', 'reforços$', 'oficiais$', 'cativos$',
  ],
  persWeak: ['exército$'],
  ctx: ['ucrân', 'ucrain', 'ucran', 'kursk', 'kiev', 'kyiv', 'zelensk', 'frente$', 'linha da frente', 'linha de frente', 'campo de batalha', 'combates?$', 'donbass', 'donetsk', 'kharkiv', 'belgorod', 'prisioneiros de guerra'],
  ctxWeak: ['rússia', 'russia', 'russ[oa]s?$', 'moscou', 'moscovo', 'kremlin', 'putin', 'enviad', 'envio', 'enviou', 'enviar', 'destacad', 'deslocad', 'combat', 'guerra$', 'baixas$'],
  neg: ['dmz$', 'zona desmilitarizada', 'desfile', 'parada militar', 'exercícios?$', 'manobras', 'desert', '(?<!desde a )guerra da coreia', 'armistício', 'trabalhadores', 'operários', 'intercoreana'],
  foreign: ['russ[oa]s?$', 'da rússia', 'ucranian[oa]s?$', 'sul-corean', 'americanos?$', 'norte-americanos?$', 'chineses?$', 'da otan', 'ocidentais$', 'bielorruss', 'chechen', 'de moscou', 'de kiev'],
  killed: ['mort[oa]s?$', 'morreram', 'morte', 'abatid', 'perderam a vida', 'vítimas fatais'],
  injured: ['ferid'],
  casualties: ['baixas$', 'perdas$', 'vítimas$'],
  captured: ['capturad', 'prisioneiros?$', 'cativos?$', 'detid', 'rendi', 'interrog'],
  decision: ['envi', 'destacad', 'deslocad', 'decisão', 'decidi', 'orden', 'transferi'],
  motives: ['em troca', 'alavanca', 'motiv', 'por que', 'porquê', 'recompensa', 'pagamento', 'tecnolog', 'divisas', 'experiência de combate', 'contrapartida', 'benefício'],
  implications: ['aliança', 'implicaç', 'consequência', 'ameaça', 'escalada', 'conden', 'sanç', 'segurança', 'tratado', 'otan$', 'península', 'impacto'],
  units: ['corpo (?:da )?tempestade', 'storm corps', 'corpo$', 'integrad', 'incorporad', 'fuzileiros navais', 'aerotransport', 'brigadas?$', 'batalh', 'forças especiais', 'elite'],
  location: ['kursk', 'frente', 'região', 'fronteira', 'campo de batalha', 'posições', 'aldeias?$', 'extremo oriente', 'vladivostok'],
  qualBefore: {
    over: ['mais de', 'acima de'],
    approximately: ['cerca de', 'aproximadamente', 'por volta de', 'em torno de', 'estimad[oa]s em', 'uns', 'umas'],
    'at least': ['pelo menos', 'no mínimo', 'ao menos'],
    'up to': ['até'],
    under: ['menos de', 'quase'],
  },
  scale: { 'mil$': 1e3, 'milhões$': 1e6, 'milhão$': 1e6 },
  vague: { 'dezenas de milhares': 10000, 'milhares': 1000, 'centenas': 100, 'dezenas': 10 },
  numWords: { 'dois$': 2, 'duas$': 2, 'três$': 3, 'quatro$': 4, 'cinco$': 5, 'dez$': 10 },
  stop: ['o', 'os', 'as', 'da', 'do', 'dos', 'das', 'que', 'em', 'com', 'não', 'são', 'foram', 'segundo', 'para', 'uma', 'um', 'na', 'no', 'pela'],
};
