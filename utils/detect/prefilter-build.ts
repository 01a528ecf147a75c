/**
 * Builds the pre-filters' data from the lexicons and the gate lists. Run at development time only
 * (scripts/gen-prefilter.ts and the unit tests): the page pre-filter and the detector's anchor
 * search read the result from prefilter.data.ts, so loading them costs no lexicon-wide work, and
 * this module is never bundled.
 */
import { LEXICONS } from './lexicon/index';
import { hasTopLevelBar, literalRuns } from './literals';
import { INLINE_SPACE_ITEMS, looseSource } from './compile';
import { isSpacedLetterUnit } from './chars';
import { GATE_REACH, SCRIPT_PRESENT, mandatoryLiterals, plainRuns, trieSource } from './gates';
import type { AnchorRow, GateData } from './anchor-search';
import type { PersonnelGateSources } from './personnel-gate';

const capitalised = (w: string) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()];
type GateKind = 'anyCase' | 'capitalised' | 'script' | 'patterns';
const gatesOf = (kind: GateKind): string[] => [...new Set(LEXICONS.flatMap((l) => l.gates?.[kind] ?? []))];

/** Pass A's pieces found in any case (gates.ts). */
export const LATIN_GATES_ANY_CASE = gatesOf('anyCase');
/** Pass A's pieces found only capitalised or in capitals. */
export const LATIN_GATES_CAPITALISED = gatesOf('capitalised');
export const LATIN_GATES = [...LATIN_GATES_ANY_CASE, ...LATIN_GATES_CAPITALISED];
/** Pass C's pieces, and its patterns. */
export const SCRIPT_GATES = gatesOf('script');
export const SCRIPT_GATES_EXTRA = gatesOf('patterns');
/**
 * Whole words as one pattern shaped as a trie that keeps every word whole ("Nord(?:en(?:s)?)?"):
 * unlike trieSource, a word's longer extensions stay, since pass B must see where a word ends.
 */
function wordTrieSource(words: readonly string[]): string {
  type Node = { end: boolean; next: Map<string, Node> };
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { end: false, next: new Map() }));
      node = n;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const alts = [...node.next].map(([ch, child]) => ch + emit(child));
    if (alts.length === 0) return '';
    const one = alts.length === 1;
    if (node.end) return `(?:${alts.join('|')})?`;
    return one ? alts[0] : `(?:${alts.join('|')})`;
  };
  return emit(root);
}

/** Pass B: the last word of every "the North" term, capitalised or in capitals, as a whole word (unless pass A's capitalised pieces already cover it). */
const NORTH_WORDS = [
  ...new Set(LEXICONS.flatMap((l) => (l.north ?? []).map((t) => t.replace(/\$$/, '').replace(/'s$/, '').split(' ').pop()!))),
].filter((w) => !LATIN_GATES_CAPITALISED.some((g) => w.startsWith(g)));
export const CAPITAL_GATES_SOURCE = `${wordTrieSource(NORTH_WORDS.flatMap(capitalised))}(?![a-z])`;

/** Passes A and B in one case-sensitive pattern (flags: g). */
export const LATIN_GATE_SOURCE = `${trieSource(LATIN_GATES_ANY_CASE, true)}|${trieSource(LATIN_GATES_CAPITALISED.flatMap(capitalised))}|${CAPITAL_GATES_SOURCE}`;
/** Pass C (flags: gi). */
export const SCRIPT_GATE_SOURCE = [trieSource(SCRIPT_GATES), ...SCRIPT_GATES_EXTRA].join('|');
/** Every gate in one pattern: used to check that each anchor contains a gate. */
export const ALL_GATES_SOURCE = [trieSource(LATIN_GATES), CAPITAL_GATES_SOURCE, SCRIPT_GATE_SOURCE].join('|');

/** One anchor (a name of North Korea or of the deployed formation), as the pre-filter uses it. */
export interface AnchorInfo {
  /** The first lexicon term that gave this loose pattern, as written. */
  term: string;
  /** The term without its word-start check (compile.ts looseSource). */
  loose: string;
  /** The lower-cased literal pieces every match contains. */
  runs: string[];
  /** The term, lower-cased. */
  raw: string;
  /** A "the North" term: names North Korea only with a capital. */
  north: boolean;
}

/**
 * Every anchor once (equal loose patterns in lexicons with the same word boundaries are kept
 * once), in lexicon order, and the pieces of anchors that no gate covers.
 */
function buildAnchors(): { anchors: AnchorInfo[]; uncovered: string[] } {
  const gatePart = new RegExp(ALL_GATES_SOURCE, 'i');
  const anchors: AnchorInfo[] = [];
  const uncovered: string[] = [];
  const seen = new Set<string>();
  for (const lex of LEXICONS) {
    const north = new Set(lex.north ?? []);
    for (const term of [
      ...lex.nk,
      ...(lex.fused ?? []),
      ...(lex.strong ?? []),
      ...(lex.north ?? []),
      ...(lex.nkWeak ?? []),
      ...(lex.fusedWeak ?? []),
    ]) {
      const loose = looseSource(term);
      if (seen.has(loose + lex.spaced)) continue;
      seen.add(loose + lex.spaced);
      const runs = mandatoryLiterals(loose);
      anchors.push({ term, loose, runs: runs.map((r) => r.toLowerCase()), raw: term.toLowerCase(), north: north.has(term) });
      // "北" alone is covered by the 北 gate (see gates.ts): such anchors require a following mark.
      // (a gate may span a space: "the north" is tested against the term as written)
      const covered = runs.some((r) => r === '北' || gatePart.test(r)) || gatePart.test(term.replace(/\$$/, ''));
      if (!covered) {
        const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
        uncovered.push(longest || loose);
      }
    }
  }
  return { anchors, uncovered };
}

const built = buildAnchors();

/** Every anchor, in the order anchor-search.ts reads them from its data. */
export const ANCHORS: readonly AnchorInfo[] = built.anchors;

/** Anchors no gate covers (should be empty; a unit test checks). They become gates themselves. */
export const UNGATED: readonly string[] = built.uncovered;

/** Pass A and B, with any ungated anchor as a gate of its own (flags: g). */
export const LATIN_SOURCE = [LATIN_GATE_SOURCE, ...(UNGATED.length ? [trieSource(UNGATED, true)] : [])].join('|');

const LOOSE_BY_LENGTH = ANCHORS.map((a) => a.loose).sort((a, b) => b.length - a.length);

/** Every anchor in one alternation, longest first (the order is stable: see anchor-search.ts looseAll). */
export const LOOSE_SOURCE = LOOSE_BY_LENGTH.map((p) => `(?:${p})`).join('|');

/** The anchors as prefilter.data.ts stores them (see anchor-search.ts AnchorRow). */
export const ANCHOR_ROWS: AnchorRow[] = ANCHORS.map((a): AnchorRow => {
  const plain = plainRuns(a.raw);
  const runs = plain.length === a.runs.length && plain.every((r, i) => r === a.runs[i]) ? 0 : a.runs;
  return a.north ? [a.term, runs, 1] : [a.term, runs];
});

/**
 * The names' source for a regex with no flags, matched against lower-cased text: V8 compiles
 * it several times faster than the same names with the i and u flags (the content script
 * compiles it on the first page that has a gate). The names are written in lower case; the only
 * construct that needs the u flag is \p{L} (an inflected ending), and a class of every BMP
 * letter and more stands in for it, with room for letters outside the BMP (two code units
 * each). A unit test checks that this still finds every name the original finds.
 */
export function withoutUnicodeMode(source: string): string {
  const LETTER = '[\\w\\u00aa-\\uffff]';
  return source.replace(/\\p\{L\}(?:\{(\d+)(,(\d*))?\}|([*+?]))?/g, (_, min?: string, comma?: string, max?: string, op?: string) => {
    if (op) return LETTER + (op === '?' ? '{0,2}' : op);
    if (min === undefined) return LETTER + '{1,2}';
    if (comma === undefined) return `${LETTER}{${min},${2 * Number(min)}}`;
    return `${LETTER}{${min},${max ? 2 * Number(max) : ''}}`;
  });
}

/** The separators a name's pattern may hold: whitespace of any kind, and the hyphen. */
const SEPARATORS = new Set(['\\s', ...INLINE_SPACE_ITEMS, '-', '\\-']);

/** The escape or character at `i` of a regex source (a \\uXXXX escape whole). */
function unitAt(source: string, i: number): string {
  if (source[i] !== '\\') return source[i];
  return source.slice(i, source.startsWith('u', i + 1) ? i + 6 : i + 2);
}

/** The items of a class's body: escapes and characters, and whether any two make a range. */
function classItems(body: string): { items: string[]; range: boolean } {
  const items: string[] = [];
  let range = false;
  for (let i = 0; i < body.length;) {
    const item = unitAt(body, i);
    i += item.length;
    if (item === '-' && items.length > 0 && i < body.length) range = true;
    items.push(item);
  }
  return { items, range };
}

/**
 * The names' source for text whose separators page-prefilter.ts plainSeparators has made one
 * space each: every separator in a name (a class of spaces and hyphens with any count, a \s, a
 * hyphen) becomes an optional space, and a class of separators and other characters keeps the
 * others beside a space. V8 compiles the result about five times faster (the quick filter
 * compiles it at the first gate of a page: about 15 ms before, in Node). Every separator is
 * optional so that two of them can share the one space a run became: the result matches all
 * the original matches, and a few glued words more, which the detector then turns down. A
 * class with a range is left alone: the letters it stands for never include a separator
 * (withoutUnicodeMode's class is \p{L}'s). A unit test checks that this finds every name the
 * original finds.
 */
export function withPlainSeparators(source: string): string {
  let out = '';
  const optionalSpace = () => {
    if (!out.endsWith(' ?')) out += ' ?';
  };
  for (let i = 0; i < source.length;) {
    let atom = unitAt(source, i);
    if (atom === '[') {
      let j = i + 1;
      while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atom = source.slice(i, j + 1);
    }
    i += atom.length;
    const count = /^(?:\{\d+(?:,\d*)?\}|[?*+])/.exec(source.slice(i))?.[0] ?? '';
    if (!atom.startsWith('[')) {
      if (!SEPARATORS.has(atom)) out += atom;
      else {
        i += count.length;
        optionalSpace();
      }
      continue;
    }
    const { items, range } = classItems(atom.slice(1, -1));
    const others = items.filter((x) => !SEPARATORS.has(x));
    if (atom.startsWith('[^') || range || others.length === items.length) out += atom;
    else if (others.length === 0) {
      i += count.length;
      optionalSpace();
    } else out += `[ ${others.join('')}]`;
  }
  return out;
}

/** The gates both pre-filters scan for. */
export const GATES: GateData = {
  latin: LATIN_SOURCE,
  script: SCRIPT_GATE_SOURCE,
  scriptGates: [...SCRIPT_GATES],
  scriptGatesExtra: [...SCRIPT_GATES_EXTRA],
  scriptPresent: SCRIPT_PRESENT.source,
  reach: GATE_REACH,
};

/** Every name for the page pre-filter: a regex with no flags, on lower-cased text with plain separators. */
// Each anchor in a group only where it needs one: the content script carries this (about 200 bytes
// gzipped less than with a group around every anchor).
export const PAGE_NAMES = withPlainSeparators(withoutUnicodeMode(LOOSE_BY_LENGTH.map((p) => (hasTopLevelBar(p) ? `(?:${p})` : p)).join('|')));

/**
 * The alternatives of a group outside any other group that every match of the term goes through
 * ("(?:captured|wounded)" in "(?:was|is) (?:captured|wounded)$"), each with a literal piece: a
 * match holds one of the pieces. The group whose shortest piece is longest; null if none.
 */
export function requiredAlternatives(term: string): string[] | null {
  const t = term.replace(/^~/, '').replace(/(?<!\\)\$$/, '');
  let best: string[] | null = null;
  const shortest = (ps: string[]) => Math.min(...ps.map((x) => [...x].length));
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '\\') {
      i++;
      continue;
    }
    if (t[i] === '[') {
      while (i < t.length && t[i] !== ']') i += t[i] === '\\' ? 2 : 1;
      continue;
    }
    if (t[i] !== '(') continue;
    // the group's end, and its alternatives split at its own bars
    let depth = 0;
    let j = i;
    const alts: string[] = [];
    let from = t.startsWith('(?:', i) ? i + 3 : i + 1;
    for (; j < t.length; j++) {
      const ch = t[j];
      if (ch === '\\') j++;
      else if (ch === '[') while (j < t.length && t[j] !== ']') j += t[j] === '\\' ? 2 : 1;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
      else if (ch === '|' && depth === 1) {
        alts.push(t.slice(from, j));
        from = j + 1;
      }
    }
    alts.push(t.slice(from, j));
    const lookaround = /^\(\?<?[=!]/.test(t.slice(i, i + 4));
    const optional = /^[?*]|^\{0*[,}]/.test(t.slice(j + 1));
    if (!lookaround && !optional) {
      const pieces = alts.map((a) => literalRuns(a).reduce((x, y) => (y.length > x.length ? y : x), ''));
      if (pieces.every(Boolean) && (!best || shortest(pieces) > shortest(best))) best = pieces;
    }
    i = j; // groups inside it are optional to this reading, or covered by it
  }
  return best;
}

/**
 * The personnel gate (personnel-gate.ts) for these terms: the longest literal piece of each, as one
 * trie; failing that, the pieces of a group of alternatives every match goes through; the terms
 * with neither, whole. `usable`: whether a piece is worth scanning for; a term whose pieces are not
 * ("в", "in" before an alternation) is matched whole instead.
 */
export function personnelGateSources(terms: readonly string[], usable: (piece: string) => boolean = () => true): PersonnelGateSources {
  const longest: string[] = [];
  const whole: string[] = [];
  for (const term of new Set(terms)) {
    const runs = literalRuns(term);
    const piece = runs.length === 0 ? '' : runs.reduce((a, b) => (b.length > a.length ? b : a));
    if (piece && usable(piece)) {
      longest.push(piece);
      continue;
    }
    const alternatives = requiredAlternatives(term);
    if (alternatives?.every(usable)) longest.push(...alternatives);
    else whole.push(`(?:${looseSource(term)})`);
  }
  return { pieces: longest.length ? trieSource(longest) : null, pieceless: whole.length ? whole.join('|') : null };
}

/** The personnel gate for every lexicon's personnel words and stand-ins. */
export const PERSONNEL_GATE = personnelGateSources(LEXICONS.flatMap((l) => [...l.pers, ...(l.standIns ?? [])]));

/**
 * The same kind of gate for the words of one soldier's own fate or of his being sent (personnel-gate.ts
 * fateGate). A short piece of a spaced script ("в плену": "в") is in most sentences, so such a term is
 * matched whole; two Han or Hangul characters ("被俘", "생포") are not.
 */
export const FATE_GATE = personnelGateSources(
  LEXICONS.flatMap((l) => [...(l.fate ?? []), ...(l.fateAlone ?? []), ...(l.singular ? (l.dispatch ?? []) : [])]),
  (piece) => piece.length >= 4 || ![...piece].every((ch) => isSpacedLetterUnit(ch.charCodeAt(0)) || ch === ' '),
);

/**
 * The text of prefilter.data.ts: written by `npm run gen:prefilter`; a unit test compares the file
 * with it. One anchor a line, so a lexicon change shows as a small diff.
 */
export function prefilterDataFile(): string {
  return `// Generated by scripts/gen-prefilter.ts from the lexicons and gates.ts; do not edit by hand (\`npm run gen:prefilter\`).
import type { AnchorRow, GateData } from './anchor-search';
import type { PersonnelGateSources } from './personnel-gate';

/** The gates both pre-filters scan for. */
export const GATES: GateData = ${JSON.stringify(GATES, null, 2)};

/** Every name, for the page pre-filter (page-prefilter.ts): no flags, lower-cased text, plain separators. */
export const PAGE_NAMES = ${JSON.stringify(PAGE_NAMES)};

/** The personnel gate (personnel-gate.ts): a trie of one piece of every personnel word, and the words without a piece. */
export const PERSONNEL_GATE: PersonnelGateSources = ${JSON.stringify(PERSONNEL_GATE, null, 2)};

/** The same for the words of one soldier's fate or of his being sent (fateGate). */
export const FATE_GATE: PersonnelGateSources = ${JSON.stringify(FATE_GATE, null, 2)};

/** Every anchor, for the detector's anchor search: [term as written, its literal pieces (0: its plain words), 1 for "the North"]. */
export const ANCHOR_ROWS: AnchorRow[] = [
${ANCHOR_ROWS.map((a) => `  ${JSON.stringify(a)},`).join('\n')}
];
`;
}
