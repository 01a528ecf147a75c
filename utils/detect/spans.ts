import type { Lexicon } from './lexicon/index';
import { allHits, type Span } from './compile';
import { isSpacedLetterUnit } from './chars';

// Spans of a sentence and the gaps between them, as the readers of a sentence (analyze.ts,
// owners.ts, singular-fate.ts) measure them.

export const words = (g: string): string[] =>
  g
    .trim()
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
export const PUNCT = /[,;:.!?()"“”«»„。、，；：]/;
export const HARD_BREAK = /[;。；]|\s[—–]\s/;
/** A dash-delimited aside within a gap ("sent to Russia – mostly to Kursk – over 10,000 troops"). */
const DASH_ASIDE = /\s[—–]\s[^—–;。；]*\s[—–]\s/g;
/** Does the gap break the sentence (a semicolon, a lone dash), not counting dash-delimited asides? */
export const breaks = (gap: string) => HARD_BREAK.test(gap.replace(DASH_ASIDE, ' '));

export function overlaps(h: Span, list: Span[]): boolean {
  return list.some((o) => o.start < h.end && o.end > h.start);
}

export function lastBefore(list: Span[], pos: number): Span | null {
  let best: Span | null = null;
  for (const h of list) if (h.end <= pos && (!best || h.end > best.end)) best = h;
  return best;
}

export function firstAfter(list: Span[], pos: number): Span | null {
  let best: Span | null = null;
  for (const h of list) if (h.start >= pos && (!best || h.start < best.start)) best = h;
  return best;
}

/** Hits widened to whole words, so gaps between them hold whole words only. */
export function wordHits(re: RegExp | null, s: string): Span[] {
  return allHits(re, s).map((h) => {
    const [start, end] = wholeWords(s, h.start, h.end);
    return { start, end };
  });
}

/** Widens a span that starts or ends inside a word ("soldier|s", "Elite|soldaten") to the whole word. */
export function wholeWords(s: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  // letters of scripts that separate words with spaces (stems are widened to whole words there)
  while (a > 0 && start - a < 24 && isSpacedLetterUnit(s.charCodeAt(a - 1)) && isSpacedLetterUnit(s.charCodeAt(a))) a--;
  while (b < s.length && b - end < 24 && isSpacedLetterUnit(s.charCodeAt(b)) && isSpacedLetterUnit(s.charCodeAt(b - 1))) b++;
  return [a, b];
}

/** One pattern per lexicon, built from it the first time a sentence asks. */
export function perLexicon(build: (l: Lexicon) => RegExp): (l: Lexicon) => RegExp {
  const built = new Map<Lexicon, RegExp>();
  return (l) => {
    let re = built.get(l);
    if (!re) built.set(l, (re = build(l)));
    return re;
  };
}
