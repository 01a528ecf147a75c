import { Fragment } from 'preact';
import type { KeyPart, KeyRow, KeyRowId, KeyValue, Marker, SheetTarget } from '../utils/key-figures';
import type { UiKey } from '../utils/i18n/catalog';
import type { Translate } from './translate';

// The reference article's key figures in five rows, each as the sheet words it with the label
// that says how firm it is; a row opens its fact (or caveat, or the source) in the fact sheet.

const LABEL: Record<KeyRowId, UiKey> = {
  troops: 'keyTroops',
  where: 'keyWhere',
  losses: 'keyLosses',
  since: 'keySince',
  unconfirmed: 'keyUnconfirmed',
};

function valueText(t: Translate, v: KeyValue): string {
  switch (v.kind) {
    case 'figure':
      return t.figure(v.figure);
    case 'place':
      return t.place(v.fact) ?? t.statement(v.fact);
    case 'statement':
      return t.statement(v.fact);
    case 'caveat':
      return t.caveat(v.caveat);
    case 'undated':
      return t('keyUndated');
    case 'unsaid':
      return t('keyUnsaid');
  }
}

function markerText(t: Translate, m: Marker): string {
  return m.kind === 'certainty' ? t.certainty(m.value) : t.attribution(m.value);
}

function Part({ part, t }: { part: KeyPart; t: Translate }) {
  const said = part.values.map((v) => valueText(t, v)).join(t('listSeparator'));
  return (
    <span class="key-part">
      <span class="key-text">{part.early ? t('compareEarly', [said]) : said}</span>
      {part.markers.map((m) => (
        <span class={`key-marker ${m.kind} ${m.value}`} key={`${m.kind}-${m.value}`}>
          {markerText(t, m)}
        </span>
      ))}
    </span>
  );
}

export function KeyFigures({ rows, t, onOpen }: { rows: KeyRow[]; t: Translate; onOpen: (target: SheetTarget) => void }) {
  return (
    <section class="key-figures" aria-labelledby="kc-key-figures">
      <h2 id="kc-key-figures" class="sub">
        {t('keyHeading')}
      </h2>
      <ul class="key-rows">
        {rows.map((row) => (
          <li key={row.id}>
            <button type="button" class="key-row" data-key={row.id} onClick={() => onOpen(row.target)}>
              <span class="key-label">{t(LABEL[row.id])}</span>
              <span class="key-value">
                {row.parts.map((p, i) => (
                  <Fragment key={i}>
                    {i > 0 && t('listSeparator')}
                    <Part part={p} t={t} />
                  </Fragment>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
