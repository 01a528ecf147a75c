import { LEXICONS } from './lexicon/index';
import { looseSource, termSource } from './compile';
import { GATE_PARTS, mandatoryLiterals } from './gates';

/**
 * The cheap first pass. Anchors are the names of North Korea (and fused "North Korean soldier"
 * words) and of the deployed formation, in every language. A page is scanned once for gate strings
 * (gates.ts); the anchor alternation only runs in a small window around each gate hit.
 */
const looseSources: string[] = [];
// For each anchor: the lower-cased literal pieces it must contain, and the term as written.
const anchorInfo: { loose: string; runs: string[]; raw: string; north: boolean }[] = [];
const strictSources: { src: string; len: number }[] = [];
const uncovered: string[] = [];
const GATE_PART_RE = new RegExp(GATE_PARTS.join('|'), 'i');
{
  const seen = new Set<string>();
  for (const lex of LEXICONS) {
    const north = new Set(lex.north ?? []);
    for (const term of [...lex.nk, ...(lex.fused ?? []), ...(lex.strong ?? []), ...(lex.north ?? []), ...(lex.nkWeak ?? []), ...(lex.fusedWeak ?? [])]) {
      const loose = looseSource(term);
      if (seen.has(loose + lex.spaced)) continue;
      seen.add(loose + lex.spaced);
      looseSources.push(loose);
      anchorInfo.push({ loose, runs: mandatoryLiterals(loose).map((r) => r.toLowerCase()), raw: term.toLowerCase(), north: north.has(term) });
      strictSources.push({ src: termSource(term, lex.spaced), len: term.length });
      const runs = mandatoryLiterals(loose);
      // "北" alone is covered by the 北 gate (see gates.ts): such anchors require a following mark.
      // (a gate may span a space: "the north" is tested against the term as written)
      const covered = runs.some((r) => r === '北' || GATE_PART_RE.test(r)) || GATE_PART_RE.test(term.replace(/\$$/, ''));
      if (!covered) {
        const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
        uncovered.push(longest || loose);
      }
    }
  }
  looseSources.sort((a, b) => b.length - a.length);
  strictSources.sort((a, b) => b.len - a.len);
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Anchors no gate covers (should be empty; a unit test checks). They become gates themselves. */
export const UNGATED: readonly string[] = uncovered;

const GATE_SOURCE = [...GATE_PARTS, ...uncovered.map(escape)].join('|');
const LOOSE_SOURCE = looseSources.map((p) => `(?:${p})`).join('|');
const STRICT_SOURCE = strictSources.map((p) => p.src).join('|');

/** How far from a gate hit an anchor may start or end (the longest anchors are ~45 characters). */
export const GATE_REACH = 64;

export const gateScanner = (): RegExp => new RegExp(GATE_SOURCE, 'gi');
/** Anchors without word boundaries: a fast superset, confirmed later by the sentence analysis. */
export const looseAnchors = (): RegExp => new RegExp(LOOSE_SOURCE, 'giu');
/** Anchors with their word boundaries: what the analysis counts as a name. */
export const strictAnchors = (): RegExp => new RegExp(STRICT_SOURCE, 'giu');

const gateRe = gateScanner();
const looseAll = new RegExp(LOOSE_SOURCE, 'iu');
const byGate = new Map<string, { re: RegExp; north: boolean }>();
const NORTH_WORD = /north|nord|norte|noorden|północy/i;

/**
 * The anchors a gate hit can belong to (those containing the gate's text), as one small regex.
 * Checking only these keeps the per-hit cost low: the full alternation is large and slow.
 */
export function anchorsForGate(gateText: string): { re: RegExp; north: boolean } {
  const g = gateText.toLowerCase();
  let entry = byGate.get(g);
  if (!entry) {
    const relevant = anchorInfo.filter((a) => a.runs.some((r) => r.includes(g) || g.startsWith(r)) || a.raw.includes(g));
    const srcs = relevant.map((a) => `(?:${a.loose})`);
    entry = {
      re: srcs.length ? new RegExp(srcs.join('|'), 'giu') : new RegExp(looseAll.source, 'giu'),
      // "the North" names North Korea only with a capital: checked here, so "the north of" costs nothing more
      north: relevant.length > 0 && relevant.every((a) => a.north),
    };
    if (byGate.size > 4096) byGate.clear();
    byGate.set(g, entry);
  }
  return entry;
}

/** An anchor overlapping the gate hit at [at, at + len), as [start, end), or null. */
export function anchorAtGate(text: string, at: number, len: number, floor = 0): [number, number] | null {
  const from = Math.max(floor, at - GATE_REACH);
  const slice = text.slice(from, at + len + GATE_REACH);
  const { re, north } = anchorsForGate(text.slice(at, at + len));
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (s <= at + len && e >= at) {
      if (north) {
        const n = NORTH_WORD.exec(m[0]);
        if (!n || n[0][0] === n[0][0].toLowerCase()) continue;
      }
      return [s, e];
    }
    if (s > at + len) break;
  }
  return null;
}

/** True when the text might mention the topic: one gate pass, with a local check at each gate hit. */
export function mightMention(text: string): boolean {
  gateRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = gateRe.exec(text)) !== null) {
    if (anchorAtGate(text, m.index, m[0].length)) return true;
  }
  return false;
}
