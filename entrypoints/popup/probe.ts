import type { PageState } from '../../components/page-state';
import type { Settings } from '../../utils/settings-model';
import type { PopupApi, TabRef } from './popup-api';

/** The hostname of a web page's URL, or null (no URL, or not a page of a site). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.hostname : null;
  } catch {
    return null;
  }
}

// Works out what "This page" shows. Whether a content script answers comes first: it proves
// access to the page, so "no access" is only said when nothing answers and access is withheld.
export async function probeTab(api: PopupApi, tab: TabRef | null, settings: Settings): Promise<PageState> {
  if (!tab) return settings.enabled ? { kind: 'unavailable' } : { kind: 'off-everywhere' };
  let list;
  try {
    list = await api.listMentions(tab.id);
    if (!list || !Array.isArray(list.mentions)) throw new Error('no answer from the top frame');
  } catch {
    if (!settings.enabled) return { kind: 'off-everywhere' };
    const access = await api.hostAccess().catch(() => null);
    return access === false ? { kind: 'no-access' } : { kind: 'unavailable' };
  }
  if (!settings.enabled) return { kind: 'off-everywhere' };
  const host = (typeof list.host === 'string' && list.host) || hostOf(tab.url);
  if (list.hostDisabled) return { kind: 'off-site', host };
  const summary = await api.summary(tab.id).catch(() => null);
  return {
    kind: 'ready',
    total: summary?.total ?? list.mentions.length,
    byAspect: summary?.byAspect ?? [],
    mentions: list.mentions,
    host,
  };
}
