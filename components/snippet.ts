// The content script sends up to 80 characters of the sentence on each side of a phrase,
// cut mid-word when the sentence is longer. Here they become readable: one line, whole
// words, and an ellipsis where the sentence goes on.
const CUT = 80;

function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ');
}

export function snippetBefore(before: string): string {
  const text = oneLine(before);
  if (before.length < CUT) return text.trimStart();
  const space = text.indexOf(' ');
  return '…' + (space >= 0 ? text.slice(space + 1) : text);
}

export function snippetAfter(after: string): string {
  const text = oneLine(after);
  if (after.length < CUT) return text.trimEnd();
  const space = text.lastIndexOf(' ');
  return (space > 0 ? text.slice(0, space) : text) + '…';
}
