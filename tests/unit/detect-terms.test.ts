import { describe, expect, it } from 'vitest';
import { TextProbe } from '../../utils/detect/literals';
import { termsOf, UseShare, ValuedList, WHOLE_AFTER, WHOLE_ANYWAY_AFTER } from '../../utils/detect/terms';

describe('which lists go whole (terms.ts)', () => {
  it('lets a family member go whole only past WHOLE_AFTER uses and with a fifth of the uses', () => {
    const share = new UseShare();
    let uses = 0;
    for (let i = 0; i < WHOLE_AFTER; i++) expect(share.use(++uses)).toBe(false);
    expect(share.use(++uses)).toBe(true);
  });

  it('keeps members of a scattered family (many groups, each used now and then) per text', () => {
    const share = new UseShare();
    const uses = new Array<number>(26).fill(0);
    let wentWhole = 0;
    for (let round = 0; round < 100; round++) for (let g = 0; g < uses.length; g++) if (share.use(++uses[g])) wentWhole++;
    expect(wentWhole).toBe(0);
  });

  it('lets every member of a scattered family go whole on a long page, once its compile pays', () => {
    const share = new UseShare();
    const uses = new Array<number>(26).fill(0);
    const whole = new Set<number>();
    for (let round = 0; round <= WHOLE_ANYWAY_AFTER; round++) for (let g = 0; g < uses.length; g++) if (share.use(++uses[g])) whole.add(g);
    expect(whole.size).toBe(26);
  });

  it('lets the few groups that most texts use go whole', () => {
    const share = new UseShare();
    const uses = [0, 0, 0];
    const whole = new Set<number>();
    for (let round = 0; round < 100; round++) for (let g = 0; g < uses.length; g++) if (share.use(++uses[g])) whole.add(g);
    expect([...whole].sort()).toEqual([0, 1, 2]);
  });

  it('keeps one Term per word and spacing, whichever list asks', () => {
    const [a] = termsOf(['troops'], true);
    const [, b] = termsOf(['soldiers', 'troops'], true);
    const [c] = termsOf(['troops'], false);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(c.spaced).toBe(false);
  });

  it('shares one sticky pattern per term among groups', () => {
    const [thousand, million] = termsOf(['тысяч', 'млн'], true);
    const a = new ValuedList(() => [[thousand, 1000]]).forText(new TextProbe('11 тысяч'));
    const b = new ValuedList(() => [
      [thousand, 1000],
      [million, 1e6],
    ]).forText(new TextProbe('11 тысяч'));
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(b[0][0]).toBe(a[0][0]);
  });
});
