/**
 * The corpus split, fixed before tuning: a source page belongs to the held-out part when the
 * FNV-1a hash of its URL falls in the lowest 35 of 100 buckets. Whole pages go one way, so no
 * page's wording leaks from the development part into the held-out one.
 */
export const HELD_OUT_PERCENT = 35;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function isHeldOut(url: string): boolean {
  return fnv1a(url) % 100 < HELD_OUT_PERCENT;
}
