// Loads the fact sheet, checks its shape once at import, and offers the small queries the card and popup need.
import data from '../assets/fact-sheet.json';
import { isRecord } from './guards';
import {
  ASPECTS,
  ATTRIBUTIONS,
  CERTAINTIES,
  ESTIMATES,
  FIGURE_KINDS,
  FIGURE_UNITS,
  QUALIFIERS,
  isAspect,
  isAttribution,
  isCertainty,
  isEstimate,
  isFigureKind,
  isFigureUnit,
  isQualifier,
  type Aspect,
  type Caveat,
  type Fact,
  type FactSheet,
  type Figure,
  type FigureKind,
} from './fact-sheet-types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Facts are grounded in an undated, unlinked article: any of these carrying a value would be invented.
const FORBIDDEN_FACT_KEYS = ['url', 'date', 'dated', 'published'];

function fail(path: string, problem: string): never {
  throw new Error(`Invalid fact sheet: ${path} ${problem}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) fail(path, 'must be an object');
  return value;
}

function text(obj: Record<string, unknown>, key: string, path: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') fail(`${path}.${key}`, 'must be a non-empty string');
  return value;
}

function mustBeNull(obj: Record<string, unknown>, key: string, path: string): null {
  if (obj[key] !== null) fail(`${path}.${key}`, 'must be null (the article gives none)');
  return null;
}

function oneOf<T extends string>(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  guard: (v: unknown) => v is T,
  allowed: readonly string[],
): T {
  const value = obj[key];
  if (!guard(value)) fail(`${path}.${key}`, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  return value;
}

function validateFigure(raw: unknown, path: string): Figure {
  const f = record(raw, path);
  const value = f.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(`${path}.value`, 'must be a finite, non-negative number');
  }
  const estimate = f.estimate;
  if (estimate !== null && !isEstimate(estimate)) {
    fail(`${path}.estimate`, `must be null or one of ${ESTIMATES.join(', ')}`);
  }
  return {
    value,
    qualifier: oneOf(f, 'qualifier', path, isQualifier, QUALIFIERS),
    unit: oneOf(f, 'unit', path, isFigureUnit, FIGURE_UNITS),
    kind: oneOf(f, 'kind', path, isFigureKind, FIGURE_KINDS),
    estimate,
  };
}

function validateFact(raw: unknown, path: string): Fact {
  const f = record(raw, path);
  const id = text(f, 'id', path);
  if (!KEBAB.test(id)) fail(`${path}.id`, `must be kebab-case (got "${id}")`);
  for (const key of FORBIDDEN_FACT_KEYS) {
    if (f[key] !== undefined && f[key] !== null) fail(`${path}.${key}`, 'must not be set: the article gives no URL or date');
  }
  const fact: Fact = {
    id,
    aspect: oneOf(f, 'aspect', path, isAspect, ASPECTS),
    statement: text(f, 'statement', path),
    quote: text(f, 'quote', path),
    attribution: oneOf(f, 'attribution', path, isAttribution, ATTRIBUTIONS),
    certainty: oneOf(f, 'certainty', path, isCertainty, CERTAINTIES),
  };
  if (f.figures !== undefined) {
    if (!Array.isArray(f.figures)) fail(`${path}.figures`, 'must be an array when present');
    fact.figures = f.figures.map((fig, i) => validateFigure(fig, `${path}.figures[${i}]`));
  }
  if (f.place !== undefined) {
    const place = text(f, 'place', path);
    // A place the quote does not name would be ours, not the article's.
    if (!fact.quote.includes(place)) fail(`${path}.place`, `must occur verbatim in the quote (got "${place}")`);
    fact.place = place;
  }
  return fact;
}

function validateCaveat(raw: unknown, path: string, factIds: Set<string>): Caveat {
  const c = record(raw, path);
  const appliesTo = c.applies_to;
  if (!Array.isArray(appliesTo) || appliesTo.length === 0) fail(`${path}.applies_to`, 'must be a non-empty array of fact ids');
  const ids: string[] = [];
  for (const [i, ref] of appliesTo.entries()) {
    if (typeof ref !== 'string') fail(`${path}.applies_to[${i}]`, 'must be a string');
    if (!factIds.has(ref)) fail(`${path}.applies_to[${i}]`, `points at unknown fact "${ref}"`);
    ids.push(ref);
  }
  return { id: text(c, 'id', path), text: text(c, 'text', path), applies_to: ids };
}

/** Checks raw JSON against the FactSheet model; throws an Error naming the first bad field. */
export function validateFactSheet(raw: unknown): FactSheet {
  const root = record(raw, 'root');
  const a = record(root.article, 'article');
  const t = record(root.topic, 'topic');
  const article = {
    title: text(a, 'title', 'article'),
    dated: mustBeNull(a, 'dated', 'article'),
    byline: mustBeNull(a, 'byline', 'article'),
    url: mustBeNull(a, 'url', 'article'),
    sources_note: text(a, 'sources_note', 'article'),
  };
  const topic = { id: text(t, 'id', 'topic'), name: text(t, 'name', 'topic'), description: text(t, 'description', 'topic') };

  if (!Array.isArray(root.facts) || root.facts.length === 0) fail('facts', 'must be a non-empty array');
  const facts = root.facts.map((f, i) => validateFact(f, `facts[${i}]`));
  const factIds = new Set<string>();
  for (const [i, f] of facts.entries()) {
    if (factIds.has(f.id)) fail(`facts[${i}].id`, `duplicates "${f.id}"`);
    factIds.add(f.id);
  }

  if (!Array.isArray(root.caveats)) fail('caveats', 'must be an array');
  const caveats = root.caveats.map((c, i) => validateCaveat(c, `caveats[${i}]`, factIds));
  const caveatIds = new Set<string>();
  for (const [i, c] of caveats.entries()) {
    if (caveatIds.has(c.id)) fail(`caveats[${i}].id`, `duplicates "${c.id}"`);
    caveatIds.add(c.id);
  }

  return { article, topic, facts, caveats };
}

export const factSheet: FactSheet = validateFactSheet(data);

// Card order: aspect order from the types file, then JSON order (Array.prototype.sort is stable).
const cardOrder: Fact[] = [...factSheet.facts].sort((x, y) => ASPECTS.indexOf(x.aspect) - ASPECTS.indexOf(y.aspect));

/** All facts, those of `aspect` first; an unknown or missing aspect just yields card order. */
export function factsForAspect(aspect: string | null | undefined): Fact[] {
  const wanted = typeof aspect === 'string' ? aspect.trim().toLowerCase() : '';
  if (!isAspect(wanted)) return [...cardOrder];
  return [...cardOrder.filter((f) => f.aspect === wanted), ...cardOrder.filter((f) => f.aspect !== wanted)];
}

/** Facts grouped by aspect in card order; aspects without facts are left out. */
export function factsByAspect(): Array<{ aspect: Aspect; facts: Fact[] }> {
  return ASPECTS.map((aspect) => ({ aspect, facts: cardOrder.filter((f) => f.aspect === aspect) })).filter((group) => group.facts.length > 0);
}

/** Caveats that qualify at least one of the given facts, in JSON order. */
export function caveatsFor(factIds: string[]): Caveat[] {
  const ids = new Set(factIds);
  return factSheet.caveats.filter((c) => c.applies_to.some((id) => ids.has(id)));
}

// The latest figure leads; the initial estimate is kept for context.
const ESTIMATE_RANK: Record<string, number> = { later: 0, none: 1, initial: 2 };

/** The article's figures of one kind, latest first, each with the fact it comes from. */
export function referenceFigures(kind: FigureKind): Array<Figure & { factId: string }> {
  const found = cardOrder.flatMap((fact) => (fact.figures ?? []).filter((f) => f.kind === kind).map((f) => ({ ...f, factId: fact.id })));
  return found.sort((x, y) => ESTIMATE_RANK[x.estimate ?? 'none'] - ESTIMATE_RANK[y.estimate ?? 'none']);
}

/** A page's figure set beside the article's figures of the same kind; translate.ts words it. */
export interface Comparison {
  kind: FigureKind;
  page: number;
  /** The article's latest figure of that kind. */
  main: Figure;
  /** Its other figures of that kind (the initial estimate). */
  others: Figure[];
  /** The article dates its figure "shortly after their arrival": said, to keep the comparison fair. */
  early: boolean;
}

/** Null when the article has no figure of that kind or the page value is not a usable number. */
export function referenceComparison(kind: FigureKind, pageValue: number): Comparison | null {
  const refs = referenceFigures(kind);
  if (refs.length === 0 || !Number.isFinite(pageValue) || pageValue < 0) return null;
  const [main, ...others] = refs;
  const source = factSheet.facts.find((f) => f.id === main.factId);
  return { kind, page: pageValue, main, others, early: !!source && countsShortlyAfterArrival(source) };
}

/** The article dates a figure only this way ("shortly after their arrival"): said wherever the figure is shown. */
export function countsShortlyAfterArrival(fact: Fact): boolean {
  return fact.quote.includes('shortly after their arrival');
}
