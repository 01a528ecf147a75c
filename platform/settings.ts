import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../utils/settings-model';

// Settings in extension storage (local: they stay on this device). Every read goes through
// normalizeSettings, so a bad or old stored value never reaches the UI or the content script.
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(next));
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
