import { LEXICONS } from './lexicon/index';
import { looseSource, termSource } from './compile';
import { GATE_PARTS, mandatoryLiterals } from './gates';

/**
 * The cheap first pass. Anchors are the names of North Korea (and fused "North Korean soldier"
 * words) and of the deployed formation, in every language. A page is scanned once for gate strings
 * (gates.ts); the anchor alternation only runs in a small window around each gate hit.
 */
const looseSources: string[] = [];
const strictSources: { src: string; len: number }[] = [];
const uncovered: string[] = [];
const GATE_PART_RE = new RegExp(GATE_PARTS.join('|'), 'i');
{
  const seen = new Set<string>();
  for (const lex of LEXICONS) {
    for (const term of [...lex.nk, ...(lex.fused ?? []), ...(lex.strong ?? []), ...(lex.north ?? []), ...(lex.nkWeak ?? []), ...(lex.fusedWeak ?? [])]) {
      const loose = looseSource(term);
      if (seen.has(loose + lex.spaced)) continue;
      seen.add(loose + lex.spaced);
      looseSources.push(loose);
      strictSources.push({ src: termSource(term, lex.spaced), len: term.length });
      const runs = mandatoryLiterals(loose);
      // "北" alone is covered by the 北 gate (see gates.ts): such anchors require a following mark.
      const covered = runs.some((r) => r === '北' || GATE_PART_RE.test(r));
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
const looseRe = new RegExp(LOOSE_SOURCE, 'iu');

/** True when the text might mention the topic: one gate pass, with a local check at each gate hit. */
export function mightMention(text: string): boolean {
  gateRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = gateRe.exec(text)) !== null) {
    const from = Math.max(0, m.index - GATE_REACH);
    if (looseRe.test(text.slice(from, m.index + GATE_REACH))) return true;
  }
  return false;
}
