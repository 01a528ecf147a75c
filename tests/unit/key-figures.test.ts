import { describe, expect, it } from 'vitest';
import { factSheet, validateFactSheet } from '../../utils/fact-sheet';
import type { FactSheet } from '../../utils/fact-sheet-types';
import { KEY_ROWS, keyFigures, markersOf, type KeyRow, type KeyValue } from '../../utils/key-figures';
import { dropFacts, parseRawSheet, type RawSheet } from './raw-sheet';

// The popup's five key figures: chosen from the sheet by its own fields, never made up.

/** The real sheet, changed by `edit`, then checked as the extension would check it. */
const sheetWith = (edit: (s: RawSheet) => void): FactSheet => {
  const raw = parseRawSheet();
  edit(raw);
  return validateFactSheet(raw);
};
const row = (rows: KeyRow[], id: KeyRow['id']) => rows.find((r) => r.id === id)!;
const values = (r: KeyRow): KeyValue[] => r.parts.flatMap((p) => p.values);

describe('keyFigures on the real sheet', () => {
  const rows = keyFigures();

  it('gives the five rows, in order', () => {
    expect(rows.map((r) => r.id)).toEqual([...KEY_ROWS]);
  });

  it('troops: the later count (reported) before the initial estimate, each with its own label', () => {
    const r = row(rows, 'troops');
    expect(
      r.parts.map((p) => ({
        figures: p.values.map((v) => v.kind === 'figure' && [v.figure.qualifier, v.figure.value, v.figure.estimate]),
        markers: p.markers,
      })),
    ).toEqual([
      { figures: [['over', 11000, 'later']], markers: [{ kind: 'certainty', value: 'reported' }] },
      { figures: [['over', 10000, 'initial']], markers: [{ kind: 'certainty', value: 'estimated' }] },
    ]);
    expect(r.target).toEqual({ kind: 'fact', id: 'troops-over-11000' });
  });

  it('where: the place the sheet names, verbatim from its quote, as the article’s own words', () => {
    const r = row(rows, 'where');
    expect(r.parts).toHaveLength(1);
    const [v] = r.parts[0].values;
    expect(v.kind === 'place' && [v.fact.id, v.fact.place]).toEqual(['kursk-counteroffensive', 'Kursk region']);
    expect(r.parts[0].markers).toEqual([{ kind: 'attribution', value: 'article' }]);
  });

  it('losses: killed and injured together, reported, dated "shortly after their arrival" as the article does', () => {
    const r = row(rows, 'losses');
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0].values.map((v) => v.kind === 'figure' && [v.figure.kind, v.figure.qualifier, v.figure.value])).toEqual([
      ['killed', 'over', 100],
      ['injured', 'approximately', 1000],
    ]);
    expect(r.parts[0].early).toBe(true);
    expect(r.parts[0].markers).toEqual([{ kind: 'certainty', value: 'reported' }]);
  });

  it('since when: the article has no date, and the row says so instead of giving one', () => {
    expect(factSheet.article.dated).toBeNull();
    expect(row(rows, 'since')).toEqual({
      id: 'since',
      parts: [{ values: [{ kind: 'undated' }], markers: [], early: false }],
      target: { kind: 'source' },
    });
  });

  it('unconfirmed: the narrowest caveat that covers every figure shown', () => {
    const r = row(rows, 'unconfirmed');
    const [v] = values(r);
    expect(v.kind === 'caveat' && v.caveat.id).toBe('figures-unconfirmed');
    expect(r.target).toEqual({ kind: 'caveat', id: 'figures-unconfirmed' });
    // Wider caveats also cover them (the undated-article one covers every fact): the narrowest wins.
    const shown = factSheet.facts.filter((f) => f.figures?.length).map((f) => f.id);
    const covering = factSheet.caveats.filter((c) => shown.every((id) => c.applies_to.includes(id)));
    expect(covering.length).toBeGreaterThan(1);
  });

  it('shows no figure the sheet does not hold: every one is the sheet’s own object', () => {
    const sheetFigures = factSheet.facts.flatMap((f) => f.figures ?? []);
    const shown = rows.flatMap(values).flatMap((v) => (v.kind === 'figure' ? [v.figure] : []));
    expect(shown).toHaveLength(sheetFigures.length);
    for (const f of shown) expect(sheetFigures).toContainEqual(f);
  });
});

describe('keyFigures where the sheet lacks something', () => {
  it('no figures: troops and losses in the article’s words (the aspect’s first fact), and nothing called unconfirmed', () => {
    const rows = keyFigures(sheetWith((s) => s.facts.forEach((f) => delete f.figures)));
    const troops = row(rows, 'troops');
    expect(values(troops)).toEqual([{ kind: 'statement', fact: expect.objectContaining({ id: 'troops-over-11000' }) as unknown }]);
    expect(troops.parts[0].markers).toEqual([{ kind: 'certainty', value: 'reported' }]);
    expect(values(row(rows, 'losses'))).toEqual([{ kind: 'statement', fact: expect.objectContaining({ id: 'casualties-killed' }) as unknown }]);
    expect(values(row(rows, 'unconfirmed'))).toEqual([{ kind: 'unsaid' }]);
  });

  it('no place: the location fact in words; no location fact at all: "the article does not say"', () => {
    const noPlace = keyFigures(sheetWith((s) => s.facts.forEach((f) => delete f.place)));
    expect(values(row(noPlace, 'where'))).toEqual([
      { kind: 'statement', fact: expect.objectContaining({ id: 'kursk-counteroffensive' }) as unknown },
    ]);
    const nowhere = keyFigures(sheetWith((s) => dropFacts(s, (f) => f.aspect === 'location')));
    expect(row(nowhere, 'where')).toEqual({
      id: 'where',
      parts: [{ values: [{ kind: 'unsaid' }], markers: [], early: false }],
      target: { kind: 'source' },
    });
  });

  it('no casualty facts at all: the losses row says the article does not say', () => {
    const rows = keyFigures(
      sheetWith((s) => {
        dropFacts(s, (f) => f.aspect === 'casualties');
        s.caveats = s.caveats.filter((c) => c.applies_to.length > 0);
      }),
    );
    expect(values(row(rows, 'losses'))).toEqual([{ kind: 'unsaid' }]);
    // The troop figures are still covered by the unconfirmed caveat.
    expect(values(row(rows, 'unconfirmed'))).toEqual([{ kind: 'caveat', caveat: expect.objectContaining({ id: 'figures-unconfirmed' }) as unknown }]);
  });

  it('picks the caveat by its reach, not its place in the list', () => {
    const rows = keyFigures(sheetWith((s) => s.caveats.reverse()));
    expect(values(row(rows, 'unconfirmed'))).toEqual([{ kind: 'caveat', caveat: expect.objectContaining({ id: 'figures-unconfirmed' }) as unknown }]);
  });
});

describe('markersOf', () => {
  it('names who says it only where the certainty label does not', () => {
    expect(markersOf({ attribution: 'reports', certainty: 'reported' })).toEqual([{ kind: 'certainty', value: 'reported' }]);
    expect(markersOf({ attribution: 'article', certainty: 'estimated' })).toEqual([{ kind: 'certainty', value: 'estimated' }]);
    expect(markersOf({ attribution: 'article', certainty: 'reported' })).toEqual([{ kind: 'attribution', value: 'article' }]);
    expect(markersOf({ attribution: 'analysts', certainty: 'speculation' })).toEqual([
      { kind: 'certainty', value: 'speculation' },
      { kind: 'attribution', value: 'analysts' },
    ]);
  });
});
