import { LEXICONS } from './lexicon/index';
import { looseSource } from './compile';
import { ALL_GATES_SOURCE, LATIN_GATE_SOURCE, SCRIPT_GATES, SCRIPT_GATES_EXTRA, SCRIPT_GATE_SOURCE, SCRIPT_PRESENT, mandatoryLiterals, trieSource } from './gates';
import { regexPass, skipPass, type GatePass } from './gate-pass';

/**
 * The cheap first pass. Anchors are the names of North Korea (and fused "North Korean soldier"
 * words) and of the deployed formation, in every language. A page is scanned once for gate strings
 * (gates.ts); the anchor alternation only runs in a small window around each gate hit.
 */
const looseSources: string[] = [];
// For each anchor: the lower-cased literal pieces it must contain, and the term as written.
const anchorInfo: { loose: string; runs: string[]; raw: string; north: boolean }[] = [];
const uncovered: string[] = [];
const GATE_PART_RE = new RegExp(ALL_GATES_SOURCE, 'i');
{
  const seen = new Set<string>();
  for (const lex of LEXICONS) {
    const north = new Set(lex.north ?? []);
    for (const term of [...lex.nk, ...(lex.fused ?? []), ...(lex.strong ?? []), ...(lex.north ?? []), ...(lex.nkWeak ?? []), ...(lex.fusedWeak ?? [])]) {
      const loose = looseSource(term);
      if (seen.has(loose + lex.spaced)) continue;
      seen.add(loose + lex.spaced);
      looseSources.push(loose);
      const runs = mandatoryLiterals(loose);
      anchorInfo.push({ loose, runs: runs.map((r) => r.toLowerCase()), raw: term.toLowerCase(), north: north.has(term) });
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
}

/** Anchors no gate covers (should be empty; a unit test checks). They become gates themselves. */
export const UNGATED: readonly string[] = uncovered;

const LATIN_SOURCE = [LATIN_GATE_SOURCE, ...(uncovered.length ? [trieSource(uncovered, true)] : [])].join('|');
const LOOSE_SOURCE = looseSources.map((p) => `(?:${p})`).join('|');

/** How far from a gate hit an anchor may start or end (the longest anchors are ~45 characters). */
export const GATE_REACH = 64;

/**
 * What the content script's quick filter (quick-filter.ts) needs, without the lexicons:
 * written to quick-filter.data.ts by `npm run gen:quick-filter`, and a unit test keeps the two equal.
 */
export const QUICK_FILTER_SOURCES = {
  latin: LATIN_SOURCE,
  script: SCRIPT_GATE_SOURCE,
  scriptPresent: SCRIPT_PRESENT.source,
  loose: LOOSE_SOURCE,
  reach: GATE_REACH,
};

const latinPass = regexPass(LATIN_SOURCE, 'g');
const scriptPass = skipPass(SCRIPT_GATE_SOURCE, SCRIPT_GATES, SCRIPT_GATES_EXTRA) ?? regexPass(SCRIPT_GATE_SOURCE, 'gi');

/**
 * Gate hits in order of position, from one or two passes: Latin names with capitalised
 * "North"/"Nord" and acronyms (always), other scripts (only if the text has any).
 */
export class GateScanner {
  private readonly passes: GatePass[];
  private readonly next: ({ index: number; length: number } | null)[];
  /** Where each pass resumes: just after its last hit. */
  private readonly resume: number[];
  constructor(private readonly text: string) {
    this.passes = [latinPass];
    if (SCRIPT_PRESENT.test(text)) this.passes.push(scriptPass);
    this.next = this.passes.map((p) => p.exec(text, 0));
    this.resume = this.next.map((m) => (m ? m.index + m.length : text.length));
  }
  private advance(i: number, from: number) {
    const m = this.passes[i].exec(this.text, from);
    this.next[i] = m;
    this.resume[i] = m ? m.index + m.length : this.text.length;
  }
  /** The next gate hit at or after `from`, or null. */
  nextHit(from = 0): { index: number; length: number } | null {
    let best = -1;
    for (let i = 0; i < this.passes.length; i++) {
      let m = this.next[i];
      if (m && m.index < from) {
        this.advance(i, Math.max(from, this.resume[i]));
        m = this.next[i];
      }
      if (m && (best < 0 || m.index < (this.next[best] as { index: number }).index)) best = i;
    }
    if (best < 0) return null;
    const m = this.next[best] as { index: number; length: number };
    const hit = { index: m.index, length: m.length || 1 };
    this.advance(best, this.resume[best]);
    return hit;
  }
}

const looseAll = new RegExp(LOOSE_SOURCE, 'iu');
const byGate = new Map<string, { re: RegExp; north: boolean }>();
const NORTH_WORD = /north|nord|norte|noorden|północy/i;
const BARE_NORTH = /^(?:(?:the|du|del|dal|do|dem|des|het|z)[\s\u00a0]+)?(?:north|nord|norte|norden|nordens|noorden|północy)(?:['’]s)?$/i;

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
      if (north || BARE_NORTH.test(m[0])) {
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
  const gates = new GateScanner(text);
  let g: { index: number; length: number } | null;
  while ((g = gates.nextHit()) !== null) {
    if (anchorAtGate(text, g.index, g.length)) return true;
  }
  return false;
}
