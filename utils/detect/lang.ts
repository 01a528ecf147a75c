import { LEXICONS, type Lexicon } from './lexicon/index';
import { letterWords } from './chars';
import type { TextProbe } from './literals';
import { termsOf, UnionList, UseShare } from './terms';

/**
 * The language of one sentence: the script decides most of them; Latin-script sentences are told
 * apart by function words, letters peculiar to a language, and which lexicons named North Korea.
 */

/**
 * Lower case for the function-word vote, the same for text in capitals (headlines): Turkish
 * dotted "İ" becomes "i" (not "i" with a combining dot, which splits the word), dotless "ı" too,
 * so that "İÇİN" and "için", "BIR" and "bir" meet.
 */
export const voteFold = (s: string): string => s.replace(/İ/g, 'i').toLowerCase().replace(/ı/g, 'i');

// word -> languages using it: built on the first sentence that needs it (few pages need it at all)
let STOP: Map<string, string[]> | null = null;
function stopWords(): Map<string, string[]> {
  if (!STOP) {
    STOP = new Map();
    for (const lex of LEXICONS) {
      for (const w of new Set((lex.stop ?? []).map(voteFold))) {
        const langs = STOP.get(w) ?? [];
        langs.push(lex.lang);
        STOP.set(w, langs);
      }
    }
  }
  return STOP;
}

/** How many of the sentence's first words are each language's function words. */
function stopVote(sentence: string): Map<string, number> {
  const score = new Map<string, number>();
  const stop = stopWords();
  for (const w of letterWords(voteFold(sentence), 200)) for (const l of stop.get(w) ?? []) score.set(l, (score.get(l) ?? 0) + 1);
  return score;
}

// Letters that point to one Latin-script language (weight 2 each, counted once): lexicon/<lang>.ts
// letters, in either case ("Æ" as "æ": headlines in capitals).
const LETTER_HINTS: [RegExp, string][] = LEXICONS.flatMap((l) => (l.letters ?? []).map((src): [RegExp, string] => [new RegExp(src, 'iu'), l.lang]));

// Every hint needs one of these: most sentences (English, Dutch...) have none, and skip all the tests.
const HINT_LETTERS = new RegExp(LETTER_HINTS.map(([re]) => re.source).join('|'), 'iu');

// A language's usual letters (lexicon/<lang>.ts): missing, it loses half a point, enough to lose a
// tie with a relative that shares its function words ("že v oblasti" is Slovak without Czech ě ř ů,
// "Det skriver avisen" not Swedish without ä or ö).
const USUAL_LETTERS: [RegExp, string][] = LEXICONS.flatMap((l) => (l.usual ? [[new RegExp(l.usual, 'iu'), l.lang] as [RegExp, string]] : []));

// Each Latin-script lexicon's topic vocabulary: words a sentence shares with it are evidence too.
// Compiled per sentence (terms.ts), and only asked on a close call for the languages that can
// still win it.
const VOCAB_LEXES: readonly Lexicon[] = LEXICONS.filter((l) => l.spaced && l.stop && /^[a-z]/.test(l.lang));
const vocabLists = new Map<string, UnionList>();
const vocabShare = new UseShare();
function vocabList(l: Lexicon): UnionList {
  let list = vocabLists.get(l.lang);
  if (!list) {
    list = new UnionList(() => termsOf([...l.pers, ...l.ctx, ...l.ctxWeak, ...(l.own ?? [])], l.spaced), 'giu', vocabShare);
    vocabLists.set(l.lang, list);
  }
  return list;
}

// Each lexicon's names for North Korea.
const nameLists = new Map<string, UnionList>();
const nameShare = new UseShare();
function nameList(l: Lexicon): UnionList {
  let list = nameLists.get(l.lang);
  if (!list) {
    list = new UnionList(() => termsOf([...l.nk, ...(l.fused ?? []), ...(l.strong ?? []), ...(l.north ?? [])], l.spaced), 'giu', nameShare);
    nameLists.set(l.lang, list);
  }
  return list;
}

/** Does `lang`'s lexicon name North Korea in the sentence? Asked per language, answers cached. */
export type NamesIn = (lang: string) => boolean;

/** `probe` is the sentence's (literals.ts). */
export function namesIn(sentence: string, probe: TextProbe): NamesIn {
  const known = new Map<string, boolean>();
  return (lang) => {
    let yes = known.get(lang);
    if (yes === undefined) {
      const lex = BY_LANG.get(lang);
      const re = lex ? nameList(lex).forText(probe) : null;
      yes = false;
      if (re) {
        re.lastIndex = 0;
        yes = re.test(sentence);
      }
      known.set(lang, yes);
    }
    return yes;
  };
}

const VOCAB_SET = new Set<Lexicon>(VOCAB_LEXES);

let lastScores: [string, number][] = [];

function latinLang(sentence: string, namesIn: NamesIn, probe: TextProbe): string {
  const score = stopVote(sentence);
  const add = (l: string, v: number) => score.set(l, (score.get(l) ?? 0) + v);
  if (HINT_LETTERS.test(sentence)) for (const [re, l] of LETTER_HINTS) if (re.test(sentence)) add(l, 2);
  for (const [re, l] of USUAL_LETTERS) if (score.has(l) && !re.test(sentence)) add(l, -0.5);
  const ranked = () => [...score.values()].sort((a, b) => b - a);
  const [first = 0, second = 0] = ranked();
  if (first - second >= 3) {
    lastScores = [...score.entries()].sort((a, b) => b[1] - a[1]);
    return lastScores[0][0];
  }
  // close call: which lexicons name North Korea here, and whose topic vocabulary the sentence uses.
  // A language gains at most 1.5 from names and 0.75 x 3 from vocabulary; one that cannot come
  // within 1.5 of the best score seen (nor win, nor be a runner-up) is not asked. Gains are then
  // added in the fixed order below, so ties break as if every language had been asked.
  let top = 0;
  for (const v of score.values()) if (v > top) top = v;
  const order = LEXICONS.filter((l) => !l.nonLatin || VOCAB_SET.has(l)).sort((a, b) => (score.get(b.lang) ?? 0) - (score.get(a.lang) ?? 0));
  const named = new Set<string>();
  const vocab = new Map<string, number>();
  for (const l of order) {
    const latin = !l.nonLatin;
    const hasVocab = VOCAB_SET.has(l);
    let v = score.get(l.lang) ?? 0;
    if (v + (latin ? 1.5 : 0) + (hasVocab ? 2.25 : 0) < top - 1.5) continue;
    if (latin && namesIn(l.lang)) {
      named.add(l.lang);
      v += 1.5;
    }
    const re = hasVocab ? vocabList(l).forText(probe) : null;
    if (re) {
      re.lastIndex = 0;
      let n = 0;
      while (re.exec(sentence) !== null && n < 3) n++;
      if (n) {
        vocab.set(l.lang, n);
        v += n * 0.75;
      }
    }
    if (v > top) top = v;
  }
  for (const l of LEXICONS) if (named.has(l.lang)) add(l.lang, 1.5);
  for (const l of VOCAB_LEXES) {
    const n = vocab.get(l.lang);
    if (n) add(l.lang, n * 0.75);
  }
  lastScores = [...score.entries()].sort((a, b) => b[1] - a[1]);
  let best = 'en';
  let bestScore = 0;
  for (const [l, v] of score) {
    if (v > bestScore || (v === bestScore && l === 'en')) {
      best = l;
      bestScore = v;
    }
  }
  return best;
}

const BG_ADJECTIVE = /\p{L}{3}ск(?:и|ите|ият|ия|ата|ото)(?!\p{L})/iu;

/** Cyrillic: letters peculiar to a language decide most; Serbian and Bulgarian are told from Russian by what they lack and by function words. */
function cyrillicLang(sentence: string): string {
  if (/[әңөұүһ]/iu.test(sentence)) return 'kk';
  // Uzbek writes ў, қ, ғ, ҳ and neither і nor ы (Belarusian writes ў beside і, Kazakh қ and ғ beside і or ы)
  if (/[ўқғҳ]/iu.test(sentence) && !/[іы]/iu.test(sentence)) return 'uz';
  if (/[қғ]/iu.test(sentence)) return 'kk';
  if (/[ў]/iu.test(sentence)) return 'be';
  // Kazakh writes і beside ы, which Ukrainian lacks ("кездесті", "Ресейдің" have no other letter of its own)
  if (/і/iu.test(sentence) && /ы/iu.test(sentence) && !/[їєґ]/iu.test(sentence)) return 'kk';
  if (/[іїєґ]/iu.test(sentence)) return 'uk';
  if (/[јљњћђџ]/iu.test(sentence)) return 'sr';
  // Bulgarian and Serbian have none of ы э ё, write ь only before о (Bulgarian) or not at all, nor
  // end adjectives in -ая, -ую, -ской, -ной ("Северная", "Курской"; Bulgarian "Северна", "Курска"):
  // without them, function words may tell them ("са", "че", "е"; "у", "је", "су"), and Bulgarian's
  // ъ does, Serbian having none of й щ ъ ь ю я either
  if (/[ыэё]|ь(?!о)|(?:ая|ую|ской|ной)(?!\p{L})/iu.test(sentence)) return 'ru';
  const votes = stopVote(sentence);
  const [sr, ru, bgVotes] = ['sr', 'ru', 'bg'].map((l) => votes.get(l) ?? 0);
  // (a Bulgarian adjective's ending, bare or with its article, counts as a Bulgarian word: Russian
  // writes -ский, -ские, -ская where Bulgarian writes "Севернокорейски", "украинските", "Курската")
  const bg = bgVotes + (BG_ADJECTIVE.test(sentence) ? 1 : 0);
  if (!/[йщъьюя]/iu.test(sentence) && sr > ru && sr > bgVotes) return 'sr';
  // (a Russian sentence of this length nearly always has one of ы э ё ь: a tie is Bulgarian's)
  return /ъ/iu.test(sentence) || bg > ru || (bg === ru && bg > 0 && sentence.length >= 60) ? 'bg' : 'ru';
}

/**
 * Guesses the BCP-47 code of a sentence. `namesIn` tells whether a language's lexicon names North
 * Korea in it (asked only for Latin script, and only on a close call); `probe` is the text's
 * (literals.ts).
 */
export function guessLang(text: string, namesIn: NamesIn, probe: TextProbe): string {
  // (runnersUp answers for this sentence: none unless the Latin-script vote finds some)
  lastScores = [];
  // the language does not change within a sentence: its first 400 characters are enough
  const sentence = text.length > 400 ? text.slice(0, 400) : text;
  let hangul = 0,
    kana = 0,
    han = 0,
    cyr = 0,
    arab = 0,
    hebr = 0,
    thai = 0,
    deva = 0,
    beng = 0,
    telu = 0,
    greek = 0,
    geo = 0,
    arm = 0,
    latin = 0;
  const n = Math.min(sentence.length, 2000);
  for (let i = 0; i < n; i++) {
    const c = sentence.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if (c >= 0x0600 && c <= 0x06ff) arab++;
    else if (c >= 0x0590 && c <= 0x05ff) hebr++;
    else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
    else if (c >= 0x0900 && c <= 0x097f) deva++;
    else if (c >= 0x0980 && c <= 0x09ff) beng++;
    else if (c >= 0x0c00 && c <= 0x0c7f) telu++;
    else if (c >= 0x0370 && c <= 0x03ff) greek++;
    else if (c >= 0x10a0 && c <= 0x10ff) geo++;
    else if (c >= 0x0530 && c <= 0x058f) arm++;
    else if (c >= 0x00c0 && c <= 0x024f) latin++;
    else if (c >= 0x1e00 && c <= 0x1eff) latin++;
  }
  if (hangul > 0 && hangul >= kana) return 'ko';
  if (kana > 0) return 'ja';
  const counts: [number, string][] = [
    [han, 'zh'],
    [cyr, 'cyr'],
    [arab, 'arab'],
    [hebr, 'he'],
    [thai, 'th'],
    [deva, 'hi'],
    [beng, 'bn'],
    [telu, 'te'],
    [greek, 'el'],
    [geo, 'ka'],
    [arm, 'hy'],
    [latin, 'latin'],
  ];
  counts.sort((a, b) => b[0] - a[0]);
  const script = counts[0][0] > 0 ? counts[0][1] : 'latin';
  if (script === 'cyr') return cyrillicLang(sentence);
  if (script === 'arab') {
    if (/[ٹڈڑےں]/u.test(sentence)) return 'ur';
    if (/[پچژگکی]/u.test(sentence)) return 'fa';
    return 'ar';
  }
  if (script === 'latin') return latinLang(sentence, namesIn, probe);
  return script;
}

const BY_LANG = new Map<string, Lexicon>(LEXICONS.map((l) => [l.lang, l]));
const EN = BY_LANG.get('en')!;

/**
 * English as it joins another language's group: its names of North Korea and of the formation
 * ("KCNA", "Storm Corps"), and of its other words only the names it lists as counting abroad
 * ("Kursk", "Kremlin"). Its common words would meet the other language's: German and Dutch "die"
 * is no loss, German "war" ("was") no war, an Uzbek "1950 yillardan" no Korean War.
 */
export const EN_ABROAD: Lexicon = {
  lang: 'en',
  spaced: EN.spaced,
  nk: EN.nk,
  fused: EN.fused,
  north: EN.north,
  nkWeak: EN.nkWeak,
  fusedWeak: EN.fusedWeak,
  strong: EN.strong,
  pers: [],
  ctx: EN.abroad?.ctx ?? [],
  ctxWeak: EN.abroad?.ctxWeak ?? [],
  neg: EN.abroad?.neg ?? [],
  history: EN.abroad?.history ?? [],
  foreign: EN.abroad?.foreign ?? [],
};

/** The lexicon of a language, if the detector has one. */
export const lexiconOf = (lang: string): Lexicon | undefined => BY_LANG.get(lang);

/**
 * Latin-script languages that scored close to the winner in the last guess (short sentences share
 * function words across languages, so the runner-up's vocabulary is kept in play).
 */
export function runnersUp(winner: string): string[] {
  const top = lastScores.find(([l]) => l === winner)?.[1] ?? 0;
  return lastScores
    .filter(([l, v]) => l !== winner && v >= top - 1.5 && v > 0)
    .map(([l]) => l)
    .slice(0, 2);
}

/**
 * Lexicons to use for a sentence in `lang`: its own, the close calls' (`also`), close relatives,
 * and English's names and loanwords (EN_ABROAD), or the whole of English where it is one of them.
 */
export function lexiconsFor(lang: string, also: string[] = []): Lexicon[] {
  const out: Lexicon[] = [];
  const own = BY_LANG.get(lang);
  if (own) out.push(own);
  for (const a of also) {
    const l = BY_LANG.get(a);
    if (l && !out.includes(l)) out.push(l);
  }
  for (const r of own?.relatives ?? []) {
    const l = BY_LANG.get(r);
    if (l && !out.includes(l)) out.push(l);
  }
  if (!out.includes(EN)) out.push(EN_ABROAD);
  // Korean and Japanese texts write North Korea with Chinese characters too
  if (lang === 'ko' || lang === 'ja') out.push(BY_LANG.get('zh')!);
  if (lang === 'zh') out.push(BY_LANG.get('ja')!);
  return out;
}
