import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ASPECTS,
  ASPECT_LABELS,
  ATTRIBUTIONS,
  ATTRIBUTION_LABELS,
  CERTAINTIES,
  CERTAINTY_LABELS,
  isAspect,
  isAttribution,
  isCertainty,
  type Fact,
  type Figure,
  type FigureKind,
} from '../../utils/fact-sheet-types';
import {
  caveatsFor,
  factSheet,
  factsByAspect,
  factsForAspect,
  referenceComparison,
  referenceFigures,
  validateFactSheet,
} from '../../utils/fact-sheet';
import { translate } from '../../utils/i18n/translate';
import { parseRawSheet, sheetText, type RawSheet } from './raw-sheet';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const articleRaw = readFileSync(`${repoRoot}assets/reference/article.txt`, 'utf8');
const rawSheet = parseRawSheet();
/** The sheet's one fact with a place (the tests that break it need one). */
function placed(s: RawSheet): Record<string, unknown> {
  const fact = s.facts.find((f) => typeof f.place === 'string');
  if (!fact) throw new Error('assets/fact-sheet.json: no fact has a place');
  return fact;
}

// Only whitespace is normalised: apostrophes, quotes and case must match the article exactly.
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const article = squash(articleRaw);
const facts = factSheet.facts;
const en = new Intl.NumberFormat('en-US');

const QUOTE_HEDGES = ['reportedly', 'estimated', 'appears', 'suggests', 'likely', 'may', 'might', 'could', 'seen as', 'reports indicating'];
const STATEMENT_HEDGES = ['reportedly', 'estimated', 'appears', 'likely', 'may', 'might', 'could', 'suggests', 'reports', 'seen as', 'according to'];
const hasWord = (text: string, words: string[]) => words.some((w) => new RegExp(`\\b${w.replace(/ /g, '\\s+')}\\b`, 'i').test(text));

const cardIndex = (f: Fact) => ASPECTS.indexOf(f.aspect) * 1000 + facts.indexOf(f);
const inCardOrder = (list: Fact[]) => list.every((f, i) => i === 0 || cardIndex(list[i - 1]) < cardIndex(f));

// A deep copy of the real sheet to break in one place per test.
const cloneSheet = parseRawSheet;

describe('fact sheet data: grounded in the article', () => {
  it('article meta: verbatim title, no invented date, byline or URL', () => {
    expect(factSheet.article.title).toBe(articleRaw.split(/\r?\n/)[0]);
    expect(factSheet.article.dated).toBeNull();
    expect(factSheet.article.byline).toBeNull();
    expect(factSheet.article.url).toBeNull();
    for (const cited of ['"reports"', '"U.S. intelligence"', '"analysts"']) {
      expect(factSheet.article.sources_note).toContain(cited);
    }
    expect(factSheet.topic.id).toBe('dprk-troops-russia');
  });

  it('every quote occurs verbatim in the article', () => {
    const missing = facts.filter((f) => !article.includes(squash(f.quote))).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it("keeps the article's single curly apostrophe where it occurs", () => {
    const fact = facts.find((f) => f.quote.includes('intervention is seen as'));
    expect(fact?.quote).toContain('North Korea\u2019s intervention');
  });

  it("every figure's number (and its qualifier) appears in its quote as written", () => {
    const withFigures = facts.filter((f) => f.figures?.length);
    expect(withFigures.length).toBeGreaterThanOrEqual(4);
    for (const f of withFigures) {
      for (const fig of f.figures ?? []) {
        const written = en.format(fig.value);
        expect(f.quote, f.id).toContain(written);
        if (fig.qualifier !== 'exactly') expect(f.quote, f.id).toContain(`${fig.qualifier} ${written}`);
      }
    }
  });

  it('every fact has a valid aspect, attribution and certainty', () => {
    for (const f of rawSheet.facts) {
      expect(isAspect(f.aspect), `${String(f.id)} aspect`).toBe(true);
      expect(isAttribution(f.attribution), `${String(f.id)} attribution`).toBe(true);
      expect(isCertainty(f.certainty), `${String(f.id)} certainty`).toBe(true);
    }
  });

  it('attributions match who the quote names', () => {
    for (const f of facts) {
      if (f.attribution === 'reports') expect(f.quote, f.id).toMatch(/\breport/i);
      if (f.attribution === 'us-intelligence') expect(f.quote, f.id).toContain('U.S. intelligence');
      if (f.attribution === 'analysts') expect(f.quote, f.id).toMatch(/\bAnalysts\b/);
    }
  });

  it('fact and caveat ids are unique and kebab-case', () => {
    const ids = facts.map((f) => f.id);
    const caveatIds = factSheet.caveats.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(caveatIds).size).toBe(caveatIds.length);
    for (const id of [...ids, ...caveatIds]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("every caveat's applies_to points at existing facts", () => {
    const ids = new Set(facts.map((f) => f.id));
    for (const c of factSheet.caveats) {
      expect(c.applies_to.length, c.id).toBeGreaterThan(0);
      for (const ref of c.applies_to) expect(ids.has(ref), `${c.id} -> ${ref}`).toBe(true);
    }
  });

  it("statements keep the quote's hedge", () => {
    const hedged = facts.filter((f) => hasWord(f.quote, QUOTE_HEDGES));
    expect(hedged.length).toBeGreaterThan(5);
    const lost = hedged.filter((f) => !hasWord(f.statement, STATEMENT_HEDGES)).map((f) => f.id);
    expect(lost).toEqual([]);
  });

  it('every statement carries a hedge or attribution (the article names no sources)', () => {
    const bare = facts.filter((f) => !hasWord(f.statement, STATEMENT_HEDGES)).map((f) => f.id);
    expect(bare).toEqual([]);
  });

  it('no fact carries a URL or date, and the sheet holds no URL or year', () => {
    for (const f of rawSheet.facts) {
      for (const [key, value] of Object.entries(f)) {
        if (/url|date|link|time|published/i.test(key)) expect(value ?? null, `${String(f.id)}.${key}`).toBeNull();
      }
    }
    expect(sheetText).not.toMatch(/https?:\/\/|www\./i);
    expect(sheetText).not.toMatch(/\b(19|20)\d\d\b/);
  });

  it('every aspect the article covers has at least one fact', () => {
    // The article touches all eleven aspects of the card.
    for (const aspect of ASPECTS)
      expect(
        facts.some((f) => f.aspect === aspect),
        aspect,
      ).toBe(true);
  });

  it("covers each of the article's claims", () => {
    const phrases = [
      '11,000',
      '10,000',
      'significant contingent',
      'Storm',
      'integrated into Russian military units',
      'Kursk',
      '100 fatalities',
      '1,000 injured',
      'unprepared',
      'first major',
      'momentous shift',
      'originated from North Korea',
      'leverage',
      'economic challenges',
      'future favors',
      'wagering',
      'alliance',
      'broader international implications',
      'readiness',
      'selectively trained',
      'may influence future military strategies',
      'uncertain',
    ];
    const uncovered = phrases.filter((p) => !facts.some((f) => f.quote.includes(p)));
    expect(uncovered).toEqual([]);
  });

  it('has the required caveats', () => {
    const byFact = (id: string) => factSheet.caveats.filter((c) => c.applies_to.includes(id));
    const has = (id: string, pattern: RegExp) => byFact(id).some((c) => pattern.test(c.text));
    // Figures are unconfirmed; the two troop counts differ; casualty counts are early.
    for (const id of ['troops-over-11000', 'troops-initially-over-10000', 'casualties-killed', 'casualties-injured']) {
      expect(has(id, /not confirm|unconfirmed/i), id).toBe(true);
    }
    for (const id of ['troops-over-11000', 'troops-initially-over-10000']) {
      expect(has(id, /10,000.*11,000|11,000.*10,000/), id).toBe(true);
    }
    for (const id of ['casualties-killed', 'casualties-injured']) expect(has(id, /shortly after/i), id).toBe(true);
    for (const id of ['motive-international-leverage', 'analysts-kim-wager']) {
      expect(has(id, /U\.S\. intelligence.*analysts/i), id).toBe(true);
    }
    expect(has('storm-corps', /elite/i)).toBe(true);
    expect(has('first-major-overseas-intervention', /first major/i)).toBe(true);
    // The missing date, byline and sources apply to every fact.
    for (const f of facts) expect(has(f.id, /date.*byline.*sources/i), f.id).toBe(true);
  });

  it('has an English label for every aspect, attribution and certainty', () => {
    for (const a of ASPECTS) expect(ASPECT_LABELS[a]).toMatch(/\w/);
    for (const a of ATTRIBUTIONS) expect(ATTRIBUTION_LABELS[a]).toMatch(/\w/);
    for (const c of CERTAINTIES) expect(CERTAINTY_LABELS[c]).toMatch(/\w/);
  });
});

describe('validateFactSheet', () => {
  it('accepts the real sheet', () => {
    expect(validateFactSheet(cloneSheet()).facts.length).toBe(rawSheet.facts.length);
  });

  it.each([
    ['a missing quote', (s: RawSheet) => delete s.facts[0].quote, /facts\[0\]\.quote must be a non-empty string/],
    ['a bad aspect', (s: RawSheet) => (s.facts[1].aspect = 'captives'), /facts\[1\]\.aspect must be one of numbers, units/],
    ['a bad attribution', (s: RawSheet) => (s.facts[2].attribution = 'pentagon'), /facts\[2\]\.attribution must be one of/],
    ['a bad certainty', (s: RawSheet) => (s.facts[2].certainty = 'proven'), /facts\[2\]\.certainty must be one of/],
    ['a dangling caveat', (s: RawSheet) => s.caveats[0].applies_to.push('nope'), /caveats\[0\]\.applies_to\[\d+\] points at unknown fact "nope"/],
    ['a duplicate fact id', (s: RawSheet) => (s.facts[1].id = s.facts[0].id), /facts\[1\]\.id duplicates/],
    ['a non-kebab id', (s: RawSheet) => (s.facts[0].id = 'Troops 11000'), /facts\[0\]\.id must be kebab-case/],
    ['a date on the article', (s: RawSheet) => (s.article.dated = '2024-11-01'), /article\.dated must be null/],
    ['a byline', (s: RawSheet) => (s.article.byline = 'Someone'), /article\.byline must be null/],
    ['a URL on a fact', (s: RawSheet) => (s.facts[0].url = 'https://example.org'), /facts\[0\]\.url must not be set/],
    ['a figure without a number', (s: RawSheet) => (s.facts[0].figures![0].value = '11,000'), /facts\[0\]\.figures\[0\]\.value must be a finite/],
    ['a figure with a bad qualifier', (s: RawSheet) => (s.facts[0].figures![0].qualifier = 'nearly'), /figures\[0\]\.qualifier must be one of/],
    ['no facts', (s: RawSheet) => (s.facts = []), /facts must be a non-empty array/],
    [
      'a place the quote does not name',
      (s: RawSheet) => (placed(s).place = 'Donetsk region'),
      /facts\[\d+\]\.place must occur verbatim in the quote/,
    ],
    ['an empty place', (s: RawSheet) => (placed(s).place = ''), /facts\[\d+\]\.place must be a non-empty string/],
  ])('rejects %s with a clear message', (_label, breakIt, message) => {
    const sheet = cloneSheet();
    breakIt(sheet);
    expect(() => validateFactSheet(sheet)).toThrow(message);
  });

  it('rejects input that is not an object', () => {
    expect(() => validateFactSheet(null)).toThrow(/Invalid fact sheet: root must be an object/);
    expect(() => validateFactSheet([])).toThrow(/root must be an object/);
  });
});

describe('fact sheet API', () => {
  const all = [...facts].sort((x, y) => cardIndex(x) - cardIndex(y));

  it('factsForAspect puts the asked aspect first, then the rest, both in card order', () => {
    const list = factsForAspect('casualties');
    const k = facts.filter((f) => f.aspect === 'casualties').length;
    expect(k).toBeGreaterThan(0);
    expect(list).toHaveLength(facts.length);
    expect(new Set(list.map((f) => f.id)).size).toBe(facts.length);
    expect(list.slice(0, k).every((f) => f.aspect === 'casualties')).toBe(true);
    expect(list.slice(k).some((f) => f.aspect === 'casualties')).toBe(false);
    expect(inCardOrder(list.slice(0, k))).toBe(true);
    expect(inCardOrder(list.slice(k))).toBe(true);
    expect(factsForAspect('motives')[0].aspect).toBe('motives');
  });

  it('factsForAspect falls back to card order for unknown or missing aspects', () => {
    for (const aspect of ['captives', null, undefined, '']) {
      expect(factsForAspect(aspect).map((f) => f.id)).toEqual(all.map((f) => f.id));
    }
  });

  it('factsByAspect groups in card order without empty groups', () => {
    const groups = factsByAspect();
    expect(groups.map((g) => g.aspect)).toEqual(ASPECTS.filter((a) => facts.some((f) => f.aspect === a)));
    for (const g of groups) {
      expect(g.facts.length).toBeGreaterThan(0);
      expect(g.facts.every((f) => f.aspect === g.aspect)).toBe(true);
    }
    expect(groups.flatMap((g) => g.facts).map((f) => f.id)).toEqual(all.map((f) => f.id));
  });

  it('caveatsFor returns exactly the caveats touching the given facts', () => {
    const ids = ['casualties-killed'];
    const got = caveatsFor(ids);
    const expected = factSheet.caveats.filter((c) => c.applies_to.includes('casualties-killed'));
    expect(got.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(got.length).toBeGreaterThan(1);
    expect(caveatsFor([])).toEqual([]);
    expect(caveatsFor(['no-such-fact'])).toEqual([]);
  });

  it('referenceFigures lists the later troop figure before the initial one', () => {
    const troops = referenceFigures('troops');
    expect(troops.map((f) => f.estimate)).toEqual(['later', 'initial']);
    expect(troops[0].value).toBeGreaterThan(troops[1].value);
    for (const f of troops) {
      const source = facts.find((x) => x.id === f.factId);
      expect(source?.quote).toContain(en.format(f.value));
    }
    expect(referenceFigures('killed').every((f) => f.kind === 'killed')).toBe(true);
    expect(referenceFigures('injured')).toHaveLength(1);
  });

  // The wording is English here; tests/unit/i18n-catalogs.test.ts checks every other language.
  const english = translate('en');
  const formatFigure = (f: Figure) => english.figure(f);
  const compareWithReference = (kind: FigureKind, value: number) => {
    const c = referenceComparison(kind, value);
    return c && english.comparison(c);
  };

  it('formatFigure writes English with en-US grouping', () => {
    expect(formatFigure({ value: 11000, qualifier: 'over', unit: 'troops', kind: 'troops', estimate: 'later' })).toBe(
      'over 11,000 troops (later figure)',
    );
    expect(formatFigure({ value: 1000, qualifier: 'approximately', unit: 'injured', kind: 'injured', estimate: null })).toBe(
      'approximately 1,000 injured',
    );
    expect(formatFigure({ value: 1234567, qualifier: 'exactly', unit: 'fatalities', kind: 'killed', estimate: null })).toBe('1,234,567 fatalities');
  });
  it('compareWithReference sets the page figure beside the article figures', () => {
    expect(compareWithReference('troops', 3000)).toBe('This page: 3,000 troops. Reference article: over 11,000 (over 10,000 at first)');
    const killed = compareWithReference('killed', 40);
    expect(killed).toContain('40 killed');
    expect(killed).toContain('over 100');
    expect(killed).toContain('shortly after arrival');
    expect(compareWithReference('injured', 2500)).toContain('approximately 1,000');
  });

  it('compareWithReference returns null when there is nothing honest to compare', () => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- a kind the sheet has no figure for, on purpose
    expect(compareWithReference('captives' as FigureKind, 10)).toBeNull();
    expect(compareWithReference('troops', Number.NaN)).toBeNull();
    expect(compareWithReference('troops', -5)).toBeNull();
  });
});
