/**
 * Turns lexicon terms (see lexicon/types.ts for the conventions) into regular expressions.
 * Every pattern built here is a plain alternation of bounded pieces, so matching stays linear.
 */

// A letter of a script written with spaces: CJK, kana, Hangul and Thai letters do not end words.
const WORD = '(?:(?![\\p{sc=Han}\\p{sc=Hangul}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}])[\\p{L}\\p{M}\\p{N}])';
const SPACE = '[\\s\\u00a0\\u202f\\u2009-]{1,3}';
const APOS = "['’ʼ`]";

/** Replaces literal spaces and apostrophes outside character classes. */
function expandLiterals(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    out += c === ' ' ? SPACE : c === "'" ? APOS : c;
  }
  return out;
}

/** The source of one term, with the word boundaries its language asks for. */
export function termSource(term: string, spaced: boolean): string {
  let t = term;
  let left = spaced;
  let right = false;
  if (t.startsWith('~')) {
    t = t.slice(1);
    left = false;
  }
  if (t.endsWith('$') && !t.endsWith('\\$')) {
    t = t.slice(0, -1);
    right = true;
  }
  const body = expandLiterals(t);
  return (left ? `(?<!${WORD})` : '') + `(?:${body})` + (right ? `(?!${WORD})` : '');
}

/** A term stripped of boundaries and leading look-behinds: a superset pattern for the pre-filter. */
export function looseSource(term: string): string {
  let t = term.replace(/^~/, '');
  if (t.endsWith('$') && !t.endsWith('\\$')) t = t.slice(0, -1);
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
  return expandLiterals(t);
}

export interface Entry {
  term: string;
  spaced: boolean;
}

/** One global, case-insensitive alternation; longer terms first so the fullest form wins a tie. */
export function unionRegExp(entries: Entry[], flags = 'giu'): RegExp | null {
  const seen = new Set<string>();
  const sources: { src: string; len: number }[] = [];
  for (const e of entries) {
    const src = termSource(e.term, e.spaced);
    if (seen.has(src)) continue;
    seen.add(src);
    sources.push({ src, len: e.term.length });
  }
  if (sources.length === 0) return null;
  sources.sort((a, b) => b.len - a.len);
  return new RegExp(sources.map((s) => s.src).join('|'), flags);
}

export interface Hit {
  start: number;
  end: number;
}

/** All non-overlapping matches of `re` in `text` (empty matches skipped). */
export function allHits(re: RegExp | null, text: string): Hit[] {
  const out: Hit[] = [];
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
