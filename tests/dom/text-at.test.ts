// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textNodesAt, type TextAtOptions } from '../../entrypoints/content/text-at';
import { textNodesUnder } from './text-nodes';

/** The answer by brute force: every text node in order, and the ones holding an offset. */
function expected(root: Element, offsets: number[]): Text[] {
  const out: Text[] = [];
  let at = 0;
  for (const n of textNodesUnder(root)) {
    const end = at + n.length;
    if (offsets.some((o) => o >= at && o < end)) out.push(n);
    at = end;
  }
  return out;
}

function run(root: Element, offsets: number[], options: TextAtOptions = {}): Text[] {
  const total = (root.textContent ?? '').length;
  return [...textNodesAt(root, offsets, total, 3, options)].filter((n): n is Text => n !== null);
}

// Random markup: text, inline and block elements, comments, empty elements, nesting.
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string; list: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.stringMatching(/^[a-z ]{0,6}$/),
    fc.constant('<!-- note -->'),
    fc.constant('<br>'),
    fc.tuple(fc.constantFrom('b', 'p', 'div', 'span', 'li'), tie('list')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
  ),
  // Long enough lists for runs of siblings to be measured at once.
  list: fc.array(tie('node'), { maxLength: 8 }).map((parts) => parts.join('')),
})).list;

describe('textNodesAt', () => {
  it('finds the text nodes at offsets of textContent, as a walk over every node would', () => {
    document.body.innerHTML = '<div id="r"><p>North <b>Korean</b> troops</p><!-- c --><p>in <i>Kursk</i></p>tail</div>';
    const root = document.getElementById('r')!;
    const text = root.textContent;
    const nodes = run(root, [text.indexOf('Korean'), text.indexOf('Kursk'), text.indexOf('Kursk') + 2, text.indexOf('tail')]);
    expect(nodes.map((n) => n.data)).toEqual(['Korean', 'Kursk', 'tail']);
  });

  it('agrees with the brute-force walk on random trees, within and past its copy budget, in runs of any size or none', () => {
    fc.assert(
      fc.property(
        markup,
        fc.array(fc.nat(60), { maxLength: 6 }),
        fc.constantFrom(undefined, 0, 5),
        fc.constantFrom(undefined, 0, 1, 2, 3),
        (html, raw, budget, chunk) => {
          document.body.innerHTML = `<div id="r">${html}</div>`;
          const root = document.getElementById('r')!;
          const total = root.textContent.length;
          const offsets = [...new Set(raw.filter((o) => o < total))].sort((a, b) => a - b);
          expect(run(root, offsets, { budget, chunk })).toEqual(expected(root, offsets));
        },
      ),
      { numRuns: 500 },
    );
  });
});
