import type { Lexicon } from './lexicon/index';
import type { PageQualifier } from './types';
import type { TextProbe } from './literals';
import { AnchoredList, termsOf, UnionList, UseShare, ValuedList, type Term } from './terms';

/**
 * Regular expressions for one group of lexicons (a sentence's language, its relatives, English's names: lang.ts lexiconsFor),
 * valid on one sentence and its parts: each holds only the terms that occur in that sentence.
 */
export interface Compiled {
  nk: RegExp | null;
  north: RegExp | null;
  nkWeak: RegExp | null;
  fusedWeak: RegExp | null;
  own: RegExp | null;
  its: RegExp | null;
  munitions: RegExp | null;
  foreignAfter: RegExp | null;
  fused: RegExp | null;
  strong: RegExp | null;
  pers: RegExp | null;
  persWeak: RegExp | null;
  standIns: RegExp | null;
  fallen: RegExp | null;
  deployNoun: RegExp | null;
  ctx: RegExp | null;
  ctxWeak: RegExp | null;
  neg: RegExp | null;
  labour: RegExp | null;
  history: RegExp | null;
  foreign: RegExp | null;
  support: RegExp | null;
  killed: RegExp | null;
  injured: RegExp | null;
  casualties: RegExp | null;
  captured: RegExp | null;
  decision: RegExp | null;
  motives: RegExp | null;
  implications: RegExp | null;
  units: RegExp | null;
  location: RegExp | null;
  /** Matches a qualifier at the very end of the text before a number. */
  qualBefore: [PageQualifier, RegExp][];
  /** Matches a qualifier at the very start of the text after a number. */
  qualAfter: [PageQualifier, RegExp][];
  scale: [RegExp, number][];
  vague: RegExp | null;
  vagueValues: [RegExp, number][];
  numWords: RegExp | null;
  numWordValues: [RegExp, number][];
}

type ListKey =
  | 'nk'
  | 'north'
  | 'nkWeak'
  | 'fusedWeak'
  | 'own'
  | 'its'
  | 'munitions'
  | 'foreignAfter'
  | 'fused'
  | 'strong'
  | 'pers'
  | 'persWeak'
  | 'standIns'
  | 'fallen'
  | 'deployNoun'
  | 'ctx'
  | 'ctxWeak'
  | 'neg'
  | 'labour'
  | 'history'
  | 'foreign'
  | 'support'
  | 'killed'
  | 'injured'
  | 'casualties'
  | 'captured'
  | 'decision'
  | 'motives'
  | 'implications'
  | 'units'
  | 'location';

const LIST_KEYS: ListKey[] = [
  'nk',
  'north',
  'nkWeak',
  'fusedWeak',
  'own',
  'its',
  'munitions',
  'foreignAfter',
  'fused',
  'strong',
  'pers',
  'persWeak',
  'standIns',
  'fallen',
  'deployNoun',
  'ctx',
  'ctxWeak',
  'neg',
  'labour',
  'history',
  'foreign',
  'support',
  'killed',
  'injured',
  'casualties',
  'captured',
  'decision',
  'motives',
  'implications',
  'units',
  'location',
];
const QUALIFIERS: PageQualifier[] = ['at least', 'up to', 'over', 'approximately', 'under'];
const GAP = '[\\s\\u00a0]{0,2}';

/** The terms of these lexicons' lists, shared with every other group (terms.ts termsOf). */
const termsIn = (lexes: Lexicon[], keys: ListKey[]) => (): Term[] => lexes.flatMap((l) => keys.flatMap((k) => termsOf(l[k] ?? [], l.spaced)));

type ValuedKey = 'scale' | 'vague' | 'numWords';
const valuedIn = (lexes: Lexicon[], key: ValuedKey) => (): [Term, number][] =>
  lexes.flatMap((l) => {
    const values = l[key] ?? {};
    const words = Object.keys(values);
    return termsOf(words, l.spaced).map((t, i): [Term, number] => [t, values[words[i]]]);
  });
const valuedTermsIn = (lexes: Lexicon[], key: ValuedKey) => (): Term[] => lexes.flatMap((l) => termsOf(Object.keys(l[key] ?? {}), l.spaced));

/** A group's lists, ready to compile for one text (no pattern is compiled here). */
interface Plan {
  lists: Record<ListKey, UnionList>;
  qualBefore: [PageQualifier, AnchoredList][];
  qualAfter: [PageQualifier, AnchoredList][];
  scale: ValuedList;
  vague: UnionList;
  vagueValues: ValuedList;
  numWords: UnionList;
  numWordValues: ValuedList;
  uses: number;
  /** Every list whole, once the group is in steady use. */
  whole?: Compiled;
}

function plan(lexes: Lexicon[]): Plan {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- every key is set just below
  const lists = {} as Record<ListKey, UnionList>;
  for (const k of LIST_KEYS) {
    // losses and captures place North Korean soldiers in the war as surely as a place name would
    const keys: ListKey[] = k === 'ctxWeak' ? [k, 'killed', 'injured', 'casualties', 'captured'] : [k];
    lists[k] = new UnionList(termsIn(lexes, keys));
  }
  const qualBefore: [PageQualifier, AnchoredList][] = [];
  const qualAfter: [PageQualifier, AnchoredList][] = [];
  for (const q of QUALIFIERS) {
    if (lexes.some((l) => l.qualBefore?.[q]?.length))
      qualBefore.push([q, new AnchoredList(() => lexes.flatMap((l) => termsOf(l.qualBefore?.[q] ?? [], l.spaced)), 'end', GAP)]);
    if (lexes.some((l) => l.qualAfter?.[q]?.length))
      qualAfter.push([q, new AnchoredList(() => lexes.flatMap((l) => termsOf(l.qualAfter?.[q] ?? [], l.spaced)), 'start', GAP)]);
  }
  return {
    lists,
    qualBefore,
    qualAfter,
    scale: new ValuedList(valuedIn(lexes, 'scale'), GAP),
    vague: new UnionList(valuedTermsIn(lexes, 'vague')),
    vagueValues: new ValuedList(valuedIn(lexes, 'vague')),
    numWords: new UnionList(valuedTermsIn(lexes, 'numWords')),
    numWordValues: new ValuedList(valuedIn(lexes, 'numWords')),
    uses: 0,
  };
}

function whole(p: Plan): Compiled {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- every field is set just below
  const c = {} as Compiled;
  for (const k of LIST_KEYS) c[k] = p.lists[k].wholePattern();
  const quals = (list: [PageQualifier, AnchoredList][]) =>
    list.map(([q, a]) => [q, a.wholePattern()] as [PageQualifier, RegExp | null]).filter((x): x is [PageQualifier, RegExp] => x[1] !== null);
  c.qualBefore = quals(p.qualBefore);
  c.qualAfter = quals(p.qualAfter);
  c.scale = p.scale.wholePatterns();
  c.vague = p.vague.wholePattern();
  c.vagueValues = p.vagueValues.wholePatterns();
  c.numWords = p.numWords.wholePattern();
  c.numWordValues = p.numWordValues.wholePatterns();
  return c;
}

/** The group's patterns for one text, each built on first use from the terms that occur in it. */
function forText(p: Plan, probe: TextProbe): Compiled {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- every field is defined just below, as a getter
  const c = {} as Compiled;
  const lazy = <K extends keyof Compiled>(key: K, make: () => Compiled[K]) =>
    Object.defineProperty(c, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = make();
        Object.defineProperty(c, key, { value, enumerable: true, writable: false });
        return value;
      },
    });
  for (const k of LIST_KEYS) lazy(k, () => p.lists[k].forText(probe));
  const quals = (list: [PageQualifier, AnchoredList][]) => {
    const out: [PageQualifier, RegExp][] = [];
    for (const [q, a] of list) {
      const re = a.forText(probe);
      if (re) out.push([q, re]);
    }
    return out;
  };
  lazy('qualBefore', () => quals(p.qualBefore));
  lazy('qualAfter', () => quals(p.qualAfter));
  lazy('scale', () => p.scale.forText(probe));
  lazy('vague', () => p.vague.forText(probe));
  lazy('vagueValues', () => p.vagueValues.forText(probe));
  lazy('numWords', () => p.numWords.forText(probe));
  lazy('numWordValues', () => p.numWordValues.forText(probe));
  return c;
}

const plans = new Map<string, Plan>();
const planShare = new UseShare();
// Lexicons by identity: a language's lexicon and a part of it (English abroad, lang.ts) share a code.
const ids = new Map<Lexicon, number>();
const idOf = (l: Lexicon): number => {
  let id = ids.get(l);
  if (id === undefined) ids.set(l, (id = ids.size));
  return id;
};

/**
 * The compiled group for these lexicons, for use on `probe`'s text and parts of it only (the
 * plans are cached by the group's languages).
 */
export function compiledFor(lexes: Lexicon[], probe: TextProbe): Compiled {
  const key = lexes.map(idOf).join(',');
  let p = plans.get(key);
  if (!p) {
    p = plan(lexes);
    plans.set(key, p);
  }
  // only the groups most of the page's sentences use go whole (terms.ts UseShare): close language
  // calls scatter the rest over many small groups, a language and its runners-up
  if (p.whole || planShare.use(++p.uses)) return (p.whole ??= whole(p));
  return forText(p, probe);
}
