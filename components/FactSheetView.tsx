import { useEffect, useRef } from 'preact/hooks';
import type { ArticleMeta, Aspect, Caveat, Fact } from '../utils/fact-sheet-types';
import type { SheetTarget } from '../utils/key-figures';
import { aspectLabel } from './aspect-label';
import { FactItem } from './FactItem';
import type { Translate } from './translate';

export interface FactSheetViewProps {
  article: ArticleMeta;
  /** The topic's name, as the sheet's title. */
  title: string;
  groups: Array<{ aspect: Aspect; facts: Fact[] }>;
  caveats: Caveat[];
  t: Translate;
  /** Shown in the popup only: the sheet in a tab of its own. */
  onOpenTab?: () => void;
  /** The heading level of the title: 1 when the sheet is the whole page. */
  level?: 1 | 2;
  /** A fact, caveat or the source to focus and scroll to on opening (a key figure's). */
  focus?: SheetTarget | null;
}

const asTarget = (on: boolean) => (on ? { tabIndex: -1, 'data-target': '' } : {});

// The whole fact sheet: every fact by aspect, every caveat, and what the source is — and is not.
export function FactSheetView(p: FactSheetViewProps) {
  const { t } = p;
  const Title = p.level === 1 ? 'h1' : 'h2';
  const Group = p.level === 1 ? 'h2' : 'h3';
  const aspectsOf = aspectIndex(p.groups);
  const allAspects = p.groups.length;
  const root = useRef<HTMLElement>(null);
  const focus = p.focus ?? null;
  useEffect(() => {
    const el = root.current?.querySelector<HTMLElement>('[data-target]');
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  }, [focus]);
  return (
    <article class="sheet" aria-labelledby="kc-sheet-title" ref={root}>
      <Title id="kc-sheet-title" class="sheet-title">
        {p.title}
      </Title>
      <p class="hint">{t('sheetIntro')}</p>
      {p.onOpenTab && (
        <button type="button" class="link-button" onClick={p.onOpenTab}>
          {t('sheetOpenTab')}
        </button>
      )}
      {p.groups.map((g) => (
        <section class="sheet-group" key={g.aspect} data-aspect={g.aspect} aria-labelledby={`kc-aspect-${g.aspect}`}>
          <Group id={`kc-aspect-${g.aspect}`}>{aspectLabel(t, g.aspect)}</Group>
          <ul class="facts">
            {g.facts.map((f) => (
              <FactItem fact={f} t={t} key={f.id} target={focus?.kind === 'fact' && focus.id === f.id} />
            ))}
          </ul>
        </section>
      ))}
      {p.caveats.length > 0 && (
        <section class="caveats" aria-labelledby="kc-sheet-caveats">
          <Group id="kc-sheet-caveats">{t('cardCaveats')}</Group>
          <ul>
            {p.caveats.map((c) => {
              const aspects = [...new Set(c.applies_to.map((id) => aspectsOf.get(id)).filter((a): a is Aspect => !!a))];
              return (
                <li key={c.id} data-caveat={c.id} {...asTarget(focus?.kind === 'caveat' && focus.id === c.id)}>
                  <span>{t.caveat(c)}</span>
                  <span class="applies">
                    {aspects.length >= allAspects ? t('sheetAppliesToAll') : t('sheetAppliesTo', [aspects.map((a) => aspectLabel(t, a)).join(', ')])}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <footer class="sheet-source" {...asTarget(focus?.kind === 'source')}>
        <p>
          {t('cardSource')}{' '}
          <cite lang="en" dir="ltr">
            {p.article.title}
          </cite>{' '}
          — {t('cardUndated')}
        </p>
        <p>{t.sourcesNote}</p>
        <p class="hint">{t('sheetSourceNone')}</p>
      </footer>
    </article>
  );
}

function aspectIndex(groups: FactSheetViewProps['groups']): Map<string, Aspect> {
  const index = new Map<string, Aspect>();
  for (const g of groups) for (const f of g.facts) index.set(f.id, g.aspect);
  return index;
}
