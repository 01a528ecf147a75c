import { behind, NO_WORD } from './behind';
import type { Lexicon } from './types';

const DET = '(?:^|[^\\p{L}])(?:os|uns|dos|aos|de|com|por|pelos|entre|contra|muitos|alguns|dois|três|quatro|cinco|seis|sete|oito|nove|dez|vários|esses|estes|outros|[0-9]) ';
// "militares" is a noun after a determiner, a number or nothing ("os militares norte-coreanos",
// "3 mil militares"), an adjective after another noun ("laços militares", "analistas militares")
// "baixas" (casualties) is a noun there too, an adjective after another noun ("temperaturas baixas")
const BAIXAS = behind('(?:^|[^\\p{L}])(?:as|das|às|de|com|suas|essas|estas|várias|muitas|algumas|outras|pesadas|grandes|enormes|numerosas|novas|mil|[0-9]) ', 'baixas$', NO_WORD);
// (right before the name it still makes personnel of the noun before it: "operarios militares norcoreanos")
const MIL_DET = '(?:^|[^\\p{L}])(?:os|uns|dos|aos|de|com|para|entre|seus|esses|estes|aqueles|vários|muitos|alguns|outros|ambos|dois|três|quatro|cinco|seis|sete|oito|nove|dez|cem|mil|[0-9]) ';

export const pt: Lexicon = {
  lang: 'pt',
  // also "those who fought" (the leader's speeches), "this deployment", "the (two) men" as the subject
  standIns: [
    'um deles', '^um dos dois(?! (?:países|estados|lados|partes|governos|líderes|dirigentes))', '^o primeiro (?:quer|deseja|disse|declarou|foi)', '^o segundo (?:quer|deseja|disse|declarou|foi)', '(?:os|aqueles) que combateram', '(?:os|aqueles) que lutaram', '(?:os|aqueles) que tombaram', '(?:este|esse|tal) destacamento', '^o destacamento(?! de (?:mísseis|armas|drones))', '^o envio de tropas',
    '(?:este|esse|tal) envio de (?:tropas|soldados|militares)', '^os (?:dois )?homens(?! de negócios)', 'os dois homens', 'ambos os homens',
  ],
  spaced: true,
  support: ['apoi', 'respald', 'solidari'],
  oblique: ['deles', 'neles', '(?:a|com|para|entre|sobre|contra|sem|por) eles'],
  dispatch: ['enviados', 'destacados', 'deslocados', 'transferidos', 'mobilizados'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['ele', 'dele'],
  fate: [
    '(?:foi|sido|ficou) (?:(?:gravemente|levemente) )?(?:capturado|ferido|interrogado|feito prisioneiro)$', 'feito prisioneiro', 'cativeiro$',
    'prisioneiro de guerra', 'ferimentos$', 'interrogatório', 'se rendeu', 'rendeu-se', 'render-se', '(?:numa|na|num|no|em uma|em um) (?:trincheira|bunker)$',
  ],
  fateAlone: ['foi feito prisioneiro', 'foi capturado', 'ficou (?:gravemente |levemente )?ferido$', 'morreu (?:devido aos|em consequência dos|por causa dos) ferimentos', 'rendeu-se'],
  speech: ['disse$', 'diz$', 'afirmou', 'declarou', 'acrescentou', 'sublinhou', 'alertou', 'exigiu', 'pediu', 'elogiou', 'agradeceu'],
  // where the subject is left out, a plural passive that says "they" ("Foram enviados para a frente")
  pronouns: ['eles', '(?:foram|têm sido|tinham sido|terão sido|teriam sido|serão|seriam)(?= (?:enviad|destacad|deslocad|transferid|mobilizad|capturad|ferid|feitos prisioneir|interrogad|mort|retirad|repatriad|treinad)os(?!\\p{L}))', 'ficaram (?:gravemente |levemente )?feridos'],
  nk: ['coreia do norte', 'coréia do norte', 'kim$', 'norte-corean', 'nortecorean', 'norte corean', 'pyongyang', 'pionguiangue', 'kim jong[\\s-]{0,2}un', 'rpdc$', 'república popular democrática da coreia'],
  north: ['do norte$'],
  own: ['seus', 'suas', 'melhores', 'próprios'],
  munitions: ['mísseis$', 'projéteis$', 'obuses$', 'foguetes$', 'munições$', 'armas$', 'drones?$'],
  fused: [behind(DET, 'norte-coreanos$'), 'exército popular da coreia'],
  strong: ['corpo (?:da )?tempestade', 'corpo ["«“]\\s?tempestade', 'storm corps', '11\\.?[ºo°]? corpo', 'décimo primeiro corpo'],
  anaphora: ['estes', 'esses', 'aqueles', 'ambos', 'um dos', 'o outro', 'o primeiro', 'o segundo'],
  pers: ['heróis (?:tombados|mortos|caídos)', 'heróis(?= (?:da libertação|de kursk|da operação|que (?:tombaram|morreram|combateram)))', 
    'soldados?$', 'tropas?$', 'forças armadas$', 'forças$', behind(MIL_DET, 'militares$', NO_WORD), 'militares(?= (?:norte-corean|norte corean|nortecorean|da cor[eé]ia do norte|de pyongyang))', 'combatentes?$', 'unidades$', 'contingentes?$', 'prisioneiros?$',
    'mercenários?$', 'sapadores$', 'efetivos$', 'efectivos$', 'pessoal militar', 'efectivos$', 'batalh(?:ão|ões)$', 'brigadas?$', 'regimentos?$', 'infantaria', 'comandos$',
    'recrutas$', 'atiradores de elite', 'reforços$', behind(MIL_DET, 'oficiais$', NO_WORD), '(?<!altos )oficiais(?= (?:norte-corean|norte corean|nortecorean|da cor[eé]ia do norte|de pyongyang))', 'cativos$', 'artilheiros$', 'prisioneiros? de guerra', 'integrantes$', 'corpos$', BAIXAS,
    'perdas? de (?:(?:\\p{L}+|\\d+) )?vidas(?! civis)$', 'vítimas(?! civis)$', 'vitimas(?! civis)$', 'mortos$', 'feridos$', 'perdas$', 'pilotos$', 'comandantes$', 'engenheiros$', 'generais$', 'conselheiros militares', 'instrutores$', 'técnicos militares',
    'presença(?! (?:de|do) (?:kim|líder|dirigente|presidente))$', 'participação(?! (?:de|do) (?:kim|líder|dirigente|presidente))$', 'envolvimento$', 'franco-atiradores$', 'mártires$', 'falecidos$', 'fuzileiros?$', 'paraquedistas$', 'desminadores$', 'cadáveres$', 'restos mortais', 'caixões$'],
  persWeak: ['exército$', 'jovens$', 'homens$'],
  deployNoun: ['destacamento', 'envio de (?:tropas|soldados)', 'intervenção militar'],
  ctx: ['ucrân', 'ucrain', 'ucran', 'kursk', 'kiev', 'kyiv', 'zelensk', 'frente(?<!(?:^|[^\\p{L}])(?:en|em|de|frente a|hacer|hace|hacen|hizo|hicieron|haciendo|hará|harán|haga|hagan|faz|fazer|fazem|fez|fizeram|fazendo|fará|farão|faça|façam) frente)(?!(?<=à frente) d)(?! a frente)$', 'linha da frente', 'linha de frente', 'campos? de batalha', 'combates?$', 'donbass', 'donetsk', 'kharkiv', 'belgorod', 'prisioneiros de guerra', 'sudzha', 'capturad', 'interrog', 'bucha de canhão'],
  ctxWeak: ['perdido$', 'perdeu$', 'batalhas?$', 'repatri', 'sacrifíci', 'ofensiva', 'assaltos?$', 'trincheiras$', 'rússia', 'russia', 'russ[oa]s?$', 'moscou', 'moscovo', 'kremlin', 'putin', 'enviad', 'envio', 'enviou', 'enviar', 'destacad', 'deslocad', 'combat', 'guerra$', BAIXAS, 'drones?$', 'mandar', 'mandou', 'mercenários?$', 'heróis$', 'heroic', 'heroísmo', 'ondas? humanas?', 'cadeiras? de rodas', 'muletas$', 'expedicionári', 'honras? (?:de estado|militares|póstumas)', 'medalhas?$', 'condecor', 'monumento', 'memorial', 'caídos$', 'libertação', 'operaç(?:ão|ões) (?:militar(?:es)? )?(?:no exterior|no estrangeiro|além-mar|ultramarinas?)', 'desminagem', 'desminamento', 'chegad', 'chegaram$'],
  neg: ['dmz$', 'linha de demarcação', 'zona desmilitarizada', 'desfile', 'parada militar', 'exercícios?$', 'manobras', 'desert', '(?<!desde a )guerra da cor[eé]ia', 'armistício', 'intercoreana', 'delegaç', '(?:fog|fug|desert|escap)\\p{L}* (?:para|rumo (?:a|à)) (?:a )?(?:cor[eé]ia do sul|o sul)$', 'trânsfugas?$'],
  history: ['armistício', 'panmunjom'],
  labour: ['(?<!partido dos )trabalhadores', 'operários', 'pedreiros$', 'mão de obra'],
  foreign: ['russ[oa]s?$', 'da rússia', 'ucranian[oa]s?$', 'sul-corean', 'americanos?$', 'norte-americanos?$', 'chineses?$', 'da otan', 'ocidentais$', 'bielorruss', 'chechen', 'de moscou', 'de kiev'],
  fallen: ['mártires$', 'falecidos$'],
  killed: ['mort[oa]s?$', 'morreram', 'morte', 'abatid', 'perderam a vida', 'vítimas fatais'],
  injured: ['ferid'],
  casualties: ['baixas$', 'perdas$', 'vítimas$'],
  captured: ['capturad', 'prisioneiros?$', 'cativos?$', 'detid', 'rendi', 'interrog'],
  decision: ['envi', 'destacad', 'deslocad', 'decisão', 'decidi', 'orden', 'transferi'],
  motives: ['em troca', 'alavanca', 'motiv', 'por que', 'porquê', 'recompensa', 'pagamento', 'tecnolog', 'divisas', 'experiência de combate', 'contrapartida', 'benefício'],
  implications: ['aliança', 'implicaç', 'consequência', 'ameaça', 'escalada', 'conden', 'sanç', 'segurança', 'tratado', 'otan$', 'península', 'impacto'],
  units: ['corpo (?:da )?tempestade', 'storm corps', 'corpo$', 'integrad', 'incorporad', 'fuzileiros navais', 'aerotransport', 'brigadas?$', 'batalh(?:ão|ões)$', 'forças especiais', 'elite'],
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
  stop: ['o', 'os', 'as', 'da', 'do', 'dos', 'das', 'que', 'em', 'com', 'não', 'são', 'foram', 'segundo', 'para', 'uma', 'um', 'na', 'no', 'pela', 'ao', 'à', 'mais', 'seus', 'pelo', 'como', 'também', 'foi', 'de', 'a', 'é', 'e', 'aos', 'por', 'mas', 'ou', 'seu', 'sua', 'ele', 'eles', 'já', 'ainda', 'entre', 'quando', 'muito'],
  postnominal: true,
  relatives: ['es'],
  letters: ['[ãõ]'],
  linkers: ['de', 'da', 'do', 'dos', 'das', 'pela', 'pelo', 'por'],
  ownerPrepositions: ['de', 'da', 'do', 'dos', 'das', 'pela', 'pelo', 'por'],
  range: { to: ['a', 'ao'], and: ['e'], between: ['entre'] },
  gates: { anyCase: ['corea', 'coreia', 'corps', 'corpo'], capitalised: ['rpdc', 'pyong', 'piong', 'kim'] },
};
