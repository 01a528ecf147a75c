/**
 * Turkish and Azerbaijani write the capital of i with a dot (İ). A case-insensitive pattern does
 * not take it for an i (its lower case is two characters, i and a combining dot), so "KİM JONG-UN"
 * in a headline named no one. The pre-filters and the detector read a copy with a plain capital I,
 * which every pattern takes for i: the same length, so every offset still points into the original.
 */
export const withPlainCapitalI = (text: string): string => (text.includes('İ') ? text.replaceAll('İ', 'I') : text);
