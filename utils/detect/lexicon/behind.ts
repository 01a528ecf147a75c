/**
 * A term that counts only after certain words, with its look-behind written after the term's
 * literal, as types.ts asks (one opening with a look-behind is tried at every position of every
 * sentence): `behind('(?:^|[^\\p{L}])(?:los|unos) ', 'militares$')` is
 * `militares(?<=(?:^|[^\\p{L}])(?:los|unos) militares)$`.
 * `orNot`: or after anything that does not match it (`'\\p{L} '`: no word before it at all).
 */
export function behind(before: string, term: string, orNot?: string): string {
  const end = term.endsWith('$') ? '$' : '';
  const literal = end ? term.slice(0, -1) : term;
  const after = `(?<=${before}${literal})`;
  return literal + (orNot === undefined ? after : `(?:${after}|(?<!${orNot}${literal}))`) + end;
}

/** For `orNot`: a word right before the term (so without one, at a sentence's start or after a comma, it counts). */
export const NO_WORD = '\\p{L} ';
