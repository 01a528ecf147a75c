import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';

/** One language's block of a concept matrix: own sentences that must be read, and near misses that must not. */
export interface MatrixBlock {
  name: string;
  mentions: string[];
  nearMisses: string[];
}

/** Read without page context: each sentence stands alone. */
export const found = (text: string) => findMentions(text, { pageContext: false }).length > 0;

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
