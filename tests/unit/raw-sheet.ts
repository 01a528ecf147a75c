import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isRecord } from '../../utils/guards';

// The fact sheet as parsed JSON, loose, so that a test can break or remove any field before the
// extension's own validator sees it. One home for the shape the sheet tests edit.

export interface RawSheet {
  facts: Array<Record<string, unknown> & { figures?: Array<Record<string, unknown>> }>;
  caveats: Array<Record<string, unknown> & { applies_to: unknown[] }>;
  article: Record<string, unknown>;
  [k: string]: unknown;
}

/** The sheet's file, as the extension ships it. */
export const sheetText = readFileSync(fileURLToPath(new URL('../../assets/fact-sheet.json', import.meta.url)), 'utf8');

const isRawFact = (f: unknown) => isRecord(f) && (f.figures === undefined || (Array.isArray(f.figures) && f.figures.every(isRecord)));
const isRawCaveat = (c: unknown) => isRecord(c) && Array.isArray(c.applies_to);
const isRawSheet = (v: unknown): v is RawSheet =>
  isRecord(v) &&
  Array.isArray(v.facts) &&
  v.facts.every(isRawFact) &&
  Array.isArray(v.caveats) &&
  v.caveats.every(isRawCaveat) &&
  isRecord(v.article);

/** A fresh copy of assets/fact-sheet.json's JSON. */
export function parseRawSheet(): RawSheet {
  const v: unknown = JSON.parse(sheetText);
  if (!isRawSheet(v)) throw new Error('assets/fact-sheet.json: not the shape these tests break');
  return v;
}

/** Drop the facts `gone` picks, and every caveat's pointer at them (so the sheet stays valid). */
export function dropFacts(s: RawSheet, gone: (fact: Record<string, unknown>) => boolean): void {
  const ids = new Set(s.facts.filter(gone).map((f) => f.id));
  s.facts = s.facts.filter((f) => !ids.has(f.id));
  for (const c of s.caveats) c.applies_to = c.applies_to.filter((id) => !ids.has(id));
}
