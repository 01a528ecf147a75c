// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mentionsInSteps } from '../../utils/detect';
import { pageMentionSitesInSteps, pageMightMention } from '../../utils/detect/page-prefilter';
import { PageScanner, type Detector, type PageMention } from '../../entrypoints/content/scanner';
import { isSkipped } from '../../entrypoints/content/dom-rules';
import { settled, tracked } from './scanner-harness';
import { textNodesUnder } from './text-nodes';

// Property: whatever a page does to its DOM, once the scanner has caught up its highlights are
// exactly those of a fresh scan of the page as it now is, and every range shows the text the
// detector found.

const detector = (): Detector => ({ mightMention: pageMightMention, hits: pageMentionSitesInSteps, mentionsInSteps, load: () => Promise.resolve() });

const PIECES = [
  'North Korean troops were sent to the Kursk region.',
  'North ',
  'Korean ',
  'troops ',
  'fight for Russia in Kursk. ',
  'The weather was mild. ',
  'Pyongyang has deployed soldiers to Russia. ',
  'North Korean shells hit Kharkiv. ',
  'Storm Corps ',
  'near Kursk, Ukraine says. ',
];
const INLINE = ['b', 'i', 'span', 'a', 'em'];
const BLOCK = ['p', 'div', 'li', 'section'];

type Tree = { tag: string; children: Array<Tree | string> };
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...INLINE, ...BLOCK),
    children: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: tie('node') }), {
      maxLength: 4,
    }),
  }),
})).node;

function build(tree: Tree): Element {
  const el = document.createElement(tree.tag);
  for (const c of tree.children) el.append(typeof c === 'string' ? document.createTextNode(c) : build(c));
  return el;
}

type Edit =
  | { kind: 'setText'; at: number; piece: string }
  | { kind: 'remove'; at: number }
  | { kind: 'append'; at: number; tree: Tree }
  | { kind: 'toggle'; at: number; attr: 'hidden' | 'contenteditable' };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('setText' as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const), at: fc.nat(), tree: treeArb }),
  fc.record({ kind: fc.constant('toggle' as const), at: fc.nat(), attr: fc.constantFrom('hidden' as const, 'contenteditable' as const) }),
);

function apply(edit: Edit): void {
  const elements = Array.from(document.body.querySelectorAll('*'));
  const texts = textNodesUnder(document.body);
  if (edit.kind === 'setText' && texts.length) texts[edit.at % texts.length].data = edit.piece;
  if (edit.kind === 'remove' && elements.length) elements[edit.at % elements.length].remove();
  if (edit.kind === 'append') (elements.length ? elements[edit.at % elements.length] : document.body).append(build(edit.tree));
  if (edit.kind === 'toggle' && elements.length) {
    const el = elements[edit.at % elements.length];
    if (el.hasAttribute(edit.attr)) el.removeAttribute(edit.attr);
    else el.setAttribute(edit.attr, edit.attr === 'hidden' ? '' : 'true');
  }
}

const key = (m: PageMention) => `${m.range.toString()}|${m.mention.text}|${m.mention.start}`;

/**
 * The text a range shows: its text without that of the elements the scanner never reads (a
 * hidden <b> between "Korean " and "troops" is inside the range, but not painted nor read).
 */
function shownText(range: Range): string {
  const copy = range.cloneContents();
  for (const el of Array.from(copy.querySelectorAll('*'))) if (isSkipped(el)) el.remove();
  return copy.textContent ?? '';
}

// Counterexamples found by earlier runs, tried first on every run. CI's: "North " before a nested
// <p>, "Korean " after it; the name's space in the lexicon reached across the blocks' boundary.
const FOUND_BY_CI: [Tree[], Edit[]] = [
  [
    {
      tag: 'b',
      children: [{ tag: 'b', children: ['North Korean shells hit Kharkiv. ', PIECES[0], { tag: 'p', children: [PIECES[0], PIECES[0]] }] }, 'Korean '],
    },
    {
      tag: 'b',
      children: [
        'North ',
        'troops ',
        { tag: 'b', children: ['The weather was mild. ', { tag: 'b', children: [{ tag: 'b', children: [PIECES[0]] }, PIECES[0]] }, PIECES[0]] },
        PIECES[0],
      ],
    },
  ],
  [{ kind: 'setText', at: 13, piece: 'North ' }],
];

describe('the scanner after random edits', () => {
  it('equals a fresh scan, and every range covers the detected text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(treeArb, { minLength: 1, maxLength: 4 }), fc.array(editArb, { maxLength: 6 }), async (trees, edits) => {
        document.body.replaceChildren(...trees.map(build));
        const { live, s } = tracked(detector());
        await settled(s);
        for (const edit of edits) apply(edit);
        await settled(s);
        const fresh = new PageScanner(document, detector(), {
          changed: () => undefined,
          error: (e) => {
            throw e;
          },
        });
        fresh.start();
        await settled(fresh);
        try {
          for (const m of live) expect(shownText(m.range).replace(/\s+/g, ' ')).toBe(m.mention.text.replace(/\s+/g, ' '));
          expect([...live].map(key).sort()).toEqual(fresh.all().map(key).sort());
          expect(s.all().map(key).sort()).toEqual(fresh.all().map(key).sort());
        } finally {
          s.stop();
          fresh.stop();
        }
      }),
      // A failure is shrunk for at most a minute: shrinking an async property can otherwise run on and on.
      { numRuns: 40, interruptAfterTimeLimit: 60_000, examples: [FOUND_BY_CI] },
    );
  }, 120_000);
});
