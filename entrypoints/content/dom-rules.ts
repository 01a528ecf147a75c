// Which parts of a page we read, and how its text falls into blocks.
import { isElement } from './node-kind';

// Never read: code, styles, hidden templates, and anything the user edits (we must not
// decorate what they are typing).
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
]);

// Elements that start a new block of text: their text is never joined with their neighbours'.
// Everything else (b, a, span, custom elements...) is inline and joins its neighbours.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
  'LABEL',
  'OPTGROUP',
]);

export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  // contenteditable="false" inside an editor is still the editor's; any value but "false" edits.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** True when the node is, or sits inside, something we never read (an editor, a script...). */
export function insideSkipped(node: Node, root: Node): boolean {
  const start = isElement(node) ? node : node.parentElement;
  for (let el = start; el && el !== root; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** The block (element or shadow root) whose text the node's text belongs to. */
export function blockOf(node: Node): Element | ShadowRoot | null {
  let el = isElement(node) ? node : node.parentElement;
  if (!el) return isShadowRoot(node.parentNode) ? node.parentNode : null;
  for (;;) {
    if (isBlock(el)) return el;
    const parent: Element | null = el.parentElement;
    if (!parent) return isShadowRoot(el.parentNode) ? el.parentNode : el;
    el = parent;
  }
}

// By node type, not instanceof: the page's objects and ours come from different worlds.
export function isShadowRoot(node: Node | null): node is ShadowRoot {
  return node !== null && node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node && node.host != null;
}
