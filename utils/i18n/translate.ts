// One language's words for everything the card and the popup show: UI strings by typed key,
// the facts and caveats, their labels, figures and the page-versus-article comparison, with
// numbers in the reader's locale (Intl). A missing text falls back to English; the catalogs'
// unit test keeps that from happening in a shipped language.
import type { Caveat, Fact, Figure } from '../fact-sheet-types';
import type { Attribution, Certainty } from '../fact-sheet-types';
import type { Comparison } from '../fact-sheet';
import { ENGLISH, type Catalog, type UiKey } from './catalog';
import { CATALOGS } from './catalogs';
import { directionOf, type Locale } from './locales';

export interface Translate {
  /** A UI string; substitutions fill its {placeholders} in the order English names them. */
  (key: UiKey, substitutions?: Array<string | number>): string;
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  /** The topic's name and the note on the article's sources. */
  readonly topic: string;
  readonly sourcesNote: string;
  number(n: number): string;
  aspect(aspect: string): string;
  attribution(a: Attribution): string;
  certainty(c: Certainty): string;
  statement(f: Fact): string;
  /** The quote in this language, or null in English (the quote is the article's own English). */
  quoteTranslation(f: Fact): string | null;
  caveat(c: Caveat): string;
  /** The fact's place in this language ("Kursk region"), or null when the fact names none. */
  place(f: Fact): string | null;
  /** e.g. "over 11,000 troops (later figure)". */
  figure(f: Figure): string;
  /** e.g. "This page: 3,000 troops. Reference article: over 11,000 (over 10,000 at first)". */
  comparison(c: Comparison): string;
}

const PLACEHOLDER = /\{([A-Za-z0-9]+)\}/g;

/** Each UI key's placeholder names, in the order the English string gives them. */
export function placeholderNames(key: UiKey): string[] {
  return [...ENGLISH.ui[key].matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => !/^\d+$/.test(n));
}

// Intl wants a region for Chinese to pick simplified conventions; the rest take the bare tag.
const INTL_TAG: Partial<Record<Locale, string>> = { zh: 'zh-CN' };

const cache = new Map<Locale, Translate>();

export function translate(locale: Locale): Translate {
  let t = cache.get(locale);
  if (!t) cache.set(locale, (t = build(locale)));
  return t;
}

function build(locale: Locale): Translate {
  const cat: Catalog = locale === 'en' ? ENGLISH : CATALOGS[locale];
  // Made on first use: a NumberFormat loads locale data, which a page that never opens a card should not pay for.
  let nf: Intl.NumberFormat | undefined;
  const number = (n: number) => (nf ??= new Intl.NumberFormat(INTL_TAG[locale] ?? locale)).format(n);

  /** Fills {name} from `values` and {12345} with the number in this locale; anything else is left as is. */
  const fill = (template: string, values: Record<string, string> = {}) =>
    template.replace(PLACEHOLDER, (whole, name: string) => (/^\d+$/.test(name) ? number(Number(name)) : (values[name] ?? whole)));
  const ui = (key: UiKey, values?: Record<string, string>) => fill(cat.ui[key] ?? ENGLISH.ui[key], values);

  const t = (key: UiKey, substitutions: Array<string | number> = []) => {
    const names = placeholderNames(key);
    const values: Record<string, string> = {};
    names.forEach((name, i) => {
      const v = substitutions[i];
      if (v !== undefined) values[name] = typeof v === 'number' ? number(v) : v;
    });
    return ui(key, values);
  };

  const amount = (f: Figure) => {
    const key = ({ over: 'amountOver', approximately: 'amountApproximately', 'at least': 'amountAtLeast', exactly: 'amountExactly' } as const)[
      f.qualifier
    ];
    return ui(key, { n: number(f.value) });
  };
  const UNIT = { troops: 'figureTroops', fatalities: 'figureFatalities', injured: 'figureInjured' } as const;
  const PAGE = { troops: 'compareTroops', killed: 'compareKilled', injured: 'compareInjured' } as const;

  const label = (labels: Readonly<Record<string, string | undefined>>, name: string) => labels[name];

  return Object.assign(t, {
    locale,
    dir: directionOf(locale),
    topic: cat.topic,
    sourcesNote: cat.sourcesNote,
    number,
    aspect: (a: string) => label(cat.aspects, a) ?? label(ENGLISH.aspects, a) ?? a,
    attribution: (a: Attribution) => cat.attributions[a] ?? ENGLISH.attributions[a],
    certainty: (c: Certainty) => cat.certainties[c] ?? ENGLISH.certainties[c],
    statement: (f: Fact) => fill(cat.facts[f.id]?.statement ?? f.statement),
    quoteTranslation: (f: Fact) => (locale === 'en' || !cat.facts[f.id] ? null : fill(cat.facts[f.id].quote)),
    caveat: (c: Caveat) => fill(cat.caveats[c.id] ?? c.text),
    place: (f: Fact) => (f.place === undefined ? null : (cat.facts[f.id]?.place ?? f.place)),
    figure(f: Figure) {
      const figure = ui(UNIT[f.unit], { amount: amount(f) });
      if (f.estimate === 'initial') return ui('figureInitial', { figure });
      if (f.estimate === 'later') return ui('figureLater', { figure });
      return figure;
    },
    comparison(c: Comparison) {
      const others = c.others.map((f) => (f.estimate === 'initial' ? ui('compareAtFirst', { amount: amount(f) }) : amount(f)));
      let reference = amount(c.main);
      if (others.length > 0) reference = ui('compareOthers', { main: reference, others: others.join(ui('listSeparator')) });
      if (c.early) reference = ui('compareEarly', { reference });
      return ui('compareLine', { page: ui(PAGE[c.kind], { n: number(c.page) }), reference });
    },
  });
}
