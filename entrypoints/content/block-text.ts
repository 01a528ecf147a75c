import { isBlock, isSkipped } from './dom-rules';
import { isElement, nextText } from './node-kind';

// A block's text as one string, and where each text node starts in it, so that a detector
// offset maps back to a DOM point. Text nodes are joined as they are, so that
// `North <b>Korean</b> troops` reads as one phrase; nested blocks and <br> become a paragraph
// separator, which the detector treats as a hard sentence boundary.
export const BOUNDARY = '\u2029';
const LAYOUT_SPACE = /[\t\n\r\f\v]/g;

/** A block: an element, or a shadow root whose top-level text has no block around it. */
export type BlockRoot = Element | ShadowRoot;

export interface BlockText {
  text: string;
  nodes: Text[];
  starts: number[];
}

export function readBlock(block: BlockRoot): BlockText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let pendingBoundary = false;
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (!isElement(node)) return NodeFilter.FILTER_ACCEPT; // a text node (the walker shows no other kind)
      const el = node;
      if (el === block) return NodeFilter.FILTER_SKIP;
      if (isBlock(el) || el.tagName === 'BR') {
        pendingBoundary = true; // even a hidden block separates the text around it
        return NodeFilter.FILTER_REJECT; // a nested block is read on its own
      }
      if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = nextText(walker); n; n = nextText(walker)) {
    const data = n.data;
    if (data.length === 0) continue;
    if (pendingBoundary && length > 0) {
      parts.push(BOUNDARY);
      length += 1;
    }
    pendingBoundary = false;
    nodes.push(n);
    starts.push(length);
    // Source line breaks are layout, not sentence ends: same length, so offsets hold.
    parts.push(data.replace(LAYOUT_SPACE, ' '));
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The DOM point of a text offset; `end` picks the earlier node at a boundary between two. */
export function pointAt(bt: BlockText, offset: number, end: boolean): { node: Text; offset: number } | null {
  const { nodes, starts } = bt;
  let lo = 0;
  let hi = nodes.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!end && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  // The node's length, not its data's: in Firefox each read of .data copies the whole text out of
  // the page (about 20 ms for a 1 MB node, twice a mention).
  const local = Math.min(Math.max(offset - starts[lo], 0), node.length);
  return { node, offset: local };
}
