// Italiano. Hedge terms: see ../TERMS.md. Numbers are written {11000}: the reader's locale formats them.
import type { Catalog } from '../catalog';

export const it: Catalog = {
  ui: {
    cardClose: 'Chiudi',
    cardOnThisPage: 'In questa pagina:',
    cardFacts: 'Fatti dall’articolo di riferimento',
    cardMoreFacts: 'Altri {count} fatti',
    cardCaveats: 'Avvertenze',
    cardSource: 'Fonte:',
    cardUndated: 'senza data né autore',
    cardOpenSheet: 'Apri la scheda completa',
    cardDisableSite: 'Disattiva su questo sito',
    cardGapCaptives: 'L’articolo di riferimento non parla di soldati nordcoreani catturati.',
    factLabels: 'Fonte e grado di certezza',
    quoteOriginal: 'Le parole dell’articolo (in inglese)',
    quoteTranslation: 'Traduzione (nostra, non dell’articolo)',
    popupNavLabel: 'Sezioni',
    popupTabPage: 'Questa pagina',
    popupTabSheet: 'Scheda',
    popupTabSettings: 'Impostazioni',
    pageLoading: 'Lettura della pagina…',
    pageCount: 'Menzioni in questa pagina: {count}',
    pageByAspect: 'Di che cosa parlano',
    pageListHeading: 'Vai a una menzione',
    pageListHint: 'Scegline una per scorrere fin lì nella pagina e aprirne la scheda.',
    pageInFrames: 'Non elencate: {count} nei riquadri incorporati in questa pagina.',
    pageNone: 'In questa pagina non si parla delle truppe nordcoreane nella guerra della Russia.',
    pageNoneHint: 'Le pagine vengono rilette man mano che cambiano: le menzioni che compaiono dopo vengono contate quando compaiono.',
    pageUnavailable: 'Kursk Context non può leggere questa pagina.',
    pageUnavailableWhy:
      'I browser tengono le estensioni fuori dalle proprie pagine, dagli store dei componenti aggiuntivi e dal visualizzatore PDF. Se questa scheda era già aperta quando l’estensione è stata installata o aggiornata, ricarica la pagina.',
    pageNoAccess: 'Kursk Context non ha accesso ai siti web.',
    pageNoAccessWhy:
      'L’accesso ai siti web non è stato concesso, quindi l’estensione non può cercare menzioni. Legge le pagine solo su questo dispositivo e non invia nulla a nessuno.',
    pageGrantAccess: 'Consenti l’accesso ai siti web',
    pageOffEverywhere: 'Kursk Context è disattivato.',
    pageTurnOn: 'Attivalo',
    pageOffSite: 'Kursk Context è disattivato su questo sito.',
    pageTurnOnSite: 'Attivalo su {host}',
    pageOffSiteUnknown: 'Riattivalo dall’elenco dei siti nelle Impostazioni.',
    sheetIntro: 'Ogni fatto viene da un solo articolo, con le sue parole, con chi lo afferma e con quale certezza.',
    sheetOpenTab: 'Apri la scheda in una nuova scheda del browser',
    sheetAppliesTo: 'Riguarda: {aspects}',
    sheetAppliesToAll: 'Riguarda tutti i fatti',
    sheetSourceNone: 'Non ci sono link, data né autore, e qui non se ne inventa nessuno.',
    settingsEnabled: 'Evidenzia le menzioni nelle pagine web',
    settingsStyle: 'Stile di evidenziazione',
    styleUnderline: 'Sottolineatura ondulata',
    styleBackground: 'Colore di sfondo',
    styleBoth: 'Sottolineatura e sfondo',
    settingsTrigger: 'Apri la scheda',
    triggerHover: 'Quando punto un’evidenziazione',
    triggerClick: 'Quando clicco un’evidenziazione',
    settingsLanguage: 'Lingua della scheda e di questa finestra',
    languageBrowser: 'Lingua del browser',
    languagePage: 'Lingua della pagina, se è tra le nostre',
    languageEnglish: 'Inglese',
    settingsSites: 'Disattivato su questi siti',
    settingsNoSites: 'Nessun sito disattivato.',
    settingsSiteOn: 'Attiva',
    settingsSiteOnFor: 'Attiva su {host}',
    settingsDisableHere: 'Disattiva su {host}',
    settingsSaved: 'Salvato. Le schede aperte si aggiornano subito.',
    settingsPrivacy: 'Le impostazioni restano in questo browser. Non viene inviato nulla.',
    keyHeading: 'Cifre chiave dell’articolo di riferimento',
    keyTroops: 'Truppe',
    keyWhere: 'Dove',
    keyLosses: 'Perdite',
    keySince: 'Da quando',
    keyUnconfirmed: 'Non confermato',
    keyUndated: 'Non indicato: l’articolo non dà alcuna data',
    keyUnsaid: 'L’articolo non lo dice',
    amountOver: 'oltre {n}',
    amountApproximately: 'circa {n}',
    amountAtLeast: 'almeno {n}',
    amountExactly: '{n}',
    figureTroops: '{amount} soldati',
    figureFatalities: '{amount} morti',
    figureInjured: '{amount} feriti',
    figureInitial: '{figure} (stima iniziale)',
    figureLater: '{figure} (cifra successiva)',
    compareTroops: '{n} soldati',
    compareKilled: '{n} morti',
    compareInjured: '{n} feriti',
    compareLine: 'Questa pagina: {page}. Articolo di riferimento: {reference}',
    compareOthers: '{main} ({others})',
    compareAtFirst: '{amount} all’inizio',
    compareEarly: '{reference}, poco dopo l’arrivo',
    listSeparator: '; ',
  },
  topic: 'Le truppe nordcoreane nella guerra della Russia contro l’Ucraina',
  sourcesNote: 'L’articolo non nomina alcuna fonte: cita «notizie», «l’intelligence statunitense» e «analisti» senza identificarli.',
  aspects: {
    numbers: 'Numero di soldati',
    units: 'Unità',
    location: 'Dove combattono',
    casualties: 'Perdite',
    readiness: 'Preparazione',
    significance: 'Portata',
    decision: 'Di chi è la decisione',
    motives: 'Motivi',
    analysis: 'Il parere degli analisti',
    implications: 'Conseguenze',
    outlook: 'Prospettive',
    captives: 'Soldati catturati',
    general: 'Lo schieramento',
  },
  attributions: {
    reports: 'Notizie senza fonte',
    'us-intelligence': 'Intelligence statunitense (senza nomi)',
    analysts: 'Analisti senza nome',
    article: 'Parole dell’articolo stesso',
  },
  certainties: {
    reported: 'Riportato',
    estimated: 'Stima',
    assessed: 'Valutazione',
    characterisation: 'Giudizio dell’articolo',
    speculation: 'Ipotesi',
  },
  facts: {
    'troops-over-11000': {
      statement:
        'Secondo quanto riportato, la Corea del Nord avrebbe inviato oltre {11000} soldati a combattere al fianco delle forze russe in Ucraina.',
      quote:
        'Secondo quanto riportato, la Corea del Nord avrebbe inviato oltre {11000} soldati per unirsi alle forze russe che combattono in Ucraina.',
    },
    'troops-initially-over-10000': {
      statement: 'Lo schieramento era stato inizialmente stimato in oltre {10000} soldati.',
      quote: 'Questo schieramento, inizialmente stimato in oltre {10000} soldati,',
    },
    'significant-contingent': {
      statement:
        'Secondo l’articolo, la Corea del Nord ha schierato un contingente consistente delle sue forze a sostegno della guerra della Russia contro l’Ucraina.',
      quote:
        'La Corea del Nord ha schierato un contingente consistente delle sue forze armate a sostegno della guerra che la Russia conduce contro l’Ucraina.',
    },
    'storm-corps': {
      statement: 'Secondo l’articolo, i soldati vengono soprattutto dal Corpo Tempesta, che l’articolo definisce d’élite.',
      quote: 'I soldati nordcoreani, provenienti soprattutto dal Corpo d’élite «Tempesta»,',
    },
    'integrated-into-russian-units': {
      statement: 'Secondo l’articolo, i soldati sono stati per lo più inseriti in unità militari russe.',
      quote: 'sono stati inseriti principalmente in unità militari russe',
    },
    'kursk-counteroffensive': {
      statement: 'Secondo l’articolo, quelle unità partecipano a controffensive contro posizioni ucraine nella regione di Kursk.',
      quote: 'impegnate in operazioni di controffensiva contro posizioni ucraine nella regione di Kursk',
      place: 'regione di Kursk',
    },
    'casualties-killed': {
      statement: 'Secondo quanto riportato, oltre {100} di quei soldati sarebbero stati uccisi poco dopo l’arrivo.',
      quote:
        'questi soldati hanno subito perdite pesanti: secondo quanto riportato, oltre {100} morti e circa {1000} feriti poco dopo il loro arrivo',
    },
    'casualties-injured': {
      statement: 'Secondo quanto riportato, circa {1000} di quei soldati sarebbero stati feriti poco dopo l’arrivo.',
      quote:
        'questi soldati hanno subito perdite pesanti: secondo quanto riportato, oltre {100} morti e circa {1000} feriti poco dopo il loro arrivo',
    },
    'unprepared-for-combat': {
      statement: 'Secondo l’articolo, i soldati non erano preparati alle condizioni di combattimento che hanno trovato.',
      quote: 'I soldati, provenienti soprattutto dal Corpo d’élite Tempesta, non erano preparati alle condizioni di combattimento che hanno trovato.',
    },
    'casualties-strain-readiness': {
      statement:
        'Le pesanti perdite potrebbero preoccupare Kim Jong-un: questi schieramenti sono sostenibili, e che effetto hanno sulla prontezza del suo esercito in patria?',
      quote:
        'Le pesanti perdite potrebbero però accrescere le preoccupazioni di Kim Jong-un sulla sostenibilità di questi impegni e sul loro effetto sulla prontezza del suo esercito in patria',
    },
    'selectively-trained-soldiers': {
      statement: 'Secondo l’articolo, molti dei soldati inviati vengono da uno dei settori dell’esercito più rigorosamente selezionati e addestrati.',
      quote: 'soprattutto perché molti dei soldati schierati vengono da uno dei settori dell’esercito più rigorosamente selezionati e addestrati.',
    },
    'first-major-overseas-intervention': {
      statement: 'Secondo l’articolo, è il primo grande intervento militare della Corea del Nord in un conflitto all’estero.',
      quote: 'segna il primo grande intervento militare della Corea del Nord in un conflitto all’estero.',
    },
    'shift-in-strategy': {
      statement:
        'Secondo l’articolo, questa partecipazione segna una svolta epocale nella strategia militare della Corea del Nord e la avvicina alla Russia.',
      quote:
        'In sintesi, la partecipazione della Corea del Nord a questo conflitto mostra una svolta epocale nella sua strategia di impegno militare, che la avvicina alla Russia in un clima di incertezza globale.',
    },
    'decision-from-north-korea': {
      statement: 'La decisione di inviare truppe sembra essere partita dalla Corea del Nord, non da una richiesta russa.',
      quote: 'La decisione di inviare truppe sembra essere partita dalla Corea del Nord, anziché da una richiesta della Russia.',
    },
    'motive-international-leverage': {
      statement:
        'L’intelligence statunitense suggerisce che la leadership di Kim Jong-un sia mossa dal desiderio di contare di più a livello internazionale.',
      quote:
        'L’intelligence statunitense suggerisce che la leadership di Kim Jong-un sia stata strategicamente motivata dal desiderio di un peso maggiore sulla scena internazionale.',
    },
    'motive-economy-and-diplomacy': {
      statement:
        'Viste le difficoltà economiche e le ambizioni diplomatiche, l’intervento della Corea del Nord è visto come un’occasione per stringere i legami con la Russia.',
      quote:
        'Di fronte alle sue difficoltà economiche e alle sue aspirazioni di influenza diplomatica, l’intervento della Corea del Nord è visto come un’occasione per rafforzare i legami con la Russia',
    },
    'motive-future-favors': {
      statement: 'Il sostegno militare è visto come dato in cambio di possibili favori futuri da parte della Russia.',
      quote: 'fornendo al tempo stesso sostegno militare in cambio di possibili favori futuri.',
    },
    'analysts-kim-wager': {
      statement:
        'Secondo alcuni analisti, Kim Jong-un probabilmente scommette che una Russia più forte, sostenuta dalle sue truppe, potrebbe portare al suo regime migliori relazioni internazionali e aiuto diplomatico.',
      quote:
        'Gli analisti osservano che Kim Jong-un probabilmente scommette che una presenza russa più forte, sostenuta da truppe nordcoreane, potrebbe portare a relazioni internazionali favorevoli per il suo regime, specie nelle varie sedi diplomatiche in cui il Nord cerca aiuto.',
    },
    'broader-implications': {
      statement: 'Secondo l’articolo, le più ampie conseguenze internazionali di questo sostegno militare complicano la situazione.',
      quote: 'La situazione è ulteriormente complicata dalle più ampie conseguenze internazionali di un simile sostegno militare.',
    },
    'deeper-alliance': {
      statement:
        'Gli schieramenti potrebbero segnalare un’alleanza più profonda tra la Corea del Nord, a lungo isolata, e la Russia, mentre crescono le tensioni nell’Europa orientale.',
      quote:
        'Gli schieramenti di truppe potrebbero indicare un’alleanza più profonda tra la Corea del Nord, storicamente isolata, e la Russia, soprattutto in un contesto di tensioni crescenti nell’Europa orientale.',
    },
    'casualties-shape-strategy': {
      statement: 'Le pesanti perdite potrebbero influire sulle future strategie militari e sulle relazioni geopolitiche di Kim Jong-un.',
      quote:
        'Le pesanti perdite tra i soldati nordcoreani potrebbero influenzare le future strategie militari e le relazioni geopolitiche di Kim Jong-un.',
    },
    'outlook-uncertain': {
      statement: 'Secondo l’articolo, che cosa faranno ora la Corea del Nord e i suoi vertici resta incerto.',
      quote: 'le azioni e le strategie future della Corea del Nord e dei suoi vertici restano incerte.',
    },
  },
  caveats: {
    'figures-unconfirmed': 'Queste cifre sono riportate o stimate da fonti senza nome; l’articolo non le conferma.',
    'troop-figures-differ': 'L’articolo stesso dà due cifre sui soldati: oltre {10000} come stima iniziale e oltre {11000} nel suo riepilogo.',
    'casualties-early': 'Le cifre delle perdite riguardano il periodo subito dopo l’arrivo delle truppe; le perdite successive non sono comprese.',
    'motives-unnamed-sources':
      'I motivi si basano su intelligence statunitense e analisti senza nome; dove l’articolo dice «è visto come», non dice da chi.',
    'decision-origin-unsupported': 'L’articolo dice solo che la decisione «sembra» partita dalla Corea del Nord; non cita fonti né porta prove.',
    characterisations:
      '«D’élite», «non preparati», «primo grande», «svolta epocale» e «più rigorosamente selezionati e addestrati» sono giudizi dell’articolo stesso, non risultati con una fonte.',
    'speculative-consequences': 'Le conseguenze sono espresse con «potrebbe», «potrebbero» e «può»: sono possibilità, non risultati.',
    'no-date-byline-sources':
      'L’articolo non ha data, autore né fonti con un nome, quindi le sue affermazioni non si possono collocare nel tempo né verificare all’origine.',
  },
};
