// Finds the text nodes at given offsets of a root's textContent without visiting every node.
// An element's textContent is its descendants' text joined, so the walk measures a node's
// children (a text node by its length, an element by its textContent, the last child by what
// is left) and goes down only into the children that hold an offset: on a page of many
// paragraphs it visits the paragraphs, not every word in bold. Where no offset is near, it
// measures a run of CHUNK siblings at once, with a Range from the run's first node to the next
// run's (each boundary at offset 0 of a node, so the browser counts no child indexes): in a
// content script each node first touched costs a wrapper, so on a page of 20,000 paragraphs
// this touches about one in CHUNK of them. The Firefox build measures siblings one by one:
// there runs were the slower way (28 ms against 13 for 20,000 paragraphs, in the page's world).
// Measuring copies text, so the walk has a budget for it; past the budget it goes on node by
// node, as a plain walk would.

import { isText, isTextOrCData, nextText } from './node-kind';

// CDATA sections (XML documents only) are part of textContent too.
const ELEMENT = 1;

/** Siblings measured as one run while no offset is among them (0: none, in Firefox). */
const CHUNK = import.meta.env.FIREFOX ? 0 : 16;

export interface TextAtOptions {
  /** How many characters measuring may copy (twice the text, by default) before going node by node. */
  budget?: number;
  /** How many siblings to measure as one run; 0 for none (tests set it). */
  chunk?: number;
}

interface Frame {
  parent: Node;
  /** The next child to measure, and its index among the parent's children. */
  next: Node | null;
  index: number;
  /** How many children from `next` on are measured one by one (an offset is among them). */
  single: number;
  /** Where that child's text starts in the root's text. */
  offset: number;
  /** Where the parent's text ends. */
  end: number;
}

/**
 * Yields, in document order, each text node that holds one of `offsets` (sorted) in the text of
 * `root`, whose length is `total`; a null now and then (every `pauseEvery` nodes measured) lets
 * the caller pause. If the tree changes between two steps, nodes may be missed or given that
 * hold no offset: callers re-check what they are given, and a MutationObserver sees the change.
 */
export function* textNodesAt(
  root: Element | ShadowRoot,
  offsets: readonly number[],
  total: number,
  pauseEvery: number,
  options: TextAtOptions = {},
): Generator<Text | null> {
  let { budget = 2 * total + 65_536 } = options;
  const { chunk = CHUNK } = options;
  let h = 0;
  let measured = 0;
  let pauseAt = pauseEvery;
  // Made on the first run: a live Range costs the page a little on every change while it exists.
  let range: Range | null = null;
  const frameOf = (parent: Node, offset: number, end: number): Frame => ({ parent, next: parent.firstChild, index: 0, single: 0, offset, end });
  const stack: Frame[] = [frameOf(root, 0, total)];
  while (stack.length && h < offsets.length) {
    const frame = stack[stack.length - 1];
    const node = frame.next;
    if (!node || offsets[h] >= frame.end) {
      stack.pop();
      continue;
    }
    const start = frame.offset;
    if (measured >= pauseAt) {
      pauseAt = measured + pauseEvery;
      yield null;
      continue; // the tree may have changed: look again
    }
    if (chunk > 0 && frame.single === 0 && budget > 0) {
      const children = frame.parent.childNodes;
      // The index is checked, not trusted: the page may have changed the list during a pause.
      const ahead = children[frame.index] === node ? children[frame.index + chunk] : undefined;
      if (!ahead)
        frame.single = Infinity; // one by one to the end of this list
      else {
        range ??= root.ownerDocument.createRange();
        range.setStart(node, 0);
        range.setEnd(ahead, 0);
        const length = range.toString().length;
        budget -= length;
        measured += chunk; // a run copies as much text as its siblings one by one would
        while (h < offsets.length && offsets[h] < start) h++; // lost to a change in the tree
        if (h < offsets.length && offsets[h] < start + length) frame.single = chunk;
        else [frame.next, frame.index, frame.offset] = [ahead, frame.index + chunk, start + length];
        continue;
      }
    }
    if (frame.single > 0) frame.single--;
    // Each DOM property read crosses into the browser: read each one once.
    const next = node.nextSibling;
    frame.next = next;
    frame.index++;
    const type = node.nodeType;
    let length: number;
    if (isTextOrCData(node, type)) length = node.length;
    else if (type !== ELEMENT)
      length = 0; // comments and processing instructions hold no text
    else if (!next) length = Math.max(0, frame.end - start);
    else if (budget > 0) {
      length = (node.textContent ?? '').length;
      budget -= length;
    } else {
      yield* linear(root, node, start, offsets, h, pauseEvery);
      return;
    }
    frame.offset = start + length;
    measured++;
    const end = start + length;
    while (h < offsets.length && offsets[h] < start) h++; // lost to a change in the tree
    if (h >= offsets.length || offsets[h] >= end) continue;
    if (type === ELEMENT) {
      stack.push(frameOf(node, start, end));
      continue;
    }
    if (isText(node, type)) yield node;
    while (h < offsets.length && offsets[h] < end) h++;
  }
}

/** The plain walk, from `from` (which starts at `offset`) to the end of the root. */
function* linear(
  root: Element | ShadowRoot,
  from: Node,
  offset: number,
  offsets: readonly number[],
  h: number,
  pauseEvery: number,
): Generator<Text | null> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  walker.currentNode = from;
  let n = isTextOrCData(from) ? from : nextText(walker);
  let seen = 0;
  for (; n && h < offsets.length; n = nextText(walker)) {
    const end = offset + n.length;
    if (offsets[h] < end) {
      if (isText(n)) yield n;
      while (h < offsets.length && offsets[h] < end) h++;
    }
    offset = end;
    if (++seen % pauseEvery === 0) yield null;
  }
}
