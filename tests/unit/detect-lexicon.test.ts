import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../utils/detect/lexicon/index';
import { termSource } from '../../utils/detect/compile';
import { UNGATED } from '../../utils/detect/prefilter-build';

describe('lexicons', () => {
  it('have unique language codes', () => {
    const langs = LEXICONS.map((l) => l.lang);
    expect(new Set(langs).size).toBe(langs.length);
  });

  it('cover at least the required languages', () => {
    const langs = new Set(LEXICONS.map((l) => l.lang));
    for (const l of ['en', 'ko', 'ru', 'uk', 'ja', 'zh', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar', 'vi', 'id', 'hi']) {
      expect(langs.has(l)).toBe(true);
    }
  });

  it('every term compiles and never matches the empty string', () => {
    const bad: string[] = [];
    for (const lex of LEXICONS) {
      const fields: [string, unknown][] = Object.entries(lex);
      const lists = fields.flatMap(([k, v]): [string, string[]][] =>
        Array.isArray(v) ? [[k, v.filter((t): t is string => typeof t === 'string')]] : [],
      );
      for (const [key, terms] of lists) {
        for (const term of terms) {
          try {
            const re = new RegExp(termSource(term, lex.spaced), 'iu');
            if (re.test('') || re.test(' ')) bad.push(`${lex.lang}.${key}: ${term} (matches empty)`);
          } catch (e) {
            bad.push(`${lex.lang}.${key}: ${term} (${e instanceof Error ? e.message : String(e)})`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every anchor contains a gate of the pre-filter', () => {
    expect(UNGATED).toEqual([]);
  });
});
