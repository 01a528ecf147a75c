import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/ascii-only';

// What the build writes must mean what esbuild wrote: the same values, regexes that match the same.
const run = (code: string): unknown => runInThisContext(`(() => {\n${code}\n})()`);

describe('asciiOnly (the build output in ASCII)', () => {
  const code = [
    "const apostrophe = /^['’ʼ]s?$/u, cyrillic = /[ўҳ]/iu, han = /[군軍军]$/u, loose = /😀+/;",
    'const text = "北朝鮮 “quoted” 😀", tpl = `Курск ${1 + 1}`, ключ = 3;',
    "return [apostrophe.test('’s'), cyrillic.test('Ў'), han.test('북한군'), loose.test('😀😀'), text, tpl, ключ, text.length];",
  ].join('\n');

  it('writes every non-ASCII character as an escape, and the code means the same', () => {
    const out = asciiOnly(code);
    expect(out).not.toMatch(/[\u0080-\uffff]/);
    expect(out).toContain('\\u2019');
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toEqual([true, true, true, true, '北朝鮮 “quoted” 😀', 'Курск 2', 3, 15]);
  });

  it('leaves ASCII code as it is', () => {
    const ascii = 'return /[\\u2019]/.test("\\u2019")';
    expect(asciiOnly(ascii)).toBe(ascii);
  });

  it('refuses a backslash before a non-ASCII character, whose escape would change its meaning', () => {
    expect(() => asciiOnly('return "\\’"')).toThrow(/backslash/);
  });
});
