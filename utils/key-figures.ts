// The reference article's key figures for the popup's first view: how many troops, where,
// losses, since when, and what is unconfirmed. Chosen by the sheet's own fields (figure kinds,
// places, caveats' reach), never by position, and never derived: where the sheet has no figure
// the row says what the article says in words, or that it says nothing.
import { countsShortlyAfterArrival, factSheet } from './fact-sheet';
import {
  ASPECTS,
  type Aspect,
  type Attribution,
  type Caveat,
  type Certainty,
  type Fact,
  type FactSheet,
  type Figure,
  type FigureKind,
} from './fact-sheet-types';
import { ATTRIBUTION_HEDGE, CERTAINTY_HEDGE, hedgesOfFact } from './i18n/hedges';

export const KEY_ROWS = ['troops', 'where', 'losses', 'since', 'unconfirmed'] as const;
export type KeyRowId = (typeof KEY_ROWS)[number];

/** A label that says how firm a value is, or whose it is; the view words it (t.certainty, t.attribution). */
export type Marker = { kind: 'certainty'; value: Certainty } | { kind: 'attribution'; value: Attribution };

export type KeyValue =
  | { kind: 'figure'; figure: Figure }
  | { kind: 'place'; fact: Fact }
  /** No figure or place in the sheet: the fact's statement, the article's words. */
  | { kind: 'statement'; fact: Fact }
  | { kind: 'caveat'; caveat: Caveat }
  /** The article carries no date, and no fact may (the sheet's validator refuses one). */
  | { kind: 'undated' }
  /** The sheet has nothing for this row. */
  | { kind: 'unsaid' };

/** Values that share their markers, shown together and labelled once. */
export interface KeyPart {
  values: KeyValue[];
  markers: Marker[];
  /** The article counts these "shortly after their arrival". */
  early: boolean;
}

/** Where a row leads in the fact sheet. */
export type SheetTarget = { kind: 'fact'; id: string } | { kind: 'caveat'; id: string } | { kind: 'source' };

export interface KeyRow {
  id: KeyRowId;
  parts: KeyPart[];
  target: SheetTarget;
}

/**
 * The fewest labels that carry every hedge the fact's words carry: the certainty label first,
 * then the attribution's when it adds one ("Reported" says "unnamed reports" already; for the
 * article's own claim, "The article's own words" says what "Reported" would not).
 */
export function markersOf(fact: Pick<Fact, 'attribution' | 'certainty'>): Marker[] {
  const needed = hedgesOfFact(fact.attribution, fact.certainty);
  const markers: Marker[] = [];
  const carried = new Set<string>();
  if (needed.includes(CERTAINTY_HEDGE[fact.certainty])) {
    markers.push({ kind: 'certainty', value: fact.certainty });
    carried.add(CERTAINTY_HEDGE[fact.certainty]);
  }
  const byWhom = ATTRIBUTION_HEDGE[fact.attribution];
  if (needed.includes(byWhom) && !carried.has(byWhom)) markers.push({ kind: 'attribution', value: fact.attribution });
  return markers.length > 0 ? markers : [{ kind: 'certainty', value: fact.certainty }];
}

const ESTIMATE_RANK = { later: 0, none: 1, initial: 2 } as const;
const sameMarkers = (a: Marker[], b: Marker[]) => JSON.stringify(a) === JSON.stringify(b);

/** One part per value, then neighbours with the same markers and timing merged. */
function merge(parts: KeyPart[]): KeyPart[] {
  const out: KeyPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.early === p.early && sameMarkers(last.markers, p.markers)) last.values.push(...p.values);
    else out.push({ ...p, values: [...p.values] });
  }
  return out;
}

export function keyFigures(sheet: FactSheet = factSheet): KeyRow[] {
  const facts = [...sheet.facts].sort((x, y) => ASPECTS.indexOf(x.aspect) - ASPECTS.indexOf(y.aspect));

  const part = (fact: Fact, value: KeyValue): KeyPart => ({
    values: [value],
    markers: markersOf(fact),
    early: value.kind === 'figure' && countsShortlyAfterArrival(fact),
  });

  /** The sheet's figures of these kinds (in this order), each with its fact; the later troop count first. */
  const figuresOf = (kinds: FigureKind[]) =>
    kinds.flatMap((kind) =>
      facts
        .flatMap((fact) => (fact.figures ?? []).filter((f) => f.kind === kind).map((figure) => ({ fact, figure })))
        .sort((a, b) => ESTIMATE_RANK[a.figure.estimate ?? 'none'] - ESTIMATE_RANK[b.figure.estimate ?? 'none']),
    );

  /** A row from figures; without any, the first fact of `aspect` in words; without one, nothing. */
  const figureRow = (id: KeyRowId, kinds: FigureKind[], aspect: Aspect): KeyRow => {
    const found = figuresOf(kinds);
    if (found.length > 0) {
      return {
        id,
        parts: merge(found.map(({ fact, figure }) => part(fact, { kind: 'figure', figure }))),
        target: { kind: 'fact', id: found[0].fact.id },
      };
    }
    return inWords(id, aspect);
  };

  const inWords = (id: KeyRowId, aspect: Aspect): KeyRow => {
    const fact = facts.find((f) => f.aspect === aspect);
    if (!fact) return { id, parts: [{ values: [{ kind: 'unsaid' }], markers: [], early: false }], target: { kind: 'source' } };
    return { id, parts: [part(fact, { kind: 'statement', fact })], target: { kind: 'fact', id: fact.id } };
  };

  const troops = figureRow('troops', ['troops'], 'numbers');
  const losses = figureRow('losses', ['killed', 'injured'], 'casualties');

  const placed = facts.filter((f) => f.place !== undefined);
  const where: KeyRow =
    placed.length > 0
      ? { id: 'where', parts: merge(placed.map((f) => part(f, { kind: 'place', fact: f }))), target: { kind: 'fact', id: placed[0].id } }
      : inWords('where', 'location');

  // The article is undated (the sheet holds `dated: null`) and dates nothing in its text:
  // "shortly after their arrival" is the only time it gives, and the losses row says it.
  const since: KeyRow = { id: 'since', parts: [{ values: [{ kind: 'undated' }], markers: [], early: false }], target: { kind: 'source' } };

  // What is unconfirmed about the figures shown: the narrowest caveat that covers every one of them.
  const shown = new Set(figuresOf(['troops', 'killed', 'injured']).map(({ fact }) => fact.id));
  const covering = sheet.caveats
    .filter((c) => shown.size > 0 && [...shown].every((id) => c.applies_to.includes(id)))
    .sort((a, b) => a.applies_to.length - b.applies_to.length)[0];
  const unconfirmed: KeyRow = covering
    ? {
        id: 'unconfirmed',
        parts: [{ values: [{ kind: 'caveat', caveat: covering }], markers: [], early: false }],
        target: { kind: 'caveat', id: covering.id },
      }
    : { id: 'unconfirmed', parts: [{ values: [{ kind: 'unsaid' }], markers: [], early: false }], target: { kind: 'source' } };

  return [troops, where, losses, since, unconfirmed];
}
