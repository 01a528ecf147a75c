import { storage } from '@wxt-dev/storage';
import { normalizeSettings, type Settings } from '../utils/settings-model';

// Settings in extension storage (local: they stay on this device). Every read goes through
// normalizeSettings, so a bad, old or missing stored value never reaches the UI or the content
// script. A plain key, not a defined item: an item reads its value once more as it is defined,
// and the content script defines it on every page it runs on.
const KEY = 'local:settings';

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await storage.getItem<Settings>(KEY));
}

export async function saveSettings(next: Settings): Promise<void> {
  await storage.setItem<Settings>(KEY, normalizeSettings(next));
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  return storage.watch<Settings>(KEY, (value) => onChange(normalizeSettings(value)));
}
