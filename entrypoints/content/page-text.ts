// Reads a root's text (what its textContent holds) in pieces that a walk can pause between: one
// textContent read of a 5 MB page was a task of 40-80 ms in Chromium, over 100 in Firefox, the
// longest the scan ran. A subtree of fewer than SPLIT_AT elements is read whole. A larger one is
// opened: where its children are small on average (a long list of paragraphs), RUN of them at a
// time with one Range, since in a content script each DOM call costs a wrapper (in Firefox, reading
// 20,000 paragraphs one by one took four times as long as the whole page at once); otherwise child
// by child, each counted, so that one large child among small ones is opened in turn. An only child
// is not counted again: a chain 10,000 deep costs one count. Each piece keeps its first node and
// where its text starts, so an offset in the text leads to its node by a short walk, and a change
// of the page between two steps shifts only the pieces it touches.

import { isElement, isText, isTextOrCData, nextText } from './node-kind';

/** Elements in a subtree read whole: such a read copies well under a millisecond of text on common pages. */
export const SPLIT_AT = 2000;
/** Sibling nodes read at once, with one Range, where a parent's children are small on average. */
export const RUN = 64;

export interface TextPiece {
  /** The first node whose text the piece holds: a text node, an element read whole, or the first of a run of siblings. */
  node: Node;
  /** Where its text starts in the root's text. */
  start: number;
  /** A run of siblings read at once: `node`'s index among its parent's child nodes, and how many. */
  run?: { index: number; count: number };
}

export interface PieceText {
  text: string;
  pieces: TextPiece[];
}

interface Frame {
  parent: Element | ShadowRoot;
  next: Node | null;
  /** `next`'s index among the parent's child nodes. */
  index: number;
  /** Siblings read at once (1: one by one). */
  run: number;
  /** The element count of `next`'s subtree, when known without asking (an only child). */
  size?: number;
}

export interface ReadOptions {
  /** A null after about this many nodes read, or this many characters. */
  nodes: number;
  chars: number;
  /** Subtrees of fewer elements are read whole; runs of this many siblings (tests make them small). */
  splitAt?: number;
  run?: number;
}

const count = (el: Element) => el.getElementsByTagName('*').length;

/** The text of `root`, as its textContent would give it, read in pieces, with a null between two steps. */
export function* readInPieces(root: Element | ShadowRoot, options: ReadOptions): Generator<null, PieceText> {
  const { splitAt = SPLIT_AT, run = RUN } = options;
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let at = 0;
  let nodes = 0;
  let chars = 0;
  // Made on the first run: a live Range costs the page a little on every change while it exists.
  let range: Range | null = null;
  const stack: Frame[] = [];
  const open = (parent: Element | ShadowRoot, size?: number) => {
    const kids = size === undefined ? 0 : parent.childElementCount;
    stack.push({
      parent,
      next: parent.firstChild,
      index: 0,
      run: kids > 1 && size! / kids < splitAt / run ? run : 1,
      // An only element child holds all but one of its parent's elements.
      size: kids === 1 ? size! - 1 : undefined,
    });
  };
  if (isElement(root)) {
    const size = count(root);
    if (size < splitAt) return { text: root.textContent ?? '', pieces: [{ node: root, start: 0 }] };
    open(root, size);
  } else open(root); // a shadow root: its children are counted one by one
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.next;
    if (!node) {
      stack.pop();
      continue;
    }
    let text: string | null = null;
    let run: TextPiece['run'];
    if (frame.run > 1) {
      // The index is checked, not trusted: the page may have changed the list during a pause.
      const children = frame.parent.childNodes;
      const ahead = children[frame.index] === node ? (children[frame.index + frame.run] ?? null) : undefined;
      if (ahead === undefined)
        frame.run = 1; // one by one from here
      else {
        range ??= root.ownerDocument.createRange();
        range.setStart(node, 0);
        if (ahead) range.setEnd(ahead, 0);
        else range.setEnd(frame.parent, children.length);
        text = range.toString();
        run = { index: frame.index, count: ahead ? frame.run : children.length - frame.index };
        [frame.next, frame.index] = [ahead, frame.index + frame.run];
        nodes += frame.run;
      }
    }
    if (frame.run === 1) {
      frame.next = node.nextSibling;
      frame.index++;
      nodes++;
      const type = node.nodeType;
      if (isTextOrCData(node, type)) text = node.data;
      else if (isElement(node, type)) {
        const size = frame.size ?? count(node);
        frame.size = undefined; // it was the only element child's
        if (size < splitAt) text = node.textContent ?? '';
        else open(node, size);
      }
    }
    if (text) {
      pieces.push(run ? { node, start: at, run } : { node, start: at });
      parts.push(text);
      at += text.length;
      chars += text.length;
    }
    if (nodes >= options.nodes || chars >= options.chars) {
      nodes = chars = 0;
      yield null;
    }
  }
  return { text: parts.join(''), pieces };
}

/**
 * Yields, in document order, each text node that holds one of `offsets` (sorted) in the text that
 * readInPieces read from `root`; a null every `pauseEvery` nodes walked lets the caller pause. Only
 * the pieces that hold an offset are walked: an element read whole from its first node, a run of
 * siblings only in the sibling that holds the offset, found by halving the run with a Range. Each
 * text node a walk passes stays in the heap as a wrapper while the page keeps the node (on the
 * 5 MB bench page, 4,600 of them, 74 kB, when every run was walked from its start). If the tree changed since
 * the reading, nodes may be missed or given that hold no offset: callers re-check what they are
 * given, and a MutationObserver sees the change.
 */
export function* textNodesInPieces(
  root: Element | ShadowRoot,
  read: PieceText,
  offsets: readonly number[],
  pauseEvery: number,
): Generator<Text | null> {
  const { pieces, text } = read;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  let range: Range | null = null;
  let h = 0;
  let walked = 0;
  /** Walks the text from `node` (which starts at `at`) up to `end`, yielding the nodes that hold offsets. */
  function* walk(node: Node, at: number, end: number): Generator<Text | null> {
    walker.currentNode = node;
    for (let n = isTextOrCData(node) ? node : nextText(walker); n && at < end && h < offsets.length; n = nextText(walker)) {
      const next = at + n.length;
      if (offsets[h] < next && isText(n)) yield n;
      while (h < offsets.length && offsets[h] < next) h++;
      at = next;
      if (++walked % pauseEvery === 0) yield null;
    }
    while (h < offsets.length && offsets[h] < end) h++;
  }
  for (let i = 0; i < pieces.length && h < offsets.length; i++) {
    const end = i + 1 < pieces.length ? pieces[i + 1].start : text.length;
    if (offsets[h] >= end) continue;
    const { node, start, run } = pieces[i];
    const parent = run ? node.parentNode : null;
    // The index is checked, not trusted: the page may have changed since the reading.
    if (!run || !parent || parent.childNodes[run.index] !== node) {
      yield* walk(node, start, end);
      continue;
    }
    range ??= doc.createRange();
    const kids = parent.childNodes;
    let first = run.index;
    let at = start;
    const last = Math.min(run.index + run.count, kids.length);
    while (h < offsets.length && offsets[h] < end && first < last) {
      const child = childAt(range, kids, first, last, offsets[h] - at);
      yield* walk(kids[child.index], at + child.start, at + child.end);
      at += child.end;
      first = child.index + 1;
    }
    while (h < offsets.length && offsets[h] < end) h++;
  }
}

/**
 * Which of the children `kids` from `first` to `last` (exclusive) holds `offset`, counted from the
 * start of the first one's text; and where that child's text starts and ends, counted the same way.
 * Each halving reads half of what the one before read: about the run's text once in all. The
 * Range's boundaries are put inside children, not at an index of the parent: Chromium finds a
 * parent's n-th child by counting from the first, which on a page of 40,000 siblings made 200 such
 * searches take seconds.
 */
function childAt(
  range: Range,
  kids: NodeListOf<ChildNode>,
  first: number,
  last: number,
  offset: number,
): { index: number; start: number; end: number } {
  let lo = first;
  let hi = last;
  let start = 0;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    range.setStart(kids[lo], 0);
    range.setEnd(kids[mid], 0);
    const length = range.toString().length;
    if (start + length <= offset) {
      lo = mid;
      start += length;
    } else hi = mid;
  }
  return { index: lo, start, end: start + textLength(kids[lo]) };
}

/** The length of what a Range over the node would read: its text nodes' data. */
function textLength(node: Node): number {
  const type = node.nodeType;
  if (isTextOrCData(node, type)) return node.length;
  return isElement(node, type) ? (node.textContent ?? '').length : 0;
}
