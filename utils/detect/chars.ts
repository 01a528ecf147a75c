/**
 * Letter tests on single characters, without compiling a Unicode property pattern until a
 * non-ASCII character needs one (each such pattern costs V8 about a millisecond the first time),
 * and with answers kept per UTF-16 code unit.
 */

type Test = (code: number) => boolean;

/** A cached test for one code unit: `ascii` answers below 0x80, `pattern` (compiled on demand) above. */
function unitTest(ascii: Test, pattern: () => RegExp): Test {
  let re: RegExp | null = null;
  let known: Uint8Array | null = null; // 0 unknown, 1 yes, 2 no
  return (code) => {
    if (code < 0x80) return ascii(code);
    known ??= new Uint8Array(0x10000);
    let k = known[code];
    if (k === 0) {
      re ??= pattern();
      k = re.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = k;
    }
    return k === 1;
  };
}

const asciiLetter: Test = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** \p{L}, for one code unit (a lone surrogate is no letter). */
export const isLetterUnit = unitTest(asciiLetter, () => /\p{L}/u);

/** [\p{L}\p{M}], for one code unit. */
export const isLetterOrMarkUnit = unitTest(asciiLetter, () => /[\p{L}\p{M}]/u);

/**
 * A letter or mark of a script that separates words with spaces (not Han, Hangul, kana or Thai),
 * for one code unit.
 */
export const isSpacedLetterUnit = unitTest(asciiLetter, () => /(?![\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}])[\p{L}\p{M}]/u);

let astralLetter: RegExp | null = null;
let astralLetterOrMark: RegExp | null = null;

/** \p{L}, for one code point. */
export function isLetterPoint(cp: number): boolean {
  if (cp < 0x10000) return isLetterUnit(cp);
  astralLetter ??= /^\p{L}$/u;
  return astralLetter.test(String.fromCodePoint(cp));
}

/** [\p{L}\p{M}], for one code point. */
export function isLetterOrMarkPoint(cp: number): boolean {
  if (cp < 0x10000) return isLetterOrMarkUnit(cp);
  astralLetterOrMark ??= /^[\p{L}\p{M}]$/u;
  return astralLetterOrMark.test(String.fromCodePoint(cp));
}

/** Is the whole string made of letters (/^\p{L}+$/u)? */
export function allLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (!isLetterPoint(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

/**
 * The words of a text as /[\p{L}\p{M}']+/gu finds them: runs of letters, marks and apostrophes,
 * in order, at most `limit` of them.
 */
export function letterWords(s: string, limit: number): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length && out.length < limit; i++) {
    const cp = s.codePointAt(i)!;
    const wide = cp > 0xffff;
    if (cp === 0x27 || isLetterOrMarkPoint(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    if (wide) i++;
  }
  if (start >= 0 && out.length < limit) out.push(s.slice(start));
  return out;
}

/** Letters joined by single full stops ("U.S", "z.B"): /^\p{L}(?:\.\p{L})+$/u on a string without surrogates. */
export function isDottedLetters(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let j = 0; j < word.length; j++) {
    if (j % 2 === 1 ? word[j] !== '.' : !isLetterUnit(word.charCodeAt(j))) return false;
  }
  return true;
}

/**
 * Does a "the North" phrase ("the North's", "du Nord", "z Północy") write its last word with a
 * capital? Only then does it name North Korea.
 */
export function capitalisedNorth(phrase: string): boolean {
  const words = phrase.replace(/['’ʼ]s$/u, '').split(/[\s\u00a0-]+/);
  const ch = words[words.length - 1][0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/**
 * What may stand before a sentence's subject pronoun (regex sources): spaces, quotes, a dash, then
 * up to three words of an adverbial or a reporting clause ("В момента те", "Під час допиту вони").
 */
export const OPENING = '[\\s\\u00a0"“”„«»‘’\'「『(–—-]*';
export const LEAD_IN = '(?:[^\\s\\u00a0.;:!?()"“”«»„]+,?[\\s\\u00a0]+){0,3}';

/** Whole-word edges for the pronoun lists' patterns (regex sources, `u` flag): no letter, mark or digit beside. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** A pronoun list's term as a regex source: each space any run of spaces ("с ними", "one of them"). */
export const anySpaces = (term: string): string => term.replace(/ /g, '[\\s\\u00a0]+');
