import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-model';

// The storage module takes hold of the extension API as it is imported: install the fake first.
Object.assign(globalThis, { chrome: fakeBrowser });
const { loadSettings, saveSettings, watchSettings } = await import('../../platform/settings');

const KEY = 'settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in extension storage', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what was saved, in local storage under "settings"', async () => {
    const next: Settings = { enabled: true, disabledSites: ['a.example'], highlightStyle: 'background', trigger: 'click', language: 'en' };
    await saveSettings(next);
    expect(await loadSettings()).toEqual(next);
    expect((await fakeBrowser.storage.local.get(KEY))[KEY]).toEqual(next);
  });

  it('falls back per field when the stored value is bad or old', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { enabled: false, highlightStyle: 'neon', disabledSites: 'x' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    await fakeBrowser.storage.local.set({ [KEY]: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('normalises what it saves', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['WWW.A.example', 'a.example'] });
    expect((await fakeBrowser.storage.local.get(KEY))[KEY]).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] });
  });

  it('tells watchers about every change, already normalised', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, trigger: 'click' });
    await fakeBrowser.storage.local.set({ [KEY]: { trigger: 'bogus', enabled: false } });
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, trigger: 'click' },
      { ...DEFAULT_SETTINGS, enabled: false },
    ]);
  });
});
