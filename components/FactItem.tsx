import type { Fact } from '../utils/fact-sheet-types';
import { ATTRIBUTION_LABELS, CERTAINTY_LABELS } from '../utils/fact-sheet-types';
import { formatFigure } from '../utils/fact-sheet';

// One fact: the hedged statement, the article's own words, and who says it how surely.
export function FactItem({ fact, compact = false }: { fact: Fact; compact?: boolean }) {
  return (
    <li class={compact ? 'fact compact' : 'fact'} data-fact={fact.id}>
      <p class="statement">{fact.statement}</p>
      {!compact && <blockquote class="quote">“{fact.quote}”</blockquote>}
      <ul class="labels" aria-label="Source and certainty">
        <li class={`label attribution ${fact.attribution}`}>{ATTRIBUTION_LABELS[fact.attribution]}</li>
        <li class={`label certainty ${fact.certainty}`}>{CERTAINTY_LABELS[fact.certainty]}</li>
        {(fact.figures ?? []).map((f) => (
          <li class="label figure" key={`${f.kind}-${f.value}`}>
            {formatFigure(f)}
            {f.estimate ? ` (${f.estimate})` : ''}
          </li>
        ))}
      </ul>
    </li>
  );
}
