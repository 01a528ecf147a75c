// Each language's words for the article's hedges: one home, read by the catalogs' test, which
// checks that every hedged fact, caveat and label keeps one (TERMS.md explains the choices).
// A term matches at the start of a word (any ending: "estimat" finds "estimated"), except in
// Chinese and Japanese, which do not space words, where it matches anywhere.
import type { Attribution, Certainty } from '../fact-sheet-types';
import type { Locale } from './locales';

export const HEDGE_KINDS = [
  'reported', // "reportedly", "reports indicate"
  'estimated', // "estimated", "estimate"
  'us-intelligence', // "according to U.S. intelligence"
  'analysts', // "analysts say"
  'unconfirmed', // "the article does not confirm them"
  'article', // "according to the article": its own, unsourced words
  'assessed', // "appears", "is seen as", "suggests"
  'possible', // "may", "might", "could", "likely"
] as const;
export type HedgeKind = (typeof HEDGE_KINDS)[number];

export const HEDGES: Record<Locale, Record<HedgeKind, string[]>> = {
  en: {
    reported: ['reportedly', 'report'],
    estimated: ['estimat'],
    'us-intelligence': ['u.s. intelligence'],
    analysts: ['analyst'],
    unconfirmed: ['does not confirm', 'unconfirmed'],
    article: ['according to the article', "the article's", 'article'],
    assessed: ['appear', 'seen as', 'suggest', 'assess'],
    possible: ['may', 'might', 'could', 'likely', 'speculat'],
  },
  ko: {
    reported: ['보도'],
    estimated: ['추산', '추정'],
    'us-intelligence': ['미국 정보당국'],
    analysts: ['분석가'],
    unconfirmed: ['확인하지 않', '확인되지 않'],
    article: ['기사에 따르면', '기사'],
    assessed: ['것으로 보인다', '보인다', '여겨진다', '시사', '평가'],
    possible: ['수 있', '수도 있', '가능성', '추측'],
  },
  ru: {
    reported: ['по сообщениям', 'сообщени'],
    estimated: ['оцен'],
    'us-intelligence': ['разведк'],
    analysts: ['аналитик'],
    unconfirmed: ['не подтвержд'],
    article: ['по данным статьи', 'стать'],
    assessed: ['по-видимому', 'рассматривается как', 'как считается', 'предполага', 'оценка'],
    possible: ['может', 'могут', 'вероятно', 'возможн', 'предположени'],
  },
  uk: {
    reported: ['за повідомленнями', 'повідомлен'],
    estimated: ['оцін', 'оцінк'],
    'us-intelligence': ['розвідк'],
    analysts: ['аналітик'],
    unconfirmed: ['не підтвердж'],
    article: ['за даними статті', 'статт'],
    assessed: ['схоже', 'розглядають як', 'як вважають', 'припуска', 'оцінка'],
    possible: ['може', 'можуть', 'імовірно', 'можлив', 'припущен'],
  },
  ja: {
    reported: ['報道'],
    estimated: ['推定'],
    'us-intelligence': ['米情報機関'],
    analysts: ['アナリスト'],
    unconfirmed: ['確認していません', '確認されていない', '未確認'],
    article: ['記事によると', '記事'],
    assessed: ['とみられる', '見なされている', '示唆', '見立て'],
    possible: ['かもしれない', '可能性', '推測'],
  },
  zh: {
    reported: ['据报道', '报道'],
    estimated: ['估计'],
    'us-intelligence': ['美国情报'],
    analysts: ['分析人士'],
    unconfirmed: ['并未证实', '未证实'],
    article: ['文章称', '文章'],
    assessed: ['似乎', '被视为', '显示', '研判'],
    possible: ['可能', '或许', '推测'],
  },
  de: {
    reported: ['berichten zufolge', 'bericht'],
    estimated: ['geschätzt', 'schätzung'],
    'us-intelligence': ['us-geheimdienst'],
    analysts: ['analyst'],
    unconfirmed: ['bestätigt sie nicht', 'nicht bestätigt', 'unbestätigt'],
    article: ['laut dem artikel', 'artikel'],
    assessed: ['offenbar', 'gilt', 'deutet an', 'einschätzung'],
    possible: ['könnte', 'kann', 'wahrscheinlich', 'möglich', 'vermutung'],
  },
  fr: {
    reported: ['selon des informations', 'information', 'aurait', 'rapporté'],
    estimated: ['estim'],
    'us-intelligence': ['renseignement américain'],
    analysts: ['analyste'],
    unconfirmed: ['ne les confirme pas', 'non confirmé'],
    article: ['selon l’article', 'article'],
    assessed: ['semble', 'perçu comme', 'perçue comme', 'laisse entendre', 'évaluation'],
    possible: ['pourrai', 'peut', 'probablement', 'hypothèse', 'conditionnel'],
  },
  es: {
    reported: ['según informes', 'informe', 'habría'],
    estimated: ['estim'],
    'us-intelligence': ['inteligencia estadounidense'],
    analysts: ['analista'],
    unconfirmed: ['no las confirma', 'sin confirmar'],
    article: ['según el artículo', 'artículo'],
    assessed: ['parece', 'se ve como', 'sugiere', 'valoración'],
    possible: ['podría', 'puede', 'probablemente', 'especulación'],
  },
  it: {
    reported: ['secondo quanto riportato', 'riportat', 'avrebbe', 'sarebbero', 'notizie'],
    estimated: ['stim'],
    'us-intelligence': ['intelligence statunitense'],
    analysts: ['analist'],
    unconfirmed: ['non le conferma', 'non confermat'],
    article: ['secondo l’articolo', 'articolo'],
    assessed: ['sembra', 'è visto come', 'suggerisce', 'valutazione'],
    possible: ['potrebbe', 'può', 'probabilmente', 'ipotesi'],
  },
  pt: {
    reported: ['segundo relatos', 'relato', 'teria'],
    estimated: ['estim'],
    'us-intelligence': ['inteligência americana'],
    analysts: ['analista'],
    unconfirmed: ['não os confirma', 'não confirmad'],
    article: ['segundo o artigo', 'artigo'],
    assessed: ['parece', 'é vista como', 'é visto como', 'sugere', 'avaliação'],
    possible: ['pode', 'poderia', 'provavelmente', 'especulação'],
  },
  ar: {
    reported: ['بحسب تقارير', 'تفيد تقارير', 'تقارير'],
    estimated: ['تقدير', 'تقديرات'],
    'us-intelligence': ['الاستخبارات الأمريكية'],
    analysts: ['محلل', 'ومحلل'],
    unconfirmed: ['لا يؤكدها', 'غير مؤكد'],
    article: ['بحسب المقال', 'المقال'],
    assessed: ['يبدو', 'يُنظر', 'تشير', 'تقييم'],
    possible: ['قد', 'وقد', 'ربما', 'على الأرجح', 'احتمال', 'تخمين'],
  },
};

/** The hedges a fact's words must keep: who says it (unless the article itself) and how firmly. */
export function hedgesOfFact(attribution: Attribution, certainty: Certainty): HedgeKind[] {
  const kinds = new Set<HedgeKind>();
  if (attribution === 'reports') kinds.add('reported');
  if (attribution === 'us-intelligence') kinds.add('us-intelligence');
  if (attribution === 'analysts') kinds.add('analysts');
  if (certainty === 'estimated') kinds.add('estimated');
  if (certainty === 'assessed') kinds.add('assessed');
  if (certainty === 'speculation') kinds.add('possible');
  // The article's own claims, stated or characterised, say that they are the article's.
  if (attribution === 'article' && (certainty === 'reported' || certainty === 'characterisation')) kinds.add('article');
  return [...kinds];
}

/** The hedges a caveat must keep, by caveat id (the others carry no hedge word of their own). */
export const CAVEAT_HEDGES: Record<string, HedgeKind[]> = {
  'figures-unconfirmed': ['reported', 'estimated', 'unconfirmed'],
  'motives-unnamed-sources': ['us-intelligence', 'analysts'],
  'decision-origin-unsupported': ['assessed'],
  characterisations: ['article'],
  'speculative-consequences': ['possible'],
};

/** The hedge each label must name. */
export const ATTRIBUTION_HEDGE: Record<Attribution, HedgeKind> = {
  reports: 'reported',
  'us-intelligence': 'us-intelligence',
  analysts: 'analysts',
  article: 'article',
};
export const CERTAINTY_HEDGE: Record<Certainty, HedgeKind> = {
  reported: 'reported',
  estimated: 'estimated',
  assessed: 'assessed',
  characterisation: 'article',
  speculation: 'possible',
};

const UNSPACED: ReadonlySet<Locale> = new Set(['ja', 'zh']);

/** Does `text` carry one of `locale`'s words for `kind`? */
export function carriesHedge(locale: Locale, kind: HedgeKind, text: string): boolean {
  const lower = text.toLocaleLowerCase(locale);
  return HEDGES[locale][kind].some((term) => {
    const t = term.toLocaleLowerCase(locale);
    if (UNSPACED.has(locale)) return lower.includes(t);
    let at = lower.indexOf(t);
    while (at >= 0) {
      if (at === 0 || !/[\p{L}\p{M}]/u.test(lower[at - 1])) return true;
      at = lower.indexOf(t, at + 1);
    }
    return false;
  });
}
