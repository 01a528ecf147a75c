import type { PageMention } from '../content/scanner';

// Which mention is under the pointer: the caret position at the point gives a text node and
// offset; the mention's own line boxes confirm the pointer is really on its text.
export interface Hit {
  mention: PageMention;
  rect: DOMRect;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function rectUnder(range: Range, x: number, y: number, slack = 1): DOMRect | null {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) {
      return rect;
    }
  }
  return null;
}

export function hitTest(doc: Document, x: number, y: number, find: (node: Node, offset: number) => PageMention | null): Hit | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  // The caret may sit just after the last character of a mention.
  const mention = find(caret.node, caret.offset) ?? (caret.offset > 0 ? find(caret.node, caret.offset - 1) : null);
  if (!mention) return null;
  const rect = rectUnder(mention.range, x, y);
  return rect ? { mention, rect } : null;
}

/** Where to anchor a card opened from the keyboard: the mention's first line box. */
export function firstRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length ? rects[0] : range.getBoundingClientRect();
}
