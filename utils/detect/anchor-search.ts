import { looseSource } from './compile';
import { capitalisedNorth } from './chars';
import { plainRuns } from './gates';
import { holdsOtherScript } from './page-prefilter';
import { regexPass, skipPass, type GatePass } from './gate-pass';
import { ANCHOR_ROWS, GATES } from './prefilter.data';

/**
 * The detector's anchor search. Anchors are the names of North Korea (and fused "North Korean
 * soldier" words) and of the deployed formation, in every language. The text is scanned once for
 * gate strings (gates.ts); the anchor alternation only runs in a small window around each gate hit.
 *
 * The gate patterns and the anchors come from prefilter.data.ts, generated from the lexicons by
 * prefilter-build.ts (`npm run gen:prefilter`), so loading this module does no lexicon-wide work:
 * the anchor table, each anchor's pattern and the passes are built when first needed.
 */

const GATE_REACH = GATES.reach;

/** One anchor as prefilter.data.ts stores it: [term as written, its literal pieces (0: its plain words), 1 for "the North"]. */
export type AnchorRow = [term: string, runs: 0 | string[]] | [term: string, runs: 0 | string[], north: 1];

/** The gates both pre-filters scan for, as generated into prefilter.data.ts. */
export interface GateData {
  /** Passes A and B (gates.ts), and any ungated anchor, in one case-sensitive pattern (flags: g). */
  latin: string;
  /** Pass C (flags: gi). */
  script: string;
  /** Pass C's gates as a list (gate-pass.ts skipPass reads their letters). */
  scriptGates: string[];
  /** Pass C's gates that are patterns rather than strings. */
  scriptGatesExtra: string[];
  /** A class of the characters pass C needs (gates.ts SCRIPT_PRESENT). */
  scriptPresent: string;
  /** How far from a gate hit an anchor may start or end. */
  reach: number;
}

/** One anchor, read from the data. */
export interface Anchor {
  /** The first lexicon term that gave this anchor, as written. */
  readonly term: string;
  /** The lower-cased literal pieces every match contains. */
  readonly runs: readonly string[];
  /** The term, lower-cased. */
  readonly raw: string;
  /** A "the North" term: names North Korea only with a capital. */
  readonly north: boolean;
}

interface AnchorEntry extends Anchor {
  /** The term's loose pattern (compile.ts looseSource), made on first use: see looseOf. */
  loose?: string;
}

let table: AnchorEntry[] | null = null;

/** Every anchor, in the data's order (built on first use). */
export function anchors(): readonly Anchor[] {
  if (!table) {
    table = ANCHOR_ROWS.map((row): AnchorEntry => {
      const term = row[0];
      const raw = term.toLowerCase();
      return { term, runs: row[1] === 0 ? plainRuns(raw) : row[1], raw, north: row[2] === 1 };
    });
  }
  return table;
}

/** The anchor's loose pattern: the term without its word-start check (compile.ts looseSource). */
export function looseOf(a: Anchor): string {
  const e = a as AnchorEntry;
  return (e.loose ??= looseSource(e.term));
}

let looseAllSource: string | null = null;
/** Every anchor in one alternation, longest first (stable: prefilter-build.ts LOOSE_SOURCE is the same). */
function looseAll(): string {
  looseAllSource ??= anchors()
    .map(looseOf)
    .sort((a, b) => b.length - a.length)
    .map((p) => `(?:${p})`)
    .join('|');
  return looseAllSource;
}

let latinPass: GatePass | null = null;
let scriptPass: GatePass | null = null;
let scriptPresent: RegExp | null = null;
const latinGates = (): GatePass => (latinPass ??= regexPass(GATES.latin, 'g'));
const scriptGates = (): GatePass =>
  (scriptPass ??= skipPass(GATES.script, GATES.scriptGates, GATES.scriptGatesExtra) ?? regexPass(GATES.script, 'gi'));

/**
 * Gate hits in order of position, from one or two passes: Latin names with capitalised
 * "North"/"Nord" and acronyms (always), other scripts (only if the text has any).
 */
class GateScanner {
  private readonly passes: GatePass[];
  private readonly next: ({ index: number; length: number } | null)[];
  /** Where each pass resumes: just after its last hit. */
  private readonly resume: number[];
  constructor(private readonly text: string) {
    this.passes = [latinGates()];
    if (holdsOtherScript(text, (scriptPresent ??= new RegExp(GATES.scriptPresent)))) this.passes.push(scriptGates());
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
      if (m && (best < 0 || m.index < this.next[best]!.index)) best = i;
    }
    if (best < 0) return null;
    const m = this.next[best]!;
    const hit = { index: m.index, length: m.length || 1 };
    this.advance(best, this.resume[best]);
    return hit;
  }
}

/** The anchors a gate hit can belong to. */
interface GateAnchors {
  re: RegExp;
  /** Every one of them is a "the North" term. */
  north: boolean;
  /** Matches a whole "the North" phrase among them, if there is one. */
  northPhrase: RegExp | null;
}
const byGate = new Map<string, GateAnchors>();

/**
 * The anchors a gate hit can belong to (those containing the gate's text), as one small regex.
 * Checking only these keeps the per-hit cost low: the full alternation is large and slow.
 */
export function anchorsForGate(gateText: string): GateAnchors {
  const g = gateText.toLowerCase();
  let entry = byGate.get(g);
  if (!entry) {
    const relevant = anchors().filter((a) => a.runs.some((r) => r.includes(g) || g.startsWith(r)) || a.raw.includes(g));
    const srcs = relevant.map((a) => `(?:${looseOf(a)})`);
    const norths = (relevant.length ? relevant : anchors()).filter((a) => a.north).map(looseOf);
    entry = {
      re: new RegExp(srcs.length ? srcs.join('|') : looseAll(), 'giu'),
      // "the North" names North Korea only with a capital: checked here, so "the north of" costs nothing more
      north: relevant.length > 0 && relevant.every((a) => a.north),
      northPhrase: norths.length ? new RegExp(`^(?:${norths.join('|')})$`, 'iu') : null,
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
  const { re, north, northPhrase } = anchorsForGate(text.slice(at, at + len));
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
      if ((north || northPhrase?.test(m[0])) && !capitalisedNorth(m[0])) continue;
      return [s, e];
    }
    if (s > at + len) break;
  }
  return null;
}

/**
 * The anchors of a text, in order: `next(from)` gives the first anchor that ends after `from`
 * and starts at or after it, found from the gate hits at or after `from`.
 */
export class AnchorSearch {
  private readonly gates: GateScanner;
  constructor(private readonly text: string) {
    this.gates = new GateScanner(text);
  }
  next(from = 0): [number, number] | null {
    let g: { index: number; length: number } | null;
    while ((g = this.gates.nextHit(from)) !== null) {
      if (g.index + g.length <= from) continue;
      const anchor = anchorAtGate(this.text, g.index, g.length, from);
      if (anchor) return anchor;
    }
    return null;
  }
}
