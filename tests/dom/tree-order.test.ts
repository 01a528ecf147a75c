// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeOrder } from '../../entrypoints/engine/tree-order';
import { textNodesUnder } from './text-nodes';

// Random markup with text at every level, so that any text node may be asked for.
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string; list: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.stringMatching(/^[a-z]{1,4}$/),
    fc.constant('<!-- c -->'),
    fc.tuple(fc.constantFrom('b', 'p', 'div', 'span'), tie('list')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
  ),
  list: fc.array(tie('node'), { maxLength: 5 }).map((parts) => parts.join('')),
})).list;

function textNodes(root: Node): Text[] {
  return textNodesUnder(root);
}

const byOrder = (order: Map<Node, number>) => (a: Node, b: Node) => order.get(a)! - order.get(b)!;

describe('treeOrder', () => {
  it('orders any picked text nodes as compareDocumentPosition does', () => {
    fc.assert(
      fc.property(markup, fc.array(fc.nat(), { maxLength: 12 }), (html, picks) => {
        document.body.innerHTML = html;
        const all = textNodes(document.body);
        fc.pre(all.length > 0);
        const picked = [...new Set(picks.map((p) => all[p % all.length]))];
        const shuffled = [...picked].reverse();
        const expected = [...picked].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
        expect([...shuffled].sort(byOrder(treeOrder(shuffled)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('puts an open shadow root after its host and before the host’s own children', () => {
    document.body.innerHTML = '<p>before</p><div id="host"><span>light</span></div><p>after</p>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>shadow</p>';
    const [before, light, after] = textNodes(document.body);
    const shadow = root.querySelector('p')!.firstChild!;
    const nodes = [after, shadow, light, before];
    const order = treeOrder(nodes);
    expect([...nodes].sort(byOrder(order))).toEqual([before, shadow, light, after]);
  });

  it('walks ten thousand levels of nesting without recursion', () => {
    let html = 'deep';
    for (let i = 0; i < 10_000; i++) html = `<span>${html}</span>`;
    document.body.innerHTML = `<p>first</p>${html}`;
    const [first, deep] = textNodes(document.body);
    const order = treeOrder([deep, first]);
    expect(order.get(first)! < order.get(deep)!).toBe(true);
  });
});
