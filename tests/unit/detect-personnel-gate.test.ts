import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findMentions } from '../../utils/detect';
import { analyzeUnnamed } from '../../utils/detect/analyze';
import { LEXICONS } from '../../utils/detect/lexicon/index';
import { fateGate, pageGates, personnelGate, personnelGateOf } from '../../utils/detect/personnel-gate';
import { personnelGateSources, requiredAlternatives } from '../../utils/detect/prefilter-build';

const buildPersonnelGate = (terms: string[]) => personnelGateOf(personnelGateSources(terms));
const mayHoldFate = (text: string) => fateGate(text)(0, text.length);
import { isRecord } from '../../utils/guards';

const mayHoldPersonnel = (text: string) => personnelGate(text)(0, text.length);
import { splitSentences } from '../../utils/detect/sentences';

// The gate only spares work: wherever analyzeUnnamed finds a personnel word, the gate must let
// the sentence through, or page context would lose a mention.

const DATA_DIR = resolve(__dirname, '../corpus/data');

function corpusSentences(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(DATA_DIR, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row: unknown = JSON.parse(line);
      if (!isRecord(row) || typeof row.text !== 'string') continue;
      const { text } = row;
      out.push(text, ...splitSentences(text).map(([s, e]) => text.slice(s, e)));
    }
  }
  return out;
}

describe('personnel gate', () => {
  it('lets through every corpus sentence that analyzeUnnamed takes, in any letter case', () => {
    let taken = 0;
    for (const s of corpusSentences()) {
      for (const variant of [s, s.toUpperCase()]) {
        if (!analyzeUnnamed(variant)) continue;
        taken++;
        expect(mayHoldPersonnel(variant), variant).toBe(true);
      }
    }
    expect(taken).toBeGreaterThan(100); // the check above ran on real cases
  });

  it('lets through every plain personnel word of every language', () => {
    for (const l of LEXICONS) {
      for (const term of l.pers) {
        if (/[\\[\](){}|?*+.^$~]/.test(term)) continue; // patterns: covered by the corpus case
        expect(mayHoldPersonnel(`Text before ${term} and after.`), `${l.lang}: ${term}`).toBe(true);
      }
    }
  });

  it('lets through a sentence where "he" stands beside his fate, which no other gate may take', () => {
    for (const s of [
      'He later died of his wounds.',
      'Он скончался от ран.',
      'Hij raakte zwaar gewond.',
      '他在审讯中说了这些。',
      'He was sent to Kursk.',
    ]) {
      expect(mayHoldFate(s), s).toBe(true);
      expect(analyzeUnnamed(s), s).not.toBeNull();
    }
    expect(mayHoldFate('He praised the minister for the budget.')).toBe(false);
  });

  it('stops text without any personnel word, and reads the parts of a text', () => {
    expect(mayHoldPersonnel('The council met on Tuesday to discuss the budget for roads.')).toBe(false);
    const text = 'The council met. The SOLDIERS left. İstanbul’s troops.';
    const parts = personnelGate(text);
    expect([parts(0, 16), parts(17, 35)]).toEqual([false, true]);
    const dotted = personnelGate(text.slice(36)); // "İ" folds to two characters
    expect([dotted(0, 9), dotted(0, text.length - 36)]).toEqual([false, true]);
  });

  it('stays on, and exact, when a term has no usable literal piece (it was silently off)', () => {
    // every piece of "(?:soldat|krieger)(?:en|innen)" is inside a group; here no piece is usable
    const whole = (terms: string[]) => personnelGateOf(personnelGateSources(terms, (piece) => piece.length >= 8));
    const g = whole(['infantrymen', '(?:soldat|krieger)(?:en|innen)$']);
    expect(g.pieces).not.toBeNull();
    expect(g.pieceless).not.toBeNull();
    const pass = (text: string) => personnelGate(text, g)(0, text.length);
    expect(pass('Die KRIEGEREN kamen.')).toBe(true);
    expect(pass('The INFANTRYMEN came.')).toBe(true);
    expect(pass('Die Krieger kamen.')).toBe(false);
    expect(pass('The council met on Tuesday.')).toBe(false);
    // only pieceless terms: the gate is their patterns alone
    const only = whole(['(?:soldat|krieger)(?:en|innen)$']);
    expect(only.pieces).toBeNull();
    expect(personnelGate('Soldaten', only)(0, 8)).toBe(true);
    expect(personnelGate('Soldat', only)(0, 6)).toBe(false);
  });

  it('scans for the alternatives of a group every match goes through, where the term has no piece of its own', () => {
    expect(requiredAlternatives('(?:was|been) (?:(?:badly|lightly) )?(?:captured|wounded)$')).toEqual(['captured', 'wounded']);
    expect(requiredAlternatives('(?:скончался|умер) от ран')).toEqual(['скончался', 'умер']);
    expect(requiredAlternatives('(?:a|b)? [0-9]+')).toBeNull(); // an optional group, a class
    expect(requiredAlternatives('(?<=(?:a|b) )x')).toBeNull(); // a look-behind is no part of the match
    const g = buildPersonnelGate(['(?:was|been) (?:captured|wounded)$']);
    expect(g.pieceless).toBeNull();
    const pass = (text: string) => personnelGate(text, g)(0, text.length);
    expect(pass('He was WOUNDED near Sudzha.')).toBe(true);
    expect(pass('He had been captured.')).toBe(true);
    expect(pass('He was here on Tuesday.')).toBe(false);
  });

  it('answers as each gate alone when one fold serves both (pageGates)', () => {
    for (const text of ['The council met. He was captured near Sudzha. The SOLDIERS left.', 'İstanbul: he was WOUNDED; troops left.']) {
      const both = pageGates(text);
      const [personnel, fate] = [personnelGate(text), fateGate(text)];
      for (let a = 0; a < text.length; a += 7) {
        for (const b of [a + 12, a + 30, text.length]) {
          expect(both.personnel(a, b), `${text} ${a}-${b}`).toBe(personnel(a, b));
          expect(both.fate(a, b), `${text} ${a}-${b}`).toBe(fate(a, b));
        }
      }
      expect([both.personnel(0, text.length), both.fate(0, text.length)]).toEqual([true, true]);
    }
  });

  it('keeps the unnamed mention of a long block about the topic', () => {
    const filler = 'The council met on Tuesday to discuss the budget for roads and parks. '.repeat(2000);
    const text = `${filler}North Korean troops were sent to the Kursk region. ${filler}The soldiers were ordered to fight in Kursk. ${filler}`;
    const found = findMentions(text, { pageContext: true }).map((m) => m.text);
    expect(found).toEqual(['North Korean troops', 'soldiers']);
  });
});
