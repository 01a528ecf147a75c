/**
 * The detector: finds sentences that mention North Korean troops sent to fight for Russia against
 * Ukraine, in any of the languages in ./detect/lexicon, and stays quiet on near misses.
 *
 * Pure and linear: one gate pass over the text (./detect/anchor-search.ts), then sentence work only
 * around anchors, each sentence capped at a bounded length.
 */
import { analyzeSentence, analyzeUnnamed } from './detect/analyze';
import { aspectOf } from './detect/aspect';
import { latinRunVerdict } from './detect/latin-run';
import { findFigures } from './detect/figures';
import { AnchorSearch } from './detect/anchor-search';
import { fateGate, mayHoldOblique, mayHoldPronounLed, pageGates, personnelGate, pronounLed } from './detect/personnel-gate';
import { withPlainCapitalI } from './detect/capital-i';
import { sentenceAround, sentencesOf } from './detect/sentences';
import type { DetectOptions, Mention, MentionAspect, PageFigure } from './detect/types';

export type { DetectOptions, Mention, MentionAspect, PageFigure, PageFigureKind, PageQualifier } from './detect/types';

/** A sentence's result with offsets relative to the sentence. Pages repeat sentences (menus, feeds). */
interface SentenceResult {
  start: number;
  end: number;
  lang: string;
  aspect: MentionAspect;
  figures: PageFigure[];
}
const CACHE_LIMIT = 512;
const cache = new Map<string, SentenceResult | null>();

/**
 * `unnamed`: read on a page about the topic by analyze.ts analyzeUnnamed: 'bare' for a sentence
 * without an anchor, 'named' for one whose anchor the plain reading could not tie to personnel.
 */
function analyse(sentence: string, pageContext: boolean, unnamed: false | 'bare' | 'named' = false): SentenceResult | null {
  const key = (unnamed === 'named' ? '3' : unnamed ? '2' : pageContext ? '1' : '0') + sentence;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const verdict = unnamed
    ? analyzeUnnamed(sentence, unnamed === 'named')
    : (analyzeSentence(sentence, pageContext) ?? latinRunVerdict(sentence, pageContext));
  let result: SentenceResult | null = null;
  if (verdict) {
    const figures = findFigures(sentence, 0, sentence.length, verdict.compiled);
    result = {
      start: verdict.start,
      end: verdict.end,
      lang: verdict.lang,
      aspect: aspectOf(sentence, verdict.compiled, figures, verdict.strong),
      figures,
    };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * Compiles what the first reading with page context needs (the personnel and fate gates' patterns,
 * generated at development time: some 10 ms), so that a host can pay for it in a task of its own
 * rather than within that reading.
 */
export function preparePageContext(): void {
  personnelGate('x')(0, 1);
  fateGate('x')(0, 1);
}

/**
 * Sentences analysed, and sentences only tried by the cheap gates, between two pauses of
 * mentionsInSteps: each pause is well under a few milliseconds of work, however long the text (a
 * 1 MB block read with page context took 70-130 ms in one piece under Node, over 250 in Firefox).
 */
const ANALYSES_PER_STEP = 4;
const TRIES_PER_STEP = 256;

/** The mentions in a text, all at once. */
export function findMentions(original: string, options: DetectOptions = {}): Mention[] {
  const steps = mentionsInSteps(original, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The mentions in a text, read in steps: it yields (null) between bounded pieces of work, so that
 * a host (the content script's scanner) can let the page run between them.
 */
export function* mentionsInSteps(original: string, options: DetectOptions = {}): Generator<null, Mention[]> {
  // on text without names this costs exactly one gate pass: nothing is analysed before an anchor
  if (typeof original !== 'string' || original.length === 0) return [];
  const text = withPlainCapitalI(original);
  const pageContext = options.pageContext === true;
  const out: Mention[] = [];
  let done = 0; // everything before this offset has been analysed
  const anchors = new AnchorSearch(text);
  let anchor: [number, number] | null;
  const read: [number, number][] = []; // the sentences analysed for an anchor
  let work = 0; // sentences analysed so far, for the pauses
  const add = (ss: number, se: number, r: SentenceResult) =>
    out.push({
      start: ss + r.start,
      end: ss + r.end,
      text: original.slice(ss + r.start, ss + r.end),
      lang: r.lang,
      aspect: r.aspect,
      figures: r.figures.map((f) => ({ ...f, start: f.start + ss, end: f.end + ss })),
      sentenceStart: ss,
      sentenceEnd: se,
    });
  while ((anchor = anchors.next(done)) !== null) {
    const [ss, se] = sentenceAround(text, anchor[0], anchor[1], done);
    done = Math.max(se, anchor[1]);
    if (se <= ss) continue;
    read.push([ss, se]);
    const sentence = text.slice(ss, se);
    if (++work % ANALYSES_PER_STEP === 0) yield null;
    // on a page about the topic, an anchor not tied to the personnel word ("Kim praised the troops
    // who fought in Kursk") leaves the sentence to the reading without a name, with war context
    const r = analyse(sentence, pageContext) ?? (pageContext ? analyse(sentence, true, 'named') : null);
    if (r) add(ss, se, r);
  }
  if (!pageContext) return out;
  yield null;
  const { personnel: mayHoldPersonnel, fate: mayHoldFate } = pageGates(text);
  const anyPersonnel = mayHoldPersonnel(0, text.length);
  const anyOblique = mayHoldOblique(text);
  const anyFate = mayHoldFate(0, text.length);
  if (!anyPersonnel && !anyOblique && !anyFate && !mayHoldPronounLed(text)) return out;
  yield null;
  // On a page about the topic, a sentence may speak of the troops without naming them.
  let k = 0; // both lists are in text order
  let tried = 0;
  for (const [ss, se] of sentencesOf(text)) {
    if (++tried % TRIES_PER_STEP === 0) yield null;
    while (k < read.length && read[k][1] <= ss) k++;
    if (k < read.length && read[k][0] < se) continue;
    // (or a pronoun that stands for them: "They were taken to Kyiv")
    // (or one in another case anywhere: "Ukraine holds them in Kyiv"; or "he" beside his fate: "he was captured")
    if (
      !(anyPersonnel && mayHoldPersonnel(ss, se)) &&
      !pronounLed(text, ss) &&
      !(anyOblique && mayHoldOblique(text.slice(ss, se))) &&
      !(anyFate && mayHoldFate(ss, se))
    )
      continue;
    if (++work % ANALYSES_PER_STEP === 0) yield null;
    const r = analyse(text.slice(ss, se), true, 'bare');
    if (r) add(ss, se, r);
  }
  return out.sort((a, b) => a.start - b.start);
}
