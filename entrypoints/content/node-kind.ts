// Type guards by node type, not instanceof: the page's nodes and ours come from different worlds.
// `type`: the node's nodeType when the caller has read it already (each DOM read crosses into the browser).
const ELEMENT = 1; // Node.ELEMENT_NODE
const TEXT = 3; // Node.TEXT_NODE
const CDATA = 4; // Node.CDATA_SECTION_NODE
const DOCUMENT = 9; // Node.DOCUMENT_NODE

export function isElement(node: Node, type = node.nodeType): node is Element {
  return type === ELEMENT;
}

export function isText(node: Node, type = node.nodeType): node is Text {
  return type === TEXT;
}

/** A text node or a CDATA section (a CDATASection is a Text). */
export function isTextOrCData(node: Node, type = node.nodeType): node is Text {
  return type === TEXT || type === CDATA;
}

export function isDocument(node: Node): node is Document {
  return node.nodeType === DOCUMENT;
}

// A walker's whatToShow (and filter) vouch for the type of what it returns; checking the type
// again would cost a DOM read per node on paths walked node by node.
/** The next node of a walker that shows text nodes (and CDATA sections) only. */
export function nextText(walker: TreeWalker): Text | null {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the walker returns text nodes only
  return walker.nextNode() as Text | null;
}

/** The next node of a walker that shows elements only. */
export function nextElement(walker: TreeWalker): Element | null {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the walker returns elements only
  return walker.nextNode() as Element | null;
}
