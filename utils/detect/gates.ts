/**
 * Gates for the pre-filter. The full anchor alternation (hundreds of names in dozens of languages)
 * runs at a few MB/s, so a page is first scanned for short pieces that every anchor contains
 * ("kore", "朝鲜", "кндр"...); the anchors are only checked around those. V8 scans a large
 * alternation slowly, so the gates are few, shaped as a trie, and split in three passes.
 */
// The gates themselves are pieces of the languages' names, listed in each lexicon (lexicon/<lang>.ts
// gates) and gathered by prefilter-build.ts:
// - Pass A, always run: Latin-script pieces. The names of Korea and the words for a corps are found
//   in any case (`anyCase`): they are written in lower case inside compounds and adjectives
//   ("nordkoreanische", "norcoreanos", "11th corps"). Few first letters keep the pass fast. The
//   other Latin names (Pyongyang, Kim, the acronyms) begin a word and are written capitalised or
//   in capitals, and only so are they matched (`capitalised`): a lower-case p, d or k at every
//   word would slow the pass by half. (Text written all in lower case still meets the names of
//   Korea.)
// - Pass B, case-sensitive, run with pass A: "the North", "du Nord" (only capitalised, so "the
//   north of" costs nothing): the last word of each lexicon's `north` terms.
// - Pass C, case-insensitive, run only on text that contains these scripts at all (`script`,
//   and `patterns` such as Korean headlines' 北 before a space, a comma or Hangul: 北 alone is
//   too common in Chinese and Japanese).

/** Does the text use any script that pass C covers? (one fast class scan) */
export const SCRIPT_PRESENT =
  // eslint-disable-next-line no-misleading-character-class -- ranges of code points, no character is meant to combine with the next
  /[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u06ff\u0900-\u09ff\u0c00-\u0c7f\u0e00-\u0e7f\u10a0-\u10ff\u1ea0-\u1ef9\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

const escapeChar = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c);

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * One pattern for many words, shaped as a trie: at each position the engine follows one branch
 * per first letter instead of trying every word in turn, which keeps the scan fast. A word that
 * is complete makes its longer extensions redundant (a gate only has to be found, not measured).
 */
export function trieSource(words: readonly string[], foldCase = false): string {
  const root: Trie = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of foldCase ? w.toLowerCase() : w) {
      if (node.end) break;
      let n = node.next.get(ch);
      if (!n) {
        n = { end: false, next: new Map() };
        node.next.set(ch, n);
      }
      node = n;
    }
    node.end = true;
    node.next.clear();
  }
  // without the i flag, a letter matches both cases through a class ("[kK]"): one pass can then mix
  // case-insensitive words with capitalised ones ("North")
  const atom = (ch: string) => {
    const up = ch.toUpperCase();
    return foldCase && up !== ch && up.length === 1 ? `[${ch}${up}]` : escapeChar(ch);
  };
  const emit = (node: Trie): string => {
    const alts = [...node.next.entries()].map(([ch, child]) => atom(ch) + (child.end ? '' : emit(child)));
    return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  };
  return emit(root);
}

// The gate patterns themselves (tries of the lists above) are built at development time by
// prefilter-build.ts and read from prefilter.data.ts: nothing here runs when the module loads.

/** How far from a gate hit an anchor may start or end (the longest anchors are ~45 characters). */
export const GATE_REACH = 64;

const SPECIAL = new Set(['\\', '[', ']', '(', ')', '{', '}', '|', '?', '*', '+', '.', '^', '$']);

/**
 * The literal pieces every match of `src` contains: characters outside groups and classes that no
 * quantifier makes optional. Enough for the simple shapes used in the lexicons.
 */
export function mandatoryLiterals(src: string): string[] {
  const runs: string[] = [];
  let cur = '';
  let depth = 0;
  const flush = () => {
    if (cur) runs.push(cur);
    cur = '';
  };
  const optionalAt = (j: number) => src[j] === '?' || src[j] === '*' || (src[j] === '{' && src[j + 1] === '0');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      i++;
      if (e === 'p' || e === 'P' || e === 'u') {
        if (src[i + 1] === '{') while (i < src.length && src[i] !== '}') i++;
        else if (e === 'u') i += 4;
        flush();
      } else if (/[sSdDwWbB]/.test(e)) flush();
      else if (depth === 0 && !optionalAt(i + 1)) cur += e;
      else flush();
      continue;
    }
    if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      flush();
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '{') while (i < src.length && src[i] !== '}') i++;
    if (SPECIAL.has(c) || c === ')' || c === '(') {
      // a quantifier after a literal makes that literal optional: drop it from the run
      if ((c === '?' || c === '*' || c === '{') && cur) cur = cur.slice(0, -1);
      flush();
      continue;
    }
    if (depth === 0) cur += c;
    else flush();
  }
  flush();
  return runs;
}

/**
 * The literal pieces of a term made only of words: the words, split at spaces and apostrophes
 * (which compile.ts widens into classes), without a final "$". For such a term (lower-cased) this
 * is what mandatoryLiterals(looseSource(term)) gives, so the generated data (prefilter.data.ts)
 * stores the pieces only of the other terms; the generator compares the two for every term.
 */
export function plainRuns(raw: string): string[] {
  return raw
    .replace(/\$$/, '')
    .split(/[ ']/)
    .filter((w) => w !== '');
}
