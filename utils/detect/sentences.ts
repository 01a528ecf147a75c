/**
 * Sentence bounds found locally around a position, so only text near an anchor is ever split.
 * Scans are capped (MAX_REACH each way) to keep the work linear on text without punctuation.
 */
import { isDottedLetters, isLetterUnit } from './chars';
import { LEXICONS } from './lexicon/index';
import { MAX_REACH } from './reach';

export { MAX_REACH };

const HARD = new Set(['\n', '\r', '\u2029', '\u2028', '\u0085']);
// Always end a sentence: CJK and other full stops that are never decimals or abbreviations.
// (and the Armenian full stop, ։)
const ALWAYS = new Set(['。', '！', '？', '｡', '।', '॥', '۔', '؟', '።', '\u0589']);
// End a sentence when followed by a space (or the end): . ! ? …
const SOFT = new Set(['.', '!', '?', '…']);
// Every character endsAt may take as a sentence's end (HARD, ALWAYS, SOFT, and an Armenian colon).
const ENDERS = /[\n\r\u2029\u2028\u0085。！？｡।॥۔؟።\u0589.!?…:]/g;
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '」', '』', '）', '】', '〉', '》']);

// Abbreviations that a full stop does not end (lexicon/<lang>.ts abbreviations).
const ABBREV = new Set(LEXICONS.flatMap((l) => l.abbreviations ?? []));

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\u00a0' || HARD.has(c) || c === '\u3000';
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
// (Georgian's Mkhedruli letters have capitals, Mtavruli, that running text never uses: no word
// after a full stop is "lower case" there)
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase() && !(c >= '\u10d0' && c <= '\u10ff');

/**
 * Armenian text often types its full stop (։) as a colon: one right after an Armenian word, before
 * a space and a capital Armenian letter, ends the sentence (not "Kim said: The troops").
 */
function armenianColonStop(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (!(before >= 0x561 && before <= 0x587) || !isSpace(text[i + 1])) return false;
  let k = i + 1;
  while (k < text.length && k - i < 4 && (text[k] === ' ' || text[k] === '\u00a0')) k++;
  const next = text.charCodeAt(k);
  return next >= 0x531 && next <= 0x556;
}

/** Is the character at i the end of a sentence? (i is inside the text) */
function endsAt(text: string, i: number): boolean {
  const c = text[i];
  if (HARD.has(c) || ALWAYS.has(c)) return true;
  if (c === ':') return armenianColonStop(text, i);
  if (!SOFT.has(c)) return false;
  // skip closing quotes and brackets, then demand a space (or the end)
  let j = i + 1;
  while (j < text.length && j - i < 4 && CLOSERS.has(text[j])) j++;
  if (!isSpace(text[j])) return false;
  if (c !== '.') return true;
  // the next word starts with a lower-case letter: not a sentence end ("ca. 11.000", "тыс. военных")
  let k = j;
  while (k < text.length && k - j < 4 && (text[k] === ' ' || text[k] === '\u00a0')) k++;
  if (k < text.length && isLower(text[k])) return false;
  // the word before the stop: an abbreviation, an initial, a 1-2 digit ordinal ("11. Korps")
  let s = i;
  while (s > 0 && i - s < 12 && (text[s - 1] === '.' || isLetterUnit(text.charCodeAt(s - 1)))) s--;
  const word = text.slice(s, i);
  if (word.length === 1) return false; // an initial ("J.") or a split abbreviation ("z. B.")
  if (ABBREV.has(word.toLowerCase())) return false;
  if (isDottedLetters(word)) return false; // U.S, z.B
  if (s === i) {
    // "11. Korps", "am 3. Oktober": a one- or two-digit ordinal before a capitalised word
    let d = i;
    while (d > 0 && i - d < 3 && text[d - 1] >= '0' && text[d - 1] <= '9') d--;
    const digits = i - d;
    const spaceBefore = d === 0 || text[d - 1] === ' ' || text[d - 1] === '\u00a0';
    if (digits >= 1 && digits <= 2 && spaceBefore && k < text.length && isUpper(text[k])) return false;
  }
  return true;
}

/**
 * The sentence around [from, to): returns [start, end) with start >= floor. Leading spaces are
 * trimmed; a sentence with no boundary within MAX_REACH is cut at the reach.
 */
export function sentenceAround(text: string, from: number, to: number, floor = 0): [number, number] {
  let start = Math.max(floor, from - MAX_REACH);
  for (let i = from - 1; i >= start; i--) {
    if (endsAt(text, i)) {
      start = i + 1;
      break;
    }
  }
  // closers that belong to the previous sentence
  while (start < from && CLOSERS.has(text[start]) && start > floor && SOFT.has(text[start - 1])) start++;
  let end = Math.min(text.length, to + MAX_REACH);
  // Only the characters that may end a sentence are tried: a page-long text is split sentence by
  // sentence on a page about the topic, and most characters are none of them.
  const reach = text.slice(to, end);
  ENDERS.lastIndex = 0;
  for (let m = ENDERS.exec(reach); m !== null; m = ENDERS.exec(reach)) {
    const i = to + m.index;
    if (endsAt(text, i)) {
      end = i + 1;
      if (!HARD.has(text[i])) while (end < text.length && end - i < 4 && CLOSERS.has(text[end])) end++;
      else end = i;
      break;
    }
  }
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

/**
 * The text's sentences, one by one: the page-context reading walks a page-long text with it, in
 * steps, rather than splitting it all at once.
 */
export function* sentencesOf(text: string): Generator<[number, number]> {
  let pos = 0;
  while (pos < text.length) {
    while (pos < text.length && isSpace(text[pos])) pos++;
    if (pos >= text.length) break;
    const [s, e] = sentenceAround(text, pos, pos, pos);
    yield [s, e];
    // continue after the sentence's end, skipping its boundary
    let next = e;
    while (next < text.length && (isSpace(text[next]) || ALWAYS.has(text[next]))) next++;
    pos = Math.max(next, pos + 1);
  }
}

/** Splits a (short) text into sentences: used by tests and by tools that need every sentence. */
export function splitSentences(text: string): [number, number][] {
  return [...sentencesOf(text)];
}
