import { PageScanner, type Detector, type PageMention } from '../../entrypoints/content/scanner';

// Shared by the scanner's DOM tests: start a scanner that keeps the live set of mentions its
// events describe, and wait until it has nothing left to do.

export async function settled(s: PageScanner, timeoutMs = 10_000): Promise<void> {
  // Generous: CI machines are shared; a scanner that never settles still fails.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
    if (!s.busy) return;
  }
  throw new Error('scanner never settled');
}

export function tracked(detector: Detector): { live: Set<PageMention>; s: PageScanner } {
  const live = new Set<PageMention>();
  const s = new PageScanner(document, detector, {
    changed(added, removed) {
      for (const m of removed) live.delete(m);
      for (const m of added) live.add(m);
    },
    error(e) {
      throw e;
    },
  });
  s.start();
  return { live, s };
}
