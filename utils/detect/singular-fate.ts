import type { Lexicon } from './lexicon/index';
import { allHits, unionRegExp, type Span } from './compile';
import { anySpaces, LEAD_IN, OPENING, WORD_END, WORD_START } from './chars';
import { breaks, perLexicon, words } from './spans';

// "He" for one soldier on a page about the topic: a singular pronoun beside a word of his own fate
// (lexicon singular, fate, speech, agentMarks), or a fate phrase whose verb says "he" (fateAlone).

const singularPronouns = perLexicon((l) => {
  const [start, end] = l.spaced ? [WORD_START, WORD_END] : ['', ''];
  return new RegExp(`${start}(?:${(l.singular ?? []).map(anySpaces).join('|')})${end}`, 'giu');
});
// (terms as the lexicon writes them: ../compile.ts)
const termsOf = (l: Lexicon, terms: string[] = []) => unionRegExp(terms.map((term) => ({ term, spaced: l.spaced }))) ?? /(?!)/g;
const fateWords = perLexicon((l) => termsOf(l, l.fate));
const sentWords = perLexicon((l) => termsOf(l, l.dispatch));
const speechWords = perLexicon((l) => termsOf(l, l.speech));
const agentsBefore = perLexicon((l) => termsOf(l, l.agentMarks?.before));
const agentsAfter = perLexicon((l) => new RegExp(`^[\\s\\u00a0]*(?:${termsOf(l, l.agentMarks?.after).source})`, 'iu'));

const leadingFates = perLexicon((l) => new RegExp(`^(${OPENING}${LEAD_IN})(?:${termsOf(l, l.fateAlone).source})`, 'iu'));
/**
 * A fate phrase whose verb says "he" by its ending, at the start of the sentence or of a clause in
 * its first words ("Скончался от ран", "Он сказал, что попал в плен"), in its language or a
 * relative: the phrase, and the words before it. At most one word may stand right before it, an
 * adverb or a conjunction, not a subject of two ("Мирный житель был ранен").
 */
export function leadingFate(sentence: string, group: Lexicon[]): { span: Span; lead: string } | null {
  for (const l of group) {
    const m = l.fateAlone ? leadingFates(l).exec(sentence) : null;
    if (m && words(m[1].split(',').pop() ?? '').length <= 1) return { span: { start: m[1].length, end: m[0].length }, lead: m[1] };
  }
  return null;
}

/** Is `x`, after `from` in the sentence, the agent of a passive ("von ukrainischen Soldaten", "被乌军", "ウクライナ軍に")? */
function agent(sentence: string, l: Lexicon, x: Span, from: number): boolean {
  if (!l.agentMarks) return false;
  return allHits(agentsBefore(l), sentence.slice(from, x.start)).length > 0 || agentsAfter(l).test(sentence.slice(x.end, x.end + 12));
}

/**
 * A singular pronoun ("he", "him", "his") a few words from a word of one soldier's own fate ("was
 * captured", "his wounds", "in a bunker"), or from one of his being sent where `sent` allows it,
 * in the sentence's language or a relative: on a page about the topic, the captured or fallen
 * soldier. Nothing in `between` (personnel words, other nations' names) may stand between the two
 * but the agent of a passive ("He was by Ukrainian troops captured"), nor hold the fate word:
 * in "He said a Ukrainian soldier was wounded", "He spoke of the prisoners" the fate is theirs;
 * nor a word of saying (`speech`): "He said many remain in captivity".
 */
export function singularFate(sentence: string, group: Lexicon[], between: Span[], sent: boolean): Span | null {
  for (const l of group) {
    if (!l.singular || !l.fate) continue;
    const pronouns = allHits(singularPronouns(l), sentence);
    if (pronouns.length === 0) continue;
    const fates = [...allHits(fateWords(l), sentence), ...(sent ? allHits(sentWords(l), sentence) : [])];
    for (const p of pronouns) {
      for (const f of fates) {
        if (between.some((x) => x.start <= f.start && x.end >= f.end)) continue;
        const [a, b] = p.end <= f.start ? [p.end, f.start] : [f.end, p.start];
        if (b < a || between.some((x) => x.start >= a && x.end <= b && !agent(sentence, l, x, a))) continue;
        const gap = sentence.slice(a, b);
        if (allHits(speechWords(l), gap).length > 0) continue;
        if (l.spaced ? !breaks(gap) && words(gap).length <= 8 : !/[。；;]/.test(gap) && gap.length <= 24) return p;
      }
    }
  }
  return null;
}
