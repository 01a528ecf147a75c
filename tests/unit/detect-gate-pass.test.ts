import { describe, expect, it } from 'vitest';
import { regexPass, skipPass } from '../../utils/detect/gate-pass';
import { SCRIPT_GATES, SCRIPT_GATES_EXTRA, SCRIPT_GATE_SOURCE } from '../../utils/detect/prefilter-build';

// The script gates are found by jumping between rare letters (gate-pass.ts): the hits must be
// exactly those of the plain case-insensitive regex, from any starting offset.
const all = (pass: ReturnType<typeof regexPass>, text: string, from = 0) => {
  const out: [number, number][] = [];
  let m;
  while ((m = pass.exec(text, from)) !== null) {
    out.push([m.index, m.length]);
    from = m.index + m.length;
  }
  return out;
};

describe('skipPass', () => {
  const plain = regexPass(SCRIPT_GATE_SOURCE, 'gi');
  const skip = skipPass(SCRIPT_GATE_SOURCE, SCRIPT_GATES, SCRIPT_GATES_EXTRA);

  it('applies to the script gates', () => {
    expect(skip).not.toBeNull();
  });

  it('finds the same hits as the plain regex, in mixed and upper-case text', () => {
    const pieces = [
      ...SCRIPT_GATES,
      ...SCRIPT_GATES.map((g) => g.toUpperCase()),
      '北 ',
      '北京',
      'tri',
      'TRIỀU',
      'nhƯỠng',
      'bÃo t',
      'ba',
      'kore',
      ' ',
      'the ',
      'ж',
      'Σ',
      'ς',
      'ἀ',
      '\u2029',
      'ä',
      'é',
      'КНДР',
      'κορέα',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let compared = 0;
    for (let i = 0; i < 400; i++) {
      let text = '';
      for (let j = 0; j < 30; j++) text += pieces[Math.floor(rnd() * pieces.length)];
      const from = Math.floor(rnd() * 10);
      const expected = all(plain, text, from);
      expect(all(skip!, text, from), text).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('refuses gates it cannot skip to (all ASCII, or a regex extra without a leading letter)', () => {
    expect(skipPass('abc', ['abc'], [])).toBeNull();
    expect(skipPass('北|[ab]北', ['北'], ['[ab]北'])).toBeNull();
  });
});
