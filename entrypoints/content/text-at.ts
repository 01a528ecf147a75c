// Finds the text nodes at given offsets of a root's textContent without visiting every node.
// An element's textContent is its descendants' text joined, so the walk measures a node's
// children (a text node by its length, an element by its textContent, the last child by what
// is left) and goes down only into the children that hold an offset: on a page of many
// paragraphs it visits the paragraphs, not every word in bold. Measuring copies text, so the
// walk has a budget for it; past the budget it goes on node by node, as a plain walk would.

const TEXT = 3; // Node.TEXT_NODE
const CDATA = 4; // Node.CDATA_SECTION_NODE: part of textContent too (XML documents only)
const ELEMENT = 1;

interface Frame {
  /** The next child to measure. */
  next: Node | null;
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
  /** How many characters measuring may copy (twice the text, by default) before going node by node. */
  budget = 2 * total + 65_536,
): Generator<Text | null> {
  let h = 0;
  let measured = 0;
  const stack: Frame[] = [{ next: root.firstChild, offset: 0, end: total }];
  while (stack.length && h < offsets.length) {
    const frame = stack[stack.length - 1];
    const node = frame.next;
    if (!node || offsets[h] >= frame.end) {
      stack.pop();
      continue;
    }
    // Each DOM property read crosses into the browser: read each one once.
    const next = node.nextSibling;
    frame.next = next;
    const start = frame.offset;
    const type = node.nodeType;
    let length: number;
    if (type === TEXT || type === CDATA) length = (node as CharacterData).length;
    else if (type !== ELEMENT) length = 0; // comments and processing instructions hold no text
    else if (!next) length = Math.max(0, frame.end - start);
    else if (budget > 0) {
      length = (node.textContent ?? '').length;
      budget -= length;
    } else {
      yield* linear(root, node, start, offsets, h, pauseEvery);
      return;
    }
    frame.offset = start + length;
    if (++measured % pauseEvery === 0) yield null;
    const end = start + length;
    while (h < offsets.length && offsets[h] < start) h++; // lost to a change in the tree
    if (h >= offsets.length || offsets[h] >= end) continue;
    if (type === ELEMENT) {
      stack.push({ next: node.firstChild, offset: start, end });
      continue;
    }
    if (type === TEXT) yield node as Text;
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
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  walker.currentNode = from;
  let n: Node | null = from.nodeType === TEXT || from.nodeType === CDATA ? from : walker.nextNode();
  let seen = 0;
  for (; n && h < offsets.length; n = walker.nextNode()) {
    const end = offset + (n as CharacterData).length;
    if (offsets[h] < end) {
      if (n.nodeType === TEXT) yield n as Text;
      while (h < offsets.length && offsets[h] < end) h++;
    }
    offset = end;
    if (++seen % pauseEvery === 0) yield null;
  }
}
