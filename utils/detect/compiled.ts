import type { Lexicon } from './lexicon/index';
import type { Qualifier } from './types';
import { termSource, unionRegExp, type Entry } from './compile';

/** Regular expressions for one group of lexicons (a sentence's language, its relatives, English). */
export interface Compiled {
  nk: RegExp | null;
  north: RegExp | null;
  nkWeak: RegExp | null;
  fusedWeak: RegExp | null;
  own: RegExp | null;
  munitions: RegExp | null;
  foreignAfter: RegExp | null;
  fused: RegExp | null;
  strong: RegExp | null;
  pers: RegExp | null;
  persWeak: RegExp | null;
  deployNoun: RegExp | null;
  ctx: RegExp | null;
  ctxWeak: RegExp | null;
  neg: RegExp | null;
  foreign: RegExp | null;
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
  qualBefore: [Qualifier, RegExp][];
  /** Matches a qualifier at the very start of the text after a number. */
  qualAfter: [Qualifier, RegExp][];
  scale: [RegExp, number][];
  vague: RegExp | null;
  vagueValues: [RegExp, number][];
  numWords: RegExp | null;
  numWordValues: [RegExp, number][];
}

type ListKey =
  | 'nk' | 'north' | 'nkWeak' | 'fusedWeak' | 'own' | 'munitions' | 'foreignAfter' | 'fused' | 'strong' | 'pers' | 'persWeak' | 'deployNoun' | 'ctx' | 'ctxWeak' | 'neg' | 'foreign' | 'killed'
  | 'injured' | 'casualties' | 'captured' | 'decision' | 'motives' | 'implications' | 'units' | 'location';

const LIST_KEYS: ListKey[] = [
  'nk', 'north', 'nkWeak', 'fusedWeak', 'own', 'munitions', 'foreignAfter', 'fused', 'strong', 'pers', 'persWeak', 'deployNoun', 'ctx', 'ctxWeak', 'neg', 'foreign', 'killed', 'injured',
  'casualties', 'captured', 'decision', 'motives', 'implications', 'units', 'location',
];
const QUALIFIERS: Qualifier[] = ['at least', 'up to', 'over', 'approximately', 'under'];
const GAP = '[\\s\\u00a0]{0,2}';

function entries(lexes: Lexicon[], key: ListKey): Entry[] {
  const out: Entry[] = [];
  for (const l of lexes) for (const term of l[key] ?? []) out.push({ term, spaced: l.spaced });
  return out;
}

function anchored(list: Entry[], where: 'end' | 'start'): RegExp | null {
  if (list.length === 0) return null;
  const alts = list
    .slice()
    .sort((a, b) => b.term.length - a.term.length)
    .map((e) => termSource(e.term, e.spaced))
    .join('|');
  return where === 'end' ? new RegExp(`(?:${alts})${GAP}$`, 'iu') : new RegExp(`^${GAP}(?:${alts})`, 'iu');
}

function valued(lexes: Lexicon[], key: 'scale' | 'vague' | 'numWords'): [RegExp, number][] {
  const out: [RegExp, number][] = [];
  for (const l of lexes) {
    for (const [term, v] of Object.entries(l[key] ?? {})) out.push([new RegExp(termSource(term, l.spaced), 'iuy'), v]);
  }
  // longest first, so "tens of thousands" wins over "thousands"
  return out.sort((a, b) => b[0].source.length - a[0].source.length);
}

function valuedUnion(lexes: Lexicon[], key: 'vague' | 'numWords'): RegExp | null {
  const list: Entry[] = [];
  for (const l of lexes) for (const term of Object.keys(l[key] ?? {})) list.push({ term, spaced: l.spaced });
  return unionRegExp(list);
}

function compile(lexes: Lexicon[]): Compiled {
  const c = {} as Compiled;
  for (const k of LIST_KEYS) {
    // losses and captures place North Korean soldiers in the war as surely as a place name would
    const extra = k === 'ctxWeak' ? [...entries(lexes, 'killed'), ...entries(lexes, 'injured'), ...entries(lexes, 'casualties'), ...entries(lexes, 'captured')] : [];
    c[k] = unionRegExp([...entries(lexes, k), ...extra]);
  }
  c.qualBefore = [];
  c.qualAfter = [];
  for (const q of QUALIFIERS) {
    const before: Entry[] = [];
    const after: Entry[] = [];
    for (const l of lexes) {
      for (const term of l.qualBefore?.[q] ?? []) before.push({ term, spaced: l.spaced });
      for (const term of l.qualAfter?.[q] ?? []) after.push({ term, spaced: l.spaced });
    }
    const b = anchored(before, 'end');
    const a = anchored(after, 'start');
    if (b) c.qualBefore.push([q, b]);
    if (a) c.qualAfter.push([q, a]);
  }
  c.scale = valued(lexes, 'scale').map(([re, v]) => [new RegExp(`${GAP}(?:${re.source})`, 'iuy'), v]);
  c.vague = valuedUnion(lexes, 'vague');
  c.vagueValues = valued(lexes, 'vague');
  c.numWords = valuedUnion(lexes, 'numWords');
  c.numWordValues = valued(lexes, 'numWords');
  return c;
}

const cache = new Map<string, Compiled>();

/** The compiled group for these lexicons (cached by their languages). */
export function compiledFor(lexes: Lexicon[]): Compiled {
  const key = lexes.map((l) => l.lang).join(',');
  let c = cache.get(key);
  if (!c) {
    c = compile(lexes);
    cache.set(key, c);
  }
  return c;
}
