import { isText, nextText } from '../../entrypoints/content/node-kind';

/** The node, which the test's own markup makes a text node. */
export function asText(node: Node | null | undefined): Text {
  if (!node || !isText(node)) throw new Error(`expected a text node, got ${node?.nodeName ?? 'nothing'}`);
  return node;
}

/** Every text node under the root, in document order. */
export function textNodesUnder(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = nextText(walker); n; n = nextText(walker)) out.push(n);
  return out;
}
