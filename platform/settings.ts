import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings } from '../utils/settings-model';

// Settings in extension storage (local: they stay on this device), under one plain key. Every
// read goes through normalizeSettings, so a bad, old or missing stored value never reaches the UI
// or the content script. The browser's storage API itself, not a wrapper library: the content
// script carries this module to every page, and a wrapper cost it 2.5 kB gzipped.
const KEY = 'settings';
const AREA = 'local';

export async function loadSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage.local.get(KEY);
  return normalizeSettings(stored[KEY]);
}

export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: normalizeSettings(next) });
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === AREA && KEY in changes) onChange(normalizeSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
