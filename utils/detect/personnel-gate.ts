import { LEXICONS } from './lexicon/index';
import { foldCase } from './literals';
import { anySpaces, LEAD_IN, OPENING, WORD_END, WORD_START } from './chars';
import { FATE_GATE, PERSONNEL_GATE } from './prefilter.data';

/**
 * One literal piece of each personnel word of every language (literals.ts), case-folded, as one
 * trie (gates.ts). A text in which none occurs holds no personnel word in any language, so no
 * sentence of it is an unnamed mention (analyzeUnnamed asks for one first). With page context the
 * detector tries every sentence of a block: this keeps that to the few that may hold one (a 1 MB
 * block took 1.5 to 4.8 s sentence by sentence, in one task of the content script; now ~70 ms).
 * The sources are built at development time (prefilter-build.ts personnelGateSources) and read
 * from prefilter.data.ts: building the trie took 40-70 ms of the first page-context task.
 */
export interface PersonnelGateSources {
  /** The pieces' trie, for folded text (null: no term has a piece). */
  pieces: string | null;
  /**
   * The terms with no literal piece ("(?:soldat|krieger)en"), as their own loose patterns
   * (compile.ts looseSource), case-insensitive: they keep the gate exact instead of turning it off.
   */
  pieceless: string | null;
}

export interface PersonnelGateParts {
  pieces: RegExp | null;
  pieceless: RegExp | null;
}

export function personnelGateOf(sources: PersonnelGateSources): PersonnelGateParts {
  return {
    pieces: sources.pieces === null ? null : new RegExp(sources.pieces),
    pieceless: sources.pieceless === null ? null : new RegExp(sources.pieceless, 'iu'),
  };
}

let parts: PersonnelGateParts | undefined;
const gate = () => (parts ??= personnelGateOf(PERSONNEL_GATE));

/**
 * For the parts of one text: false only when no personnel word of any language can match in
 * text.slice(start, end). The text is folded once (when folding keeps every position).
 */
export function personnelGate(text: string, g: PersonnelGateParts = gate()): (start: number, end: number) => boolean {
  return gateOver(text, g.pieces ? foldCase(text) : text, g);
}

/** personnelGate, given the text's folded copy (`folded`): one fold serves every gate of a text. */
function gateOver(text: string, folded: string, g: PersonnelGateParts): (start: number, end: number) => boolean {
  const { pieces, pieceless } = g;
  const other = pieceless ? (start: number, end: number) => pieceless.test(text.slice(start, end)) : () => false;
  if (!pieces) return other;
  if (folded.length !== text.length) return (start, end) => pieces.test(foldCase(text.slice(start, end))) || other(start, end);
  return (start, end) => pieces.test(folded.slice(start, end)) || other(start, end);
}

let openers: RegExp | undefined;
let openersAnywhere: RegExp | undefined;
const pronounsOf = (spaced: boolean) => [...new Set(LEXICONS.filter((l) => l.spaced === spaced).flatMap((l) => l.pronouns ?? []))].join('|');
// a whole word where words are spaced ("he", not "heavy")
const pronounSource = () => `${OPENING}${LEAD_IN}(?:(?:${pronounsOf(true)})${WORD_END}|${pronounsOf(false)})`;

/**
 * Could the sentence at `start` have a subject pronoun of some language at or near its start
 * ("They", "В момента те")? analyzeUnnamed reads such a sentence without a personnel word; the
 * exact test, in the sentence's language, is its own.
 */
export function pronounLed(text: string, start: number): boolean {
  openers ??= new RegExp(pronounSource(), 'iuy');
  openers.lastIndex = start;
  return openers.test(text);
}

/** Could any sentence of `text` open with such a pronoun (one pass, before splitting the text)? */
export function mayHoldPronounLed(text: string): boolean {
  openersAnywhere ??= new RegExp(`(?:^|[.!?。！？…:;\\n\\u2029])${pronounSource()}`, 'iu');
  return openersAnywhere.test(text);
}

let obliques: RegExp | undefined;
/**
 * Could the text hold an object, oblique or possessive form of "they" of some language ("them",
 * "их", "őket"), or a verb form that says "they" (theyVerbs: "gönderildiler")? analyzeUnnamed reads
 * such a sentence without a personnel word too; the exact test,
 * in the sentence's language, is its own. Whole words where words are spaced: the forms are short.
 */
export function mayHoldOblique(text: string): boolean {
  if (!obliques) {
    const of = (spaced: boolean) =>
      [
        ...new Set(
          LEXICONS.filter((l) => l.spaced === spaced).flatMap((l) => [...(l.oblique ?? []), ...(l.theyVerbs ?? []).map((t) => t.replace(/\$$/, ''))]),
        ),
      ]
        .map(anySpaces)
        .join('|');
    obliques = new RegExp(`${WORD_START}(?:${of(true)})${WORD_END}|${of(false)}`, 'iu');
  }
  return obliques.test(text);
}

let fates: PersonnelGateParts | undefined;
/**
 * For the parts of one text, as personnelGate: false only when no word of one soldier's own fate
 * or of his being sent, of any language, can match there ("was captured", "в плену", "was sent").
 * analyzeUnnamed reads such a sentence for "he" beside it; the exact test, in the sentence's
 * language, is its own. Literal pieces, as for personnel words (prefilter-build.ts FATE_GATE): one
 * pattern of every term was ~6x slower than the whole page-context reading.
 */
export function fateGate(text: string): (start: number, end: number) => boolean {
  return personnelGate(text, fateParts());
}
const fateParts = () => (fates ??= personnelGateOf(FATE_GATE));

/** The personnel and fate gates of one text, folding it once (page reading asks both of every block). */
export function pageGates(text: string): { personnel: (start: number, end: number) => boolean; fate: (start: number, end: number) => boolean } {
  const folded = foldCase(text);
  return { personnel: gateOver(text, folded, gate()), fate: gateOver(text, folded, fateParts()) };
}
