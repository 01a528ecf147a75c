/**
 * Turns lexicon terms (see lexicon/types.ts for the conventions) into regular expressions.
 * Every pattern built here is a plain alternation of bounded pieces, so matching stays linear.
 */

// A letter or digit of a script written with spaces (Latin, Greek, Cyrillic, Armenian, Hebrew,
// Arabic, Indic, Georgian): CJK, kana, Hangul and Thai letters do not end words. Explicit ranges
// keep the hundreds of boundary checks cheap to compile. (Armenian's block holds its punctuation
// too, U+055A-055F and the full stop U+0589, which end words.)
export const WORD =
  '[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u0559\\u0560-\\u0588\\u0591-\\u05f2\\u0610-\\u061a\\u0620-\\u06d3\\u06d5-\\u06ff\\u0750-\\u077f\\u0900-\\u0dff\\u10a0-\\u10ff\\u1e00-\\u1fff\\u200c\\u200d]';
// JavaScript's \s without the line and paragraph ends (\n \r \u2028 \u2029): a term's space
// never reaches across a sentence's hard end, such as the separator the scanner puts between
// two blocks' text ("North" ¶ "Korean troops" is no mention).
// Listed one by one, with no range, so that prefilter-build.ts can tell each for a separator.
export const INLINE_SPACE_ITEMS: readonly string[] = [
  '\\t',
  '\\v',
  '\\f',
  ' ',
  '\\u00a0',
  '\\u1680',
  ...Array.from({ length: 11 }, (_, i) => `\\u${(0x2000 + i).toString(16).padStart(4, '0')}`),
  '\\u202f',
  '\\u205f',
  '\\u3000',
  '\\ufeff',
];
const INLINE_SPACES = INLINE_SPACE_ITEMS.join('');
export const SPACE = `[${INLINE_SPACES}-]{1,3}`;
const OPT_SPACE = `[${INLINE_SPACES}-]{0,3}`;
// Uzbek writes its o‘ and g‘ with the turned comma (‘) or the modifier letter (ʻ) as often as with '
export const APOS = "['‘’ʻʼ`]";

/** Replaces literal spaces and apostrophes outside character classes. */
function expandLiterals(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      // a term's own \s ("kim jong[\s-]{0,2}un") is an inline space too
      out += next === 's' ? (inClass ? INLINE_SPACES : `[${INLINE_SPACES}]`) : c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === ' ' && src[i + 1] === '?') {
      out += OPT_SPACE; // "a ?b": the space is optional
      i++;
    } else out += c === ' ' ? SPACE : c === "'" ? APOS : c;
  }
  return out;
}

interface TermParts {
  body: string;
  left: boolean;
  right: boolean;
}

/**
 * A term as written without its boundary marks (see lexicon/types.ts), and the word boundaries
 * they ask for: a word start in a spaced language unless it begins with `~`, a word end when it
 * ends with `$`.
 */
export function termBounds(term: string, spaced: boolean): TermParts {
  let body = term;
  let left = spaced;
  let right = false;
  if (body.startsWith('~')) {
    body = body.slice(1);
    left = false;
  }
  if (body.endsWith('$') && !body.endsWith('\\$')) {
    body = body.slice(0, -1);
    right = true;
  }
  return { body, left, right };
}

function parts(term: string, spaced: boolean): TermParts {
  const { body, left, right } = termBounds(term, spaced);
  return { body: expandLiterals(body), left, right };
}

const withRight = (p: TermParts) => `(?:${p.body})` + (p.right ? `(?!${WORD})` : '');

/** The source of one term, with the word boundaries its language asks for. */
export function termSource(term: string, spaced: boolean): string {
  const p = parts(term, spaced);
  return (p.left ? `(?<!${WORD})` : '') + withRight(p);
}

/**
 * A term without its word-start check and leading look-behinds: a fast superset pattern for the
 * pre-filter. The word-end check stays: it follows the literal, so it costs nothing on text that
 * does not contain the term ("the North" must not match "the northern").
 */
export function looseSource(term: string): string {
  let t = term.replace(/^~/, '');
  let right = false;
  if (t.endsWith('$') && !t.endsWith('\\$')) {
    t = t.slice(0, -1);
    right = true;
  }
  if (t.startsWith('(?<')) {
    let depth = 0;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '\\') {
        i++;
        continue;
      }
      if (t[i] === '(') depth++;
      else if (t[i] === ')' && --depth === 0) {
        t = t.slice(i + 1);
        break;
      }
    }
  }
  // an ASCII-only word end: weaker than the real check (so still a superset), and cheap to run
  return expandLiterals(t) + (right ? '(?![a-z])' : '');
}

export interface Entry {
  term: string;
  spaced: boolean;
}

/** One term of an alternation, ready to join (see unionSource). */
export interface UnionPart {
  /** Equal for terms that give the same alternative: only the first is kept. */
  key: string;
  src: string;
  /** Must start a word (shares the alternation's one look-behind). */
  left: boolean;
  /** The term's written length: longer terms come first. */
  len: number;
}

export function unionPart(e: Entry): UnionPart {
  const p = parts(e.term, e.spaced);
  const src = withRight(p);
  return { key: (p.left ? 'L' : 'F') + src, src, left: p.left, len: e.term.length };
}

/**
 * One alternation; longer terms first so the fullest form wins a tie. Terms that must start a
 * word share one look-behind. Null when there is no term.
 */
export function unionSource(list: readonly UnionPart[]): string | null {
  const seen = new Set<string>();
  const bounded: UnionPart[] = [];
  const free: UnionPart[] = [];
  for (const p of list) {
    if (seen.has(p.key)) continue;
    seen.add(p.key);
    (p.left ? bounded : free).push(p);
  }
  if (bounded.length + free.length === 0) return null;
  const join = (l: UnionPart[]) =>
    l
      .sort((a, b) => b.len - a.len)
      .map((x) => x.src)
      .join('|');
  const alts: string[] = [];
  if (bounded.length) alts.push(`(?<!${WORD})(?:${join(bounded)})`);
  if (free.length) alts.push(join(free));
  return alts.join('|');
}

/** One global, case-insensitive alternation of the entries (see unionSource). */
export function unionRegExp(entries: Entry[], flags = 'giu'): RegExp | null {
  const src = unionSource(entries.map(unionPart));
  return src === null ? null : new RegExp(src, flags);
}

export interface Span {
  start: number;
  end: number;
}

/** All non-overlapping matches of `re` in `text` (empty matches skipped). */
export function allHits(re: RegExp | null, text: string): Span[] {
  const out: Span[] = [];
  if (!re) return out;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
