import { withPlainCapitalI } from './capital-i';
import { GATES, PAGE_NAMES } from './prefilter.data';

// The page pre-filter, the content script's first look at a page: is there any chance of a
// mention here? It finds every name the detector's anchor search (anchor-search.ts) finds, and a
// few more near misses, from plain regex sources (generated into prefilter.data.ts), so the
// content script carries no lexicon: the detector is loaded only when this says yes.

export interface PagePrefilterSources {
  /** Gates in Latin script (capitalised "North", acronyms...), matched with case. */
  latin: string;
  /** Gates in other scripts, matched only when the text has such characters. */
  script: string;
  scriptPresent: string;
  /**
   * Every name of North Korea and of the deployed units, loosely, for a regex with no flags
   * run on lower-cased text with plain separators (prefilter-build.ts withoutUnicodeMode,
   * withPlainSeparators).
   */
  names: string;
  /** How far from a gate a name may reach. */
  reach: number;
}

export interface PagePrefilter {
  /** Could the text hold a mention? Stops at the first sign. */
  test(text: string): boolean;
  /** Where the signs are: the offsets of every gate with a name near it, in order. */
  hits(text: string): number[];
  /**
   * The same, in steps that each read about `step` characters of the text (a null between two
   * steps): on a 5 MB page one pass is a task of 50-120 ms, most of it V8 compiling and first
   * running the patterns on the long text.
   */
  hitsInSteps(text: string, step?: number): Generator<null, number[]>;
}

/** Characters a step of hitsInSteps reads. */
export const HITS_STEP = 200_000;

/**
 * A character past the Latin letters and their accents, where the other scripts' gates begin
 * (a unit test keeps every script gate's character there). Text without one skips their pass,
 * and V8 answers this at once for a string it stores one byte a character.
 */
// eslint-disable-next-line no-control-regex -- a range from the first code point
export const BEYOND_LATIN = /[^\x00-\u036f]/;

/** Does the text hold a character of another script (`present`: the class of them)? The cheap test first. */
export function holdsOtherScript(text: string, present: RegExp): boolean {
  return BEYOND_LATIN.test(text) && present.test(text);
}

/** Every run of whitespace and hyphens as one space: the names' source expects it (prefilter-build.ts withPlainSeparators). */
export function plainSeparators(text: string): string {
  return text.replace(/[\s-]+/g, ' ');
}

export function pagePrefilter(src: PagePrefilterSources): PagePrefilter {
  const latin = new RegExp(src.latin, 'g');
  const script = new RegExp(src.script, 'gi');
  const scriptPresent = new RegExp(src.scriptPresent);
  const names = new RegExp(src.names);
  const near = (text: string, at: number, len: number) =>
    names.test(plainSeparators(text.slice(Math.max(0, at - src.reach), at + len + src.reach).toLowerCase()));
  /** Calls `found` for each gate with a name near it, until it returns false. */
  const scan = (re: RegExp, text: string, found: (at: number) => boolean): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      else if (near(text, m.index, m[0].length) && !found(m.index)) return;
    }
  };
  /** Like scan, pausing before the first gate past each `step` characters (another scan may use `re` meanwhile). */
  function* scanInSteps(re: RegExp, text: string, step: number, found: (at: number) => void): Generator<null> {
    let from = 0;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m.index - from > step) {
        from = m.index;
        yield null;
        re.lastIndex = from; // finds this gate again
        continue;
      }
      if (m[0].length === 0) re.lastIndex++;
      else if (near(text, m.index, m[0].length)) found(m.index);
    }
  }
  return {
    *hitsInSteps(original, step = HITS_STEP) {
      const text = withPlainCapitalI(original);
      const out: number[] = [];
      const keep = (at: number) => void out.push(at);
      yield* scanInSteps(latin, text, step, keep);
      if (holdsOtherScript(text, scriptPresent)) yield* scanInSteps(script, text, step, keep);
      return out.sort((a, b) => a - b);
    },
    test(original) {
      const text = withPlainCapitalI(original);
      let yes = false;
      const stop = () => ((yes = true), false);
      scan(latin, text, stop);
      if (!yes && holdsOtherScript(text, scriptPresent)) scan(script, text, stop);
      return yes;
    },
    hits(original) {
      const text = withPlainCapitalI(original);
      const out: number[] = [];
      const keep = (at: number) => (out.push(at), true);
      scan(latin, text, keep);
      if (holdsOtherScript(text, scriptPresent)) scan(script, text, keep);
      return out.sort((a, b) => a - b);
    },
  };
}

const page = pagePrefilter({ ...GATES, names: PAGE_NAMES });

/** Could the page's text hold a mention? (the content script loads the detector only then) */
export const pageMightMention = (text: string): boolean => page.test(text);
/** Offsets in the text where a mention may start nearby (see PagePrefilter.hits). */
export const pageMentionSites = (text: string): number[] => page.hits(text);
/** The same in steps (see PagePrefilter.hitsInSteps). */
export const pageMentionSitesInSteps = (text: string): Generator<null, number[]> => page.hitsInSteps(text);
