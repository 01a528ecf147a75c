/**
 * Which mentions name North Korea themselves. The labelling rule counts a sentence that refers to
 * the deployed soldiers only through the page ("He died of his wounds two days later"), so a
 * share of the corpus's mentions can be found only with page context: the recall a detector can
 * reach without it is bounded by the share that names North Korea, its capital, its leader or its
 * soldiers (the lexicons' name lists: `nk`, `fused`, `nkWeak`, `fusedWeak`, `north`).
 */
import { termSource } from '../../utils/detect/compile';
import { LEXICONS } from '../../utils/detect/lexicon/index';
import type { Lexicon } from '../../utils/detect/lexicon/types';
import { recall, tally, type Part, type Scored } from './real-scores';

const namesOf = (l: Lexicon) => [...l.nk, ...(l.fused ?? []), ...(l.north ?? []), ...(l.nkWeak ?? []), ...(l.fusedWeak ?? [])];

const NAMES = new Map(
  LEXICONS.map((l) => [
    l.lang,
    new RegExp(
      namesOf(l)
        .map((t) => termSource(t, l.spaced))
        .join('|'),
      'iu',
    ),
  ]),
);

/** Whether the text names North Korea by its language's name lists (false for a language without a lexicon). */
export function namesNorthKorea(text: string, lang: string): boolean {
  return NAMES.get(lang)?.test(text) ?? false;
}

/** A part's mentions split by whether they name North Korea, with the recall on each. */
export function referenceSplit(scored: Scored[], part: Part): string {
  const mentions = scored.filter((r) => r.part === part && r.label === 1);
  const named = mentions.filter((r) => namesNorthKorea(r.text, r.lang));
  const unnamed = mentions.filter((r) => !namesNorthKorea(r.text, r.lang));
  const r = (rows: Scored[], mode: 'plain' | 'page') => recall(tally(rows, mode)).toFixed(3);
  return (
    `${part}: ${named.length} of ${mentions.length} mentions name North Korea themselves (R ${r(named, 'plain')} plain, ${r(named, 'page')} page); ` +
    `${unnamed.length} only through the page (R ${r(unnamed, 'plain')} plain, ${r(unnamed, 'page')} page). ` +
    `Recall without page context is at most ${((mentions.length - unnamed.length + unnamed.filter((x) => x.plain).length) / mentions.length).toFixed(3)}.`
  );
}
