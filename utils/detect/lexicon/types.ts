import type { PageQualifier } from '../types';

/**
 * One language's vocabulary. Every entry is a regular-expression source fragment with no capturing
 * groups and no unbounded nested quantifiers. Conventions (see ../compile.ts):
 * - a space stands for 1-3 spaces or hyphens, an apostrophe for any apostrophe;
 * - in spaced languages a term must start at a word start unless it begins with `~` (German compounds);
 * - a term ending in `$` must also end at a word end (otherwise it is a stem: suffixes are free);
 * - a look-behind goes after the term's literal, taking it in (`men(?<=\d\d\d\s+men)`), not before
 *   it: an alternative that opens with one is tried at every position of every sentence (three
 *   such terms made page reading of 1 MB about 40% slower).
 */
export interface Lexicon {
  lang: string;
  /** Words are separated by spaces, so word boundaries apply (false for ja, zh, th, ar-with-clitics...). */
  spaced: boolean;
  /** Names for North Korea, its capital, its leader. */
  nk: string[];
  /** One word meaning North Korean personnel ("북한군", "North Koreans", "северокорейцы"). */
  fused?: string[];
  /** "the North", "du Nord": a name for North Korea only when capitalised (checked in code). */
  north?: string[];
  /** "Korean", "корейские": North Korea only with strong context (Kursk, Ukraine, the front). */
  nkWeak?: string[];
  /** "корейцы": Koreans as people, North Korean soldiers only with strong context. */
  fusedWeak?: string[];
  /** Possessives that tie a personnel word to the sentence's subject ("its", "seine", "своих"). */
  own?: string[];
  /**
   * A state's possessives, not "their" ("its", "sale", "își"): on a page about the topic, a
   * personnel word right after one (or, where adjectives follow the noun, right before one: "trupele
   * sale") belongs to the nation named last before it ("Russia's ministry said its troops...").
   */
  its?: string[];
  /** Munitions: "deployment of North Korean missiles" is not a troop deployment. */
  munitions?: string[];
  /**
   * Words of support or solidarity ("support", "solidarity with", "backs", "stand with"): another
   * nation's army as their object ("support for the Russian government, army and people") is that
   * nation's, not North Korea's sent troops; diplomacy, with no one sent.
   */
  support?: string[];
  /** Names of other nations that own a personnel word only when they follow it ("солдаты России"). */
  foreignAfter?: string[];
  /** Names of the deployed formation ("Storm Corps"): count only with context. */
  strong?: string[];
  /** Personnel words: troops, soldiers, POWs... */
  pers: string[];
  /** Institution words (army): count with context, never on page context alone. */
  persWeak?: string[];
  /** A noun that itself means "sending troops" (파병, 派兵). */
  deployNoun?: string[];
  /** Context that settles the topic: Ukraine, Kursk, the front, POWs. */
  ctx: string[];
  /** Context that needs no near-miss cue beside it: Russia, Moscow, deployed, sent. */
  ctxWeak: string[];
  /** Near-miss cues: DMZ, parades, drills, defectors, the Korean War, civilian workers. */
  neg: string[];
  /**
   * Near-miss cues of civilian labour (workers, labourers, labour force): they veto weak context as
   * neg does, except where a troop word is tied to the name by itself ("troops as well as workers").
   */
  labour?: string[];
  /** Cues of another war (the Korean War's armistice and truce talks): they veto even strong context. */
  history?: string[];
  /** Other nations whose adjective or name can own a personnel word ("Russian troops"). */
  foreign: string[];
  /**
   * Personnel words (also in pers) that name the fallen themselves ("martyrs", "烈士"): in the page
   * reading they are their own context of the war (analyzeUnnamed), as a loss word would be.
   */
  fallen?: string[];
  killed?: string[];
  injured?: string[];
  casualties?: string[];
  captured?: string[];
  decision?: string[];
  motives?: string[];
  implications?: string[];
  units?: string[];
  location?: string[];
  /** Qualifiers written before the number ("more than 10,000"). */
  qualBefore?: Partial<Record<PageQualifier, string[]>>;
  /** Qualifiers written after the number ("1만 명 이상", "1万人超"). */
  qualAfter?: Partial<Record<PageQualifier, string[]>>;
  /** Scale words after a number: "11 thousand", "1.2 million". */
  scale?: Record<string, number>;
  /** Vague quantities: "thousands" → 1000. */
  vague?: Record<string, number>;
  /** Small numbers written as words: "two" → 2. */
  numWords?: Record<string, number>;
  /** Frequent function words, to tell Latin-script languages apart. */
  stop?: string[];
  /** Letters peculiar to this language among the Latin-script ones (regex sources, weight 2 each). */
  letters?: string[];
  /**
   * Letters nearly every sentence of this language has, peculiar or not (Swedish ä ö, Czech ě ř ů;
   * a regex source): a sentence without them is likelier its relative's, so the vote docks half a point.
   */
  usual?: string;
  /** Written in another script than Latin: never guessed from function words. */
  nonLatin?: boolean;
  /** Languages close enough that their lexicons also apply to this one's sentences, in order. */
  relatives?: string[];
  /**
   * English only: what of it counts in another language's sentence, where it joins the group as
   * the source of loanwords and names (../lang.ts lexiconsFor). Its names (nk, fused, north,
   * nkWeak, strong) always do; of its other lists only the terms listed here, names too ("Kursk",
   * "Kremlin", "NATO"), so that its common words never meet another language's ("die" and "war"
   * are German words, "1950" an Uzbek year).
   */
  abroad?: Partial<Record<'ctx' | 'ctxWeak' | 'neg' | 'history' | 'foreign', string[]>>;
  /** Words run together (ja, zh, th): gaps between words are measured in characters. */
  gapsInCharacters?: boolean;
  /** With gapsInCharacters: a name may stand this many times farther from its personnel word (Thai words run about twice as long as Chinese or Japanese ones: 2). */
  gapScale?: number;
  /**
   * Where a nation's adjective stands to own a personnel word. true: after it ("soldats russes");
   * 'also': before it, or right after it ("wojska ukraińskie", "sundalong Ruso"); unset: before it
   * only ("Russian troops"), so a name right after the personnel word starts the next phrase ("the
   * soldiers Ukraine captured", "सैनिक रूस की सेना के साथ").
   */
  postnominal?: boolean | 'also';
  /**
   * No case endings: a name after a personnel word owns it only through a linker ("troops of
   * Russia"); a bare one begins the next clause ("the soldiers Ukraine captured"), unlike a
   * genitive ("Soldaten Russlands", "солдаты России").
   */
  linkedOwnersOnly?: boolean;
  /** Plain words that may stand between a personnel word and its owner after it ("soldiers from the North"). */
  linkers?: string[];
  /**
   * Plain words that point a personnel word back to people already spoken of ("these soldiers",
   * "both prisoners"): on a page about the topic they stand in for the name (analyzeUnnamed).
   */
  anaphora?: string[];
  /**
   * Words that stand for people already spoken of where no personnel word is written ("one of
   * them", "l'un d'eux"): on a page about the topic they count as a personnel word (analyzeUnnamed only).
   */
  standIns?: string[];
  /**
   * Third-person plural pronouns that are a sentence's subject, at its start or after a few words
   * ("They", "Ils", "В момента те"): on a page about the topic, with context that settles the war
   * (Kursk, the front, prisoners) or their losses, they stand for the troops (analyzeUnnamed). Only
   * forms that are seldom an article or "she" there.
   */
  pronouns?: string[];
  /**
   * Object, oblique and possessive forms of "they" anywhere in a sentence ("them", "with them",
   * "их", "őket", "ich", Arabic "ـهم" after a verb or a plural noun): on a page about the topic,
   * with context that settles the war (Kursk, the front, prisoners) or their losses, they stand for
   * the troops where no personnel word does (analyzeUnnamed). Only forms that are seldom anything else
   * ("her", "is", an article): not Czech "je", Russian "им", Latvian "viņu", Greek "τους".
   */
  oblique?: string[];
  /**
   * Where the subject is left out and the verb comes last, verb forms whose ending says "they" (tr
   * "gönderildiler", were sent; "yaralandılar", were wounded): read as `oblique` is, anywhere in a
   * sentence with context that settles the war or their losses, but not after another nation's
   * name or personnel word in its clause ("Rus askerleri cepheye gönderildiler": theirs). Terms as
   * `dispatch`'s.
   */
  theyVerbs?: string[];
  /**
   * Words of being sent or deployed ("were sent", "deployed", "направлены", "отправили"): with a
   * pronoun of `pronouns` or `oblique`, on a page about the topic, they place it in the war as
   * context does ("They were sent under the treaty"). Stems; a term ending in `$` ends at a word end.
   */
  dispatch?: string[];
  /**
   * Third-person singular masculine pronouns in any case ("he", "him", "his", "il", "он", "他"):
   * on a page about the topic "he" is as often Zelensky, Kim or a spokesman as a soldier, so one
   * stands for a soldier only beside a word of his own fate (`fate`; analyzeUnnamed). Only forms
   * that are seldom anything else: not Dutch "zijn" (to be), German "sein", Russian "им" (them).
   */
  singular?: string[];
  /**
   * Words of one soldier's own fate, which a leader's or a spokesman's "he" seldom meets: taken
   * prisoner, in captivity, wounded, died of wounds, questioned, surrendered, in a trench, bunker
   * or dugout ("was captured", "his wounds", "в плену"). Passive or intransitive forms only, not
   * active "captured" ("he said Ukraine captured a village"), nor "the front" (a leader visits it).
   * Stems; a term ending in `$` ends at a word end.
   */
  fate?: string[];
  /**
   * Fate phrases whose verb says "he" by its ending, where the subject is left out ("попал в плен",
   * "dostał się do niewoli", "cayó prisionero"): as a sentence's first clause, after a few words
   * that name no one ("Два дня спустя попал в плен"), they stand for "he" beside his fate. Only
   * forms said of a person, not of a town ("fue tomado").
   */
  fateAlone?: string[];
  /**
   * Verbs of saying, asking and praising, and words that open a reported clause ("said", "urged",
   * "dass", "že"): between "he" and a fate word they make the fate another's ("He said many remain
   * in captivity"). Not a reflexive claim about himself ("säger sig ha", "claims to have").
   */
  speech?: string[];
  /**
   * Words that mark the agent of a passive, before it ("von", "door", "被") or after it ("に",
   * "에 의해"): a personnel word or nation so marked between "he" and his fate is who took him
   * ("Er wurde von ukrainischen Soldaten gefangen genommen", "他被乌军俘虏"), not whose fate it is.
   */
  agentMarks?: { before?: string[]; after?: string[] };
  /** Plain words that introduce an owner or an origin ("troops sent by Pyongyang"). */
  ownerPrepositions?: string[];
  /** Plain words of a range between two numbers: "10 to 12", "between 10 and 12". */
  range?: { to?: string[]; and?: string[]; between?: string[] };
  /** Abbreviations (lower case, without their final stop) that a full stop does not end. */
  abbreviations?: string[];
  /**
   * Gates (see ../gates.ts): short pieces of this language's names that the pre-filters scan for.
   * anyCase: Latin-script pieces found in any case; capitalised: pieces found only capitalised or
   * in capitals at a word's start; script: pieces of other scripts (found case-insensitively, only
   * in text that holds such a script); patterns: regex sources, with the script pieces.
   */
  gates?: { anyCase?: string[]; capitalised?: string[]; script?: string[]; patterns?: string[] };
}
