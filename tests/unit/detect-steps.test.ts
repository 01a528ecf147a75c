import { describe, expect, it } from 'vitest';
import { findMentions, mentionsInSteps } from '../../utils/detect';
import type { Mention } from '../../utils/detect/types';

// The content script reads a block in steps, letting the page run between them: a page-long block
// must pause often, whatever it holds, and read exactly as it does in one piece.

const MENTION = 'North Korean troops were sent to the Kursk region.';
const PLAIN = 'The council met on Tuesday to discuss the budget for roads and parks. ';
const page = (size: number, every: number) => {
  let text = '';
  for (let n = 0; text.length < size; n++) text += n % every === every - 1 ? MENTION + ' ' : PLAIN;
  return text;
};

function drain(steps: Generator<null, Mention[]>): { pauses: number; mentions: Mention[] } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { pauses, mentions: next.value };
    pauses++;
  }
}

describe('mentionsInSteps', () => {
  it.each([false, true])('reads as findMentions does (page context: %s)', (pageContext) => {
    const text = page(200_000, 300);
    const stepped = drain(mentionsInSteps(text, { pageContext }));
    expect(stepped.mentions).toEqual(findMentions(text, { pageContext }));
    expect(stepped.mentions.length).toBeGreaterThan(5);
  });

  it('pauses all along a page-long block read with page context, whose sentences it tries one by one', () => {
    const sentences = 14_000; // about 1 MB
    const { pauses, mentions } = drain(mentionsInSteps(page(sentences * PLAIN.length, 1400), { pageContext: true }));
    expect(mentions.length).toBe(10);
    expect(pauses).toBeGreaterThan(sentences / 300);
  });

  it('pauses between the sentences it analyses, on a block dense with mentions', () => {
    const { pauses, mentions } = drain(mentionsInSteps(page(100_000, 1)));
    expect(mentions.length).toBeGreaterThan(1500);
    expect(pauses).toBeGreaterThan(mentions.length / 5);
  });

  it('makes no pause on a short text', () => {
    expect(drain(mentionsInSteps(MENTION)).pauses).toBe(0);
  });
});
