import type { Fact } from '../utils/fact-sheet-types';
import type { Translate } from './translate';

// One fact: the hedged statement in the reader's language, the article's own (English) words,
// their translation labelled as ours, and who says it how surely.
export function FactItem({ fact, t, compact = false, target = false }: { fact: Fact; t: Translate; compact?: boolean; target?: boolean }) {
  const translation = compact ? null : t.quoteTranslation(fact);
  return (
    // The fact a key figure leads to takes the focus (so it is read out and scrolled to).
    <li class={compact ? 'fact compact' : 'fact'} data-fact={fact.id} {...(target ? { tabIndex: -1, 'data-target': '' } : {})}>
      <p class="statement">{t.statement(fact)}</p>
      {!compact && (
        <figure class="quote-pair">
          {translation !== null && <figcaption class="quote-label">{t('quoteOriginal')}</figcaption>}
          {/* The article's words stay English and left to right, also inside a right-to-left card. */}
          <blockquote class="quote" lang="en" dir="ltr">
            “{fact.quote}”
          </blockquote>
          {translation !== null && (
            <p class="quote-translation" data-translation>
              <span class="quote-label">{t('quoteTranslation')}</span> {translation}
            </p>
          )}
        </figure>
      )}
      <ul class="labels" aria-label={t('factLabels')}>
        <li class={`label attribution ${fact.attribution}`}>{t.attribution(fact.attribution)}</li>
        <li class={`label certainty ${fact.certainty}`}>{t.certainty(fact.certainty)}</li>
        {(fact.figures ?? []).map((f) => (
          <li class="label figure" key={`${f.kind}-${f.value}`}>
            {t.figure(f)}
          </li>
        ))}
      </ul>
    </li>
  );
}
