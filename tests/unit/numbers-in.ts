// The numbers a text states, for comparing a translation with the English (tests only).

/** The number values in a text, whatever the locale's digits and grouping ("11,000", "11.000", "11 000", "١١٬٠٠٠"). */
export function numbersIn(text: string): number[] {
  const ascii = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  return [...ascii.matchAll(/\d{1,3}(?:[,.\u00a0\u202f\u066c ]\d{3})+(?!\d)|\d+/g)].map((m) => Number(m[0].replace(/\D/g, ''))).sort((a, b) => a - b);
}
