// Reads a root's text (what its textContent holds) in pieces that a walk can pause between: one
// textContent read of a 5 MB page was a task of 40-80 ms, the longest the scan ran. A subtree of
// fewer than SPLIT_AT elements is read whole; a larger one child by child (where there is a single
// child, without counting again, so a chain 10,000 deep costs one count). Each piece keeps its node
// and where its text starts, so an offset in the text leads to its node without measuring the
// tree again, and a change of the page between two steps shifts only the pieces it touches.

import { isElement, isText, isTextOrCData, nextText } from './node-kind';

/** Elements in a subtree read whole. Reading such a subtree copies well under a millisecond of text on common pages. */
export const SPLIT_AT = 2000;

export interface TextPiece {
  /** A text node (or CDATA section), or an element read whole. */
  node: Node;
  /** Where its text starts in the root's text. */
  start: number;
}

export interface PieceText {
  text: string;
  pieces: TextPiece[];
}

interface Frame {
  next: Node | null;
  /** The element count of `next`'s subtree, when known without asking (an only child). */
  size?: number;
}

export interface ReadOptions {
  /** A null after this many nodes visited, or this many characters read. */
  nodes: number;
  chars: number;
  /** Subtrees of fewer elements are read whole (tests make it small). */
  splitAt?: number;
}

/** The text of `root`, as its textContent would give it, read in pieces, with a null between two steps. */
export function* readInPieces(root: Element | ShadowRoot, options: ReadOptions): Generator<null, PieceText> {
  const { splitAt = SPLIT_AT } = options;
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let at = 0;
  let nodes = 0;
  let chars = 0;
  const stack: Frame[] = [];
  const open = (parent: Element | ShadowRoot, size?: number) => {
    const first = size === undefined ? null : parent.firstElementChild;
    // An only element child holds all but one of its parent's elements: no need to count them.
    stack.push({ next: parent.firstChild, size: size !== undefined && first && !first.nextElementSibling ? size - 1 : undefined });
  };
  if (isElement(root)) {
    const size = root.getElementsByTagName('*').length;
    if (size < splitAt) {
      const text = root.textContent ?? '';
      return { text, pieces: [{ node: root, start: 0 }] };
    }
    open(root, size);
  } else open(root); // a shadow root: its children are counted one by one
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.next;
    if (!node) {
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    let text: string | null = null;
    if (isTextOrCData(node)) text = node.data;
    else if (isElement(node)) {
      const size = frame.size ?? node.getElementsByTagName('*').length;
      frame.size = undefined; // it was the only element child's
      if (size < splitAt) text = node.textContent ?? '';
      else open(node, size);
    }
    if (text) {
      pieces.push({ node, start: at });
      parts.push(text);
      at += text.length;
      chars += text.length;
    }
    if (++nodes >= options.nodes || chars >= options.chars) {
      nodes = chars = 0;
      yield null;
    }
  }
  return { text: parts.join(''), pieces };
}

/**
 * Yields, in document order, each text node that holds one of `offsets` (sorted) in the text read
 * by readInPieces; a null every `pauseEvery` nodes walked lets the caller pause. Only the pieces
 * that hold an offset are walked. If the tree changed since the reading, nodes may be missed or
 * given that hold no offset: callers re-check what they are given, and a MutationObserver sees
 * the change.
 */
export function* textNodesInPieces(read: PieceText, offsets: readonly number[], pauseEvery: number): Generator<Text | null> {
  const { pieces, text } = read;
  let h = 0;
  let walked = 0;
  for (let i = 0; i < pieces.length && h < offsets.length; i++) {
    const end = i + 1 < pieces.length ? pieces[i + 1].start : text.length;
    if (offsets[h] >= end) continue;
    const { node } = pieces[i];
    let at = pieces[i].start;
    if (isTextOrCData(node)) {
      if (isText(node)) yield node;
    } else {
      const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
      for (let n = nextText(walker); n && offsets[h] < end; n = nextText(walker)) {
        const next = at + n.length;
        if (offsets[h] < next && isText(n)) yield n;
        while (h < offsets.length && offsets[h] < next) h++;
        at = next;
        if (++walked % pauseEvery === 0) yield null;
      }
    }
    while (h < offsets.length && offsets[h] < end) h++;
  }
}
