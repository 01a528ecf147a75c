import { describe, expect, it } from 'vitest';
import { cardContent } from '../../utils/card-content';
import type { PageFigure } from '../../utils/detect/types';
import { factSheet } from '../../utils/fact-sheet';

const figure = (value: number, kind: PageFigure['kind'], vague = false): PageFigure => ({
  value,
  kind,
  vague,
  text: String(value),
  start: 0,
  end: 1,
  qualifier: null,
});

describe('cardContent', () => {
  it('leads with the facts that answer what the sentence is about, and keeps every other fact', () => {
    const c = cardContent({ aspect: 'casualties', figures: [] });
    expect(c.primary.length).toBeGreaterThan(0);
    expect(c.primary.every((f) => f.aspect === 'casualties' || f.aspect === 'readiness')).toBe(true);
    expect(c.primary.length + c.others.length).toBe(factSheet.facts.length);
    expect(new Set([...c.primary, ...c.others].map((f) => f.id)).size).toBe(factSheet.facts.length);
  });

  it('shows the caveats of what it shows', () => {
    const c = cardContent({ aspect: 'numbers', figures: [] });
    const shown = new Set(c.primary.map((f) => f.id));
    expect(c.caveats.length).toBeGreaterThan(0);
    for (const caveat of c.caveats) expect(caveat.applies_to.some((id) => shown.has(id))).toBe(true);
    // The two troop figures of the article differ, and the card says so where it shows them.
    expect(c.caveats.map((x) => x.text).join(' ')).toMatch(/10,000/);
  });

  it("sets the page's figures beside the article's, and skips vague or incomparable ones", () => {
    const c = cardContent({
      aspect: 'numbers',
      figures: [figure(3000, 'troops'), figure(3000, 'troops'), figure(1000, 'troops', true), figure(12, 'captured')],
    });
    expect(c.comparisons).toEqual(['This page: 3,000 troops. Reference article: over 11,000 (over 10,000 at first)']);
    const killed = cardContent({ aspect: 'casualties', figures: [figure(40, 'killed')] });
    expect(killed.comparisons[0]).toMatch(/^This page: 40 killed\. Reference article: over 100/);
  });

  it('says so when the article does not cover what the sentence is about', () => {
    const c = cardContent({ aspect: 'captives', figures: [] });
    expect(c.gap).toMatch(/does not mention captured/);
    expect(c.primary.length).toBeGreaterThan(0);
    expect(cardContent({ aspect: 'numbers', figures: [] }).gap).toBeNull();
  });
});
