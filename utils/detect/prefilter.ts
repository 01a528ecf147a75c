import { LEXICONS } from './lexicon/index';
import { looseSource } from './compile';
import { gateFor } from './gates';

/**
 * The cheap first pass. Anchors are the names of North Korea (and fused "North Korean soldier"
 * words) and of the deployed formation in every language. Running their full alternation over a
 * page is slow, so a page is scanned once for short gate strings that every anchor contains, and
 * the full alternation only runs in a small window around each gate hit.
 */
const anchorSources: string[] = [];
const gates = new Set<string>();
{
  const seen = new Set<string>();
  for (const lex of LEXICONS) {
    for (const term of [...lex.nk, ...(lex.fused ?? []), ...(lex.strong ?? [])]) {
      const src = looseSource(term);
      if (seen.has(src)) continue;
      seen.add(src);
      anchorSources.push(src);
      const gate = gateFor(src);
      if (gate === null) throw new Error(`detector: anchor without a literal gate: ${term}`);
      gates.add(gate);
    }
  }
  anchorSources.sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Gate strings, shortest last so a longer gate is tried first at the same position. */
export const GATES: readonly string[] = [...gates].sort((a, b) => b.length - a.length);
const GATE_SOURCE = GATES.map(escape).join('|');
const ANCHOR_SOURCE = anchorSources.map((p) => `(?:${p})`).join('|');

/** How far from a gate hit an anchor may start or end (the longest anchors are ~45 characters). */
export const GATE_REACH = 64;

export const gateScanner = (): RegExp => new RegExp(GATE_SOURCE, 'gi');
export const anchorScanner = (): RegExp => new RegExp(ANCHOR_SOURCE, 'giu');

const gateRe = gateScanner();
const anchorRe = anchorScanner();

/** True when the text might mention the topic: one gate pass, with a local check at each gate hit. */
export function mightMention(text: string): boolean {
  gateRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  let checkedTo = 0;
  while ((m = gateRe.exec(text)) !== null) {
    const from = Math.max(checkedTo, m.index - GATE_REACH);
    const to = Math.min(text.length, m.index + GATE_REACH);
    if (to > from) {
      anchorRe.lastIndex = 0;
      if (anchorRe.test(text.slice(Math.max(0, m.index - GATE_REACH), to))) return true;
    }
    checkedTo = m.index;
  }
  return false;
}
