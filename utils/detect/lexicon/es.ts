import { behind, NO_WORD } from './behind';
import type { Lexicon } from './types';

const DET = '(?:^|[^\\p{L}])(?:los|unos|a|de|sobre|con|entre|contra|para|y|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|estos|esos|otros|[0-9]) ';
// "militares" is a noun after a determiner, a number or nothing ("los militares norcoreanos",
// "3.000 militares"), an adjective after another noun ("lazos militares", "analistas militares")
// (right before the name it still makes personnel of the noun before it: "operarios militares norcoreanos")
const MIL_DET = '(?:^|[^\\p{L}])(?:los|unos|a|de|del|con|entre|para|sus|estos|esos|aquellos|varios|muchos|algunos|otros|ambos|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil|[0-9]) ';

export const es: Lexicon = {
  lang: 'es',
  // also "those who fought" (the leader's speeches), "this deployment", "the (two) men" as the subject
  standIns: [
    'uno de ellos', '^uno de los dos(?! (?:países|estados|lados|bandos|partes|gobiernos|líderes|dirigentes))', '^el primero (?:quiere|desea|dijo|declaró|fue)', '^el segundo (?:quiere|desea|dijo|declaró|fue)', '(?:los|aquellos) que combatieron', '(?:los|aquellos) que lucharon', '(?:los|aquellos) que cayeron', 'quienes (?:combatieron|lucharon|cayeron)',
    '(?:este|ese|dicho|su) despliegue(?! de (?:misiles|armas|drones))', '^el despliegue(?! de (?:misiles|armas|drones))', '^los (?:dos )?hombres(?! de negocios)', 'los dos hombres', 'ambos hombres',
  ],
  spaced: true,
  support: ['apoy', 'respald', 'solidari'],
  oblique: ['(?:a|con|de|para|entre|sobre|contra|sin|según|hacia|ante) ellos'],
  dispatch: ['enviados', 'desplegados', 'trasladados', 'destinados'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate); not "el" (the article)
  singular: ['él'],
  fate: [
    '(?:fue|sido|resultó|quedó) (?:(?:gravemente|levemente) )?(?:capturado|herido|interrogado|hecho prisionero)$', 'hecho prisionero', 'cayó prisionero',
    'cautiverio$', 'prisionero de guerra', 'heridas$', 'interrogatorio', 'se rindió', 'rendirse$', 'en (?:una|la|un|el) (?:trinchera|búnker|bunker)$',
  ],
  fateAlone: ['cayó prisionero', 'fue hecho prisionero', 'fue capturado', 'resultó (?:gravemente |levemente )?herido$', 'murió (?:a causa de|por) (?:sus|las) heridas', 'se rindió'],
  speech: ['dijo$', 'dice$', 'afirmó', 'declaró', 'añadió', 'subrayó', 'advirtió', 'exigió', 'pidió', 'elogió', 'agradeció', 'señaló', 'aseguró'],
  // where the subject is left out, a plural passive that says "they" ("Fueron enviados al frente")
  pronouns: ['ellos', '(?:fueron|han sido|habían sido|habrían sido|serán|serían)(?= (?:enviad|desplegad|trasladad|destinad|capturad|herid|hechos prisioneros|interrogad|abatid|movilizad|retirad|repatriad|entrenad|ejecutad)os(?!\\p{L}))', '(?:cayeron|fueron hechos) prisioneros', 'resultaron (?:gravemente |levemente )?heridos'],
  nk: ['corea del norte', 'norcorean', 'kim$', 'nor-corean', 'norcoreana', 'pionyang', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'rpdc$', 'norcorea$', 'república popular democrática de corea'],
  north: ['del norte$'],
  nkWeak: ['corean[oa]s?$'],
  own: ['sus', 'mejores', 'propios'],
  munitions: ['misiles?$', 'proyectiles$', 'obuses$', 'cohetes$', 'municiones?$', 'armas$', 'drones?$'],
  fused: [behind(DET, 'norcoreanos$'), 'ejército popular de corea'],
  strong: ['cuerpo (?:de )?(?:la )?tormenta', 'cuerpo ["«“]\\s?tormenta', 'storm corps', '11\\.?[ºo°]? cuerpo', 'xi cuerpo', 'undécimo cuerpo'],
  anaphora: ['estos', 'estas', 'esos', 'esas', 'ambos', 'uno de los', 'el otro', 'el primer', 'el segundo'],
  pers: [
    // the bodies, remains, coffins of the fallen (as en 'bodies', fr 'dépouilles', pt 'corpos')
    'cuerpos$', 'cadáveres$', 'restos mortales','héroes (?:caídos|muertos)', 'héroes(?= (?:de la liberación|de kursk|de la operación|que (?:cayeron|murieron|combatieron)))', 
    'soldados?$', 'tropas?$', 'fuerzas armadas$', 'fuerzas$', behind(MIL_DET, 'militares$', NO_WORD), 'militares(?= (?:norcorean|nor-corean|de corea del norte|de pyongyang|de pionyang))', 'combatientes?$', 'unidades$', 'contingentes?$', 'prisioneros?$',
    'cautivos?$', 'mercenarios?$', 'zapadores?$', 'efectivos$', 'batallon', 'brigadas?$', 'regimientos?$', 'infantería',
    'comandos$', 'uniformados$', 'reclutas$', 'francotiradores$', 'refuerzos$', behind(MIL_DET, 'oficiales$', NO_WORD), '(?<!altos )oficiales(?= (?:norcorean|nor-corean|de corea del norte|de pyongyang|de pionyang))', 'desminadores$', 'artilleros$', 'prisioneros? de guerra', 'integrantes$',
    'pérdidas? de (?:(?:\\p{L}+|\\d+) )?vidas(?! civiles)$', 'víctimas(?! civiles)$', 'bajas$', 'muertos$', 'heridos$', 'pérdidas$', 'pilotos$', 'comandantes$', 'ingenieros$', 'generales$', 'asesores militares', 'instructores$', 'técnicos militares',
    'presencia(?! (?:de|del) (?:kim|líder|dirigente|presidente|mandatario))$', 'participación(?! (?:de|del) (?:kim|líder|dirigente|presidente|mandatario))$', 'implicación$', 'subunidades$', 'mártires$', 'fallecidos$', 'fusileros?$', 'paracaidistas$', 'ataúdes$', 'féretros$'],
  persWeak: ['ejército$', behind('(?:^|[^\\p{L}])(?:un|el|del|al|cada|ningún|este|ese|otro) ', 'militar$'), 'jóvenes$', 'hombres$'],
  deployNoun: ['despliegue', 'envío de (?:tropas|soldados)', 'intervención militar'],
  ctx: [
    'ucrania', 'ucranian', 'kursk', 'kiev', 'kyiv', 'zelenski', 'frente(?<!(?:^|[^\\p{L}])(?:en|em|de|frente a|hacer|hace|hacen|hizo|hicieron|haciendo|hará|harán|haga|hagan|faz|fazer|fazem|fez|fizeram|fazendo|fará|farão|faça|façam) frente)(?! a frente)(?!(?<=à frente) d)$', 'l[ií]neas? del? frente', 'campos? de batalla', 'combates?$',
    'donbás', 'donbass', 'donetsk', 'járkov', 'zaporiyia', 'belgorod', 'prisioneros de guerra', 'sudzha', 'captur', 'interrog', 'carne de cañón',
  ],
  ctxWeak: ['perdido$', 'perdió$', 'rusia', 'repatri', 'sacrifici', 'ofensiva', 'trincheras$', 'rus[oa]s?$', 'moscú', 'kremlin', 'putin', 'despleg', 'desplieg', 'envi[óa]', 'enviad', 'enviar', 'envío', 'combat', 'guerra$', 'bajas$', 'drones?$', 'mercenarios?$', 'operaci(?:ón|on|ones) (?:militar(?:es)? )?(?:en el (?:extranjero|exterior)|de ultramar|en ultramar)', 'héroes$', 'heroic', 'heroísmo', '(?:olas|oleadas?) humanas?', 'sillas? de ruedas', 'muletas$', 'expedicionari', 'honores (?:de estado|militares|póstumos)', 'honor$', 'monumento', 'medallas?$', 'condecor', 'caídos$', 'liberación', 'desplaz', 'ataques?$', 'asaltos?$', 'batallas?$', 'desminado', 'llegad', 'llegaron$'],
  neg: [
    'dmz$', 'línea de demarcación', 'zona desmilitarizada', 'desfile', 'ejercicios?$', 'maniobras', 'desert', '(?<!desde la )guerra de corea', 'armisticio', 'intercoreana', '(?:huy|hu[íi]|desert|escap|fug)\\p{L}* (?:a|hacia) (?:corea del sur|el sur)$',
    'guerra de vietnam',
  ],
  labour: ['(?<!partido de los )trabajadores?$', 'obreros?$', 'albañiles$', 'mano de obra'],
  history: ['armisticio', 'panmunjom'],
  foreign: ['rus[oa]s?$', 'de rusia', 'ucranian[oa]s?$', 'surcorean', 'estadounidense', 'chin[oa]s?$', 'de la otan', 'occidentales?$', 'bielorrus', 'chechen', 'de moscú', 'de kiev'],
  fallen: ['mártires$', 'fallecidos$'],
  killed: ['muert', 'fallec', 'abatid', 'caíd', 'perdieron la vida'],
  injured: ['herid', 'lesionad'],
  casualties: ['bajas$', 'pérdidas$', 'víctimas$'],
  captured: ['capturad', 'prisioneros?$', 'cautivos?$', 'apresad', 'rendi', 'interrog'],
  decision: ['envi', 'despleg', 'decisión', 'decidi', 'orden', 'transfer'],
  motives: ['a cambio', 'palanca', 'motiv', 'por qué', 'recompensa', 'pago', 'tecnolog', 'divisas', 'experiencia de combate', 'contrapartida', 'beneficio'],
  implications: ['alianza', 'implicaci', 'consecuencia', 'amenaza', 'escalada', 'conden', 'sanci', 'seguridad', 'tratado', 'otan$', 'península', 'impacto'],
  units: ['cuerpo (?:de )?(?:la )?tormenta', 'storm corps', 'cuerpo$', 'integrad', 'incorporad', 'infantería de marina', 'aerotransport', 'brigadas?$', 'batallon', 'fuerzas especiales', 'élite'],
  location: ['kursk', 'frente', 'región', 'frontera', 'campo de batalla', 'posiciones', 'aldeas?$', 'lejano oriente', 'vladivostok'],
  qualBefore: {
    over: ['más de', 'por encima de', 'mas de'],
    approximately: ['unos', 'unas', 'alrededor de', 'aproximadamente', 'cerca de', 'en torno a', 'estimad[oa]s en'],
    'at least': ['al menos', 'por lo menos', 'como mínimo'],
    'up to': ['hasta'],
    under: ['menos de', 'casi'],
  },
  scale: { 'mil$': 1e3, 'millones?': 1e6 },
  vague: { 'decenas de miles': 10000, 'miles': 1000, 'cientos': 100, 'centenares': 100, 'decenas': 10, 'varios miles': 1000 },
  numWords: { 'dos$': 2, 'tres$': 3, 'cuatro$': 4, 'cinco$': 5, 'diez$': 10 },
  stop: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'una', 'según', 'han', 'fue', 'más', 'se', 'su', 'para', 'al', 'la', 'de', 'un', 'lo', 'como', 'pero', 'sus', 'este', 'esta', 'también', 'fueron', 'porque', 'hay', 'sobre', 'a'],
  postnominal: true,
  relatives: ['ca', 'pt'],
  letters: ['ñ', 'ión(?!\\p{L})'],
  linkers: ['de', 'del', 'el', 'los', 'las', 'por', 'enviados', 'enviadas'],
  ownerPrepositions: ['de', 'del', 'por'],
  range: { to: ['a', 'al'], and: ['y'], between: ['entre'] },
  abbreviations: ['sra', 'sr'],
  gates: { anyCase: ['corea', 'corps', 'cuerpo'], capitalised: ['rpdc', 'pyong', 'pionya', 'kim'] },
};
