import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findMentions } from '../../utils/detect';
import { isRecord } from '../../utils/guards';

/**
 * Corpus evaluation of the detector: a sentence is predicted a mention when findMentions finds
 * anything in it (without page context). Prints precision and recall per language and overall,
 * and how often the highlighted span overlaps the labelled phrase.
 */

interface Row {
  text: string;
  label: 0 | 1;
  lang: string;
  kind?: string;
  phrase?: string;
  source: string;
}

const ROOT = resolve(__dirname, '../..');
const DATA_DIR = join(ROOT, 'tests/corpus/data');
const STARTER = join(ROOT, 'tests/corpus/starter/sentences.jsonl');

function readJsonl(path: string, source: string): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r: unknown = JSON.parse(line);
      if (isRecord(r) && typeof r.text === 'string' && (r.label === 0 || r.label === 1)) {
        const { kind, phrase } = r;
        rows.push({
          ...r,
          text: r.text,
          label: r.label,
          lang: typeof r.lang === 'string' ? r.lang : '?',
          kind: typeof kind === 'string' ? kind : undefined,
          phrase: typeof phrase === 'string' ? phrase : undefined,
          source,
        });
      }
    } catch {
      // a line being written by another tool: skip it
    }
  }
  return rows;
}

function loadCorpus(): Row[] {
  const rows: Row[] = [];
  if (existsSync(DATA_DIR)) {
    for (const f of readdirSync(DATA_DIR).sort()) if (f.endsWith('.jsonl')) rows.push(...readJsonl(join(DATA_DIR, f), f));
  }
  if (existsSync(STARTER)) rows.push(...readJsonl(STARTER, 'starter'));
  return rows;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  spans: number;
  spanHits: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

describe('detector quality on the labelled corpus', () => {
  const rows = loadCorpus();

  it('has a corpus to evaluate', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('reaches precision >= 0.97 and recall >= 0.95 overall', () => {
    const byLang = new Map<string, Tally>();
    const errors: string[] = [];
    const total: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, spans: 0, spanHits: 0 };
    for (const r of rows) {
      const mentions = findMentions(r.text);
      const predicted = mentions.length > 0;
      const t = byLang.get(r.lang) ?? { tp: 0, fp: 0, fn: 0, tn: 0, spans: 0, spanHits: 0 };
      byLang.set(r.lang, t);
      for (const x of [t, total]) {
        if (r.label === 1 && predicted) x.tp++;
        else if (r.label === 1) x.fn++;
        else if (predicted) x.fp++;
        else x.tn++;
      }
      if (r.label === 1 && predicted && r.phrase) {
        const at = r.text.indexOf(r.phrase);
        if (at >= 0) {
          const hit = mentions.some((m) => m.start < at + r.phrase!.length && m.end > at);
          for (const x of [t, total]) {
            x.spans++;
            if (hit) x.spanHits++;
          }
        }
      }
      if (predicted !== (r.label === 1)) {
        const shown = mentions.map((m) => `[${m.text}]`).join(' ');
        errors.push(`${r.label ? 'FN' : 'FP'} ${r.lang} ${r.kind ?? ''} ${JSON.stringify(r.text)} ${shown}`);
      }
    }
    const lines = ['lang       n     P      R   span', '---------------------------------'];
    for (const [lang, t] of [...byLang.entries()].sort()) {
      const n = t.tp + t.fp + t.fn + t.tn;
      lines.push(
        `${lang.padEnd(6)} ${String(n).padStart(5)} ${pct(ratio(t.tp, t.tp + t.fp))} ${pct(ratio(t.tp, t.tp + t.fn))} ${pct(ratio(t.spanHits, t.spans))}`,
      );
    }
    const n = rows.length;
    const precision = ratio(total.tp, total.tp + total.fp);
    const recall = ratio(total.tp, total.tp + total.fn);
    lines.push('---------------------------------');
    lines.push(`${'all'.padEnd(6)} ${String(n).padStart(5)} ${pct(precision)} ${pct(recall)} ${pct(ratio(total.spanHits, total.spans))}`);
    console.log(lines.join('\n'));
    if (errors.length) console.log(`misclassified (${errors.length}):\n` + errors.slice(0, 400).join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
