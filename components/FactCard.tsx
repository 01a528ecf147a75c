import type { ArticleMeta, Caveat, Fact, Topic } from '../utils/fact-sheet-types';
import { FactItem } from './FactItem';
import type { Translate } from './translate';

export interface FactCardProps {
  /** The phrase on the page that opened the card. */
  phrase: string;
  topic: Topic;
  article: ArticleMeta;
  /** Facts about what the mention's sentence is about, shown in full. */
  primary: Fact[];
  /** The other facts, one line each. */
  others: Fact[];
  caveats: Caveat[];
  /** "This page: 3,000 troops. Reference article: over 11,000 (over 10,000 at first)". */
  comparisons: string[];
  /** Said when the sentence is about something the article does not cover (captives). */
  gap: string | null;
  t: Translate;
  onOpenSheet: () => void;
  onDisableSite: () => void;
  onClose: () => void;
}

const TITLE_ID = 'kc-card-title';

export function FactCard(p: FactCardProps) {
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      aria-describedby="kc-card-phrase"
      tabIndex={-1}
      dir={p.t.dir}
      lang={p.t.locale}
    >
      <header class="head">
        <h2 id={TITLE_ID}>{p.t.topic}</h2>
        <button type="button" class="close" aria-label={p.t('cardClose')} onClick={p.onClose}>
          ×
        </button>
      </header>
      <p id="kc-card-phrase" class="phrase">
        {p.t('cardOnThisPage')} <mark dir="auto">{p.phrase}</mark>
      </p>
      {p.comparisons.map((c) => (
        <p class="comparison" key={c}>
          {c}
        </p>
      ))}
      {p.gap && <p class="gap">{p.gap}</p>}
      <section aria-label={p.t('cardFacts')}>
        <ul class="facts">
          {p.primary.map((f) => (
            <FactItem fact={f} t={p.t} key={f.id} />
          ))}
        </ul>
        {p.others.length > 0 && (
          <details class="more">
            <summary>{p.t('cardMoreFacts', [p.others.length])}</summary>
            <ul class="facts">
              {p.others.map((f) => (
                <FactItem fact={f} t={p.t} key={f.id} compact />
              ))}
            </ul>
          </details>
        )}
      </section>
      {p.caveats.length > 0 && (
        <section class="caveats" aria-labelledby="kc-card-caveats">
          <h3 id="kc-card-caveats">{p.t('cardCaveats')}</h3>
          <ul>
            {p.caveats.map((c) => (
              <li key={c.id}>{p.t.caveat(c)}</li>
            ))}
          </ul>
        </section>
      )}
      <footer class="source">
        <p>
          {p.t('cardSource')}{' '}
          <cite lang="en" dir="ltr">
            {p.article.title}
          </cite>{' '}
          — {p.t('cardUndated')}
        </p>
        <p class="sources-note">{p.t.sourcesNote}</p>
        <div class="actions">
          <button type="button" onClick={p.onOpenSheet}>
            {p.t('cardOpenSheet')}
          </button>
          <button type="button" onClick={p.onDisableSite}>
            {p.t('cardDisableSite')}
          </button>
        </div>
      </footer>
    </div>
  );
}
