import { describe, expect, it } from 'vitest';
import type { UserManifest } from 'wxt';
import config, { FIREFOX_MIN } from '../../wxt.config';

// The manifest as each build writes it (wxt.config's manifest function).
const manifestFor = async (browser: 'chrome' | 'firefox'): Promise<UserManifest> => {
  const make = config.manifest;
  if (typeof make !== 'function') throw new Error('wxt.config: the manifest is not a function of the build');
  return make({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
};

describe('manifest', () => {
  it('accepts no Firefox whose ::highlight draws our underline as nothing (text-decoration is painted from 146)', async () => {
    const gecko = (await manifestFor('firefox')).browser_specific_settings;
    const major = (v: string | undefined) => Number(v?.split('.')[0]);
    expect(major(FIREFOX_MIN)).toBeGreaterThanOrEqual(146);
    expect(gecko?.gecko?.strict_min_version).toBe(FIREFOX_MIN);
    expect(gecko?.gecko_android?.strict_min_version).toBe(FIREFOX_MIN);
  });

  it('gives Chrome no Firefox settings and Chrome 105 or later (the Custom Highlight API)', async () => {
    const chrome = await manifestFor('chrome');
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(105);
  });
});
