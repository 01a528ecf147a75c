// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readInPieces, textNodesInPieces, type ReadOptions } from '../../entrypoints/content/page-text';
import { textNodesUnder } from './text-nodes';

/** Runs a generator to its end; counts its pauses. */
function drain<T>(gen: Generator<null, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = gen.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}

/** The answer by brute force: every text node in order, and the ones holding an offset. */
function expected(root: Node, offsets: number[]): Text[] {
  const out: Text[] = [];
  let at = 0;
  for (const n of textNodesUnder(root)) {
    const end = at + n.length;
    if (offsets.some((o) => o >= at && o < end)) out.push(n);
    at = end;
  }
  return out;
}

const markup: fc.Arbitrary<string> = fc.letrec<{ node: string; list: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.stringMatching(/^[a-z ]{0,6}$/),
    fc.constant('<!-- note -->'),
    fc.constant('<br>'),
    fc.tuple(fc.constantFrom('b', 'p', 'div', 'span', 'li'), tie('list')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
  ),
  list: fc.array(tie('node'), { maxLength: 8 }).map((parts) => parts.join('')),
})).list;

describe('readInPieces', () => {
  it('reads what textContent holds, in pieces whose starts lead to their nodes, on random trees', () => {
    fc.assert(
      fc.property(
        markup,
        fc.array(fc.nat(80), { maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 4 }),
        (html, raw, splitAt, run) => {
          document.body.innerHTML = `<div id="r">${html}</div>`;
          const root = document.getElementById('r')!;
          const options: ReadOptions = { nodes: 3, chars: 10, splitAt, run };
          const { value: read } = drain(readInPieces(root, options));
          expect(read.text).toBe(root.textContent);
          expect(read.pieces.map((p) => p.start)).toEqual([...read.pieces.map((p) => p.start)].sort((a, b) => a - b));
          const offsets = [...new Set(raw.filter((o) => o < read.text.length))].sort((a, b) => a - b);
          const found = [...textNodesInPieces(root, read, offsets, 3)].filter((n): n is Text => n !== null);
          expect(found).toEqual(expected(root, offsets));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a small subtree whole, a large one with small children in runs, with pauses between', () => {
    document.body.innerHTML = `<main id="r">${'<p>North <b>Korean</b> troops</p>'.repeat(50)}</main>`;
    const root = document.getElementById('r')!;
    const whole = drain(readInPieces(root, { nodes: 10, chars: 1000 }));
    expect(whole.value.pieces).toEqual([{ node: root, start: 0 }]);
    expect(whole.pauses).toBe(0);
    // 150 elements under 50 children: 3 on average, under splitAt / run = 4, so runs of 10.
    const runs = drain(readInPieces(root, { nodes: 10, chars: 1000, splitAt: 40, run: 10 }));
    expect(runs.value.pieces.map((p) => p.start)).toEqual([0, 1, 2, 3, 4].map((i) => i * 10 * 'North Korean troops'.length));
    expect(runs.value.text).toBe(root.textContent);
    expect(runs.pauses).toBeGreaterThanOrEqual(4);
    // Large children on average: one by one.
    const single = drain(readInPieces(root, { nodes: 10, chars: 1000, splitAt: 5, run: 10 }));
    expect(single.value.pieces.map((p) => p.node.nodeName)).toEqual(Array<string>(50).fill('P'));
  });

  it('opens a large child among small ones in turn', () => {
    const big = `<div>${'<p>x <b>y</b></p>'.repeat(30)}</div>`;
    document.body.innerHTML = `<main id="r"><p>a</p>${big}<p>b</p></main>`;
    const root = document.getElementById('r')!;
    const { value: read } = drain(readInPieces(root, { nodes: 10, chars: 1000, splitAt: 20, run: 2 }));
    expect(read.text).toBe(root.textContent);
    // main's 63 elements over 3 children: one by one; the div's 60 over 30: in runs of 2.
    expect(read.pieces.map((p) => p.node.textContent)).toEqual(['a', ...Array<string>(15).fill('x y'), 'b']);
  });

  it('counts a chain of only children once, however deep', () => {
    const depth = 300;
    document.body.innerHTML = `<div id="r">${'<div>'.repeat(depth)}<p>a</p><p>b</p>${'</div>'.repeat(depth)}</div>`;
    const root = document.getElementById('r')!;
    const count = vi.spyOn(Element.prototype, 'getElementsByTagName');
    const { value: read } = drain(readInPieces(root, { nodes: 100, chars: 1000, splitAt: 2 }));
    expect(read.text).toBe('ab');
    expect(read.pieces.map((p) => p.node.textContent)).toEqual(['a', 'b']);
    // The root, then the two paragraphs under the chain: not each of its 300 levels.
    expect(count.mock.calls.length).toBeLessThanOrEqual(3);
    count.mockRestore();
  });

  it('walks only the sibling that holds an offset in a run, not the run from its start', () => {
    const para = '<p>North <b>Korean</b> troops</p>';
    document.body.innerHTML = `<main id="r">${para.repeat(200)}</main>`;
    const root = document.getElementById('r')!;
    const { value: read } = drain(readInPieces(root, { nodes: 1000, chars: 100_000, splitAt: 300, run: 64 }));
    expect(read.pieces[0].run).toEqual({ index: 0, count: 64 });
    const len = 'North Korean troops'.length;
    // Offsets in "Korean" of the 50th and the 180th paragraph.
    const offsets = [49 * len + 7, 179 * len + 7];
    const want = expected(root, offsets);
    const step = vi.spyOn(TreeWalker.prototype, 'nextNode');
    const found = [...textNodesInPieces(root, read, offsets, 1000)].filter((n): n is Text => n !== null);
    expect(found).toEqual(want);
    expect(found.map((n) => n.data)).toEqual(['Korean', 'Korean']);
    // A few per paragraph: walked from each run's start, it took over 100.
    expect(step.mock.calls.length).toBeLessThanOrEqual(8);
    step.mockRestore();
  });

  it('reads an open shadow root child by child', () => {
    document.body.innerHTML = '<div id="h"></div>';
    const shadow = document.getElementById('h')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Kursk</p>text<p>troops</p>';
    const { value: read } = drain(readInPieces(shadow, { nodes: 10, chars: 1000 }));
    expect(read.text).toBe('Kursktexttroops');
    expect(read.pieces.map((p) => p.start)).toEqual([0, 5, 9]);
  });
});
