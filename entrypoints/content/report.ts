import type { AspectCount } from '../../utils/messages';
import type { PageMention } from './scanner';

// What leaves the frame for the badge and the popup: counts by aspect, never page text,
// except the short snippets the popup asks for while it is open.
export function countByAspect(mentions: PageMention[]): AspectCount[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.mention.aspect, (counts.get(m.mention.aspect) ?? 0) + 1);
  return [...counts].map(([aspect, count]) => ({ aspect, count }));
}
