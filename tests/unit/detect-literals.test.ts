import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LEXICONS, type Lexicon } from '../../utils/detect/lexicon/index';
import { allHits, termSource } from '../../utils/detect/compile';
import { foldCase, literalRuns, TextProbe } from '../../utils/detect/literals';
import { termsOf, UnionList } from '../../utils/detect/terms';
import { isDottedLetters, letterWords } from '../../utils/detect/chars';
import { isRecord } from '../../utils/guards';

const ROOT = resolve(__dirname, '../..');

function corpusTexts(): string[] {
  const files: string[] = [];
  const dir = join(ROOT, 'tests/corpus/data');
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.jsonl')) files.push(join(dir, f));
  const texts: string[] = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      try {
        const r: unknown = JSON.parse(line);
        if (isRecord(r) && typeof r.text === 'string') texts.push(r.text);
      } catch {
        // not a row
      }
    }
  }
  return texts;
}

const esc = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** The strings of a list of terms. */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : []);

/** Every list of terms a lexicon has (stop words aside). */
function termLists(l: Lexicon): [string, string[]][] {
  const out: [string, string[]][] = [];
  const lists: [string, unknown][] = Object.entries(l);
  for (const [k, v] of lists) {
    if (k === 'stop' || k === 'lang' || k === 'spaced') continue;
    if (Array.isArray(v)) out.push([k, strings(v)]);
    else if ((k === 'qualBefore' || k === 'qualAfter') && isRecord(v))
      for (const [q, terms] of Object.entries(v)) out.push([`${k}.${q}`, strings(terms)]);
    else if (v && typeof v === 'object') out.push([k, Object.keys(v)]);
  }
  return out;
}

describe('foldCase', () => {
  it('folds letters exactly as a case-insensitive Unicode pattern compares them', () => {
    const bad: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCharCode(cp);
      const re = new RegExp(`^${esc(c)}$`, 'iu');
      for (const x of new Set([c.toLowerCase(), c.toUpperCase(), c.toUpperCase().toLowerCase(), c.toLowerCase().toUpperCase()])) {
        if (x !== c && x.length === 1 && re.test(x) && foldCase(x) !== foldCase(c)) bad.push(`${c} ${x}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('folds final sigma like sigma', () => {
    expect(foldCase('ΡΩΣ')).toBe(foldCase('ρωσ'));
  });
});

describe('literalRuns', () => {
  it('reads the pieces every match must contain', () => {
    expect(literalRuns('kims?$')).toEqual(['kim']);
    expect(literalRuns('front ?lines?$')).toEqual(['front', 'line']);
    expect(literalRuns('d\\.p\\.r\\.k\\.?')).toEqual(['d.p.r.k']);
    expect(literalRuns('(?<!since (?:the )?)korean war')).toEqual(['korean', 'war']);
    expect(literalRuns('servicem[ae]n$')).toEqual(['servicem', 'n']);
    expect(literalRuns('~Nordkorea')).toEqual(['nordkorea']);
    expect(literalRuns('korpus\\p{L}{0,2} burzy')).toEqual(['korpus', 'burzy']);
    expect(literalRuns('a{0,2}b')).toEqual(['b']);
    expect(literalRuns('ab+c')).toEqual(['ab', 'c']);
    expect(literalRuns('(?:한국 ?전쟁|6[·.]25 ?전쟁)(?! ?이후)')).toEqual([]);
    expect(literalRuns('foo|bar')).toEqual([]);
  });

  it('finds its pieces in every match of every term on the corpus', () => {
    const text = corpusTexts().join('\n');
    const bad: string[] = [];
    let checked = 0;
    for (const l of LEXICONS) {
      for (const [, terms] of termLists(l)) {
        for (const term of terms) {
          const runs = literalRuns(term);
          for (const m of text.matchAll(new RegExp(termSource(term, l.spaced), 'giu'))) {
            checked++;
            const f = foldCase(m[0]);
            for (const r of runs) if (!f.includes(r)) bad.push(`${l.lang} ${term}: ${m[0]}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});

describe('lists compiled per text', () => {
  it('match exactly as the whole list does, on the text and on its parts', () => {
    const texts = corpusTexts();
    const en = LEXICONS.find((l) => l.lang === 'en')!;
    const byLang = new Map(LEXICONS.map((l) => [l.lang, l]));
    let compared = 0;
    texts.forEach((text, i) => {
      const probe = new TextProbe(text);
      const parts = [text, text.slice(0, text.length >> 1), text.slice(text.length >> 2)];
      for (const l of new Set([en, byLang.get(guessOwn(text)) ?? en])) {
        for (const [, terms] of termLists(l)) {
          if (i % 3 !== 0 && terms.length < 40) continue; // keep the test quick: small lists on every third text
          const list = () => termsOf(terms, l.spaced);
          const whole = new UnionList(list).wholePattern();
          const reduced = new UnionList(list).forText(probe);
          for (const p of parts) {
            compared++;
            expect(allHits(reduced, p)).toEqual(allHits(whole, p));
          }
        }
      }
    });
    expect(compared).toBeGreaterThan(10_000);
  });
});

/** A rough language for a corpus line (which lexicon to compare besides English). */
function guessOwn(text: string): string {
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/[іїєґ]/i.test(text)) return 'uk';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  if (/[\u0900-\u097f]/.test(text)) return 'hi';
  const words = ` ${text.toLowerCase()} `;
  let best = 'en';
  let bestN = 0;
  for (const l of LEXICONS) {
    let n = 0;
    for (const w of l.stop ?? []) if (words.includes(` ${w} `)) n++;
    if (n > bestN) [best, bestN] = [l.lang, n];
  }
  return best;
}

describe('letter tests', () => {
  it("split words as /[\\p{L}\\p{M}']+/gu does", () => {
    for (const s of ["l'armée nord-coréenne", 'Северная Корея', 'a\u0301b c', '𝐀𝐁 x\ud800y', "it's 2024 — ok", '']) {
      expect(letterWords(s, 200)).toEqual(s.match(/[\p{L}\p{M}']+/gu) ?? []);
    }
    expect(letterWords('a b c d', 2)).toEqual(['a', 'b']);
  });

  it('tell dotted abbreviations as /^\\p{L}(?:\\.\\p{L})+$/u does', () => {
    for (const w of ['U.S', 'z.B', 'U.S.', 'U', 'U..S', 'é.ü', 'ab.c', '.U.S']) {
      expect(isDottedLetters(w)).toBe(/^\p{L}(?:\.\p{L})+$/u.test(w));
    }
  });
});
