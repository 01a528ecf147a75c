import { LEXICONS, type Lexicon } from './lexicon/index';
import { compiledFor, type Compiled } from './compiled';
import { allHits, unionRegExp, type Span } from './compile';
import { guessLang, lexiconOf, lexiconsFor, namesIn, runnersUp } from './lang';
import { TextProbe } from './literals';
import { breaks, firstAfter, HARD_BREAK, lastBefore, overlaps, perLexicon, PUNCT, wordHits, words } from './spans';
import { isOwnerPreposition, linked, ownerLinked, ownersAfter, supportReader } from './owners';
import { leadingFate, singularFate } from './singular-fate';
import { LEAD_IN, OPENING, WORD_END, WORD_START, allLetters, anySpaces, capitalisedNorth } from './chars';

/**
 * The decision for one sentence. A mention needs a name for North Korea tied to a personnel word
 * (or a fused word such as "북한군", or the formation's name), and context that places it in the
 * war; near-miss cues (DMZ, parades, drills, defectors, the Korean War, workers) veto weak context.
 */

export interface Verdict {
  /** The span to highlight, relative to the sentence. */
  start: number;
  end: number;
  lang: string;
  compiled: Compiled;
  strong: boolean;
}

type Kind = 'fused' | 'tight' | 'strong' | 'deploy' | 'loose';
const RANK: Record<Kind, number> = { fused: 0, tight: 0, strong: 1, deploy: 2, loose: 3 };

interface Candidate extends Span {
  kind: Kind;
  /** An institution word (army): not enough on page context alone. */
  weak: boolean;
  /** Paired with a weak name ("Korean"): needs strong context, or page context where the two are tied. */
  weakName?: boolean;
}

function hitsOf(c: Compiled, sentence: string) {
  return {
    nk: wordHits(c.nk, sentence),
    fused: wordHits(c.fused, sentence),
    strong: wordHits(c.strong, sentence),
    north: wordHits(c.north, sentence),
    weak: wordHits(c.nkWeak, sentence),
    fusedWeak: wordHits(c.fusedWeak, sentence),
  };
}

const stripPossessive = (g: string) => g.replace(/^['’ʼ]s?(?=[\s\u00a0]|$)/, '');

const MILITARY_SUFFIX = /[군軍军]$/u;

/** Is there a near-miss cue (of `cues`: neg, or labour) that is not inside a personnel word? */
function negOutside(c: Compiled, sentence: string, cues: RegExp | null = c.neg): boolean {
  const negs = allHits(cues, sentence);
  if (negs.length === 0) return false;
  const pers = wordHits(c.pers, sentence);
  // ("рабочей силы", labour force, holds a personnel word and stays a cue)
  return negs.some((h) => !pers.some((p) => p.start <= h.start && p.end >= h.end));
}

const OPEN_QUOTES = '„“"«「『';
const CLOSE_QUOTES: Record<string, string> = { '„': '“”', '“': '”', '"': '"', '«': '»', '「': '」', '『': '』' };

/** The quotations of a sentence, as [start, end] of their text (between the quote marks). */
function quotations(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < sentence.length; i++) {
    const closers = OPEN_QUOTES.includes(sentence[i]) ? CLOSE_QUOTES[sentence[i]] : undefined;
    if (!closers) continue;
    let j = i + 1;
    while (j < sentence.length && !closers.includes(sentence[j])) j++;
    if (j >= sentence.length) break;
    out.push([i + 1, j]);
    i = j;
  }
  return out;
}

/**
 * Does a munitions word follow the name with nothing between ("севернокорейско оръжие",
 * "Солтүстік Кореяның оқ-дәрілерін")? The name owns the munitions, not a personnel word after it
 * or one farther before it ("24 души загинаха от севернокорейско оръжие"); a name a couple of
 * words before the personnel word still owns that ("North Korean shells and troops").
 */
function namesMunitions(c: Compiled, sentence: string, n: Span): boolean {
  if (!c.munitions) return false;
  c.munitions.lastIndex = 0;
  const m = c.munitions.exec(sentence.slice(n.end, n.end + 24));
  return m !== null && /^[\s\u00a0]*$/.test(sentence.slice(n.end, n.end + m.index));
}

/** A lexicon's words of saying (`speech`), as the detector reads its terms. */
const speechWords = perLexicon((l) => unionRegExp((l.speech ?? []).map((term) => ({ term, spaced: l.spaced }))) ?? /(?!)/g);
/** A dash that sets a reported clause off from its attribution ("…, – заявил Ким"). */
const REPORTING_DASH = /(?:^|[\s\u00a0,])[–—-][\s\u00a0]/g;

export function analyzeSentence(sentence: string, pageContext: boolean): Verdict | null {
  const probe = new TextProbe(sentence);
  const namedBy = namesIn(sentence, probe);
  const lang = guessLang(sentence, namedBy, probe);
  let group = lexiconsFor(lang, runnersUp(lang));
  let c = compiledFor(group, probe);
  const anchorCount = (a: ReturnType<typeof hitsOf>) =>
    a.nk.length + a.fused.length + a.strong.length + a.north.length + a.weak.length + a.fusedWeak.length;
  let anchors = hitsOf(c, sentence);
  if (anchorCount(anchors) === 0) {
    // the name comes from a language outside the sentence's group (a loanword, a misjudged language)
    const extra = LEXICONS.filter((l) => !group.some((g) => g.lang === l.lang) && namedBy(l.lang));
    if (extra.length === 0) return null;
    group = [...group, ...extra];
    c = compiledFor(group, probe);
    anchors = hitsOf(c, sentence);
    if (anchorCount(anchors) === 0) return null;
  }
  const foreign = wordHits(c.foreign, sentence).filter((h) => !overlaps(h, anchors.nk) && !overlaps(h, anchors.fused));
  const foreignAfterOnly = wordHits(c.foreignAfter, sentence).filter((h) => !overlaps(h, anchors.nk) && !overlaps(h, foreign));
  const north = anchors.north.filter(
    (h) => capitalisedNorth(sentence.slice(h.start, h.end)) && !overlaps(h, anchors.nk) && !overlaps(h, anchors.fused),
  );
  const weakNames = anchors.weak.filter((h) => !overlaps(h, anchors.nk) && !overlaps(h, anchors.fused) && !overlaps(h, foreign));
  const nkAll = [...anchors.nk, ...north, ...anchors.fused].filter((h) => !overlaps(h, anchors.strong) || anchors.fused.includes(h));
  const names = [...nkAll, ...weakNames];
  const isWeakName = (h: Span) => weakNames.includes(h);
  const named = [...names, ...anchors.strong];
  const persHits: (Span & { weak: boolean })[] = [
    ...wordHits(c.pers, sentence).map((h) => ({ ...h, weak: false })),
    ...wordHits(c.persWeak, sentence).map((h) => ({ ...h, weak: true })),
  ].filter((h) => !overlaps(h, named) && !overlaps(h, foreign));
  const ownHits = wordHits(c.own, sentence);
  const lexicon = lexiconOf(lang);
  const charGap = lexicon?.gapsInCharacters === true;
  const korean = lang === 'ko';

  /** Is `gap` (between an owner and the personnel word after it) short enough to tie them? */
  const tightBefore = (gap: string): boolean => {
    if (charGap) return gap.replace(/\s/g, '').length <= 2;
    const g = stripPossessive(gap);
    return !PUNCT.test(g) && words(g).length <= 2;
  };
  /** Does the foreign name right before the personnel word own it ("Russian troops")? */
  const foreignOwns = (gap: string): boolean => {
    const g = stripPossessive(gap).trim();
    if (charGap) return g === '' || g === 'の' || g === '的';
    if (korean) return g === '' || g === '의';
    if (PUNCT.test(g.replace(/-/g, ''))) return false;
    const w = words(g);
    return w.length === 0 || (w.length === 1 && allLetters(w[0]) && w[0].length > 2);
  };
  const looseBefore = (gap: string): boolean => !breaks(gap) && (charGap ? gap.length <= 30 * (lexicon?.gapScale ?? 1) : words(gap).length <= 15);
  /** "tropas partió de Pyongyang", "forces spéciales nord-coréennes": a short gap, or one ending in "of/de/by". */
  const looseAfter = (gap: string): boolean => {
    if (charGap) return gap.length <= 12 && !/[、，。]/.test(gap);
    // a number's group separators are no punctuation ("wanajeshi 11,000 wa Korea Kaskazini")
    gap = gap.replace(/(?<=\d)[,.](?=\d)/g, '');
    if (PUNCT.test(gap)) return false;
    const w = words(gap);
    return w.length <= 2 || (w.length <= 5 && isOwnerPreposition(group, w[w.length - 1].toLowerCase()));
  };

  // personnel words owned by another nation ("Russian troops", "солдаты ВСУ", "러시아군")
  const owned = new Set<Span>();
  const nameBefore = (pos: number) => lastBefore(names, pos);
  const nameAfter = (pos: number) => firstAfter(names, pos);
  const allForeignAfter = ownersAfter(lexicon, foreign, foreignAfterOnly);
  /** "Kim sends his best soldiers", "за своих солдат": a possessive ties the soldiers to a named subject. */
  const possessed = (p: Span): Span | null => {
    const own = lastBefore(ownHits, p.start);
    if (!own || words(sentence.slice(own.end, p.start)).length > 1 || PUNCT.test(sentence.slice(own.end, p.start))) return null;
    const nb = lastBefore(names, own.start);
    if (nb && looseBefore(sentence.slice(nb.end, own.start))) return nb;
    const na = firstAfter(names, p.end);
    if (na && !HARD_BREAK.test(sentence.slice(p.end, na.start)) && words(sentence.slice(p.end, na.start)).length <= 4) return na;
    return null;
  };
  const bothOwn = (gap: string): boolean => (charGap ? gap.trim().length <= 2 && !/[.;:。；：]/.test(gap) : gap.length <= 8 && !/[.;:]/.test(gap));
  /** Does `b` follow `a` with only a space or two between them? */
  const adjacent = (a: Span, b: Span) => b.start >= a.end && b.start - a.end <= 3 && /^[\s\u00a0]*$/.test(sentence.slice(a.end, b.start));
  /**
   * A foreign adjective right after the personnel word, where adjectives may also follow the noun
   * ("armii rosyjskiej"), as in analyzeUnnamed; not one that owns a personnel word of its own
   * ("żołnierze rosyjskiej armii"), nor one a North Korean name is joined to ("wojsk rosyjskich i
   * północnokoreańskich").
   */
  const adjectiveAfter = (p: Span, nb: Span | null, na: Span | null): boolean => {
    if (lexicon?.postnominal !== 'also') return false;
    const f = firstAfter(foreign, p.end);
    if (!f || !adjacent(p, f)) return false;
    const q = firstAfter(persHits, f.end);
    if (q && adjacent(f, q)) return false;
    if (nb && tightBefore(sentence.slice(nb.end, p.start))) return false;
    if (na && na.start - p.end <= 60 && !PUNCT.test(sentence.slice(p.end, na.start)) && words(sentence.slice(p.end, na.start)).length <= 3)
      return false;
    return true;
  };
  const supported = supportReader(sentence, group, c, lexicon, foreign, foreignAfterOnly, () => names);
  const ownsMunitions = (n: Span) => namesMunitions(c, sentence, n);
  for (const p of persHits) {
    const nb = nameBefore(p.start);
    const na = nameAfter(p.end);
    const fb = lastBefore(foreign, p.start);
    const fa = firstAfter(allForeignAfter, p.end);
    // (not another nation's army that support words have as their object, with North Korea the
    // subject after it: "రష్యా సైన్యానికి ఉత్తర కొరియా పూర్తి మద్దతు")
    if (na && linked(sentence.slice(p.end, na.start), charGap, group) && (!fa || na.start <= fa.start) && !ownsMunitions(na) && !supported(p))
      continue;
    if (possessed(p)) continue;
    const foreignBefore =
      fb &&
      (!nb || fb.end > nb.end) &&
      foreignOwns(sentence.slice(fb.end, p.start)) &&
      // "North Korean and Russian troops": both own them (not an institution word, "the Russian army",
      // which one nation owns: "North Korea backs the Russian army"; in a language written without
      // spaces, only a conjunction's character or two between the names: "朝鲜和俄罗斯军队")
      !(nb && !p.weak && bothOwn(sentence.slice(nb.end, fb.start)));
    const foreignAfter =
      fa &&
      (!na || fa.start < na.start) &&
      ownerLinked(sentence.slice(p.end, fa.start), lexicon, charGap, group) &&
      !(nb && tightBefore(sentence.slice(nb.end, p.start)));
    if (foreignBefore || foreignAfter || adjectiveAfter(p, nb, na) || supported(p)) owned.add(p);
  }
  const foreignTroops: Span[] = [...owned, ...foreign.filter((f) => MILITARY_SUFFIX.test(sentence.slice(f.start, f.end)))];
  const crossesForeignTroops = (a: number, b: number) => foreignTroops.some((f) => f.start >= a && f.end <= b);
  /**
   * A personnel word inside a quotation whose speaker is a North Korean name just outside it ("„You
   * all, officers and soldiers, showed heroism“, Kim said", "Kim said: “the combat operations of our
   * forces…”"): the speaker's own troops.
   */
  const quotes = quotations(sentence);
  const speaker = (p: Span): Span | null => {
    const q = quotes.find(([a, b]) => a <= p.start && p.end <= b);
    if (!q) return null;
    // (a dash may set the attribution off: "„…“, – sakė Kimas")
    const short = (gap: string) => !/[;。；]/.test(gap) && (charGap ? gap.length <= 20 : words(gap.replace(/[,:–—-]/g, ' ')).length <= 4);
    const before = lastBefore(nkAll, q[0]);
    if (before && short(sentence.slice(before.end, q[0]))) return before;
    const after = firstAfter(nkAll, q[1]);
    if (after && short(sentence.slice(q[1], after.start))) return after;
    return null;
  };

  /**
   * A personnel word before a reporting dash whose speaker is a North Korean name a few words after
   * it, a word of saying between ("…храбре војнике … - рекао је Ким", "…наших бойцов, — заявил
   * Ким"): the speaker's own troops, as in a quotation.
   */
  let dashes: Span[] | null = null; // found once, on the first question
  const dashSpeaker = (p: Span): Span | null => {
    if (charGap) return null;
    dashes ??= [...sentence.matchAll(REPORTING_DASH)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const dash = firstAfter(dashes, p.end);
    if (!dash) return null;
    const from = dash.end;
    const after = firstAfter(nkAll, from);
    if (!after) return null;
    const gap = sentence.slice(from, after.start);
    if (PUNCT.test(gap) || words(gap).length > 4) return null;
    // (not another speaker who speaks of North Korea: "— заявил Путин о КНДР", "- rekao je Zelenski o Kimu")
    if ([c.ctx, c.ctxWeak, c.foreign].some((re) => allHits(re, gap).length > 0)) return null;
    return group.some((l) => allHits(speechWords(l), gap).length > 0) ? after : null;
  };

  const candidates: Candidate[] = [];
  for (const f of anchors.fused) candidates.push({ start: f.start, end: f.end, kind: 'fused', weak: false });
  for (const f of anchors.fusedWeak) {
    if (!overlaps(f, foreign)) candidates.push({ start: f.start, end: f.end, kind: 'fused', weak: true, weakName: true });
  }
  for (const st of anchors.strong) {
    const fb = lastBefore(foreign, st.start);
    if (fb && foreignOwns(sentence.slice(fb.end, st.start))) continue;
    candidates.push({ start: st.start, end: st.end, kind: 'strong', weak: false });
  }
  for (const p of persHits) {
    const nb = nameBefore(p.start);
    const na = nameAfter(p.end);
    const fa = firstAfter(allForeignAfter, p.end);
    if (na && linked(sentence.slice(p.end, na.start), charGap, group) && (!fa || na.start <= fa.start) && !ownsMunitions(na) && !owned.has(p)) {
      candidates.push({ start: p.start, end: na.end, kind: 'tight', weak: p.weak, weakName: isWeakName(na) });
      continue;
    }
    if (owned.has(p)) continue;
    const owner = possessed(p);
    if (owner) {
      const own = lastBefore(ownHits, p.start)!; // `possessed` found it
      candidates.push({ start: own.start, end: p.end, kind: 'tight', weak: p.weak, weakName: isWeakName(owner) });
      continue;
    }
    if (nb && !crossesForeignTroops(nb.end, p.start)) {
      const gap = sentence.slice(nb.end, p.start);
      if (tightBefore(gap)) {
        candidates.push({ start: nb.start, end: p.end, kind: 'tight', weak: p.weak, weakName: isWeakName(nb) });
        continue;
      }
      if (looseBefore(gap) && !ownsMunitions(nb)) {
        const near = gap.length <= 50;
        candidates.push({ start: near ? nb.start : p.start, end: p.end, kind: 'loose', weak: p.weak, weakName: isWeakName(nb) });
        continue;
      }
    }
    if (
      na &&
      (!fa || na.start < fa.start) &&
      looseAfter(sentence.slice(p.end, na.start)) &&
      !crossesForeignTroops(p.end, na.start) &&
      !ownsMunitions(na)
    ) {
      candidates.push({ start: p.start, end: na.end, kind: 'loose', weak: p.weak, weakName: isWeakName(na) });
      continue;
    }
    const sp = speaker(p) ?? dashSpeaker(p);
    if (sp) candidates.push({ start: p.start, end: p.end, kind: 'loose', weak: p.weak, weakName: isWeakName(sp) });
  }
  const munitionAfter = (pos: number) => {
    if (!c.munitions) return false;
    c.munitions.lastIndex = 0;
    const m = c.munitions.exec(sentence.slice(pos, pos + 24));
    return m !== null && words(sentence.slice(pos, pos + m.index)).length <= 1;
  };
  for (const d of wordHits(c.deployNoun, sentence)) {
    if (munitionAfter(d.end)) continue; // "Einsatz von Raketen"
    const nb = nameBefore(d.start);
    const na = nameAfter(d.end);
    if (nb && !breaks(sentence.slice(nb.end, d.start)) && (charGap ? d.start - nb.end <= 40 : words(sentence.slice(nb.end, d.start)).length <= 6)) {
      const near = sentence.slice(nb.end, d.start).length <= (charGap ? 6 : 12);
      candidates.push({ start: near ? nb.start : d.start, end: d.end, kind: 'deploy', weak: false, weakName: isWeakName(nb) });
    } else if (na && (charGap ? na.start - d.end <= 12 : words(sentence.slice(d.end, na.start)).length <= 6) && !munitionAfter(na.end)) {
      candidates.push({ start: d.start, end: na.end, kind: 'deploy', weak: false, weakName: isWeakName(na) });
    }
  }
  if (candidates.length === 0) return null;

  const present = (re: RegExp | null) => {
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(sentence);
  };
  if (present(c.history)) return null;
  const strongCtx = present(c.ctx);
  // a near-miss cue inside a personnel word is none ("militære byggearbejdere", "ouvriers de l'armée");
  // civilian workers are one unless a troop word is tied to the name by itself ("병력 뿐만 아니라 노동자도",
  // "soldiers from the DPRK ... and North Korean workers")
  const troops = candidates.some((x) => (x.kind === 'tight' || x.kind === 'loose') && !x.weak && !x.weakName);
  const labourOnly = !troops && negOutside(c, sentence, c.labour);
  const neg = negOutside(c, sentence) || labourOnly;
  const weakCtx = present(c.ctxWeak) || candidates.some((x) => x.kind === 'deploy');
  // North Koreans sent to work, with no troop word tied to the name, are workers even where the war
  // is named ("thousands of North Koreans are sent to Russia to work ... a labour shortage caused by
  // the war with Ukraine")
  const ctxOk = (strongCtx && !(labourOnly && candidates.every((x) => x.kind === 'fused'))) || (weakCtx && !neg);

  const accepted = candidates.filter((x) => {
    // on a page about the topic, "Korean soldiers" tied together are its troops, and so are a
    // soldier and "Korean" a few words apart ("the soldier speaks Korean", "Vojak hovorí po kórejsky")
    if (x.weakName) return strongCtx || (pageContext && !neg && !x.weak && (x.kind === 'tight' || (x.kind === 'loose' && x.end - x.start <= 40)));
    if (ctxOk) return true;
    // on a page about the topic, a name with a personnel word anywhere in the sentence will do
    return pageContext && !neg && !x.weak;
  });
  if (accepted.length === 0) return null;
  // the first naming phrase in the sentence (headline style puts the subject first)
  accepted.sort((a, b) => a.start - b.start || RANK[a.kind] - RANK[b.kind]);
  const best = accepted[0];
  return { start: best.start, end: best.end, lang, compiled: c, strong: anchors.strong.length > 0 };
}

/**
 * A sentence with no name in it, on a page already about the topic: "The prisoners were taken to
 * Kyiv", "These soldiers were ordered to fight in Kursk". It counts when a personnel word that no
 * other nation owns ("Russian troops", "солдаты ВСУ") meets context of the war (Kursk, the front,
 * prisoners of war, Russia, sent, fighting), with no near-miss cue. The span is the personnel word.
 */
/** A number just before a personnel word, perhaps with a scale word or two ("11 тисяч", "6.000"). */
const COUNTED = /\d(?:[\s\u00a0.,]\d{3})*[\s\u00a0]*(?:[^\s\u00a0\d.,;:!?()"“”«»„]+[\s\u00a0]+){0,2}$/u;
const COUNTED_CHARS = /\d[^\d、，。,.;；]{0,4}$/u;

const leadingPronouns = perLexicon((l) => new RegExp(`^(${OPENING}${LEAD_IN})(?:${(l.pronouns ?? []).join('|')})${l.spaced ? WORD_END : ''}`, 'iu'));
/** The pronoun that is the sentence's subject ("They were taken to Kyiv"), in the sentence's language. */
function leadingPronoun(sentence: string, lexicon: Lexicon | undefined): Span | null {
  if (!lexicon?.pronouns) return null;
  const m = leadingPronouns(lexicon).exec(sentence);
  return m ? { start: m[1].length, end: m[0].length } : null;
}

/** A sentence's language and its relatives (a Slovak sentence read as Czech), in lexiconsFor's order. */
const kinOf = new Map<Lexicon, Lexicon[]>();
function kin(lang: string, lexicon: Lexicon): Lexicon[] {
  let out = kinOf.get(lexicon);
  if (!out) kinOf.set(lexicon, (out = lexiconsFor(lang).filter((l) => l === lexicon || lexicon.relatives?.includes(l.lang))));
  return out;
}

/** One of a lexicon's word lists as a pattern: words start at a word start where words are spaced, and a term ending in `$` ends at a word end. */
const listPattern = (list: (l: Lexicon) => string[] | undefined) =>
  perLexicon((l) => {
    const terms = (list(l) ?? []).map((t) => anySpaces(t).replace(/\$$/, l.spaced ? WORD_END : ''));
    return new RegExp(`${l.spaced ? WORD_START : ''}(?:${terms.join('|')})`, 'iu');
  });

const theyVerbWords = listPattern((l) => l.theyVerbs);
/** The first verb form whose ending says "they" (lexicon theyVerbs), in the sentence's language or a relative. */
function theyVerb(sentence: string, group: Lexicon[]): Span | null {
  let best: Span | null = null;
  for (const l of group) {
    const m = l.theyVerbs ? theyVerbWords(l).exec(sentence) : null;
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/**
 * The first object, oblique or possessive form of "they" in the sentence ("them", "их", "őket"), in
 * its language or a relative.
 */
function obliquePronoun(sentence: string, group: Lexicon[]): Span | null {
  let best: Span | null = null;
  for (const l of group) {
    const h = obliqueIn(sentence, l);
    if (h && (!best || h.start < best.start)) best = h;
  }
  return best;
}

const obliquePronouns = perLexicon((l) => {
  const [start, end] = l.spaced ? [WORD_START, WORD_END] : ['', ''];
  return new RegExp(`${start}(?:${(l.oblique ?? []).map(anySpaces).join('|')})${end}`, 'iu');
});
function obliqueIn(sentence: string, lexicon: Lexicon): Span | null {
  if (!lexicon.oblique) return null;
  const m = obliquePronouns(lexicon).exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const dispatchWords = listPattern((l) => l.dispatch);
/** Is a word of being sent or deployed in the sentence ("were sent", "направлены"), in its language or a relative? */
function dispatched(sentence: string, group: Lexicon[]): boolean {
  return group.some((l) => l.dispatch !== undefined && dispatchWords(l).test(sentence));
}

export function analyzeUnnamed(sentence: string, needsContext = false): Verdict | null {
  const probe = new TextProbe(sentence);
  const lang = guessLang(sentence, namesIn(sentence, probe), probe);
  const group = lexiconsFor(lang, runnersUp(lang));
  const c = compiledFor(group, probe);
  const present = (re: RegExp | null) => {
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(sentence);
  };
  const lexicon = lexiconOf(lang);
  const personnel = present(c.pers) || present(c.standIns);
  const pronoun = leadingPronoun(sentence, lexicon);
  // "them", "с ними", "őket", anywhere in it: read as the pronoun is, where no personnel word is
  // theirs (below, after the personnel words); looked for only when a verdict may rest on it
  const related = lexicon ? kin(lang, lexicon) : [];
  let obliqueFound: Span | null | undefined;
  const oblique = () => (obliqueFound === undefined ? (obliqueFound = obliquePronoun(sentence, related)) : obliqueFound);
  /** Does `lead` name a speaker, a place or a nation ("Zelensky said they", "In Kyiv they")? */
  // (a word of their own losses is none: "У разі поранення вони…", when wounded they…)
  const named = (lead: string) => {
    if ([c.ctx, c.foreign, c.nk, c.fused, c.strong].some((re) => allHits(re, lead).length > 0)) return true;
    const losses = [c.killed, c.injured, c.captured, c.casualties].flatMap((re) => allHits(re, lead));
    return allHits(c.ctxWeak, lead).some((h) => !overlaps(h, losses));
  };
  const vetoed = () => negOutside(c, sentence) || negOutside(c, sentence, c.labour) || present(c.history);
  // "he" beside a word of his own fate ("At the time he was captured"), or of his being sent with
  // context that settles the war: looked for last
  // (or his fate alone, where the verb says "he": "Скончался от ран"), after words that name no one
  const bySingular = (): Verdict | null => {
    const between = [...wordHits(c.pers, sentence), ...wordHits(c.standIns, sentence), ...wordHits(c.foreign, sentence)];
    const alone = leadingFate(sentence, related);
    const s =
      singularFate(sentence, related, between, present(c.ctx)) ??
      (alone && !named(alone.lead) && !between.some((x) => x.start < alone.span.start) ? alone.span : null);
    return s ? { start: s.start, end: s.end, lang, compiled: c, strong: false } : null;
  };
  // a verb that says "they" where the subject is left out ("cepheye gönderildiler")
  let verbFound: Span | null | undefined;
  const verb = () => (verbFound === undefined ? (verbFound = theyVerb(sentence, related)) : verbFound);
  if (!(personnel || pronoun || oblique() || verb())) {
    const s = bySingular();
    return s && !vetoed() ? s : null;
  }
  if (vetoed()) return null;
  const strongCtx = present(c.ctx);
  // their losses, or their being sent ("They were sent under the treaty")
  const losses = () => present(c.killed) || present(c.injured) || present(c.captured) || present(c.casualties) || dispatched(sentence, related);
  const byOblique = (): Verdict | null => {
    const o = oblique();
    return o && (strongCtx || losses()) ? { start: o.start, end: o.end, lang, compiled: c, strong: false } : null;
  };
  // not where another nation or its personnel word stands before it in its clause, as its subject
  // ("Rus askerleri cepheye gönderildiler")
  const byVerb = (): Verdict | null => {
    const v = verb();
    if (!v || !(strongCtx || losses())) return null;
    const subjects = [...wordHits(c.foreign, sentence), ...wordHits(c.foreignAfter, sentence), ...wordHits(c.pers, sentence)];
    if (subjects.some((x) => x.end <= v.start && !breaks(sentence.slice(x.end, v.start)))) return null;
    return { start: v.start, end: v.end, lang, compiled: c, strong: false };
  };
  // a sentence opened by "they", where no personnel word is theirs ("Diese sollen gegen ukrainische
  // Truppen eingesetzt werden"): only context that settles the war, or their losses ("Of them some
  // 600 are thought to have died"), will do
  const byPronoun = (): Verdict | null => {
    if (!pronoun) return null;
    // words before it may be an adverbial ("В момента те"), not a named speaker or place ("Zelensky
    // said they", "In Kyiv they"): the pronoun would then be anyone
    // nor a passive whose subject follows it, where the language leaves it out: what was sent may
    // be munitions, right after the verb or a count ("Fueron enviados 500 misiles"; not "They died
    // in drone strikes")
    const next = words(sentence.slice(pronoun.end)).slice(1, 3);
    const sentWhat = next.length > 0 && /^[\d.,]+$/.test(next[0]) ? next.slice(1) : next.slice(0, 1);
    return (strongCtx || losses()) && !named(sentence.slice(0, pronoun.start)) && allHits(c.munitions, sentWhat.join(' ')).length === 0
      ? { start: pronoun.start, end: pronoun.end, lang, compiled: c, strong: false }
      : null;
  };
  if (!personnel) return byPronoun() ?? byOblique() ?? byVerb() ?? bySingular();
  // ("the martyrs' families": the fallen are their own context)
  const context = strongCtx || present(c.ctxWeak) || present(c.fallen);
  // A sentence that names North Korea without tying it to the personnel word needs context of the
  // war, not a count ("North Korea has 1.2 million soldiers") nor a pointing word; and context that
  // settles the topic when another nation is named (Kim's birthday message to Putin, "strengthening
  // its army", has only Russia).
  if (needsContext && !context) return null;
  // North Korea's names in the sentence, found on the first question
  let nkNames: Span[] | null = null;
  const nkNamesIn = () => (nkNames ??= [c.nk, c.fused, c.strong].flatMap((re) => wordHits(re, sentence)));
  // nor where each name owns munitions ("24 души загинаха от севернокорейско оръжие"): the dead are its victims
  if (needsContext) {
    const names = nkNamesIn();
    if (names.length > 0 && names.every((n) => namesMunitions(c, sentence, n))) return null;
  }
  const pointers = context ? [] : group.flatMap((l) => l.anaphora ?? []);
  if (!context && pointers.length === 0 && !/\d/.test(sentence) && !present(c.standIns)) return null;
  const foreign = wordHits(c.foreign, sentence);
  if (needsContext && !strongCtx && foreign.length > 0) return null;
  const foreignAfter = wordHits(c.foreignAfter, sentence);
  const nations = [...foreign, ...foreignAfter];
  const charGap = lexicon?.gapsInCharacters === true;
  const near = (gap: string) => (charGap ? gap.trim().length <= 2 : !PUNCT.test(gap) && words(gap).length <= 2);
  /** Is a pointing word among the last three words before the personnel word, in its clause? */
  const pointed = (p: Span): boolean => {
    if (pointers.length === 0) return false;
    const before = sentence.slice(Math.max(0, p.start - 40), p.start);
    if (charGap) {
      const t = before.trimEnd();
      return pointers.some((a) => t.endsWith(a) || t.slice(0, -1).endsWith(a));
    }
    const clause = before.split(PUNCT).pop() ?? '';
    const tail = ` ${words(clause).slice(-3).join(' ').toLowerCase()} `;
    return pointers.some((a) => tail.includes(` ${a} `));
  };
  /** A small number written as a word just before the personnel word, perhaps with one word between ("two wounded soldiers"). */
  let numberWords: Span[] | null = null;
  const countedInWords = (p: Span): boolean => {
    if (context || charGap || !c.numWords) return false;
    numberWords ??= wordHits(c.numWords, sentence);
    return numberWords.some(
      (n) => n.end <= p.start && !PUNCT.test(sentence.slice(n.end, p.start)) && words(sentence.slice(n.end, p.start)).length <= 1,
    );
  };
  // as in analyzeSentence: after the personnel word, only a postnominal adjective or a name joined
  // by linkers owns it ("soldats russes", "солдаты ВСУ"), not the next clause ("troops arrived in Russia")
  const after = ownersAfter(lexicon, foreign, foreignAfter);
  // "one of them" stands for a personnel word
  const standIns = wordHits(c.standIns, sentence);
  const persHits = [...wordHits(c.pers, sentence), ...standIns].sort((a, b) => a.start - b.start);
  let weakHits: Span[] | null = null;
  const persWeakAll = () => (weakHits ??= wordHits(c.persWeak, sentence));
  const supported = supportReader(sentence, group, c, lexicon, foreign, foreignAfter, nkNamesIn);
  // personnel words owned by another nation, so far: a loss word after one in its clause is theirs
  // ("Russian soldiers also suffered heavy losses"), not a word for the page's troops (not after a
  // nation's name alone: "a South Korean lawmaker spoke of the losses" may be the troops')
  const othersBefore: Span[] = [];
  let lossHits: Span[] | null = null;
  const othersLoss = (p: Span): boolean =>
    othersBefore.some((o) => !breaks(sentence.slice(o.end, p.start))) && overlaps(p, (lossHits ??= wordHits(c.casualties, sentence)));
  /** Owned by another nation: a foreign name just before it, or one linked just after it. */
  const ownedByOther = (p: Span): boolean =>
    foreign.some((f) => f.end <= p.start && near(sentence.slice(f.end, p.start))) ||
    after.some((f) => f.start >= p.end && ownerLinked(sentence.slice(p.end, f.start), lexicon, charGap, group)) ||
    possessedByOther(p);
  // a state's possessive ties a personnel word to the nation named last before it (lexicon its):
  // "Russia's ministry said its troops retook villages", "armata ucraineană își întărește trupele"
  let ownHits: Span[] | null = null;
  /** Is a possessive right before it ("its troops") or, where adjectives follow the noun, right after it ("trupele sale") another nation's? */
  const possessedByOther = (p: Span): boolean => {
    if (charGap || !c.its) return false;
    ownHits ??= wordHits(c.its, sentence);
    const tied = (gap: string) => !/[,;:.!?()。、，；：]/.test(gap) && words(gap.replace(/["“”«»„]/g, ' ')).length <= 1;
    const before = lastBefore(ownHits, p.start);
    const next = lexicon?.postnominal ? firstAfter(ownHits, p.end) : null;
    const own = before && tied(sentence.slice(before.end, p.start)) ? before : next && tied(sentence.slice(p.end, next.start)) ? next : null;
    if (!own) return false;
    const f = lastBefore(nations, Math.min(own.start, p.start));
    const n = lastBefore(nkNamesIn(), Math.min(own.start, p.start));
    return f !== null && !(n && n.end > f.end) && !breaks(sentence.slice(f.end, own.start));
  };
  /**
   * Does a personnel or institution word owned by another nation own this one, right after it with
   * at most a short linker or two ("the bodies of Russian soldiers", "Leichen russischer Soldaten")? Not one
   * after a longer word ("soldiers captured by Ukrainian troops").
   */
  // (an institution word too: "the losses of the Russian army", "Потери российской армии")
  let personnelInOrder: Span[] | null = null;
  /** The personnel and institution words, in text order (found on the first question). */
  const personnelAll = () => (personnelInOrder ??= [...persHits, ...persWeakAll()].sort((a, b) => a.start - b.start));
  const ownedThroughNext = (p: Span): boolean => {
    if (charGap) return false;
    const q = personnelAll().find((x) => x.start >= p.end);
    if (!q || !(ownedByOther(q) || adjectiveOwns(q))) return false;
    let gap = sentence.slice(p.end, q.start);
    const inGap = foreign.filter((f) => f.start >= p.end && f.end <= q.start);
    // the nation's name owns q right before it ("russischer Soldaten"), not through a word of its
    // own: in "सैनिक रूस की सेना के साथ" (soldiers with Russia's army) the army is another phrase
    if (inGap.length > 0 && !/^[\s\u00a0]*$/.test(sentence.slice(inGap[inGap.length - 1].end, q.start))) return false;
    for (const f of inGap) gap = gap.replace(sentence.slice(f.start, f.end), ' ');
    const w = words(gap);
    return !PUNCT.test(gap) && w.length <= 2 && w.every((x) => x.length <= 4);
  };
  // where adjectives may also follow the noun, one right after it ("wojska ukraińskie"), unless it
  // owns a personnel word of its own ("żołnierze rosyjskiej armii"); in other languages a name
  // there starts the next phrase ("the soldiers Ukraine captured")
  const ownsNext = (f: Span) => personnelAll().some((q) => q.start >= f.end && near(sentence.slice(f.end, q.start)));
  const adjectiveOwns = (p: Span): boolean =>
    lexicon?.postnominal === 'also' && nations.some((f) => f.start >= p.end && /^[\s\u00a0]*$/.test(sentence.slice(p.end, f.start)) && !ownsNext(f));
  for (const p of persHits) {
    if (overlaps(p, foreign) || supported(p)) continue;
    if (ownedByOther(p)) {
      othersBefore.push(p);
      continue;
    }
    if (othersLoss(p) || ownedThroughNext(p)) continue;
    if (adjectiveOwns(p)) continue;
    // without war context, a count of them will do ("about 11,000 servicemen", "3000 soldaten", "de to
    // soldatene") or a word that points back to them ("these soldiers", "оба военнослужащих", "这些士兵")
    if (
      !context &&
      !(charGap ? COUNTED_CHARS : COUNTED).test(sentence.slice(Math.max(0, p.start - 32), p.start)) &&
      !countedInWords(p) &&
      !pointed(p) &&
      // a word that stands for them points back to them by itself ("one of them", "the two men"),
      // not a count of people ("500 మంది": it needs context, as "500 people" would)
      !(standIns.includes(p) && !/\d/.test(sentence.slice(p.start, p.end)))
    )
      continue;
    return { start: p.start, end: p.end, lang, compiled: c, strong: false };
  }
  // no personnel word of theirs ("Ukrainian soldiers captured them in Kursk", "He was captured by Ukrainian forces")
  return byPronoun() ?? byOblique() ?? byVerb() ?? bySingular();
}
