/**
 * The screen: between the page pre-filter (page-prefilter.ts, which finds the names) and the full
 * detector. Most pages that name North Korea are not about its troops in Russia's war, and the
 * detector with every language's lexicon is a large file to load for them. Near each name the
 * screen looks for one word that can be the troops and one of context (screen-build.ts makes both
 * sets from every lexicon); where no name has both, no sentence can be a mention without page
 * context, so the detector is not needed.
 *
 * It never says no where the detector could say yes (tests/unit/screen.test.ts checks it on the
 * whole real corpus): its windows hold every sentence the detector reads around a name, and its
 * words are pieces that every match of a lexicon term contains. The pieces are looked up in the
 * window's case-folded text: a pattern of them all took V8 some 50 ms to compile.
 */
import { WORD } from './compile';
import { foldCase } from './literals';
import { withPlainCapitalI } from './capital-i';
import { MAX_REACH } from './reach';

/**
 * One word set: its pieces as a trie (see trieOf for the format), and its terms that are looked
 * for whole (a regex source, flags iu; null: none).
 */
export interface WordSet {
  pieces: string;
  exact: string | null;
}

/** The two word sets; null: a set has a term that may match anywhere. */
export interface ScreenData {
  roles: WordSet | null;
  context: WordSet | null;
}

/**
 * The text as the pieces are written: case-folded (literals.ts), every run of spaces and hyphens
 * one space and every apostrophe one kind (a term's space stands for 1-3 spaces or hyphens, its
 * apostrophe for any of them: compile.ts).
 */
export function normalise(s: string): string {
  return foldCase(withPlainCapitalI(s))
    .replace(/[\s-]+/g, ' ')
    .replace(/['‘’ʻʼ`]/g, "'");
}

/**
 * How far from a pre-filter site (the start of a gate with a name near it) the detector's anchor
 * may start or end: the gate reach (gates.ts GATE_REACH, 64) plus the longest gate and name,
 * with room to spare.
 */
const ANCHOR_BEFORE = 160;
const ANCHOR_AFTER = 240;
// A sentence never runs past these (sentences.ts HARD)
const HARD = /[\n\r\u2028\u2029\u0085]/g;

/** The stretch of text that holds every sentence the detector may read for a name at `site`. */
export function windowAt(text: string, site: number): [number, number] {
  const anchorFrom = Math.max(0, site - ANCHOR_BEFORE);
  const anchorTo = Math.min(text.length, site + ANCHOR_AFTER);
  let from = Math.max(0, anchorFrom - MAX_REACH);
  let to = Math.min(text.length, anchorTo + MAX_REACH);
  HARD.lastIndex = from;
  for (let m = HARD.exec(text); m !== null && m.index < anchorFrom; m = HARD.exec(text)) from = m.index + 1;
  HARD.lastIndex = anchorTo;
  const after = HARD.exec(text);
  if (after !== null && after.index < to) to = after.index;
  return [from, to];
}

// Which boundaries a piece asks for (bits; any one found will do).
export const FREE = 1;
export const LEFT = 2;
export const RIGHT = 4;
export const BOTH = 8;

/**
 * Reads the pieces of a trie written by screen-build.ts writeTrie: a node's branches separated by
 * `|`, each a character (UTF-16 unit; `\\` escapes one of `\\()|~`), then `~` and the hex digit
 * of the boundaries when a piece ends there, then its own branches: one written right after it,
 * more in parentheses. Calls `piece` for each piece with its boundary bits.
 */
export function readTrie(src: string, piece: (text: string, bits: number) => void): void {
  let i = 0;
  const branches = (prefix: string): void => {
    for (;;) {
      chain(prefix);
      if (src[i] !== '|') return;
      i++;
    }
  };
  const chain = (prefix: string): void => {
    let text = prefix;
    while (i < src.length) {
      let ch = src[i++];
      if (ch === '\\') ch = src[i++];
      text += ch;
      if (src[i] === '~') {
        piece(text, parseInt(src[i + 1], 16));
        i += 2;
      }
      if (src[i] === '(') {
        i++;
        branches(text);
        i++; // ')'
        return;
      }
      if (src[i] === '|' || src[i] === ')') return;
    }
  };
  if (src) branches('');
}

const WORD_CHAR = new RegExp(WORD, 'u');
const wordAt = (s: string, i: number) => i >= 0 && i < s.length && WORD_CHAR.test(s[i]);

/**
 * The pieces of one set, kept light (a trie of Map nodes held 3 MB of heap): each piece with its
 * boundary bits, and the lengths of the pieces by their first two characters (one for a piece of
 * one), so that each position of a text asks about a few candidates.
 */
class Pieces {
  private bits = new Map<string, number>();
  private lengths = new Map<string, number[]>();

  constructor(src: string) {
    readTrie(src, (text, bits) => {
      this.bits.set(text, (this.bits.get(text) ?? 0) | bits);
      const head = text.slice(0, 2);
      const list = this.lengths.get(head) ?? [];
      if (!list.includes(text.length)) list.push(text.length);
      this.lengths.set(head, list);
    });
  }

  /** Does the normalised text hold a piece, with the boundaries it asks for? */
  in(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      for (const head of [s[i], s.slice(i, i + 2)]) {
        for (const length of this.lengths.get(head) ?? []) {
          const bits = this.bits.get(s.slice(i, i + length));
          if (bits === undefined) continue;
          const left = bits & (LEFT | BOTH) ? !wordAt(s, i - 1) : false;
          const right = bits & (RIGHT | BOTH) ? !wordAt(s, i + length) : false;
          if (bits & FREE || (bits & LEFT && left) || (bits & RIGHT && right) || (bits & BOTH && left && right)) return true;
        }
      }
    }
    return false;
  }
}

interface Matcher {
  /** `plain`: the text as it is; `norm`: normalise(plain). */
  holds(plain: string, norm: string): boolean;
}

function matcherOf(set: WordSet | null): Matcher {
  if (set === null) return { holds: () => true };
  let pieces: Pieces | null = null;
  let exact: RegExp | null | undefined;
  return {
    holds(plain, norm) {
      pieces ??= new Pieces(set.pieces);
      if (pieces.in(norm)) return true;
      exact ??= set.exact === null ? null : new RegExp(set.exact, 'iu');
      return exact !== null && exact.test(plain);
    },
  };
}

export interface Screen {
  /** True when some window around `sites` may hold a mention. */
  test(text: string, sites: readonly number[]): boolean;
}

/** The screen for the data. */
export function makeScreen(data: ScreenData): Screen {
  const roles = matcherOf(data.roles);
  const context = matcherOf(data.context);
  const test = (text: string, from: number, to: number) => {
    const plain = withPlainCapitalI(text.slice(from, to));
    const norm = normalise(plain);
    return roles.holds(plain, norm) && context.holds(plain, norm);
  };
  return {
    test(text, sites) {
      // windows of nearby sites overlap: they are joined (a larger stretch only says yes more often)
      let from = -1;
      let to = -1;
      for (const site of [...sites].sort((a, b) => a - b)) {
        const [f, t] = windowAt(text, site);
        if (f > to) {
          if (to > from && test(text, from, to)) return true;
          from = f;
        }
        to = Math.max(to, t);
      }
      return to > from && test(text, from, to);
    },
  };
}
