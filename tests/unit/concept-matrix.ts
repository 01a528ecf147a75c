import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

/** One language's block of a concept matrix: own sentences that must be read, and near misses that must not. */
export interface MatrixBlock {
  name: string;
  mentions: string[];
  nearMisses: string[];
}

/** Read without page context unless asked: each sentence stands alone. */
export const found = (text: string, pageContext = false) => findMentions(text, { pageContext }).length > 0;

/** Two tests a language: every mention read, every near miss left unread (the failures listed). */
export function describeMatrix(matrix: Record<string, MatrixBlock>): void {
  for (const [lang, { name, mentions, nearMisses }] of Object.entries(matrix)) {
    describe(`matrix ${lang}: ${name}`, () => {
      it('reads every concept in its usual forms', () => {
        expect(mentions.filter((s) => !found(s))).toEqual([]);
      });
      it('leaves the near misses unread', () => {
        expect(nearMisses.filter((s) => found(s))).toEqual([]);
      });
    });
  }
}

/** A sentence of a page of own sentences, and whether the page reading must take it. */
export type Line = [sentence: string, read: boolean];

/** The sentences of a page (joined by a space) whose reading with page context differs from the one expected. */
export function misread(lines: Line[]): string[] {
  const page = lines.map(([s]) => s).join(' ');
  const mentions = findMentions(page, { pageContext: true });
  const wrong: string[] = [];
  let at = 0;
  for (const [s, read] of lines) {
    const start = page.indexOf(s, at);
    const end = start + s.length;
    at = end;
    const hit = mentions.some((m) => m.sentenceStart >= start && m.sentenceStart < end);
    if (hit !== read) wrong.push(`${read ? 'missed' : 'read'}: ${s}`);
  }
  return wrong;
}
