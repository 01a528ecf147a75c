/**
 * Gate strings for the pre-filter. The full anchor alternation (hundreds of names in dozens of
 * languages) is slow to run over a whole page, so the page is first scanned for a few short
 * literal pieces that every anchor contains ("kore", "朝鲜", "кндр"...); only around those does
 * the full alternation run.
 */

// Preferred gates: short, distinctive pieces of the names. A term uses the first that it contains.
export const PREFERRED_GATES = [
  // Latin-script names of Korea, the capital, the leader, acronyms
  'kore', 'kóre', 'köre', 'korė', 'core', 'corée', 'korut', 'dprk', 'kpa', 'rpdc', 'krld', 'kldr', 'kľdr', 'dvrk',
  'kdhc', 'kxdr', 'dnrk', 'dvk', 'kva', 'yang', 'jang', 'henia', 'henja', 'xenya', 'iongu', 'kim ', "kim'", 'kim’',
  'kims', 'triều', 'bình nh', 'corps', 'korps', 'korpus', 'corpo', 'corpul', 'cuerpo', 'kåren', 'kolordu', 'sbor',
  'đoàn', 'kor',
  // Cyrillic, Greek
  'кндр', 'коре', 'кореј', 'корп', 'пхен', 'пјонг', 'ким ', 'кім ', 'кна', 'кхдр', 'днрк', 'κορέ', 'κορε', 'πιονγ', 'κιμ',
  // Hangul, CJK, kana
  '북', '北', '조선', '평양', '김정은', '인민군', '폭풍', '군단', '朝鲜', '朝鮮', '朝军', '朝軍', '朝方', '俄朝', '朝俄', '韩', '韓',
  '平壤', '平壌', '金正恩', '暴风', '暴風', '风暴', '風暴', '军团', '軍団', '軍團', 'ストーム', 'キム', '嵐軍', '特殊作戦', '特种作战',
  // Arabic script, Hebrew, Indic, Thai, Caucasus
  'كوري', 'بيونغ', 'بيونج', 'كيم', 'فيلق', 'کره', 'پیونگ', 'پیانگ', 'کیم', 'کوریا', 'سپاه', 'קוריא', 'פיונג', 'קים',
  'קורפוס', 'कोरिया', 'कोरियन', 'प्योंग', 'किम', 'कोर', 'डीपीआरके', 'কোরিয়', 'পিয়ং', 'কিম', 'เกาหลี', 'เปียงยาง',
  'คิม', 'กองพล', 'กองทัพประชาชน', 'კორე', 'ფხენიან', 'კიმ', 'կորե', 'կհժդ', 'փխենյան', 'կիմ',
];

const SPECIAL = new Set(['\\', '[', ']', '(', ')', '{', '}', '|', '?', '*', '+', '.', '^', '$']);

/**
 * The literal pieces a match of `src` must contain: characters outside groups and classes that no
 * quantifier makes optional. Good enough for the simple shapes used in the lexicons.
 */
export function mandatoryLiterals(src: string): string[] {
  const runs: string[] = [];
  let cur = '';
  let depth = 0;
  const flush = () => {
    if (cur) runs.push(cur);
    cur = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const next = src[i + 1];
    const optional = next === '?' || next === '*' || (next === '{' && src[i + 2] === '0');
    if (c === '\\') {
      // an escape: \. \- are literal, \p{..} \s etc. are classes
      const e = next ?? '';
      i++;
      if (e === 'p' || e === 'P') {
        while (i < src.length && src[i] !== '}') i++;
        flush();
      } else if (/[sSdDwWbB]/.test(e)) flush();
      else if (depth === 0 && !(src[i + 1] === '?' || src[i + 1] === '*')) cur += e;
      else flush();
      continue;
    }
    if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      flush();
      continue;
    }
    if (c === '(') {
      depth++;
      flush();
      continue;
    }
    if (c === ')') {
      depth--;
      flush();
      continue;
    }
    if (c === '{') {
      while (i < src.length && src[i] !== '}') i++;
      continue;
    }
    if (SPECIAL.has(c)) {
      flush();
      continue;
    }
    if (depth === 0 && !optional) cur += c;
    else flush();
  }
  flush();
  return runs;
}

/** The gate for one anchor term: a preferred gate it contains, else a piece of its longest literal. */
export function gateFor(src: string): string | null {
  const runs = mandatoryLiterals(src).map((r) => r.toLowerCase());
  for (const g of PREFERRED_GATES) {
    const gl = g.toLowerCase();
    if (runs.some((r) => r.includes(gl))) return gl;
  }
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest ? longest.slice(0, 5) : null;
}
