import { termSource, unionPart, unionSource, type Entry, type UnionPart } from './compile';
import { foldCase, literalRuns, type TextProbe } from './literals';

/**
 * Lexicon lists compiled per text: a pattern holds only the terms whose literal pieces occur in
 * the text (literals.ts). It matches exactly as the pattern of the whole list would on that text
 * and any part of it (the terms left out match nowhere in it), and it is small: compiling the
 * whole lists of a language takes V8 tens of milliseconds, a sentence's few terms next to nothing.
 * Patterns are cached by source, so sentences that need the same terms share one.
 */

export interface Term extends Entry {
  runs: readonly string[];
  /** Built when first needed. */
  part?: UnionPart;
}

// One Term per written term and spacing, shared by every list that holds it: the groups of
// lexicons overlap (a language and its runners-up), and a copy of each term per group held
// tens of thousands of objects on a long page.
const interned = new Map<string, Term>();
const keyOf = (term: string, spaced: boolean) => (spaced ? 's' : 'u') + term;

/** The terms of one lexicon list, their literal pieces read once per term (folded in one call). */
export function termsOf(words: readonly string[], spaced: boolean): Term[] {
  const fresh: string[] = [];
  for (const w of words) if (!interned.has(keyOf(w, spaced))) fresh.push(w);
  if (fresh.length) {
    const folded = foldCase(fresh.join('\u0001')).split('\u0001');
    for (let i = 0; i < fresh.length; i++) interned.set(keyOf(fresh[i], spaced), { term: fresh[i], spaced, runs: literalRuns(fresh[i], folded[i]) });
  }
  return words.map((w) => interned.get(keyOf(w, spaced))!);
}

const CACHE_LIMIT = 256;
/**
 * After this many texts a list may be compiled whole, once: past the first sentences of a page,
 * one big pattern costs less than sorting terms for each new sentence.
 */
export const WHOLE_AFTER = 24;

/** Past this many texts any list goes whole: on a long page its compile pays for itself. */
export const WHOLE_ANYWAY_AFTER = 256;

/**
 * Members of one family (the groups of lexicons, each language's vocabulary or names) that
 * compete for going whole: before WHOLE_ANYWAY_AFTER uses only those used on at least a fifth of
 * the family's texts do. Close language calls on an English page ask dozens of languages' lists
 * and scatter its sentences over dozens of small groups (a language and its runners-up); compiling
 * each of them whole cost megabytes of patterns, where per-text subsets cost a little time.
 */
export class UseShare {
  private all = 0;
  /** Counts one use of a member that has now been used `uses` times; may it go whole? */
  use(uses: number): boolean {
    this.all++;
    return uses > WHOLE_ANYWAY_AFTER || (uses > WHOLE_AFTER && uses * 5 >= this.all);
  }
}

/**
 * Patterns built from a subset of a list, cached by source; the whole list once it is in steady
 * use: a list of a family (UseShare) decides that itself, a group's list is told (compiled.ts).
 */
abstract class PerText<T extends { runs: readonly string[] }> {
  private readonly cache = new Map<string, RegExp>();
  private uses = 0;
  private whole: RegExp | null | undefined;
  private list: readonly T[] | null = null;
  /** `make` gives the items, asked when first needed; `share`, the family the list goes whole in. */
  constructor(
    private readonly make: () => readonly T[],
    private readonly share?: UseShare,
  ) {}
  protected get items(): readonly T[] {
    return (this.list ??= this.make());
  }
  protected abstract source(items: readonly T[]): string | null;
  protected abstract readonly flags: string;
  /** The pattern of the whole list: valid on any text. */
  wholePattern(): RegExp | null {
    if (this.whole === undefined) {
      const src = this.items.length ? this.source(this.items) : null;
      this.whole = src === null ? null : new RegExp(src, this.flags);
      this.cache.clear();
    }
    return this.whole;
  }
  forText(probe: TextProbe): RegExp | null {
    if (this.whole !== undefined) return this.whole;
    if (this.share?.use(++this.uses)) return this.wholePattern();
    const kept: T[] = [];
    for (const t of this.items) if (probe.hasAll(t.runs)) kept.push(t);
    if (kept.length === 0) return null;
    const src = this.source(kept);
    if (src === null) return null;
    let re = this.cache.get(src);
    if (!re) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      re = new RegExp(src, this.flags);
      this.cache.set(src, re);
    }
    return re;
  }
}

/** A global alternation of the list (compile.ts unionRegExp). */
export class UnionList extends PerText<Term> {
  protected readonly flags: string;
  /** `terms` gives the list, asked when first needed (termsOf). */
  constructor(terms: () => readonly Term[], flags = 'giu', share?: UseShare) {
    super(terms, share);
    this.flags = flags;
  }
  protected source(items: readonly Term[]): string | null {
    return unionSource(items.map((t) => (t.part ??= unionPart(t))));
  }
}

/** The list as one alternation anchored at the end (a qualifier before a number) or the start (after it). */
export class AnchoredList extends PerText<Term> {
  protected readonly flags = 'iu';
  constructor(
    terms: () => readonly Term[],
    private readonly where: 'end' | 'start',
    private readonly gap: string,
  ) {
    // longest first, so "more than" is tried before "more"
    super(() => [...terms()].sort((a, b) => b.term.length - a.term.length));
  }
  protected source(items: readonly Term[]): string | null {
    const alts = items.map((t) => termSource(t.term, t.spaced)).join('|');
    return this.where === 'end' ? `(?:${alts})${this.gap}$` : `^${this.gap}(?:${alts})`;
  }
}

// One sticky pattern per source for every group of lexicons: groups share most of their terms.
const stickyBySource = new Map<string, RegExp>();
function sticky(src: string): RegExp {
  let re = stickyBySource.get(src);
  if (!re) stickyBySource.set(src, (re = new RegExp(src, 'iuy')));
  return re;
}

interface ValuedTerm {
  src: string;
  value: number;
  runs: readonly string[];
  re?: RegExp;
}

/** Terms with a value ("thousands" → 1000), each its own sticky pattern, longest first. */
export class ValuedList {
  private list: ValuedTerm[] | null = null;
  constructor(
    /** The terms and their values, asked when first needed. */
    private readonly terms: () => readonly (readonly [Term, number])[],
    private readonly prefix = '',
  ) {}
  private get items(): ValuedTerm[] {
    if (!this.list) {
      const withLength = this.terms().map(([t, value]) => {
        const src = termSource(t.term, t.spaced);
        // the length of the pattern's source as the engine writes it (escaped slashes included)
        const shown = /[/\n\r\u2028\u2029]/.test(src) ? new RegExp(src, 'iuy').source : src;
        return { src: shown, value, runs: t.runs };
      });
      // longest first, so "tens of thousands" wins over "thousands"
      this.list = withLength.sort((a, b) => b.src.length - a.src.length);
    }
    return this.list;
  }
  private whole: [RegExp, number][] | undefined;
  /** Every term's pattern: valid on any text. */
  wholePatterns(): [RegExp, number][] {
    return (this.whole ??= this.items.map((t) => [this.patternOf(t), t.value]));
  }
  private patternOf(t: ValuedTerm): RegExp {
    return (t.re ??= sticky(this.prefix ? `${this.prefix}(?:${t.src})` : t.src));
  }
  /** The terms that can match `probe`'s text, or all of them once told to go whole (compiled.ts). */
  forText(probe: TextProbe): [RegExp, number][] {
    if (this.whole) return this.whole;
    const out: [RegExp, number][] = [];
    for (const t of this.items) if (probe.hasAll(t.runs)) out.push([this.patternOf(t), t.value]);
    return out;
  }
}
