import type { AspectCount } from '../../utils/messages';
import type { PageMention } from './scanner';
import { treeOrder } from './tree-order';

// What leaves the frame for the badge and the popup: counts by aspect, never page text,
// except the short snippets the popup asks for while it is open.
export function countByAspect(mentions: PageMention[]): AspectCount[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.mention.aspect, (counts.get(m.mention.aspect) ?? 0) + 1);
  return [...counts].map(([aspect, count]) => ({ aspect, count }));
}

/** Mentions in document order (the scanner keeps them by block, in no particular order). */
export function inDocumentOrder(mentions: PageMention[]): PageMention[] {
  const order = treeOrder(mentions.map((m) => m.range.startContainer));
  const at = (m: PageMention) => order.get(m.range.startContainer) ?? 0;
  return [...mentions].sort((a, b) => at(a) - at(b) || a.range.startOffset - b.range.startOffset);
}
