// Português (written for Brazil, readable in Portugal). Hedge terms: see ../TERMS.md.
// Numbers are written {11000}: the reader's locale formats them.
import type { Catalog } from '../catalog';

export const pt: Catalog = {
  ui: {
    cardClose: 'Fechar',
    cardOnThisPage: 'Nesta página:',
    cardFacts: 'Fatos do artigo de referência',
    cardMoreFacts: 'Mais {count} fatos',
    cardCaveats: 'Ressalvas',
    cardSource: 'Fonte:',
    cardUndated: 'sem data nem autor',
    cardOpenSheet: 'Abrir a ficha completa',
    cardDisableSite: 'Desativar neste site',
    cardGapCaptives: 'O artigo de referência não menciona soldados norte-coreanos capturados.',
    factLabels: 'Fonte e grau de certeza',
    quoteOriginal: 'Palavras do artigo (em inglês)',
    quoteTranslation: 'Tradução (nossa, não do artigo)',
    popupNavLabel: 'Seções',
    popupTabPage: 'Esta página',
    popupTabSheet: 'Ficha',
    popupTabSettings: 'Configurações',
    pageLoading: 'Lendo esta página…',
    pageCount: 'Menções nesta página: {count}',
    pageByAspect: 'Do que tratam',
    pageListHeading: 'Ir para uma menção',
    pageListHint: 'Escolha uma para rolar até ela na página e abrir o cartão.',
    pageInFrames: 'Fora da lista: {count} em quadros incorporados nesta página.',
    pageNone: 'Nenhuma menção às tropas norte-coreanas na guerra da Rússia nesta página.',
    pageNoneHint: 'As páginas são lidas à medida que mudam: menções que aparecerem depois serão contadas quando aparecerem.',
    pageUnavailable: 'O Kursk Context não consegue ler esta página.',
    pageUnavailableWhy:
      'Os navegadores mantêm as extensões fora das suas próprias páginas, das lojas de complementos e do leitor de PDF. Se esta aba já estava aberta quando a extensão foi instalada ou atualizada, recarregue a página.',
    pageNoAccess: 'O Kursk Context não tem acesso aos sites.',
    pageNoAccessWhy:
      'O acesso aos sites não foi concedido, então a extensão não pode procurar menções. Ela lê as páginas só neste dispositivo e não envia nada para lugar nenhum.',
    pageGrantAccess: 'Permitir acesso aos sites',
    pageOffEverywhere: 'O Kursk Context está desativado.',
    pageTurnOn: 'Ativar',
    pageOffSite: 'O Kursk Context está desativado neste site.',
    pageTurnOnSite: 'Ativar em {host}',
    pageOffSiteUnknown: 'Reative-o na lista de sites, em Configurações.',
    sheetIntro: 'Cada fato vem de um único artigo, nas palavras dele, com quem afirma e com que certeza.',
    sheetOpenTab: 'Abrir a ficha em uma aba',
    sheetAppliesTo: 'Vale para: {aspects}',
    sheetAppliesToAll: 'Vale para todos os fatos',
    sheetSourceNone: 'Não há link, data nem autor, e nada disso é inventado aqui.',
    settingsEnabled: 'Destacar menções nas páginas da web',
    settingsStyle: 'Estilo do destaque',
    styleUnderline: 'Sublinhado ondulado',
    styleBackground: 'Cor de fundo',
    styleBoth: 'Sublinhado e fundo',
    settingsTrigger: 'Abrir o cartão',
    triggerHover: 'Quando aponto para um destaque',
    triggerClick: 'Quando clico em um destaque',
    settingsLanguage: 'Idioma do cartão e desta janela',
    languageBrowser: 'Idioma do navegador',
    languagePage: 'Idioma da página, se for um dos nossos',
    languageEnglish: 'Inglês',
    settingsSites: 'Desativado nestes sites',
    settingsNoSites: 'Nenhum site desativado.',
    settingsSiteOn: 'Ativar',
    settingsSiteOnFor: 'Ativar em {host}',
    settingsDisableHere: 'Desativar em {host}',
    settingsSaved: 'Salvo. As abas abertas são atualizadas na hora.',
    settingsPrivacy: 'As configurações ficam neste navegador. Nada é enviado para lugar nenhum.',
    keyHeading: 'Números-chave do artigo de referência',
    keyTroops: 'Tropas',
    keyWhere: 'Onde',
    keyLosses: 'Baixas',
    keySince: 'Desde quando',
    keyUnconfirmed: 'Não confirmado',
    keyUndated: 'Não informado: o artigo não dá nenhuma data',
    keyUnsaid: 'O artigo não diz',
    amountOver: 'mais de {n}',
    amountApproximately: 'cerca de {n}',
    amountAtLeast: 'pelo menos {n}',
    amountExactly: '{n}',
    figureTroops: '{amount} soldados',
    figureFatalities: '{amount} mortos',
    figureInjured: '{amount} feridos',
    figureInitial: '{figure} (estimativa inicial)',
    figureLater: '{figure} (número posterior)',
    compareTroops: '{n} soldados',
    compareKilled: '{n} mortos',
    compareInjured: '{n} feridos',
    compareLine: 'Esta página: {page}. Artigo de referência: {reference}',
    compareOthers: '{main} ({others})',
    compareAtFirst: '{amount} no início',
    compareEarly: '{reference}, pouco depois da chegada',
    listSeparator: '; ',
  },
  topic: 'Tropas norte-coreanas na guerra da Rússia contra a Ucrânia',
  sourcesNote: 'O artigo não nomeia nenhuma fonte: cita “relatos”, a “inteligência americana” e “analistas” sem identificá-los.',
  aspects: {
    numbers: 'Número de soldados',
    units: 'Unidades',
    location: 'Onde combatem',
    casualties: 'Baixas',
    readiness: 'Preparo',
    significance: 'Alcance',
    decision: 'De quem foi a decisão',
    motives: 'Motivos',
    analysis: 'Visão dos analistas',
    implications: 'Consequências',
    outlook: 'Perspectivas',
    captives: 'Soldados capturados',
    general: 'O envio de tropas',
  },
  attributions: {
    reports: 'Relatos sem fonte',
    'us-intelligence': 'Inteligência americana (sem nomes)',
    analysts: 'Analistas sem nome',
    article: 'Palavras do próprio artigo',
  },
  certainties: {
    reported: 'Segundo relatos',
    estimated: 'Estimativa',
    assessed: 'Avaliação',
    characterisation: 'Qualificação do artigo',
    speculation: 'Especulação',
  },
  facts: {
    'troops-over-11000': {
      statement: 'Segundo relatos, a Coreia do Norte teria enviado mais de {11000} soldados para lutar ao lado das forças russas na Ucrânia.',
      quote: 'Segundo relatos, a Coreia do Norte teria enviado mais de {11000} soldados para se juntar às forças russas que combatem na Ucrânia.',
    },
    'troops-initially-over-10000': {
      statement: 'O envio foi estimado inicialmente em mais de {10000} soldados.',
      quote: 'Esse envio, estimado inicialmente em mais de {10000} soldados,',
    },
    'significant-contingent': {
      statement:
        'Segundo o artigo, a Coreia do Norte enviou um contingente considerável de suas forças para apoiar a guerra da Rússia contra a Ucrânia.',
      quote: 'A Coreia do Norte enviou um contingente considerável de suas forças armadas para apoiar a guerra que a Rússia trava contra a Ucrânia.',
    },
    'storm-corps': {
      statement: 'Segundo o artigo, os soldados vêm sobretudo do Corpo Tempestade, que o artigo chama de elite.',
      quote: 'Os soldados norte-coreanos, vindos sobretudo do Corpo de elite “Tempestade”,',
    },
    'integrated-into-russian-units': {
      statement: 'Segundo o artigo, os soldados foram em sua maioria incorporados a unidades militares russas.',
      quote: 'foram incorporados principalmente a unidades militares russas',
    },
    'kursk-counteroffensive': {
      statement: 'Segundo o artigo, essas unidades participam de contraofensivas contra posições ucranianas na região de Kursk.',
      quote: 'envolvidas em operações de contraofensiva contra posições ucranianas na região de Kursk',
      place: 'região de Kursk',
    },
    'casualties-killed': {
      statement: 'Segundo relatos, mais de {100} desses soldados teriam morrido pouco depois de chegar.',
      quote:
        'esses soldados sofreram baixas consideráveis: os relatos indicam mais de {100} mortos e cerca de {1000} feridos pouco depois da chegada',
    },
    'casualties-injured': {
      statement: 'Segundo relatos, cerca de {1000} desses soldados teriam ficado feridos pouco depois de chegar.',
      quote:
        'esses soldados sofreram baixas consideráveis: os relatos indicam mais de {100} mortos e cerca de {1000} feridos pouco depois da chegada',
    },
    'unprepared-for-combat': {
      statement: 'Segundo o artigo, os soldados não estavam preparados para as condições de combate que encontraram.',
      quote: 'Os soldados, vindos sobretudo do Corpo de elite Tempestade, não estavam preparados para as condições de combate que encontraram.',
    },
    'casualties-strain-readiness': {
      statement:
        'As pesadas perdas podem preocupar Kim Jong-un quanto a manter esses envios e ao efeito deles sobre o preparo de suas forças no próprio país.',
      quote:
        'As pesadas baixas podem, porém, aumentar as preocupações de Kim Jong-un quanto à sustentabilidade desse tipo de envolvimento e ao impacto sobre o preparo de suas forças no próprio país',
    },
    'selectively-trained-soldiers': {
      statement:
        'Segundo o artigo, muitos dos soldados enviados vêm de um dos setores mais criteriosamente selecionados e treinados das forças armadas.',
      quote: 'sobretudo porque muitos dos soldados enviados vêm de um dos setores mais criteriosamente selecionados e treinados das forças armadas.',
    },
    'first-major-overseas-intervention': {
      statement: 'Segundo o artigo, esta é a primeira grande intervenção militar da Coreia do Norte em um conflito no exterior.',
      quote: 'marca a primeira grande intervenção militar da Coreia do Norte em um conflito no exterior.',
    },
    'shift-in-strategy': {
      statement: 'Segundo o artigo, a participação marca uma mudança decisiva na estratégia militar da Coreia do Norte e a aproxima da Rússia.',
      quote:
        'Em resumo, a participação da Coreia do Norte neste conflito mostra uma mudança decisiva em sua estratégia de envolvimento militar, que a aproxima da Rússia em meio às incertezas globais.',
    },
    'decision-from-north-korea': {
      statement: 'A decisão de enviar tropas parece ter partido da Coreia do Norte, e não de um pedido russo.',
      quote: 'A decisão de enviar tropas parece ter partido da Coreia do Norte, e não de um pedido da Rússia.',
    },
    'motive-international-leverage': {
      statement: 'A inteligência americana sugere que a liderança de Kim Jong-un é movida pelo desejo de ter mais peso no plano internacional.',
      quote:
        'A inteligência americana sugere que a liderança de Kim Jong-un tem sido estrategicamente motivada pelo desejo de ter mais peso no cenário internacional.',
    },
    'motive-economy-and-diplomacy': {
      statement:
        'Diante de seus problemas econômicos e ambições diplomáticas, a intervenção da Coreia do Norte é vista como uma chance de estreitar os laços com a Rússia.',
      quote:
        'Diante de suas dificuldades econômicas e aspirações de influência diplomática, a intervenção da Coreia do Norte é vista como uma oportunidade de fortalecer seus laços com a Rússia',
    },
    'motive-future-favors': {
      statement: 'O apoio militar é visto como dado em troca de possíveis favores futuros da Rússia.',
      quote: 'ao mesmo tempo que fornece apoio militar em troca de possíveis favores futuros.',
    },
    'analysts-kim-wager': {
      statement:
        'Segundo analistas, Kim Jong-un provavelmente aposta que uma Rússia mais forte, apoiada por suas tropas, pode render a seu regime melhores relações internacionais e ajuda diplomática.',
      quote:
        'Analistas observam que Kim Jong-un provavelmente aposta que uma presença russa mais forte, apoiada por tropas norte-coreanas, pode levar a relações internacionais favoráveis a seu regime, sobretudo em diversos fóruns diplomáticos onde o Norte deseja ajuda.',
    },
    'broader-implications': {
      statement: 'Segundo o artigo, as implicações internacionais mais amplas desse apoio militar complicam a situação.',
      quote: 'A situação é ainda mais complicada pelas implicações internacionais mais amplas desse tipo de apoio militar.',
    },
    'deeper-alliance': {
      statement:
        'Os envios poderiam indicar uma aliança mais profunda entre a Coreia do Norte, isolada há muito tempo, e a Rússia, enquanto crescem as tensões no Leste Europeu.',
      quote:
        'Os envios de tropas poderiam significar uma aliança mais profunda entre a Coreia do Norte, historicamente isolada, e a Rússia, sobretudo num contexto de tensões crescentes no Leste Europeu.',
    },
    'casualties-shape-strategy': {
      statement: 'As pesadas baixas podem influenciar as futuras estratégias militares e as relações geopolíticas de Kim Jong-un.',
      quote:
        'As pesadas baixas entre as tropas norte-coreanas podem influenciar futuras estratégias militares e relações geopolíticas de Kim Jong-un.',
    },
    'outlook-uncertain': {
      statement: 'Segundo o artigo, o que a Coreia do Norte e sua liderança farão a seguir continua incerto.',
      quote: 'as ações e estratégias futuras da Coreia do Norte e de sua liderança continuam incertas.',
    },
  },
  caveats: {
    'figures-unconfirmed': 'Esses números vêm de relatos ou estimativas de fontes sem nome; o artigo não os confirma.',
    'troop-figures-differ': 'O próprio artigo dá dois números de soldados: mais de {10000} como estimativa inicial e mais de {11000} no resumo.',
    'casualties-early': 'Os números de baixas se referem ao período logo após a chegada das tropas; perdas posteriores não estão incluídas.',
    'motives-unnamed-sources':
      'Os motivos se apoiam em inteligência americana e analistas sem nome; onde o artigo diz “é vista como”, não diz por quem.',
    'decision-origin-unsupported': 'O artigo diz apenas que a decisão “parece” ter partido da Coreia do Norte; não cita fonte nem apresenta provas.',
    characterisations:
      '“Elite”, “não preparados”, “primeira grande”, “mudança decisiva” e “mais criteriosamente selecionados e treinados” são qualificações do próprio artigo, não conclusões com fonte.',
    'speculative-consequences': 'As consequências são formuladas com “pode”, “podem” e “poderiam”: são possibilidades, não conclusões.',
    'no-date-byline-sources':
      'O artigo não tem data, autor nem fontes com nome, então suas afirmações não podem ser situadas no tempo nem verificadas na origem.',
  },
};
