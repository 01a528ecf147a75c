// Deutsch. Hedge terms: see ../TERMS.md. Numbers are written {11000}: the reader's locale formats them.
import type { Catalog } from '../catalog';

export const de: Catalog = {
  ui: {
    cardClose: 'Schließen',
    cardOnThisPage: 'Auf dieser Seite:',
    cardFacts: 'Fakten aus dem Referenzartikel',
    cardMoreFacts: '{count} weitere Fakten',
    cardCaveats: 'Einschränkungen',
    cardSource: 'Quelle:',
    cardUndated: 'ohne Datum, ohne Autor',
    cardOpenSheet: 'Ganzes Faktenblatt öffnen',
    cardDisableSite: 'Auf dieser Website ausschalten',
    cardGapCaptives: 'Der Referenzartikel erwähnt keine gefangenen nordkoreanischen Soldaten.',
    factLabels: 'Quelle und Gewissheit',
    quoteOriginal: 'Wortlaut des Artikels (Englisch)',
    quoteTranslation: 'Übersetzung (von uns, nicht aus dem Artikel)',
    popupNavLabel: 'Bereiche',
    popupTabPage: 'Diese Seite',
    popupTabSheet: 'Faktenblatt',
    popupTabSettings: 'Einstellungen',
    pageLoading: 'Diese Seite wird gelesen …',
    pageCount: 'Erwähnungen auf dieser Seite: {count}',
    pageByAspect: 'Worum es geht',
    pageListHeading: 'Zu einer Erwähnung springen',
    pageListHint: 'Wählen Sie eine aus, um auf der Seite dorthin zu scrollen und ihre Karte zu öffnen.',
    pageInFrames: 'Nicht aufgeführt: {count} in eingebetteten Frames dieser Seite.',
    pageNone: 'Auf dieser Seite werden nordkoreanische Truppen in Russlands Krieg nicht erwähnt.',
    pageNoneHint: 'Seiten werden gelesen, während sie sich ändern: Später erscheinende Erwähnungen werden dann mitgezählt.',
    pageUnavailable: 'Kursk Context kann diese Seite nicht lesen.',
    pageUnavailableWhy:
      'Browser lassen Erweiterungen nicht auf ihre eigenen Seiten, in die Add-on-Stores und in den PDF-Betrachter. War dieser Tab schon offen, als die Erweiterung installiert oder aktualisiert wurde, laden Sie die Seite neu.',
    pageNoAccess: 'Kursk Context hat keinen Zugriff auf Websites.',
    pageNoAccessWhy:
      'Der Zugriff auf Websites wurde nicht erteilt, daher kann die Erweiterung nicht nach Erwähnungen suchen. Sie liest Seiten nur auf diesem Gerät und sendet nichts.',
    pageGrantAccess: 'Zugriff auf Websites erlauben',
    pageOffEverywhere: 'Kursk Context ist ausgeschaltet.',
    pageTurnOn: 'Einschalten',
    pageOffSite: 'Kursk Context ist auf dieser Website ausgeschaltet.',
    pageTurnOnSite: 'Für {host} einschalten',
    pageOffSiteUnknown: 'Schalten Sie es in der Liste der Websites unter „Einstellungen“ wieder ein.',
    sheetIntro: 'Jeder Fakt stammt aus einem einzigen Artikel, in dessen eigenen Worten, mit Angabe, wer es sagt und wie sicher es ist.',
    sheetOpenTab: 'Faktenblatt in einem Tab öffnen',
    sheetAppliesTo: 'Gilt für: {aspects}',
    sheetAppliesToAll: 'Gilt für alle Fakten',
    sheetSourceNone: 'Es gibt keinen Link, kein Datum und keinen Autor, und hier wird keiner erfunden.',
    settingsEnabled: 'Erwähnungen auf Webseiten hervorheben',
    settingsStyle: 'Art der Hervorhebung',
    styleUnderline: 'Wellenlinie',
    styleBackground: 'Hintergrundfarbe',
    styleBoth: 'Unterstreichung und Hintergrund',
    settingsTrigger: 'Karte öffnen',
    triggerHover: 'Wenn ich auf eine Hervorhebung zeige',
    triggerClick: 'Wenn ich eine Hervorhebung anklicke',
    settingsLanguage: 'Sprache der Karte und dieses Fensters',
    languageBrowser: 'Sprache des Browsers',
    languagePage: 'Sprache der Seite, sofern wir sie anbieten',
    languageEnglish: 'Englisch',
    settingsSites: 'Auf diesen Websites ausgeschaltet',
    settingsNoSites: 'Auf keiner Website ausgeschaltet.',
    settingsSiteOn: 'Einschalten',
    settingsSiteOnFor: 'Für {host} einschalten',
    settingsDisableHere: 'Auf {host} ausschalten',
    settingsSaved: 'Gespeichert. Offene Tabs übernehmen es sofort.',
    settingsPrivacy: 'Die Einstellungen bleiben in diesem Browser. Es wird nichts gesendet.',
    keyHeading: 'Eckdaten des Referenzartikels',
    keyTroops: 'Truppen',
    keyWhere: 'Wo',
    keyLosses: 'Verluste',
    keySince: 'Seit wann',
    keyUnconfirmed: 'Unbestätigt',
    keyUndated: 'Nicht angegeben: Der Artikel nennt kein Datum',
    keyUnsaid: 'Der Artikel sagt dazu nichts',
    amountOver: 'über {n}',
    amountApproximately: 'etwa {n}',
    amountAtLeast: 'mindestens {n}',
    amountExactly: '{n}',
    figureTroops: '{amount} Soldaten',
    figureFatalities: '{amount} Tote',
    figureInjured: '{amount} Verletzte',
    figureInitial: '{figure} (erste Schätzung)',
    figureLater: '{figure} (spätere Zahl)',
    compareTroops: '{n} Soldaten',
    compareKilled: '{n} Tote',
    compareInjured: '{n} Verletzte',
    compareLine: 'Diese Seite: {page}. Referenzartikel: {reference}',
    compareOthers: '{main} ({others})',
    compareAtFirst: 'anfangs {amount}',
    compareEarly: '{reference}, kurz nach der Ankunft',
    listSeparator: '; ',
  },
  topic: 'Nordkoreanische Truppen in Russlands Krieg gegen die Ukraine',
  sourcesNote: 'Der Artikel nennt keine Quellen: Er beruft sich auf ungenannte „Berichte“, den „US-Geheimdienst“ und „Analysten“.',
  aspects: {
    numbers: 'Truppenstärke',
    units: 'Einheiten',
    location: 'Wo sie kämpfen',
    casualties: 'Verluste',
    readiness: 'Einsatzbereitschaft',
    significance: 'Bedeutung',
    decision: 'Wessen Entscheidung',
    motives: 'Motive',
    analysis: 'Sicht der Analysten',
    implications: 'Folgen',
    outlook: 'Ausblick',
    captives: 'Gefangene Soldaten',
    general: 'Die Entsendung',
  },
  attributions: {
    reports: 'Ungenannte Berichte',
    'us-intelligence': 'US-Geheimdienst (ungenannt)',
    analysts: 'Ungenannte Analysten',
    article: 'Worte des Artikels selbst',
  },
  certainties: {
    reported: 'Berichtet',
    estimated: 'Schätzung',
    assessed: 'Einschätzung',
    characterisation: 'Wertung des Artikels',
    speculation: 'Vermutung',
  },
  facts: {
    'troops-over-11000': {
      statement: 'Berichten zufolge hat Nordkorea über {11000} Soldaten entsandt, die an der Seite russischer Truppen in der Ukraine kämpfen.',
      quote: 'Berichten zufolge hat Nordkorea über {11000} Soldaten entsandt, die sich den in der Ukraine kämpfenden russischen Truppen anschließen.',
    },
    'troops-initially-over-10000': {
      statement: 'Die Entsendung wurde anfangs auf über {10000} Soldaten geschätzt.',
      quote: 'Diese Entsendung, anfangs auf über {10000} Soldaten geschätzt,',
    },
    'significant-contingent': {
      statement:
        'Laut dem Artikel hat Nordkorea ein beträchtliches Kontingent seiner Streitkräfte entsandt, um Russlands Krieg gegen die Ukraine zu unterstützen.',
      quote:
        'Nordkorea hat ein beträchtliches Kontingent seiner Streitkräfte entsandt, um Russlands andauernden Krieg gegen die Ukraine zu unterstützen.',
    },
    'storm-corps': {
      statement: 'Laut dem Artikel stammen die Soldaten vor allem aus dem Sturmkorps, das der Artikel als Elite bezeichnet.',
      quote: 'Die nordkoreanischen Soldaten, vor allem aus dem Elite-„Sturm“-Korps,',
    },
    'integrated-into-russian-units': {
      statement: 'Laut dem Artikel wurden die Soldaten größtenteils in russische Militäreinheiten eingegliedert.',
      quote: 'wurden vor allem in russische Militäreinheiten eingegliedert',
    },
    'kursk-counteroffensive': {
      statement: 'Laut dem Artikel nehmen diese Einheiten an Gegenoffensiven gegen ukrainische Stellungen in der Region Kursk teil.',
      quote: 'die an Gegenoffensiven gegen ukrainische Stellungen in der Region Kursk beteiligt sind',
      place: 'Region Kursk',
    },
    'casualties-killed': {
      statement: 'Berichten zufolge wurden über {100} der Soldaten kurz nach ihrer Ankunft getötet.',
      quote:
        'diese Soldaten erlitten erhebliche Verluste; Berichten zufolge gab es kurz nach ihrer Ankunft über {100} Tote und etwa {1000} Verletzte',
    },
    'casualties-injured': {
      statement: 'Berichten zufolge wurden etwa {1000} der Soldaten kurz nach ihrer Ankunft verletzt.',
      quote:
        'diese Soldaten erlitten erhebliche Verluste; Berichten zufolge gab es kurz nach ihrer Ankunft über {100} Tote und etwa {1000} Verletzte',
    },
    'unprepared-for-combat': {
      statement: 'Laut dem Artikel waren die Soldaten auf die Kampfbedingungen, auf die sie trafen, nicht vorbereitet.',
      quote: 'Die Soldaten, vor allem aus dem Elite-Sturmkorps, waren auf die Kampfbedingungen, auf die sie trafen, nicht vorbereitet.',
    },
    'casualties-strain-readiness': {
      statement:
        'Die schweren Verluste könnten Kim Jong-un Sorgen bereiten, ob solche Einsätze durchzuhalten sind und was sie für die Einsatzbereitschaft seines Militärs im eigenen Land bedeuten.',
      quote:
        'Die schweren Verluste könnten bei Kim Jong-un jedoch weitere Sorgen wecken, ob solche Einsätze durchzuhalten sind und wie sie sich auf die Einsatzbereitschaft seines Militärs im eigenen Land auswirken',
    },
    'selectively-trained-soldiers': {
      statement:
        'Laut dem Artikel stammen viele der entsandten Soldaten aus einem der am strengsten ausgewählten und ausgebildeten Teile des Militärs.',
      quote: 'zumal viele der entsandten Soldaten aus einem der am strengsten ausgewählten und ausgebildeten Teile des Militärs stammen.',
    },
    'first-major-overseas-intervention': {
      statement: 'Laut dem Artikel ist dies Nordkoreas erste größere militärische Intervention in einem Konflikt im Ausland.',
      quote: 'ist Nordkoreas erste größere militärische Intervention in einem Konflikt im Ausland.',
    },
    'shift-in-strategy': {
      statement:
        'Laut dem Artikel markiert die Beteiligung einen bedeutsamen Wandel in Nordkoreas Militärstrategie, der das Land näher an Russland rückt.',
      quote:
        'Zusammengefasst zeigt Nordkoreas Beteiligung an diesem Konflikt einen bedeutsamen Wandel seiner militärischen Strategie: Inmitten weltweiter Unsicherheit rückt es enger an Russland heran.',
    },
    'decision-from-north-korea': {
      statement: 'Die Entscheidung, Truppen zu entsenden, ging offenbar von Nordkorea aus und nicht von einer Bitte Russlands.',
      quote: 'Die Entscheidung, Truppen zu entsenden, ging offenbar von Nordkorea aus und nicht auf eine Bitte Russlands zurück.',
    },
    'motive-international-leverage': {
      statement: 'Der US-Geheimdienst deutet an, dass Kim Jong-uns Führung von dem Wunsch nach mehr internationalem Einfluss getrieben ist.',
      quote:
        'Der US-Geheimdienst deutet an, dass Kim Jong-uns Führung strategisch von dem Wunsch nach mehr Einfluss auf der internationalen Bühne geleitet ist.',
    },
    'motive-economy-and-diplomacy': {
      statement:
        'Angesichts wirtschaftlicher Probleme und diplomatischer Ambitionen gilt Nordkoreas Eingreifen als Gelegenheit, die Bindung an Russland zu festigen.',
      quote:
        'Angesichts seiner wirtschaftlichen Probleme und diplomatischen Ambitionen gilt Nordkoreas Eingreifen als Gelegenheit, seine Bindung an Russland zu stärken',
    },
    'motive-future-favors': {
      statement: 'Die militärische Unterstützung gilt als Gegenleistung für mögliche spätere Gefälligkeiten Russlands.',
      quote: 'und dabei militärische Unterstützung im Austausch für mögliche künftige Gefälligkeiten zu leisten.',
    },
    'analysts-kim-wager': {
      statement:
        'Analysten zufolge setzt Kim Jong-un wahrscheinlich darauf, dass ein von seinen Truppen gestütztes, stärkeres Russland seinem Regime bessere internationale Beziehungen und diplomatische Hilfe bringen könnte.',
      quote:
        'Analysten merken an, dass Kim Jong-un wahrscheinlich darauf setzt, dass eine stärkere russische Präsenz, gestützt von nordkoreanischen Truppen, seinem Regime günstige internationale Beziehungen bringen könnte, vor allem auf diplomatischen Bühnen, auf denen der Norden Hilfe sucht.',
    },
    'broader-implications': {
      statement: 'Laut dem Artikel machen die weiterreichenden internationalen Folgen dieser militärischen Unterstützung die Lage komplizierter.',
      quote: 'Die Lage wird durch die weiterreichenden internationalen Folgen einer solchen militärischen Unterstützung zusätzlich verkompliziert.',
    },
    'deeper-alliance': {
      statement:
        'Die Entsendungen könnten auf ein engeres Bündnis zwischen dem lange isolierten Nordkorea und Russland hindeuten, während die Spannungen in Osteuropa wachsen.',
      quote:
        'Die Truppenentsendungen könnten auf ein tieferes Bündnis zwischen dem historisch isolierten Nordkorea und Russland hindeuten, besonders vor dem Hintergrund wachsender Spannungen in Osteuropa.',
    },
    'casualties-shape-strategy': {
      statement: 'Die schweren Verluste könnten Kim Jong-uns künftige Militärstrategien und geopolitische Beziehungen prägen.',
      quote:
        'Die schweren Verluste unter den nordkoreanischen Soldaten könnten künftige Militärstrategien und geopolitische Beziehungen Kim Jong-uns beeinflussen.',
    },
    'outlook-uncertain': {
      statement: 'Laut dem Artikel ist ungewiss, was Nordkorea und seine Führung als Nächstes tun werden.',
      quote: 'die künftigen Schritte und Strategien Nordkoreas und seiner Führung bleiben ungewiss.',
    },
  },
  caveats: {
    'figures-unconfirmed': 'Diese Zahlen werden von ungenannten Quellen berichtet oder geschätzt; der Artikel bestätigt sie nicht.',
    'troop-figures-differ':
      'Der Artikel selbst nennt zwei Truppenzahlen: über {10000} als erste Schätzung und über {11000} in seiner Zusammenfassung.',
    'casualties-early': 'Die Verlustzahlen beziehen sich auf die Zeit kurz nach der Ankunft der Truppen; spätere Verluste sind nicht erfasst.',
    'motives-unnamed-sources':
      'Die Motive stützen sich auf den ungenannten US-Geheimdienst und ungenannte Analysten; wo es heißt, etwas „gilt als“, sagt der Artikel nicht, bei wem.',
    'decision-origin-unsupported':
      'Der Artikel sagt nur, die Entscheidung sei „offenbar“ von Nordkorea ausgegangen; er nennt keine Quelle und keinen Beleg.',
    characterisations:
      '„Elite“, „nicht vorbereitet“, „erste größere“, „bedeutsamer Wandel“ und „am strengsten ausgewählt und ausgebildet“ sind Wertungen des Artikels selbst, keine belegten Befunde.',
    'speculative-consequences': 'Die Folgen sind mit „könnte“, „könnten“ und „wahrscheinlich“ formuliert: Es sind Möglichkeiten, keine Befunde.',
    'no-date-byline-sources':
      'Der Artikel hat kein Datum, keinen Autor und keine genannten Quellen; seine Aussagen lassen sich daher weder zeitlich einordnen noch auf ihren Ursprung prüfen.',
  },
};
