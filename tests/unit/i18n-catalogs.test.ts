import { describe, expect, it } from 'vitest';
import { factSheet, referenceComparison } from '../../utils/fact-sheet';
import { ATTRIBUTIONS, CERTAINTIES, FIGURE_KINDS, type Figure } from '../../utils/fact-sheet-types';
import { ENGLISH, type UiKey } from '../../utils/i18n/catalog';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { ATTRIBUTION_HEDGE, CAVEAT_HEDGES, CERTAINTY_HEDGE, HEDGES, HEDGE_KINDS, carriesHedge, hedgesOfFact } from '../../utils/i18n/hedges';
import { LOCALES, type Locale } from '../../utils/i18n/locales';
import { placeholderNames, translate, type Translate } from '../../utils/i18n/translate';
import { keyFigures, markersOf, type Marker } from '../../utils/key-figures';
import { numbersIn } from './numbers-in';

// Every language must say what the English says: each fact and caveat, the same numbers, the
// same hedges, and no placeholder left for the reader to see.

// Words that are spelt the same in English and this language.
const SAME_WORD: Partial<Record<Locale, UiKey[]>> = { fr: ['popupNavLabel'] };
const LEFT_OVER = /\{[A-Za-z0-9]+\}|\$\d|\$[A-Z]+\$/;
const en = translate('en');
const others = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');
const uiKeys = Object.keys(ENGLISH.ui).filter((k): k is UiKey => k in ENGLISH.ui);
const figures: Figure[] = factSheet.facts.flatMap((f) => f.figures ?? []);
const markerText = (t: Translate, m: Marker) => (m.kind === 'certainty' ? t.certainty(m.value) : t.attribution(m.value));

describe('the hedge check', () => {
  it('finds its words in the English facts, caveats and labels (its own reference)', () => {
    for (const f of factSheet.facts)
      for (const kind of hedgesOfFact(f.attribution, f.certainty)) expect(carriesHedge('en', kind, f.statement), `${f.id}: ${kind}`).toBe(true);
    for (const c of factSheet.caveats)
      for (const kind of CAVEAT_HEDGES[c.id] ?? []) expect(carriesHedge('en', kind, c.text), `${c.id}: ${kind}`).toBe(true);
  });

  it('has words for every kind of hedge in every language', () => {
    for (const locale of LOCALES) for (const kind of HEDGE_KINDS) expect(HEDGES[locale][kind].length, `${locale} ${kind}`).toBeGreaterThan(0);
  });

  it('fails a text that drops its hedge', () => {
    expect(carriesHedge('de', 'reported', 'Nordkorea hat über 11.000 Soldaten entsandt.')).toBe(false);
    expect(carriesHedge('de', 'reported', 'Berichten zufolge hat Nordkorea Soldaten entsandt.')).toBe(true);
    // At a word's start only: "may" is not found in "dismay".
    expect(carriesHedge('en', 'possible', 'to their dismay')).toBe(false);
  });

  it('reads numbers in every locale’s format', () => {
    expect(numbersIn('over 11,000 (10,000 at first), 100')).toEqual([100, 10000, 11000]);
    expect(numbersIn('über 11.000 Soldaten')).toEqual([11000]);
    expect(numbersIn('plus de 11\u202f000 soldats')).toEqual([11000]);
    expect(numbersIn('أكثر من ١١٬٠٠٠ جندي')).toEqual([11000]);
    expect(numbersIn('unos 1000 heridos')).toEqual([1000]);
  });
});

describe.each(others)('catalog %s', (locale) => {
  const cat = CATALOGS[locale];
  const t = translate(locale);

  it('has every fact and caveat of the fact sheet, and nothing else', () => {
    expect(Object.keys(cat.facts).sort()).toEqual(factSheet.facts.map((f) => f.id).sort());
    expect(Object.keys(cat.caveats).sort()).toEqual(factSheet.caveats.map((c) => c.id).sort());
    for (const f of factSheet.facts) {
      expect(cat.facts[f.id].statement.trim(), f.id).not.toBe('');
      expect(cat.facts[f.id].quote.trim(), f.id).not.toBe('');
    }
    for (const c of factSheet.caveats) expect(cat.caveats[c.id].trim(), c.id).not.toBe('');
  });

  it('keeps the English numbers in each statement, quote and caveat', () => {
    for (const f of factSheet.facts) {
      expect(numbersIn(t.statement(f)), `${f.id} statement`).toEqual(numbersIn(f.statement));
      expect(numbersIn(t.quoteTranslation(f)!), `${f.id} quote`).toEqual(numbersIn(f.quote));
    }
    for (const c of factSheet.caveats) expect(numbersIn(t.caveat(c)), c.id).toEqual(numbersIn(c.text));
    for (const fig of figures) expect(numbersIn(t.figure(fig)), t.figure(fig)).toEqual(numbersIn(en.figure(fig)));
    for (const kind of FIGURE_KINDS) {
      const c = referenceComparison(kind, 3000)!;
      expect(numbersIn(t.comparison(c)), kind).toEqual(numbersIn(en.comparison(c)));
    }
  });

  it('expresses each fact’s certainty and source with its own hedge words', () => {
    for (const f of factSheet.facts)
      for (const kind of hedgesOfFact(f.attribution, f.certainty))
        expect(carriesHedge(locale, kind, t.statement(f)), `${f.id} lacks a "${kind}" hedge: ${t.statement(f)}`).toBe(true);
    for (const c of factSheet.caveats)
      for (const kind of CAVEAT_HEDGES[c.id] ?? [])
        expect(carriesHedge(locale, kind, t.caveat(c)), `${c.id} lacks a "${kind}" hedge: ${t.caveat(c)}`).toBe(true);
    for (const a of ATTRIBUTIONS) expect(carriesHedge(locale, ATTRIBUTION_HEDGE[a], t.attribution(a)), a).toBe(true);
    for (const c of CERTAINTIES) expect(carriesHedge(locale, CERTAINTY_HEDGE[c], t.certainty(c)), c).toBe(true);
  });

  it('names every fact’s place, and keeps the hedges of the popup’s key figures', () => {
    for (const f of factSheet.facts.filter((x) => x.place)) {
      expect(cat.facts[f.id].place?.trim(), f.id).toBeTruthy();
      expect(t.place(f), f.id).not.toBe(f.place);
    }
    // A key figure's markers carry every hedge its fact's statement must (any fact, so any future key figure).
    for (const f of factSheet.facts) {
      const said = markersOf(f)
        .map((m) => markerText(t, m))
        .join(' ');
      for (const kind of hedgesOfFact(f.attribution, f.certainty))
        expect(carriesHedge(locale, kind, said), `${f.id}: ${kind} in "${said}"`).toBe(true);
    }
    expect(carriesHedge(locale, 'unconfirmed', t('keyUnconfirmed'))).toBe(true);
    for (const row of keyFigures()) {
      for (const p of row.parts) {
        for (const v of p.values) if (v.kind === 'figure') expect(numbersIn(t.figure(v.figure))).toEqual(numbersIn(en.figure(v.figure)));
      }
    }
  });

  it('uses the English placeholders and leaves none unfilled', () => {
    for (const key of uiKeys) {
      const names = (s: string) => [...s.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();
      expect(names(cat.ui[key]), key).toEqual(names(ENGLISH.ui[key]));
      const filled = t(
        key,
        placeholderNames(key).map(() => 'x'),
      );
      expect(filled, key).not.toMatch(LEFT_OVER);
    }
    const texts = [
      ...factSheet.facts.flatMap((f) => [t.statement(f), t.quoteTranslation(f)!]),
      ...factSheet.caveats.map((c) => t.caveat(c)),
      ...figures.map((f) => t.figure(f)),
      ...FIGURE_KINDS.map((k) => t.comparison(referenceComparison(k, 3000)!)),
      t.topic,
      t.sourcesNote,
    ];
    for (const text of texts) expect(text, text).not.toMatch(LEFT_OVER);
  });

  it('really translates: the facts and the UI differ from English', () => {
    for (const f of factSheet.facts) expect(t.statement(f)).not.toBe(f.statement);
    const same = uiKeys.filter((k) => cat.ui[k] === ENGLISH.ui[k] && !SAME_WORD[locale]?.includes(k));
    // Only templates that are nothing but placeholders ("{n}", "{main} ({others})") may match.
    for (const k of same) expect(ENGLISH.ui[k].replace(/\{[a-z]+\}/gi, '').replace(/[\s();]/g, ''), k).toBe('');
  });
});
