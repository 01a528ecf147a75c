// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactSheetView } from '../../components/FactSheetView';
import { factSheet, factsByAspect } from '../../utils/fact-sheet';
import { ATTRIBUTION_LABELS, CERTAINTY_LABELS } from '../../utils/fact-sheet-types';
import { lookup } from './en-messages';

const t = lookup('en');
afterEach(cleanup);

function show(onOpenTab?: () => void) {
  return render(
    <FactSheetView
      article={factSheet.article}
      title={factSheet.topic.name}
      groups={factsByAspect()}
      caveats={factSheet.caveats}
      t={t}
      onOpenTab={onOpenTab}
    />,
  );
}

describe('FactSheetView', () => {
  it('shows every fact, with its quote, attribution and certainty, once', () => {
    const { container } = show();
    const items = container.querySelectorAll('li.fact');
    expect(items).toHaveLength(factSheet.facts.length);
    for (const fact of factSheet.facts) {
      const item = container.querySelector(`[data-fact="${fact.id}"]`);
      expect(item, fact.id).not.toBeNull();
      expect(item!.querySelector('.quote')?.textContent).toBe(`“${fact.quote}”`);
      expect(item!.textContent).toContain(ATTRIBUTION_LABELS[fact.attribution]);
      expect(item!.textContent).toContain(CERTAINTY_LABELS[fact.certainty]);
    }
  });

  it('groups the facts under their aspect, in the sheet order', () => {
    const { container } = show();
    const groups = [...container.querySelectorAll('section.sheet-group')];
    expect(groups.map((g) => g.getAttribute('data-aspect'))).toEqual(factsByAspect().map((g) => g.aspect));
    for (const g of groups) {
      const aspect = g.getAttribute('data-aspect');
      for (const li of g.querySelectorAll('li.fact')) {
        expect(factSheet.facts.find((f) => f.id === li.getAttribute('data-fact'))?.aspect).toBe(aspect);
      }
    }
    expect(screen.getByRole('heading', { name: 'Troop numbers' })).toBeTruthy();
  });

  it('keeps the figures with their qualifier', () => {
    const { container } = show();
    const figures = [...container.querySelectorAll('.label.figure')].map((f) => f.textContent);
    expect(figures).toContain('over 11,000 troops (later figure)');
    expect(figures).toContain('over 10,000 troops (initial estimate)');
  });

  it('shows every caveat and what it applies to', () => {
    const { container } = show();
    const shown = [...container.querySelectorAll('[data-caveat]')];
    expect(shown.map((c) => c.getAttribute('data-caveat'))).toEqual(factSheet.caveats.map((c) => c.id));
    for (const c of factSheet.caveats) {
      expect(container.querySelector(`[data-caveat="${c.id}"]`)?.textContent).toContain(c.text);
    }
    const early = container.querySelector('[data-caveat="casualties-early"] .applies');
    expect(early?.textContent).toBe('Applies to: Casualties');
    expect(container.querySelector('[data-caveat="no-date-byline-sources"] .applies')?.textContent).toBe('Applies to every fact');
  });

  it('names the source as it is: title, undated, no byline, no named sources, and no invented link', () => {
    const { container } = show();
    const source = container.querySelector('.sheet-source')!;
    expect(source.querySelector('cite')?.textContent).toBe(factSheet.article.title);
    expect(source.textContent).toContain('undated, no byline');
    expect(source.textContent).toContain(factSheet.article.sources_note);
    expect(container.querySelector('a[href]')).toBeNull();
    expect(container.querySelector('time')).toBeNull();
  });

  it('offers to open the sheet in a tab only when asked to', () => {
    show();
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    const onOpenTab = vi.fn();
    show(onOpenTab);
    fireEvent.click(screen.getByRole('button', { name: 'Open the fact sheet in a tab' }));
    expect(onOpenTab).toHaveBeenCalledTimes(1);
  });
});
