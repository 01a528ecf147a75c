/**
 * Gates for the pre-filter. The full anchor alternation (hundreds of names in dozens of languages)
 * runs at tens of MB/s, so a page is first scanned for short literal pieces that every anchor
 * contains ("kore", "朝鲜", "кндр"...). Latin pieces come first and start with few distinct
 * letters, which keeps the scan near the speed of a one-word search on Latin-script text.
 */
export const GATE_PARTS: readonly string[] = [
  // Latin script: Korea/Corée/Kore..., the formation, acronyms, the capital, the leader
  'k[oóö]r[eéėy]', 'korut', 'c[oó]r(?:ea|eia|eea|ee|ée|éen|een)', 'corps', 'korps', 'korpus', 'corpo', 'corpul', 'cuerpo', 'kolordu', 'kåren', 'sbor',
  'k(?:pa|ldr|ľdr|rld|dhc|xdr|va|ndk|\\.p\\.a)', 'd(?:prk|vrk|nrk|vk|\\.p\\.r)', 'rpdc',
  'p(?:y[oö]ng|j[oö]ng|joeng|hen[ijy]a|ion[gy]|xen|chj|chen)', 'kim', 'triều', 'nhưỡng', 'bão', 'kcna',
  // "the North", "du Nord": names for North Korea only when capitalised (checked by the analysis)
  // (the gate is the word itself: a gate starting with "the " would slow the scan on every "the")
  'north(?![a-z])', 'nord(?:e|en|ens)?(?![a-z])', 'norte(?![a-z])', 'noorden(?![a-z])', 'północy',
  // Cyrillic, Greek
  'кндр', 'кцна', 'цтак', 'коре', 'корп', 'пхен', 'пјонг', 'ким', 'кім', 'кна', 'кхдр', 'днрк', 'κορέ', 'κορε', 'πιονγ', 'κιμ',
  // Hangul, CJK, kana. 北 alone is too common in Chinese and Japanese; anchors built on it are
  // followed by a particle, a space, a comma, 兵/軍 or Hangul.
  '북', '北[朝韩韓兵軍の\\s,·、，\\uac00-\\ud7af]', '朝中社', '조선', '평양', '김정은', '인민군', '폭풍', '군단', '특수작전',
  '朝[鲜鮮军軍方俄]', '俄朝', '平[壤壌]', '金正恩', '暴[风風]', '[风風]暴', '[军軍][团団團]', 'ストーム', 'キム', '嵐軍', '特[殊种]作',
  // Arabic script, Hebrew, Indic, Thai, Caucasus
  'كوري', 'بيون[غج]', 'كيم', 'فيلق', 'کره', 'پیونگ', 'پیانگ', 'کیم', 'کوریا', 'سپاه', 'جونگ', 'קוריא', 'פיונג', 'קים', 'קורפוס',
  'कोरिया', 'कोरियन', 'प्योंग', 'किम', 'कोर', 'डीपीआरके', 'কোরিয়', 'পিয়ং', 'কিম', 'เกาหลี', 'เปียงยาง', 'คิม', 'กองพล',
  'กองทัพประชาชน', 'კორე', 'ფხენიან', 'კიმ', 'կորե', 'կհժդ', 'փխենյան', 'կիմ',
];

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
