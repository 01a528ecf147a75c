/**
 * Build-time half of the screen (screen.ts): the two word sets it looks for, made from every
 * lexicon by `npm run gen:prefilter` into screen.data.ts, so the screen carries no lexicon.
 *
 * A sentence is a mention without page context only when it holds a word of each set (analyze.ts
 * analyzeSentence): something that can be the troops (a personnel word, a deployment noun, a fused
 * or formation name) and context that accepts them (ctx, ctxWeak and the loss words compiled.ts
 * adds to it, or a deployment noun). For each term the screen keeps one literal piece that every
 * match of the term contains (literals.ts), with the word boundary the term itself demands when
 * the piece starts or ends it: "\bwar\b" is a far rarer find than "war" inside "toward".
 */
import { LEXICONS, type Lexicon } from './lexicon/index';
import { foldCase, hasTopLevelBar, literalRuns } from './literals';
import { termBounds, unionPart, unionSource } from './compile';
import { BOTH, FREE, LEFT, RIGHT, normalise, type ScreenData, type WordSet } from './screen';

interface Node {
  next: Map<string, Node>;
  ends: number;
}

const newNode = (): Node => ({ next: new Map(), ends: 0 });

type ListKey = keyof Lexicon;

/** The lists whose words can stand for the troops in a mention (analyzeSentence's candidates). */
const ROLE_LISTS: readonly ListKey[] = ['pers', 'persWeak', 'deployNoun', 'fused', 'fusedWeak', 'strong'];
/** The lists whose words make the context that accepts a candidate (compiled.ts folds the losses into ctxWeak). */
const CONTEXT_LISTS: readonly ListKey[] = ['ctx', 'ctxWeak', 'killed', 'injured', 'casualties', 'captured', 'deployNoun'];

/** One term's piece: found in the text wherever the term matches, with the boundaries it shares. */
export interface ScreenKey {
  run: string;
  /** The piece starts the term, and the term must start a word. */
  left: boolean;
  /** The piece ends the term, and the term must end a word. */
  right: boolean;
  /** `run` is the term itself, looked for as the detector does (whose language is spaced or not). */
  exact?: { spaced: boolean };
}

// Characters that end a plain prefix or suffix of a term (syntax, and a quantifier after a letter).
const SYNTAX = /[\\[\](){}|?*+.^$' ]/;

/**
 * The longest start of a term made of plain characters, spaces and apostrophes (which the
 * detector reads as classes, compile.ts expandLiterals), without an optional last character.
 */
function plainPrefix(body: string): string {
  let i = 0;
  while (i < body.length && (!SYNTAX.test(body[i]) || body[i] === ' ' || body[i] === "'")) {
    if (body[i] === ' ' && body[i + 1] === '?') break; // an optional space
    i++;
  }
  if (i < body.length && /[?*{]/.test(body[i])) i--; // the last character is optional
  return body.slice(0, Math.max(0, i)).replace(/[ ']+$/, '');
}

/** A key scored by how rarely it is found by chance: its length, and its word boundaries. */
const score = (k: ScreenKey) => k.run.replace(/[ ']/g, '').length + (k.left ? 2 : 0) + (k.right ? 2 : 0) + (/[ ']/.test(k.run) ? 4 : 0);
/** Below this a term is looked for whole (exact, only longer to write). */
const WEAK_KEY = 4;

/** The piece of a term the screen looks for (null: the term has no literal piece at all). */
export function screenKey(term: string, spaced: boolean): ScreenKey | null {
  // A `|` outside any group: then no piece belongs to every match.
  if (hasTopLevelBar(term)) return { run: term, left: false, right: false, exact: { spaced } };
  const runs = literalRuns(term);
  if (runs.length === 0) return null;
  const { body, left, right } = termBounds(term, spaced);
  const candidates: ScreenKey[] = [];
  const prefix = foldCase(plainPrefix(body));
  if (prefix) candidates.push({ run: prefix, left, right: right && prefix === foldCase(body) });
  const last = runs[runs.length - 1];
  if (right && !SYNTAX.test(body[body.length - 1]) && foldCase(body).endsWith(last)) candidates.push({ run: last, left: false, right: true });
  for (const run of runs) candidates.push({ run, left: false, right: false });
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  return score(best) >= WEAK_KEY ? best : { run: term, left: false, right: false, exact: { spaced } };
}

const bitsOf = (k: ScreenKey) => (k.left && k.right ? BOTH : k.left ? LEFT : k.right ? RIGHT : FREE);

/**
 * The pieces as one trie, in the format screen.ts readTrie reads. A piece found anywhere makes every
 * piece that begins with it redundant, one found at a word's start those that must start a word.
 */
export function writeTrie(keys: readonly ScreenKey[]): string {
  const root = newNode();
  const sorted = keys.map((k) => ({ run: normalise(k.run), bits: bitsOf(k) })).sort((a, b) => a.run.length - b.run.length);
  for (const { run, bits } of sorted) {
    let node = root;
    let covered = false;
    for (let k = 0; k < run.length && !covered; k++) {
      let child = node.next.get(run[k]);
      if (!child) node.next.set(run[k], (child = newNode()));
      node = child;
      covered = k < run.length - 1 && (node.ends & FREE || (node.ends & LEFT && bits & (LEFT | BOTH))) !== 0;
    }
    if (!covered) node.ends |= bits;
  }
  const esc = (ch: string) => ('\\()|~'.includes(ch) ? '\\' + ch : ch);
  const write = (node: Node): string =>
    [...node.next.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => {
        let out = esc(ch) + (child.ends ? '~' + child.ends.toString(16) : '');
        if (child.next.size === 1) out += write(child);
        else if (child.next.size > 1) out += `(${write(child)})`;
        return out;
      })
      .join('|');
  return write(root);
}

/** A set of keys as screen.ts reads it: the pieces as a trie, the whole terms as one pattern. */
export function wordSet(keys: readonly ScreenKey[]): WordSet {
  const exact = unionSource(keys.flatMap((k) => (k.exact ? [unionPart({ term: k.run, spaced: k.exact.spaced })] : [])));
  return { pieces: writeTrie(keys.filter((k) => !k.exact)), exact };
}

function keysOf(lists: readonly ListKey[]): ScreenKey[] | null {
  const out: ScreenKey[] = [];
  for (const lex of LEXICONS) {
    for (const list of lists) {
      const terms = lex[list];
      if (!Array.isArray(terms)) continue;
      for (const term of terms) {
        if (typeof term !== 'string') continue;
        const key = screenKey(term, lex.spaced);
        if (key === null) return null; // a term with no literal piece may match anywhere
        out.push(key);
      }
    }
  }
  return out;
}

function setOf(lists: readonly ListKey[]): WordSet | null {
  const keys = keysOf(lists);
  return keys === null ? null : wordSet(keys);
}

export const SCREEN: ScreenData = { roles: setOf(ROLE_LISTS), context: setOf(CONTEXT_LISTS) };

/** The text of screen.data.ts (`npm run gen:prefilter`; a unit test compares the file with it). */
export function screenDataFile(): string {
  return `// Generated by scripts/gen-prefilter.ts from the lexicons; do not edit by hand (\`npm run gen:prefilter\`).
import type { ScreenData } from './screen';

/** What screen.ts looks for near a name (null: anything may be such a word). */
export const SCREEN: ScreenData = ${JSON.stringify(SCREEN, null, 2)};
`;
}
