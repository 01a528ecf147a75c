import type { ComponentChildren } from 'preact';
import { aspectLabel } from './aspect-label';
import { MentionList } from './MentionList';
import type { PageState } from './page-state';
import type { Translate } from './translate';

export interface PageSummaryProps {
  state: PageState;
  t: Translate;
  onFocus: (index: number) => void;
  onTurnOn: () => void;
  onTurnOnSite: (host: string) => void;
  onGrantAccess: () => void;
  onOpenSettings: () => void;
  /** The reference article's key figures: shown under the page's summary, above its list, so both fit the first view. */
  reference?: ComponentChildren;
}

// "This page": how many mentions, what about, and a way to each; or, honestly, why there are none.
export function PageSummary(p: PageSummaryProps) {
  const { state, t } = p;
  switch (state.kind) {
    case 'loading':
      return (
        <p class="notice" role="status">
          {t('pageLoading')}
        </p>
      );
    case 'unavailable':
      return (
        <Notice kind="unavailable" title={t('pageUnavailable')}>
          <p>{t('pageUnavailableWhy')}</p>
        </Notice>
      );
    case 'no-access':
      return (
        <Notice kind="no-access" title={t('pageNoAccess')}>
          <p>{t('pageNoAccessWhy')}</p>
          <button type="button" class="primary" onClick={p.onGrantAccess}>
            {t('pageGrantAccess')}
          </button>
        </Notice>
      );
    case 'off-everywhere':
      return (
        <Notice kind="off-everywhere" title={t('pageOffEverywhere')}>
          <button type="button" class="primary" onClick={p.onTurnOn}>
            {t('pageTurnOn')}
          </button>
        </Notice>
      );
    case 'off-site': {
      const host = state.host;
      return (
        <Notice kind="off-site" title={t('pageOffSite')}>
          {host ? (
            <button type="button" class="primary" onClick={() => p.onTurnOnSite(host)}>
              {t('pageTurnOnSite', [host])}
            </button>
          ) : (
            <>
              <p>{t('pageOffSiteUnknown')}</p>
              <button type="button" onClick={p.onOpenSettings}>
                {t('popupTabSettings')}
              </button>
            </>
          )}
        </Notice>
      );
    }
    case 'ready':
      break;
  }
  // The badge counts every frame; the list can only show the top frame's mentions.
  const total = Math.max(state.total, state.mentions.length);
  if (total === 0) {
    return (
      <>
        <Notice kind="none" title={t('pageNone')}>
          <p>{t('pageNoneHint')}</p>
        </Notice>
        {p.reference}
      </>
    );
  }
  const elsewhere = total - state.mentions.length;
  return (
    <div class="page-summary" data-state="ready">
      <p class="count" data-count={total}>
        {t('pageCount', [String(total)])}
      </p>
      {state.byAspect.length > 0 && (
        <section aria-labelledby="kc-by-aspect">
          <h2 id="kc-by-aspect" class="sub">
            {t('pageByAspect')}
          </h2>
          <ul class="aspects">
            {state.byAspect.map((a) => (
              <li key={a.aspect} data-aspect={a.aspect}>
                <span>{aspectLabel(t, a.aspect)}</span> <span class="n">{a.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.reference}
      {state.mentions.length > 0 && (
        <section aria-labelledby="kc-mention-list">
          <h2 id="kc-mention-list" class="sub">
            {t('pageListHeading')}
          </h2>
          <p class="hint">{t('pageListHint')}</p>
          <MentionList mentions={state.mentions} t={t} onFocus={p.onFocus} />
        </section>
      )}
      {elsewhere > 0 && <p class="hint frames">{t('pageInFrames', [String(elsewhere)])}</p>}
    </div>
  );
}

function Notice({ kind, title, children }: { kind: string; title: string; children?: ComponentChildren }) {
  return (
    <div class="notice" data-state={kind}>
      <p class="notice-title">{title}</p>
      {children}
    </div>
  );
}
