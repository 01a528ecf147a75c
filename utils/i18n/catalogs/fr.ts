// Français. Hedge terms: see ../TERMS.md. Numbers are written {11000}: the reader's locale formats them.
import type { Catalog } from '../catalog';

export const fr: Catalog = {
  ui: {
    cardClose: 'Fermer',
    cardOnThisPage: 'Sur cette page :',
    cardFacts: 'Faits tirés de l’article de référence',
    cardMoreFacts: '{count} autres faits',
    cardCaveats: 'Réserves',
    cardSource: 'Source :',
    cardUndated: 'sans date ni auteur',
    cardOpenSheet: 'Ouvrir toute la fiche',
    cardDisableSite: 'Désactiver sur ce site',
    cardGapCaptives: 'L’article de référence ne parle pas de soldats nord-coréens faits prisonniers.',
    factLabels: 'Source et degré de certitude',
    quoteOriginal: 'Les mots de l’article (en anglais)',
    quoteTranslation: 'Traduction (la nôtre, pas celle de l’article)',
    popupNavLabel: 'Sections',
    popupTabPage: 'Cette page',
    popupTabSheet: 'Fiche',
    popupTabSettings: 'Réglages',
    pageLoading: 'Lecture de la page…',
    pageCount: 'Mentions sur cette page : {count}',
    pageByAspect: 'De quoi elles parlent',
    pageListHeading: 'Aller à une mention',
    pageListHint: 'Choisissez-en une pour y faire défiler la page et ouvrir sa carte.',
    pageInFrames: 'Non listées : {count} dans des cadres intégrés à cette page.',
    pageNone: 'Aucune mention des troupes nord-coréennes dans la guerre de la Russie sur cette page.',
    pageNoneHint: 'Les pages sont relues quand elles changent : les mentions qui apparaissent plus tard sont comptées à leur apparition.',
    pageUnavailable: 'Kursk Context ne peut pas lire cette page.',
    pageUnavailableWhy:
      'Les navigateurs tiennent les extensions à l’écart de leurs propres pages, des boutiques de modules et de la visionneuse PDF. Si cet onglet était déjà ouvert à l’installation ou à la mise à jour de l’extension, rechargez la page.',
    pageNoAccess: 'Kursk Context n’a pas accès aux sites web.',
    pageNoAccessWhy:
      'L’accès aux sites web n’a pas été accordé : l’extension ne peut donc pas chercher de mentions. Elle lit les pages uniquement sur cet appareil et n’envoie rien nulle part.',
    pageGrantAccess: 'Autoriser l’accès aux sites web',
    pageOffEverywhere: 'Kursk Context est désactivé.',
    pageTurnOn: 'L’activer',
    pageOffSite: 'Kursk Context est désactivé sur ce site.',
    pageTurnOnSite: 'L’activer sur {host}',
    pageOffSiteUnknown: 'Réactivez-le depuis la liste des sites, dans les réglages.',
    sheetIntro: 'Chaque fait vient d’un seul article, dans ses propres mots, avec qui l’affirme et avec quel degré de certitude.',
    sheetOpenTab: 'Ouvrir la fiche dans un onglet',
    sheetAppliesTo: 'Concerne : {aspects}',
    sheetAppliesToAll: 'Concerne tous les faits',
    sheetSourceNone: 'Aucun lien, aucune date ni aucun auteur ne sont donnés, et rien n’est inventé ici.',
    settingsEnabled: 'Surligner les mentions sur les pages web',
    settingsStyle: 'Style de surlignage',
    styleUnderline: 'Soulignement ondulé',
    styleBackground: 'Couleur de fond',
    styleBoth: 'Soulignement et fond',
    settingsTrigger: 'Ouvrir la carte',
    triggerHover: 'Quand je pointe un surlignage',
    triggerClick: 'Quand je clique sur un surlignage',
    settingsLanguage: 'Langue de la carte et de cette fenêtre',
    languageBrowser: 'Langue du navigateur',
    languagePage: 'Langue de la page, si nous la proposons',
    languageEnglish: 'Anglais',
    settingsSites: 'Désactivé sur ces sites',
    settingsNoSites: 'Aucun site n’est désactivé.',
    settingsSiteOn: 'Activer',
    settingsSiteOnFor: 'Activer sur {host}',
    settingsDisableHere: 'Désactiver sur {host}',
    settingsSaved: 'Enregistré. Les onglets ouverts se mettent à jour aussitôt.',
    settingsPrivacy: 'Les réglages restent dans ce navigateur. Rien n’est envoyé nulle part.',
    keyHeading: 'Chiffres clés de l’article de référence',
    keyTroops: 'Troupes',
    keyWhere: 'Où',
    keyLosses: 'Pertes',
    keySince: 'Depuis quand',
    keyUnconfirmed: 'Non confirmé',
    keyUndated: 'Non précisé : l’article ne donne aucune date',
    keyUnsaid: 'L’article n’en dit rien',
    amountOver: 'plus de {n}',
    amountApproximately: 'environ {n}',
    amountAtLeast: 'au moins {n}',
    amountExactly: '{n}',
    figureTroops: '{amount} soldats',
    figureFatalities: '{amount} morts',
    figureInjured: '{amount} blessés',
    figureInitial: '{figure} (première estimation)',
    figureLater: '{figure} (chiffre ultérieur)',
    compareTroops: '{n} soldats',
    compareKilled: '{n} tués',
    compareInjured: '{n} blessés',
    compareLine: 'Cette page : {page}. Article de référence : {reference}',
    compareOthers: '{main} ({others})',
    compareAtFirst: '{amount} au départ',
    compareEarly: '{reference}, peu après l’arrivée',
    listSeparator: ' ; ',
  },
  topic: 'Les troupes nord-coréennes dans la guerre de la Russie contre l’Ukraine',
  sourcesNote:
    'L’article ne nomme aucune source : il cite des « informations », le « renseignement américain » et des « analystes », sans les nommer.',
  aspects: {
    numbers: 'Effectifs',
    units: 'Unités',
    location: 'Où ils combattent',
    casualties: 'Pertes',
    readiness: 'Préparation',
    significance: 'Portée',
    decision: 'La décision de qui',
    motives: 'Motifs',
    analysis: 'L’avis des analystes',
    implications: 'Conséquences',
    outlook: 'Perspectives',
    captives: 'Soldats capturés',
    general: 'Le déploiement',
  },
  attributions: {
    reports: 'Informations non sourcées',
    'us-intelligence': 'Renseignement américain (non nommé)',
    analysts: 'Analystes non nommés',
    article: 'Les mots de l’article lui-même',
  },
  certainties: {
    reported: 'Rapporté',
    estimated: 'Estimation',
    assessed: 'Évaluation',
    characterisation: 'Qualification de l’article',
    speculation: 'Hypothèse',
  },
  facts: {
    'troops-over-11000': {
      statement:
        'Selon des informations de presse, la Corée du Nord aurait envoyé plus de {11000} soldats combattre aux côtés des forces russes en Ukraine.',
      quote:
        'Selon des informations de presse, la Corée du Nord aurait envoyé plus de {11000} soldats rejoindre les forces russes qui combattent en Ukraine.',
    },
    'troops-initially-over-10000': {
      statement: 'Le déploiement était d’abord estimé à plus de {10000} soldats.',
      quote: 'Ce déploiement, d’abord estimé à plus de {10000} soldats,',
    },
    'significant-contingent': {
      statement:
        'Selon l’article, la Corée du Nord a déployé un contingent important de ses forces pour soutenir la guerre de la Russie contre l’Ukraine.',
      quote: 'La Corée du Nord a déployé un contingent important de ses forces armées pour soutenir la guerre que la Russie mène contre l’Ukraine.',
    },
    'storm-corps': {
      statement: 'Selon l’article, les soldats viennent surtout du corps « Tempête », qu’il qualifie d’élite.',
      quote: 'Les soldats nord-coréens, issus principalement du corps d’élite « Tempête »,',
    },
    'integrated-into-russian-units': {
      statement: 'Selon l’article, les soldats ont surtout été intégrés à des unités militaires russes.',
      quote: 'ont principalement été intégrés à des unités militaires russes',
    },
    'kursk-counteroffensive': {
      statement: 'Selon l’article, ces unités participent à des contre-offensives contre des positions ukrainiennes dans la région de Koursk.',
      quote: 'engagées dans des opérations de contre-offensive contre des positions ukrainiennes dans la région de Koursk',
      place: 'région de Koursk',
    },
    'casualties-killed': {
      statement: 'Selon des informations de presse, plus de {100} de ces soldats auraient été tués peu après leur arrivée.',
      quote:
        'ces soldats ont subi de lourdes pertes : selon des informations de presse, plus de {100} morts et environ {1000} blessés peu après leur arrivée',
    },
    'casualties-injured': {
      statement: 'Selon des informations de presse, environ {1000} de ces soldats auraient été blessés peu après leur arrivée.',
      quote:
        'ces soldats ont subi de lourdes pertes : selon des informations de presse, plus de {100} morts et environ {1000} blessés peu après leur arrivée',
    },
    'unprepared-for-combat': {
      statement: 'Selon l’article, les soldats n’étaient pas préparés aux conditions de combat qu’ils ont rencontrées.',
      quote: 'Les soldats, issus principalement du corps d’élite Tempête, n’étaient pas préparés aux conditions de combat qu’ils ont rencontrées.',
    },
    'casualties-strain-readiness': {
      statement:
        'Les lourdes pertes pourraient inquiéter Kim Jong-un : de tels déploiements sont-ils tenables, et que font-ils à la préparation de son armée dans le pays ?',
      quote:
        'Les lourdes pertes pourraient toutefois accroître les inquiétudes de Kim Jong-un quant à la viabilité de tels engagements et à leurs effets sur la préparation de son armée dans le pays',
    },
    'selectively-trained-soldiers': {
      statement:
        'Selon l’article, beaucoup des soldats envoyés viennent de l’un des segments de l’armée les plus rigoureusement sélectionnés et entraînés.',
      quote: 'd’autant que beaucoup des soldats déployés viennent de l’un des segments de l’armée les plus rigoureusement sélectionnés et entraînés.',
    },
    'first-major-overseas-intervention': {
      statement: 'Selon l’article, c’est la première intervention militaire d’ampleur de la Corée du Nord dans un conflit à l’étranger.',
      quote: 'marque la première intervention militaire d’ampleur de la Corée du Nord dans un conflit à l’étranger.',
    },
    'shift-in-strategy': {
      statement:
        'Selon l’article, cette participation marque un tournant majeur dans la stratégie militaire de la Corée du Nord et la rapproche de la Russie.',
      quote:
        'En résumé, la participation de la Corée du Nord à ce conflit illustre un tournant majeur dans sa stratégie d’engagement militaire, qui la rapproche de la Russie sur fond d’incertitudes mondiales.',
    },
    'decision-from-north-korea': {
      statement: 'La décision d’envoyer des troupes semble être venue de la Corée du Nord, et non d’une demande russe.',
      quote: 'La décision d’envoyer des troupes semble être venue de la Corée du Nord plutôt que d’une demande de la Russie.',
    },
    'motive-international-leverage': {
      statement: 'Le renseignement américain laisse entendre que la direction de Kim Jong-un cherche à peser davantage sur la scène internationale.',
      quote:
        'Le renseignement américain laisse entendre que la direction de Kim Jong-un a été stratégiquement motivée par le désir de peser davantage sur la scène internationale.',
    },
    'motive-economy-and-diplomacy': {
      statement:
        'Face à ses difficultés économiques et à ses ambitions diplomatiques, l’intervention de la Corée du Nord est perçue comme une occasion de resserrer ses liens avec la Russie.',
      quote:
        'Confrontée à ses difficultés économiques et à ses ambitions d’influence diplomatique, l’intervention de la Corée du Nord est perçue comme une occasion de renforcer ses liens avec la Russie',
    },
    'motive-future-favors': {
      statement: 'Le soutien militaire est perçu comme fourni en échange d’éventuelles faveurs russes à l’avenir.',
      quote: 'tout en apportant un soutien militaire en échange d’éventuelles faveurs futures.',
    },
    'analysts-kim-wager': {
      statement:
        'Selon des analystes, Kim Jong-un parie probablement qu’une Russie plus forte, appuyée par ses troupes, pourrait valoir à son régime de meilleures relations internationales et une aide diplomatique.',
      quote:
        'Des analystes notent que Kim Jong-un parie probablement qu’une présence russe renforcée, appuyée par des troupes nord-coréennes, pourrait mener à des relations internationales favorables pour son régime, en particulier dans diverses enceintes diplomatiques où le Nord souhaite de l’aide.',
    },
    'broader-implications': {
      statement: 'Selon l’article, les conséquences internationales plus larges de ce soutien militaire compliquent la situation.',
      quote: 'La situation est encore compliquée par les conséquences internationales plus larges d’un tel soutien militaire.',
    },
    'deeper-alliance': {
      statement:
        'Ces déploiements pourraient signaler une alliance plus profonde entre la Corée du Nord, longtemps isolée, et la Russie, alors que les tensions montent en Europe de l’Est.',
      quote:
        'Les déploiements de troupes pourraient signifier une alliance plus profonde entre la Corée du Nord, historiquement isolée, et la Russie, en particulier dans un contexte de tensions croissantes en Europe de l’Est.',
    },
    'casualties-shape-strategy': {
      statement: 'Les lourdes pertes pourraient peser sur les futures stratégies militaires et les relations géopolitiques de Kim Jong-un.',
      quote:
        'Les lourdes pertes parmi les soldats nord-coréens pourraient influencer les futures stratégies militaires et les relations géopolitiques de Kim Jong-un.',
    },
    'outlook-uncertain': {
      statement: 'Selon l’article, ce que feront ensuite la Corée du Nord et ses dirigeants reste incertain.',
      quote: 'les actions et stratégies futures de la Corée du Nord et de ses dirigeants restent incertaines.',
    },
  },
  caveats: {
    'figures-unconfirmed': 'Ces chiffres sont rapportés ou estimés par des sources non nommées ; l’article ne les confirme pas.',
    'troop-figures-differ': 'L’article lui-même donne deux effectifs : plus de {10000} comme première estimation et plus de {11000} dans son résumé.',
    'casualties-early':
      'Les chiffres des pertes portent sur la période qui a suivi de peu l’arrivée des troupes ; les pertes ultérieures ne sont pas couvertes.',
    'motives-unnamed-sources':
      'Les motifs reposent sur un renseignement américain et des analystes non nommés ; là où l’article dit « perçue comme », il ne dit pas par qui.',
    'decision-origin-unsupported':
      'L’article dit seulement que la décision « semble » venir de la Corée du Nord ; il ne cite aucune source et ne donne aucune preuve.',
    characterisations:
      '« Élite », « pas préparés », « première d’ampleur », « tournant majeur » et « les plus rigoureusement sélectionnés » sont des qualifications propres à l’article, pas des constats sourcés.',
    'speculative-consequences':
      'Les conséquences sont formulées au conditionnel (« pourrait », « pourraient ») : ce sont des possibilités, pas des constats.',
    'no-date-byline-sources':
      'L’article n’a ni date, ni auteur, ni source nommée : ses affirmations ne peuvent être ni situées dans le temps ni vérifiées à leur origine.',
  },
};
