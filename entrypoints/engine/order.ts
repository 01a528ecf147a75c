import type { PageMention } from '../content/scanner';
import { treeOrder } from './tree-order';

/** Mentions in document order (the scanner keeps them by block, in no particular order). */
export function inDocumentOrder(mentions: PageMention[]): PageMention[] {
  const order = treeOrder(mentions.map((m) => m.range.startContainer));
  const at = (m: PageMention) => order.get(m.range.startContainer) ?? 0;
  return [...mentions].sort((a, b) => at(a) - at(b) || a.range.startOffset - b.range.startOffset);
}
