import { analyzeSentence, type Verdict } from './analyze';

/**
 * English words inside a sentence of another script: Hindi, Urdu, Arabic news pages put English
 * headlines and tags in their text ("North Korean troops in Russia Ukraine war: रूस और यूक्रेन के
 * बीच ..."). The sentence's own lexicon does not know their words ("troops"), and English lends
 * other languages its names only (lang.ts lexiconsFor), so a run of Latin-script words is read by
 * itself, as a sentence of its own, where the sentence as a whole is no mention.
 */
// three or more words, each starting with a Latin letter or a digit
const LATIN_RUN = /\p{Script=Latin}[\p{Script=Latin}\p{M}'’.-]*(?:[\s\u00a0]+[\p{Script=Latin}\d][\p{Script=Latin}\p{M}\d'’.,-]*){2,}/gu;
/** A letter of another script than Latin. */
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;
/** At most this many runs are read in one sentence (a sentence is bounded, so is the work). */
const MAX_RUNS = 4;

export function latinRunVerdict(sentence: string, pageContext: boolean): Verdict | null {
  if (!OTHER_LETTER.test(sentence)) return null;
  LATIN_RUN.lastIndex = 0;
  let runs = 0;
  for (let m = LATIN_RUN.exec(sentence); m !== null && runs < MAX_RUNS; m = LATIN_RUN.exec(sentence)) {
    runs++;
    const v = analyzeSentence(m[0], pageContext);
    if (v) return { ...v, start: v.start + m.index, end: v.end + m.index };
  }
  return null;
}
