/**
 * The screen: between the page pre-filter (page-prefilter.ts, which finds the names) and the full
 * detector. Most pages that name North Korea are not about its troops in Russia's war, and the
 * detector with every language's lexicon is a large file to load for them. Near each name the
 * screen looks for one word that can be the troops and one of context (screen-build.ts makes both
 * sets from every lexicon); where no name has both, no sentence can be a mention without page
 * context, so the detector is not needed.
 *
 * It never says no where the detector could say yes (tests/unit/screen.test.ts checks it on the
 * whole real corpus): its windows hold every sentence the detector reads around a name, and its
 * words are pieces that every match of a lexicon term contains.
 */
import { MAX_REACH } from './reach';

/** Regex sources (flags iu) of the two word sets, in parts; null: a set has a term that may match anywhere. */
export interface ScreenData {
  roles: string[] | null;
  context: string[] | null;
}

/**
 * How far from a pre-filter site (the start of a gate with a name near it) the detector's anchor
 * may start or end: the gate reach (gates.ts GATE_REACH, 64) plus the longest gate and name,
 * with room to spare.
 */
const ANCHOR_BEFORE = 160;
const ANCHOR_AFTER = 240;
// A sentence never runs past these (sentences.ts HARD)
const HARD = /[\n\r\u2028\u2029\u0085]/g;

/** The stretch of text that holds every sentence the detector may read for a name at `site`. */
export function windowAt(text: string, site: number): [number, number] {
  const anchorFrom = Math.max(0, site - ANCHOR_BEFORE);
  const anchorTo = Math.min(text.length, site + ANCHOR_AFTER);
  let from = Math.max(0, anchorFrom - MAX_REACH);
  let to = Math.min(text.length, anchorTo + MAX_REACH);
  HARD.lastIndex = from;
  for (let m = HARD.exec(text); m !== null && m.index < anchorFrom; m = HARD.exec(text)) from = m.index + 1;
  HARD.lastIndex = anchorTo;
  const after = HARD.exec(text);
  if (after !== null && after.index < to) to = after.index;
  return [from, to];
}

export interface Screen {
  /** True when some window around `sites` may hold a mention. */
  test(text: string, sites: readonly number[]): boolean;
  /** Compiles the patterns, one a step (each a few ms): run between tasks before the first test. */
  steps(): Generator<void>;
}

/** The screen for the data. */
export function makeScreen(data: ScreenData): Screen {
  const sets = [data.roles, data.context].map((sources) => (sources === null ? null : sources.map((src) => ({ src, re: null as RegExp | null }))));
  const compiled = (part: { src: string; re: RegExp | null }) => (part.re ??= new RegExp(part.src, 'iu'));
  const holds = (set: (typeof sets)[number], s: string) => set === null || set.some((part) => compiled(part).test(s));
  const test = (text: string, from: number, to: number) => {
    const part = text.slice(from, to);
    return sets.every((set) => holds(set, part));
  };
  return {
    *steps() {
      for (const set of sets) {
        for (const part of set ?? []) {
          compiled(part).test(''); // V8 compiles a pattern on its first use
          yield;
        }
      }
    },
    test(text, sites) {
      // windows of nearby sites overlap: they are joined (a larger stretch only says yes more often)
      let from = -1;
      let to = -1;
      for (const site of [...sites].sort((a, b) => a - b)) {
        const [f, t] = windowAt(text, site);
        if (f > to) {
          if (to > from && test(text, from, to)) return true;
          from = f;
        }
        to = Math.max(to, t);
      }
      return to > from && test(text, from, to);
    },
  };
}
