// Español. Hedge terms: see ../TERMS.md. Numbers are written {11000}: the reader's locale formats them.
import type { Catalog } from '../catalog';

export const es: Catalog = {
  ui: {
    cardClose: 'Cerrar',
    cardOnThisPage: 'En esta página:',
    cardFacts: 'Hechos del artículo de referencia',
    cardMoreFacts: '{count} hechos más',
    cardCaveats: 'Salvedades',
    cardSource: 'Fuente:',
    cardUndated: 'sin fecha ni autor',
    cardOpenSheet: 'Abrir la ficha completa',
    cardDisableSite: 'Desactivar en este sitio',
    cardGapCaptives: 'El artículo de referencia no menciona soldados norcoreanos capturados.',
    factLabels: 'Fuente y grado de certeza',
    quoteOriginal: 'Palabras del artículo (en inglés)',
    quoteTranslation: 'Traducción (nuestra, no del artículo)',
    popupNavLabel: 'Secciones',
    popupTabPage: 'Esta página',
    popupTabSheet: 'Ficha',
    popupTabSettings: 'Ajustes',
    pageLoading: 'Leyendo esta página…',
    pageCount: 'Menciones en esta página: {count}',
    pageByAspect: 'De qué tratan',
    pageListHeading: 'Ir a una mención',
    pageListHint: 'Elige una para desplazarte hasta ella en la página y abrir su tarjeta.',
    pageInFrames: 'Sin listar: {count} en marcos incrustados en esta página.',
    pageNone: 'En esta página no se mencionan las tropas norcoreanas en la guerra de Rusia.',
    pageNoneHint: 'Las páginas se leen a medida que cambian: las menciones que aparezcan después se cuentan al aparecer.',
    pageUnavailable: 'Kursk Context no puede leer esta página.',
    pageUnavailableWhy:
      'Los navegadores no dejan entrar a las extensiones en sus propias páginas, en las tiendas de complementos ni en el visor de PDF. Si esta pestaña ya estaba abierta cuando se instaló o actualizó la extensión, recarga la página.',
    pageNoAccess: 'Kursk Context no tiene acceso a los sitios web.',
    pageNoAccessWhy:
      'No se concedió acceso a los sitios web, así que la extensión no puede buscar menciones. Solo lee las páginas en este dispositivo y no envía nada a ningún sitio.',
    pageGrantAccess: 'Permitir el acceso a los sitios web',
    pageOffEverywhere: 'Kursk Context está desactivado.',
    pageTurnOn: 'Activarlo',
    pageOffSite: 'Kursk Context está desactivado en este sitio.',
    pageTurnOnSite: 'Activarlo en {host}',
    pageOffSiteUnknown: 'Vuelve a activarlo desde la lista de sitios en Ajustes.',
    sheetIntro: 'Cada hecho procede de un solo artículo, con sus propias palabras, quién lo dice y con qué certeza.',
    sheetOpenTab: 'Abrir la ficha en una pestaña',
    sheetAppliesTo: 'Se aplica a: {aspects}',
    sheetAppliesToAll: 'Se aplica a todos los hechos',
    sheetSourceNone: 'No se da ningún enlace, fecha ni autor, y aquí no se inventa ninguno.',
    settingsEnabled: 'Resaltar menciones en las páginas web',
    settingsStyle: 'Estilo de resaltado',
    styleUnderline: 'Subrayado ondulado',
    styleBackground: 'Color de fondo',
    styleBoth: 'Subrayado y fondo',
    settingsTrigger: 'Abrir la tarjeta',
    triggerHover: 'Al señalar un resaltado',
    triggerClick: 'Al hacer clic en un resaltado',
    settingsLanguage: 'Idioma de la tarjeta y de esta ventana',
    languageBrowser: 'Idioma del navegador',
    languagePage: 'Idioma de la página, si es uno de los nuestros',
    languageEnglish: 'Inglés',
    settingsSites: 'Desactivado en estos sitios',
    settingsNoSites: 'No hay ningún sitio desactivado.',
    settingsSiteOn: 'Activar',
    settingsSiteOnFor: 'Activar en {host}',
    settingsDisableHere: 'Desactivar en {host}',
    settingsSaved: 'Guardado. Las pestañas abiertas se actualizan al momento.',
    settingsPrivacy: 'Los ajustes se quedan en este navegador. No se envía nada a ningún sitio.',
    keyHeading: 'Cifras clave del artículo de referencia',
    keyTroops: 'Tropas',
    keyWhere: 'Dónde',
    keyLosses: 'Bajas',
    keySince: 'Desde cuándo',
    keyUnconfirmed: 'Sin confirmar',
    keyUndated: 'No consta: el artículo no da ninguna fecha',
    keyUnsaid: 'El artículo no lo dice',
    amountOver: 'más de {n}',
    amountApproximately: 'unos {n}',
    amountAtLeast: 'al menos {n}',
    amountExactly: '{n}',
    figureTroops: '{amount} soldados',
    figureFatalities: '{amount} muertos',
    figureInjured: '{amount} heridos',
    figureInitial: '{figure} (estimación inicial)',
    figureLater: '{figure} (cifra posterior)',
    compareTroops: '{n} soldados',
    compareKilled: '{n} muertos',
    compareInjured: '{n} heridos',
    compareLine: 'Esta página: {page}. Artículo de referencia: {reference}',
    compareOthers: '{main} ({others})',
    compareAtFirst: '{amount} al principio',
    compareEarly: '{reference}, poco después de su llegada',
    listSeparator: '; ',
  },
  topic: 'Tropas norcoreanas en la guerra de Rusia contra Ucrania',
  sourcesNote: 'El artículo no nombra ninguna fuente: cita «informes», «la inteligencia estadounidense» y «analistas» sin identificarlos.',
  aspects: {
    numbers: 'Número de soldados',
    units: 'Unidades',
    location: 'Dónde combaten',
    casualties: 'Bajas',
    readiness: 'Preparación',
    significance: 'Alcance',
    decision: 'De quién fue la decisión',
    motives: 'Motivos',
    analysis: 'Opinión de analistas',
    implications: 'Consecuencias',
    outlook: 'Perspectivas',
    captives: 'Soldados capturados',
    general: 'El despliegue',
  },
  attributions: {
    reports: 'Informes sin fuente',
    'us-intelligence': 'Inteligencia estadounidense (sin nombre)',
    analysts: 'Analistas sin nombre',
    article: 'Palabras del propio artículo',
  },
  certainties: {
    reported: 'Según informes',
    estimated: 'Estimación',
    assessed: 'Valoración',
    characterisation: 'Calificación del artículo',
    speculation: 'Especulación',
  },
  facts: {
    'troops-over-11000': {
      statement: 'Según informes, Corea del Norte habría enviado más de {11000} soldados a combatir junto a las fuerzas rusas en Ucrania.',
      quote: 'Según informes, Corea del Norte habría enviado más de {11000} soldados para unirse a las fuerzas rusas que combaten en Ucrania.',
    },
    'troops-initially-over-10000': {
      statement: 'El despliegue se estimó en un principio en más de {10000} soldados.',
      quote: 'Este despliegue, estimado en un principio en más de {10000} soldados,',
    },
    'significant-contingent': {
      statement:
        'Según el artículo, Corea del Norte ha desplegado un contingente considerable de sus fuerzas para apoyar la guerra de Rusia contra Ucrania.',
      quote: 'Corea del Norte ha desplegado un contingente considerable de sus fuerzas armadas para apoyar la guerra que Rusia libra contra Ucrania.',
    },
    'storm-corps': {
      statement: 'Según el artículo, los soldados proceden sobre todo del Cuerpo Tormenta, al que califica de élite.',
      quote: 'Los soldados norcoreanos, procedentes sobre todo del Cuerpo de élite «Tormenta»,',
    },
    'integrated-into-russian-units': {
      statement: 'Según el artículo, los soldados se han integrado sobre todo en unidades militares rusas.',
      quote: 'se han integrado principalmente en unidades militares rusas',
    },
    'kursk-counteroffensive': {
      statement: 'Según el artículo, esas unidades participan en contraofensivas contra posiciones ucranianas en la región de Kursk.',
      quote: 'que participan en operaciones de contraofensiva contra posiciones ucranianas en la región de Kursk',
      place: 'región de Kursk',
    },
    'casualties-killed': {
      statement: 'Según informes, más de {100} de esos soldados habrían muerto poco después de llegar.',
      quote: 'estos soldados sufrieron cuantiosas bajas: los informes indican más de {100} muertos y unos {1000} heridos poco después de su llegada',
    },
    'casualties-injured': {
      statement: 'Según informes, unos {1000} de esos soldados habrían resultado heridos poco después de llegar.',
      quote: 'estos soldados sufrieron cuantiosas bajas: los informes indican más de {100} muertos y unos {1000} heridos poco después de su llegada',
    },
    'unprepared-for-combat': {
      statement: 'Según el artículo, los soldados no estaban preparados para las condiciones de combate que encontraron.',
      quote:
        'Los soldados, procedentes sobre todo del Cuerpo de élite Tormenta, no estaban preparados para las condiciones de combate que encontraron.',
    },
    'casualties-strain-readiness': {
      statement:
        'Las grandes pérdidas podrían preocupar a Kim Jong-un sobre si estos despliegues son sostenibles y cómo afectan a la preparación de su ejército en el país.',
      quote:
        'Sin embargo, las cuantiosas bajas podrían aumentar la preocupación de Kim Jong-un por la sostenibilidad de estas intervenciones y por su efecto en la preparación de su ejército en el país',
    },
    'selectively-trained-soldiers': {
      statement: 'Según el artículo, muchos de los soldados enviados proceden de uno de los sectores del ejército mejor seleccionados y entrenados.',
      quote: 'sobre todo porque muchos de los soldados desplegados proceden de uno de los sectores del ejército mejor seleccionados y entrenados.',
    },
    'first-major-overseas-intervention': {
      statement: 'Según el artículo, es la primera gran intervención militar de Corea del Norte en un conflicto en el extranjero.',
      quote: 'supone la primera gran intervención militar de Corea del Norte en un conflicto en el extranjero.',
    },
    'shift-in-strategy': {
      statement:
        'Según el artículo, esta participación marca un cambio trascendental en la estrategia militar de Corea del Norte y la acerca a Rusia.',
      quote:
        'En resumen, la participación de Corea del Norte en este conflicto muestra un cambio trascendental en su estrategia de intervención militar, que la acerca más a Rusia en medio de la incertidumbre mundial.',
    },
    'decision-from-north-korea': {
      statement: 'La decisión de enviar tropas parece haber partido de Corea del Norte, no de una petición rusa.',
      quote: 'La decisión de enviar tropas parece haber partido de Corea del Norte, y no de una petición de Rusia.',
    },
    'motive-international-leverage': {
      statement: 'La inteligencia estadounidense sugiere que el liderazgo de Kim Jong-un busca más peso en el plano internacional.',
      quote:
        'La inteligencia estadounidense sugiere que el liderazgo de Kim Jong-un ha actuado con la motivación estratégica de ganar más peso en la escena internacional.',
    },
    'motive-economy-and-diplomacy': {
      statement:
        'Dados sus problemas económicos y sus ambiciones diplomáticas, la intervención de Corea del Norte se ve como una oportunidad de estrechar sus lazos con Rusia.',
      quote:
        'Ante sus dificultades económicas y sus aspiraciones de influencia diplomática, la intervención de Corea del Norte se ve como una oportunidad para reforzar sus lazos con Rusia',
    },
    'motive-future-favors': {
      statement: 'El apoyo militar se ve como algo dado a cambio de posibles favores futuros de Rusia.',
      quote: 'a la vez que presta apoyo militar a cambio de posibles favores futuros.',
    },
    'analysts-kim-wager': {
      statement:
        'Según analistas, Kim Jong-un probablemente apuesta a que una Rusia más fuerte, respaldada por sus tropas, podría dar a su régimen mejores relaciones internacionales y ayuda diplomática.',
      quote:
        'Los analistas señalan que Kim Jong-un probablemente apuesta a que una presencia rusa más fuerte, respaldada por tropas norcoreanas, podría traer relaciones internacionales favorables a su régimen, sobre todo en distintos foros diplomáticos donde el Norte busca ayuda.',
    },
    'broader-implications': {
      statement: 'Según el artículo, las consecuencias internacionales más amplias de este apoyo militar complican la situación.',
      quote: 'La situación se complica aún más por las consecuencias internacionales más amplias de ese apoyo militar.',
    },
    'deeper-alliance': {
      statement:
        'Los despliegues podrían indicar una alianza más profunda entre Corea del Norte, aislada desde hace tiempo, y Rusia, mientras crecen las tensiones en Europa del Este.',
      quote:
        'Los despliegues de tropas podrían significar una alianza más profunda entre Corea del Norte, históricamente aislada, y Rusia, sobre todo en un contexto de tensiones crecientes en Europa del Este.',
    },
    'casualties-shape-strategy': {
      statement: 'Las cuantiosas bajas podrían influir en las futuras estrategias militares y relaciones geopolíticas de Kim Jong-un.',
      quote:
        'Las cuantiosas bajas entre las tropas norcoreanas podrían influir en las futuras estrategias militares y relaciones geopolíticas de Kim Jong-un.',
    },
    'outlook-uncertain': {
      statement: 'Según el artículo, lo que harán después Corea del Norte y sus dirigentes sigue siendo incierto.',
      quote: 'las acciones y estrategias futuras de Corea del Norte y sus dirigentes siguen siendo inciertas.',
    },
  },
  caveats: {
    'figures-unconfirmed': 'Estas cifras proceden de informes o estimaciones de fuentes sin nombre; el artículo no las confirma.',
    'troop-figures-differ': 'El propio artículo da dos cifras de soldados: más de {10000} como estimación inicial y más de {11000} en su resumen.',
    'casualties-early': 'Las cifras de bajas se refieren al periodo poco después de la llegada de las tropas; no cubren las pérdidas posteriores.',
    'motives-unnamed-sources':
      'Los motivos se basan en inteligencia estadounidense y analistas sin nombre; donde el artículo dice «se ve como», no dice quién lo ve así.',
    'decision-origin-unsupported':
      'El artículo solo dice que la decisión «parece» haber partido de Corea del Norte; no nombra ninguna fuente ni aporta pruebas.',
    characterisations:
      '«Élite», «no preparados», «primera gran», «cambio trascendental» y «mejor seleccionados y entrenados» son calificaciones del propio artículo, no conclusiones con fuente.',
    'speculative-consequences': 'Las consecuencias se expresan con «podría», «podrían» y «puede»: son posibilidades, no conclusiones.',
    'no-date-byline-sources':
      'El artículo no tiene fecha, autor ni fuentes con nombre, así que sus afirmaciones no pueden situarse en el tiempo ni contrastarse con su origen.',
  },
};
