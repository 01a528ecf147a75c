import type { Lexicon } from './lexicon/index';
import type { Compiled } from './compiled';
import type { Span } from './compile';
import { firstAfter, lastBefore, overlaps, PUNCT, wordHits, words } from './spans';

// How a personnel word meets its owner: the linking words of the sentence's languages, and the
// other nation's army that words of support have as their object.

/**
 * The sentence's languages' own words for how a personnel word meets its owner (lexicon/<lang>.ts):
 * those of the lexicons read for it, not every language's ("de" links "soldats de Pyongyang" in
 * French, and is "the" in Dutch).
 */
const isLinker = (group: readonly Lexicon[], w: string) => group.some((l) => l.linkers?.includes(w));
export const isOwnerPreposition = (group: readonly Lexicon[], w: string) => group.some((l) => l.ownerPrepositions?.includes(w));
/** Is `w` "and" (lexicon range.and) in one of the sentence's languages, or, where it is a clitic, does it open `w` ("والشعب")? */
const isAnd = (group: readonly Lexicon[], w: string) => group.some((l) => l.range?.and?.some((a) => w === a || (!l.spaced && w.startsWith(a))));
/** A break within a sentence, commas apart (a list's items are separated by them). */
const CLAUSE_END = /[;:.!?()"“”«»„。；：]/;

/**
 * After the personnel word, only linkers of the sentence's lexicons (`group`) may separate it from
 * its owner ("soldiers from North Korea", "солдаты ВСУ"); `charGap`: a language written without
 * spaces, where a character or two may.
 */
export function linked(gap: string, charGap: boolean, group: readonly Lexicon[]): boolean {
  if (charGap) return gap.trim().length <= 1;
  if (PUNCT.test(gap)) return false;
  const w = words(gap);
  return w.length <= 3 && w.every((t) => isLinker(group, t.toLowerCase().replace(/['’]$/, '')));
}

/**
 * Does a name after the personnel word own it across this gap? Linked as above, and in a language
 * that needs a linker there (lexicon linkedOwnersOnly: "the soldiers Ukraine captured"), not right after it.
 */
export function ownerLinked(gap: string, lexicon: Lexicon | undefined, charGap: boolean, group: readonly Lexicon[]): boolean {
  return linked(gap, charGap, group) && !(lexicon?.linkedOwnersOnly && words(gap).length === 0);
}

/** The foreign names that may own a personnel word from after it: postnominal languages' adjectives too. */
export const ownersAfter = (lexicon: Lexicon | undefined, foreign: Span[], foreignAfter: Span[]): Span[] =>
  lexicon?.postnominal === true ? [...foreign, ...foreignAfter] : foreignAfter;

/** Does a list go on in the gap ("government, army", "people and army")? */
const listed = (gap: string, group: readonly Lexicon[]) => /[,،、]/.test(gap) || words(gap).some((w) => isAnd(group, w.toLowerCase()));

/**
 * Is a personnel word another nation's army that support words have as their object ("support for
 * the Russian government, army and people", "solidarity with the army and people of Russia",
 * "backs the army of Russia")? Diplomacy, not North Korea's troops; those it sends to support the
 * Russian army, or who fight beside it, are not the object. `foreignAfter`: the names that own a
 * personnel word only from after it; `names`: North Korea's. The sentence's support and context
 * words are looked for on the first question, and only where a foreign name may own the word.
 */
export function supportReader(
  sentence: string,
  group: readonly Lexicon[],
  c: Compiled,
  lexicon: Lexicon | undefined,
  foreign: Span[],
  foreignAfter: Span[],
  names: () => Span[],
): (p: Span) => boolean {
  if (foreign.length === 0 && foreignAfter.length === 0) return () => false;
  const charGap = lexicon?.gapsInCharacters === true;
  let supportHits: Span[] | null = null;
  let ctxHits: Span[] | null = null;
  /** Is there a word of context ("sent", "fight") between `a` and `b`, not a foreign name? */
  const ctxBetween = (a: number, b: number): boolean => {
    ctxHits ??= [...wordHits(c.ctx, sentence), ...wordHits(c.ctxWeak, sentence)].filter((h) => !overlaps(h, foreign));
    return ctxHits.some((h) => h.start >= a && h.end <= b);
  };
  let nameHits: Span[] | null = null;
  const nameBetween = (a: number, b: number) => (nameHits ??= names()).some((n) => n.start >= a && n.end <= b);
  /**
   * Is the gap between `a` and `b` one clause of a few words (`most`; in a language written without
   * spaces, four characters a word), with no North Korean name nor context word?
   */
  const plain = (a: number, b: number, most: number, ctx = false, name = false): boolean => {
    const gap = sentence.slice(a, b);
    // (a comma ends a clause where lists take "、")
    const short = charGap ? gap.length <= most * 4 && !/[,，]/.test(gap) : words(gap).length <= most;
    return !CLAUSE_END.test(gap) && short && (name || !nameBetween(a, b)) && (ctx || !ctxBetween(a, b));
  };
  /** The nation's adjective heading a list the army is a later item of ("the Russian government, army"). */
  const listHead = (p: Span, after: number): boolean => {
    const fb = lastBefore(foreign, p.start);
    return !!fb && fb.start >= after && listed(sentence.slice(fb.end, p.start), group) && plain(fb.end, p.start, 3);
  };
  /** The nation's name or adjective right before the army, nothing between ("Russia's army"). */
  const ownerRightBefore = (p: Span): boolean => {
    const fb = lastBefore(foreign, p.start);
    return !!fb && sentence.slice(fb.end, p.start).trim() === '';
  };
  return (p) => {
    supportHits ??= wordHits(c.support, sentence);
    const s = lastBefore(supportHits, p.start);
    if (s && plain(s.end, p.start, 6)) {
      if (listHead(p, s.end)) return true;
      // the nation's name or adjective after a list the army opens, or linked to it ("the army of Russia")
      const fa = firstAfter([...foreign, ...foreignAfter], p.end);
      if (!fa || !plain(p.end, fa.start, 5)) return false;
      const gap = sentence.slice(p.end, fa.start);
      return linked(gap, charGap, group) || listed(gap, group);
    }
    // where the object comes first ("Rusiya hökumətinə, ordusuna və xalqına tam dəstəyini"), perhaps
    // with the war between them ("... Украинадағы соғыста толық қолдау")
    // or the nation's name right before it, North Korea perhaps the subject between them ("রাশিয়ার
    // সেনাবাহিনীর প্রতি পূর্ণ সমর্থন", "రష్యా సైన్యానికి ఉత్తర కొరియా పూర్తి మద్దతు")
    const after = firstAfter(supportHits, p.end);
    if (!after) return false;
    return (plain(p.end, after.start, 6, true) && listHead(p, 0)) || (ownerRightBefore(p) && plain(p.end, after.start, 6, true, true));
  };
}
