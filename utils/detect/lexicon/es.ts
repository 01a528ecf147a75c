import type { Lexicon } from './types';

const DET = '(?<=(?:^|[^\\p{L}])(?:los|unos|a|de|[0-9]) )';

export const es: Lexicon = {
  lang: 'es',
  spaced: true,
  nk: ['corea del norte', 'norcorean', 'kim$', 'nor-corean', 'norcoreana', 'pionyang', 'pyongyang', 'kim jong[\\s-]{0,2}un', 'rpdc$'],
  north: ['del norte$'],
  own: ['sus', 'mejores', 'propios'],
  munitions: ['misiles?$', 'proyectiles$', 'obuses$', 'cohetes$', 'municiones?$', 'armas$', 'drones?$'],
  fused: [DET + 'norcoreanos$', 'ejército popular de corea'],
  strong: ['cuerpo (?:de )?(?:la )?tormenta', 'cuerpo ["«“]\\s?tormenta', 'storm corps', '11\\.?[ºo°]? cuerpo', 'xi cuerpo', 'undécimo cuerpo'],
  pers: [
    'soldados?$', 'tropas?$', 'fuerzas$', 'militares$', 'combatientes?$', 'unidades$', 'contingentes?$', 'prisioneros?$',
    'cautivos?$', 'mercenarios?$', 'zapadores?$', 'efectivos$', 'batallon', 'brigadas?$', 'regimientos?$', 'infantería',
    'comandos?$', 'uniformados$', 'reclutas$', 'francotiradores$', 'refuerzos$', 'oficiales$', 'desminadores$', 'artilleros$', 'prisioneros? de guerra', 'integrantes$',
  ],
  persWeak: ['ejército$', 'jóvenes$', 'hombres$'],
  deployNoun: ['despliegue', 'envío de (?:tropas|soldados)', 'intervención militar'],
  ctx: [
    'ucrania', 'ucranian', 'kursk', 'kiev', 'kyiv', 'zelenski', 'frente$', 'línea del frente', 'campo de batalla', 'combates?$',
    'donbás', 'donbass', 'donetsk', 'járkov', 'zaporiyia', 'belgorod', 'prisioneros de guerra', 'sudzha', 'capturad', 'interrog', 'carne de cañón',
  ],
  ctxWeak: ['rusia', 'rus[oa]s?$', 'moscú', 'kremlin', 'putin', 'despleg', 'envi[óa]', 'enviad', 'enviar', 'envío', 'combat', 'guerra$', 'bajas$', 'drones?$', 'mercenarios?$'],
  neg: [
    'dmz$', 'zona desmilitarizada', 'desfile', 'ejercicios?$', 'maniobras', 'desert', '(?<!desde la )guerra de corea', 'armisticio',
    'trabajadores?$', 'obreros?$', 'intercoreana',
  ],
  foreign: ['rus[oa]s?$', 'de rusia', 'ucranian[oa]s?$', 'surcorean', 'estadounidense', 'chin[oa]s?$', 'de la otan', 'occidentales?$', 'bielorrus', 'chechen', 'de moscú', 'de kiev'],
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
  stop: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'una', 'según', 'han', 'fue', 'más', 'se', 'su', 'para', 'al', 'la', 'de', 'un', 'lo', 'como', 'pero', 'sus', 'este', 'esta', 'también', 'fueron', 'porque', 'hay', 'sobre'],
};
