/**
 * One pass of gate matching: `exec(text, from)` gives the leftmost match starting at or after
 * `from`, exactly as a global regex with `lastIndex = from` would.
 */
export interface GatePass {
  exec(text: string, from: number): { index: number; length: number } | null;
}

/** A global regex, run as is. */
export function regexPass(source: string, flags: string): GatePass {
  const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  return {
    exec(text, from) {
      re.lastIndex = from;
      const m = re.exec(text);
      return m && { index: m.index, length: m[0].length };
    },
  };
}

/**
 * The script gates (Cyrillic, Hangul, CJK, Vietnamese...) run case-insensitively, which V8 scans
 * at only ~6 MB/s over Latin text: every "t", "n", "b" may start "triều", "nhưỡng", "bão t". But every
 * such gate holds a non-ASCII letter within its first few characters, and in a case-insensitive
 * pattern without the u flag, no ASCII letter matches a non-ASCII one. So the pass jumps from one
 * "first non-ASCII letter of some gate" to the next with a plain class scan, and tries the
 * pattern (sticky) only at the few starts that could put that letter first.
 *
 * Exactness: a match starting at s has its first non-ASCII letter at s + k, with k at most the
 * ASCII prefix of the gates that letter can open; that letter is in the class, so the match is
 * tried when the scan reaches it, and earlier starts were tried at earlier letters.
 *
 * `gates` are the literal gates; `extra` are regex gates that must begin with a literal non-ASCII
 * letter. Returns null when some gate breaks those rules (the caller then runs the plain regex).
 */
export function skipPass(source: string, gates: readonly string[], extra: readonly string[]): GatePass | null {
  // for each first non-ASCII letter (by its case-folded form): the longest ASCII prefix before it
  const back = new Map<string, number>();
  // how a case-insensitive pattern without the u flag compares letters (ECMAScript Canonicalize)
  const fold = (c: string) => {
    const u = c.toUpperCase();
    return u.length === 1 && u.charCodeAt(0) >= 0x80 ? u : c;
  };
  const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
  const note = (c: string, k: number) => back.set(fold(c), Math.max(back.get(fold(c)) ?? 0, k));
  for (const g of gates) {
    let k = 0;
    while (k < g.length && g.charCodeAt(k) < 0x80) k++;
    // a letter outside the BMP is two code units: not handled
    if (k === g.length || isSurrogate(g.charCodeAt(k))) return null;
    note(g[k], k);
  }
  for (const src of extra) {
    const c = src[0];
    if (!c || c.charCodeAt(0) < 0x80 || isSurrogate(c.charCodeAt(0)) || /[?*{|]/.test(src[1] ?? '') || src.includes('|')) return null;
    note(c, 0);
  }
  const escape = (c: string) => (/[\\\]^-]/.test(c) ? '\\' + c : c);
  const firsts = new RegExp(`[${[...back.keys()].map(escape).join('')}]`, 'gi');
  const sticky = new RegExp(source, 'iy');
  const maxBack = Math.max(0, ...back.values());
  return {
    exec(text, from) {
      let tried = from; // starts below this are known not to match
      firsts.lastIndex = from;
      let c: RegExpExecArray | null;
      while ((c = firsts.exec(text)) !== null) {
        const p = c.index;
        for (let s = Math.max(tried, p - (back.get(fold(c[0])) ?? maxBack)); s <= p; s++) {
          sticky.lastIndex = s;
          const m = sticky.exec(text);
          if (m) return { index: s, length: m[0].length };
        }
        tried = p + 1;
      }
      return null;
    },
  };
}
