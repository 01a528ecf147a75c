import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { FactSheetView } from '../../components/FactSheetView';
import { KeyFigures } from '../../components/KeyFigures';
import type { PageState } from '../../components/page-state';
import { PageSummary } from '../../components/PageSummary';
import { PopupTabs } from '../../components/PopupTabs';
import { SettingsPanel } from '../../components/SettingsPanel';
import type { Translate } from '../../components/translate';
import { factSheet, factsByAspect } from '../../utils/fact-sheet';
import { chooseLocale, mainLanguage, type LanguageChoice } from '../../utils/i18n/locales';
import { translate } from '../../utils/i18n/translate';
import { keyFigures, type SheetTarget } from '../../utils/key-figures';
import { withSiteDisabled, type Settings } from '../../utils/settings-model';
import type { PopupApi, TabRef } from './popup-api';
import { probeTab } from './probe';

export type View = 'page' | 'sheet' | 'settings';

export interface AppProps {
  api: PopupApi;
  /** The browser's UI language (browser.i18n.getUILanguage()); the setting may choose another. */
  language: string | null;
  /** `?view=sheet`: the fact sheet alone, as a page in a tab. */
  sheetOnly?: boolean;
  /** How often "This page" asks again while open: mentions can appear as the page changes. */
  refreshMs?: number;
}

const groups = factsByAspect();
const keyRows = keyFigures();

function Sheet({ t, level, onOpenTab, focus }: { t: Translate; level: 1 | 2; onOpenTab?: () => void; focus?: SheetTarget | null }) {
  return (
    <FactSheetView
      article={factSheet.article}
      title={t.topic}
      groups={groups}
      caveats={factSheet.caveats}
      t={t}
      level={level}
      onOpenTab={onOpenTab}
      focus={focus}
    />
  );
}

/** The words of the chosen language; the document takes its lang and direction. */
function useTranslate(choice: LanguageChoice, browserLanguage: string | null, pageLanguage: string | null): Translate {
  const t = translate(chooseLocale(choice, browserLanguage, pageLanguage));
  useEffect(() => {
    document.documentElement.lang = t.locale;
    document.documentElement.dir = t.dir;
  }, [t]);
  return t;
}

export function App({ api, language, sheetOnly = false, refreshMs = 1500 }: AppProps) {
  if (sheetOnly) return <SheetPage api={api} language={language} />;
  return <Popup api={api} language={language} refreshMs={refreshMs} />;
}

function SheetPage({ api, language }: { api: PopupApi; language: string | null }) {
  const [choice, setChoice] = useState<LanguageChoice>('browser');
  useEffect(() => {
    let live = true;
    void api.loadSettings().then((s) => live && setChoice(s.language));
    return () => {
      live = false;
    };
  }, [api]);
  const t = useTranslate(choice, language, null);
  return (
    <div class="layout page-layout">
      <header class="top">
        <p class="brand">Kursk Context</p>
      </header>
      <main>
        <Sheet t={t} level={1} />
      </main>
    </div>
  );
}

function Popup({ api, language, refreshMs }: { api: PopupApi; language: string | null; refreshMs: number }) {
  const [view, setView] = useState<View>('page');
  // Where a key figure leads in the fact sheet; cleared when the reader picks a tab.
  const [target, setTarget] = useState<SheetTarget | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const tab = useRef<TabRef | null>(null);
  const latest = useRef<Settings | null>(null);
  latest.current = settings;

  const probe = useCallback(async () => {
    const s = latest.current;
    if (!s) return;
    // Asked until known: the tab cannot change under an open popup, but may not be known at once.
    if (!tab.current) tab.current = await api.currentTab().catch(() => null);
    const next = await probeTab(api, tab.current, s);
    // Same answer, same object: no re-render, so focus and scroll stay where they are.
    setPage((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  }, [api]);

  useEffect(() => {
    let live = true;
    void api.loadSettings().then((s) => live && setSettings(s));
    const stop = api.watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  // Asked again on every settings change (a site turned back on starts scanning) and while open.
  useEffect(() => {
    if (!settings) return;
    void probe();
    const timer = setInterval(() => void probe(), refreshMs);
    return () => clearInterval(timer);
  }, [settings, probe, refreshMs]);

  const save = async (next: Settings) => {
    setSettings(next);
    await api.saveSettings(next);
  };

  const focus = async (index: number) => {
    const id = tab.current?.id;
    if (id === undefined) return;
    await api.focusMention(id, index).catch(() => undefined);
    if (await api.isPopup()) api.close();
  };

  const host = page.kind === 'ready' || page.kind === 'off-site' ? page.host : null;
  // "The page's language": the language most of its listed mentions were found in.
  const pageLanguage = page.kind === 'ready' ? mainLanguage(page.mentions.flatMap((m) => (m.lang ? [m.lang] : []))) : null;
  const t = useTranslate(settings?.language ?? 'browser', language, pageLanguage);

  return (
    <div class="layout popup-layout">
      <header class="top">
        <h1>Kursk Context</h1>
      </header>
      <PopupTabs<View>
        label={t('popupNavLabel')}
        selected={view}
        onSelect={(v) => {
          setTarget(null);
          setView(v);
        }}
        tabs={[
          { key: 'page', label: t('popupTabPage') },
          { key: 'sheet', label: t('popupTabSheet') },
          { key: 'settings', label: t('popupTabSettings') },
        ]}
      >
        {view === 'page' && (
          <PageSummary
            state={page}
            t={t}
            onFocus={(i) => void focus(i)}
            onTurnOn={() => settings && void save({ ...settings, enabled: true })}
            onTurnOnSite={(h) => settings && void save(withSiteDisabled(settings, h, false))}
            onGrantAccess={() =>
              void api
                .requestHostAccess()
                .catch(() => false)
                .then(() => probe())
            }
            onOpenSettings={() => setView('settings')}
            reference={
              <KeyFigures
                rows={keyRows}
                t={t}
                onOpen={(to) => {
                  setTarget(to);
                  setView('sheet');
                }}
              />
            }
          />
        )}
        {view === 'sheet' && <Sheet t={t} level={2} onOpenTab={() => api.openSheetTab()} focus={target} />}
        {view === 'settings' &&
          (settings ? (
            <SettingsPanel settings={settings} host={host} t={t} onChange={save} />
          ) : (
            <p class="notice" role="status">
              {t('pageLoading')}
            </p>
          ))}
      </PopupTabs>
    </div>
  );
}
