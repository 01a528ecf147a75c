// The build's output in ASCII only. V8 keeps an extension script's source for as long as its
// functions live, and keeps all of it at two bytes a character once a single character is past
// Latin-1: the engine's 373 kB held 745 kB of our heap on every page it loaded into, for a few
// letters in regex literals (Cyrillic and CJK classes, curly quotes), which esbuild's ASCII
// charset leaves as written. `\uXXXX` means the same in strings, regexes (an astral character
// becomes its two halves, which a `u` regex reads back as one), templates' cooked text and
// identifiers.

const NON_ASCII = /[\u0080-\uffff]/g;

/** `code` with every non-ASCII UTF-16 unit written as `\uXXXX`. */
export function asciiOnly(code: string): string {
  // After a backslash the escape would itself be escaped ("\\u2019"): refuse rather than change meaning.
  const escaped = /\\[\u0080-\uffff]/.exec(code);
  if (escaped) throw new Error(`ascii-only: a backslash before a non-ASCII character at ${escaped.index}`);
  return code.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
