/**
 * Which lexicon terms can match a text at all, found without running (or compiling) their
 * patterns: every term has literal pieces that any match must contain ("kursk", "troop"), and a
 * term whose pieces are not all in the text cannot match it, nor any part of it. Leaving such terms
 * out of an alternation changes none of its matches, and keeps the pattern small to compile.
 */

// Lower-case forms that case-insensitive Unicode matching (simple case folding) takes as another
// letter: "ſ" → "s", "µ" → "μ", "ς" → "σ", Greek symbol forms, old Cyrillic forms. Written as codes
// (an editor may normalise "ι" to "ι"); checked against the engine by a unit test.
const FOLD_EXTRA: Record<string, string> = {
  '\u017f': '\u0073',
  '\u00b5': '\u03bc',
  '\u0345': '\u03b9',
  '\u1fbe': '\u03b9',
  '\u03d0': '\u03b2',
  '\u03f5': '\u03b5',
  '\u03d1': '\u03b8',
  '\u03f0': '\u03ba',
  '\u03d6': '\u03c0',
  '\u03f1': '\u03c1',
  '\u03c2': '\u03c3',
  '\u03d5': '\u03c6',
  '\u1c80': '\u0432',
  '\u1c81': '\u0434',
  '\u1c82': '\u043e',
  '\u1c83': '\u0441',
  '\u1c84': '\u0442',
  '\u1c85': '\u0442',
  '\u1c86': '\u044a',
  '\u1c87': '\u0463',
  '\u1c88': '\ua64b',
  '\u1e9b': '\u1e61',
};
const FOLD_EXTRA_RE =
  // eslint-disable-next-line no-misleading-character-class -- single code points (U+0345 is a combining mark folded on its own)
  /[\u017f\u00b5\u0345\u1fbe\u03d0\u03f5\u03d1\u03f0\u03d6\u03f1\u03c2\u03d5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b]/g;

/**
 * A case-folded copy: two letters that a case-insensitive Unicode pattern takes as equal come out
 * the same (one letter may become two: "İ" → "i̇", which only ever adds matches).
 */
export function foldCase(s: string): string {
  const low = s.toLowerCase();
  FOLD_EXTRA_RE.lastIndex = 0;
  return FOLD_EXTRA_RE.test(low) ? low.replace(FOLD_EXTRA_RE, (c) => FOLD_EXTRA[c]) : low;
}

const isAlnum = (code: number) => {
  const x = code | 0x20;
  return (x >= 0x61 && x <= 0x7a) || (code >= 0x30 && code <= 0x39);
};

// Everything in a term that is not a plain character (a space stands for a class of spaces).
const SYNTAX = /[\\[\](){}|?*+.^$' ]/;
const ONLY_SPACES = /^[^\\[\](){}|?*+.^$']*$/;

/**
 * The literal pieces every match of a lexicon term contains (case-folded), read from the term as
 * written (see lexicon/types.ts): runs of plain characters outside groups and classes that no
 * quantifier makes optional. Spaces and apostrophes stand for classes, so they end a run. Empty
 * when the term has no such piece (it is then always kept). `foldedTerm` is foldCase(term).
 */
export function literalRuns(term: string, foldedTerm = foldCase(term)): string[] {
  let t = term;
  let folded = foldedTerm;
  if (t.charCodeAt(0) === 0x7e /* ~ */) {
    t = t.slice(1);
    folded = folded.slice(1);
  }
  if (t.endsWith('$') && !t.endsWith('\\$')) {
    t = t.slice(0, -1);
    folded = folded.slice(0, -1);
  }
  // most terms are plain words: no need to read them character by character
  if (!SYNTAX.test(t)) return folded ? [folded] : [];
  if (ONLY_SPACES.test(t) && !t.includes(' ?')) return folded.split(' ').filter(Boolean);
  // the same character positions in the folded copy, unless folding changed the length ("İ")
  const same = folded.length === t.length;
  const runs: string[] = [];
  let cur = '';
  let depth = 0;
  const flush = () => {
    if (cur) runs.push(same ? cur : foldCase(cur));
    cur = '';
  };
  /** Is the atom ending before j optional (followed by ?, * or {0,...})? */
  const optionalAt = (j: number) => {
    const q = t.charCodeAt(j);
    if (q === 0x3f /* ? */ || q === 0x2a /* * */) return true;
    if (q !== 0x7b /* { */) return false;
    let k = j + 1;
    while (t.charCodeAt(k) === 0x30) k++;
    return t[k] === ',' || t[k] === '}';
  };
  /** Adds the character at i (if it stands outside any group), minding a quantifier after it at j. */
  const literal = (i: number, j: number) => {
    if (depth > 0) return;
    const code = t.charCodeAt(i);
    if ((code >= 0xd800 && code <= 0xdfff) || optionalAt(j)) {
      flush();
      return;
    }
    cur += same ? folded[i] : t[i];
    const q = t.charCodeAt(j);
    if (q === 0x2b /* + */ || q === 0x7b /* { */) flush(); // repeated: what follows is not adjacent
  };
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '\\') {
      i++;
      const e = t.charCodeAt(i);
      if (!isAlnum(e)) {
        literal(i, i + 1);
        continue;
      }
      // a class escape or a code: skip it whole
      const l = t[i];
      if ((l === 'p' || l === 'P' || l === 'u') && t[i + 1] === '{') while (i < t.length && t[i] !== '}') i++;
      else if (l === 'u') i += 4;
      else if (l === 'x') i += 2;
      else if (l === 'c') i += 1;
      else if (l === 'k' && t[i + 1] === '<') while (i < t.length && t[i] !== '>') i++;
      flush();
      continue;
    }
    if (c === '[') {
      i++;
      while (i < t.length && t[i] !== ']') i += t[i] === '\\' ? 2 : 1;
      flush();
      continue;
    }
    if (c === '(') {
      depth++;
      flush();
      continue;
    }
    if (c === ')') {
      depth--;
      flush();
      continue;
    }
    if (c === '|') {
      if (depth === 0) return []; // alternatives at the top: no piece is certain
      continue;
    }
    if (c === '{') {
      while (i < t.length && t[i] !== '}') i++;
      flush();
      continue;
    }
    if (c === ' ') {
      flush();
      if (t[i + 1] === '?') i++; // "a ?b": an optional space
      continue;
    }
    if (c === "'" || c === '.' || c === '^' || c === '$' || c === '?' || c === '*' || c === '+') {
      flush();
      continue;
    }
    literal(i, i + 1);
  }
  flush();
  return runs;
}

/** One text, asked which literal pieces it contains (answers cached). */
export class TextProbe {
  private folded: string | null = null;
  private readonly known = new Map<string, boolean>();
  constructor(private readonly text: string) {}
  has(run: string): boolean {
    let yes = this.known.get(run);
    if (yes === undefined) {
      this.folded ??= foldCase(this.text);
      yes = this.folded.includes(run);
      this.known.set(run, yes);
    }
    return yes;
  }
  /** Can a term with these pieces match the text? */
  hasAll(runs: readonly string[]): boolean {
    for (const r of runs) if (!this.has(r)) return false;
    return true;
  }
}

/** Does a pattern source hold a `|` outside any group or class (so that joining it to others needs a group)? */
export function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
