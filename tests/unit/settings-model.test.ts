import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, activeOn, normalizeHost, normalizeSettings, withSiteDisabled, type Settings } from '../../utils/settings-model';

const custom: Settings = {
  enabled: false,
  disabledSites: ['a.example', 'b.example'],
  highlightStyle: 'underline',
  trigger: 'click',
  language: 'page',
};

describe('normalizeSettings', () => {
  it('keeps a valid value as it is', () => {
    expect(normalizeSettings(custom)).toEqual(custom);
  });

  it.each([undefined, null, 42, 'on', [], true])('gives the defaults for a stored %j', (raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('fills fields missing from an old or partial value with their defaults', () => {
    expect(normalizeSettings({ enabled: false })).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(normalizeSettings({ disabledSites: ['x.example'] })).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['x.example'] });
  });

  it('replaces each bad field with its default and loses no good one', () => {
    const cases: Array<[keyof Settings, unknown]> = [
      ['enabled', 'false'],
      ['disabledSites', 'a.example'],
      ['highlightStyle', 'glow'],
      ['trigger', 'double-click'],
    ];
    for (const [field, bad] of cases) {
      const result = normalizeSettings({ ...custom, [field]: bad });
      expect(result[field], field).toEqual(DEFAULT_SETTINGS[field]);
      for (const other of Object.keys(custom).filter((k): k is keyof Settings => k in custom)) {
        if (other !== field) expect(result[other], `${other} after a bad ${field}`).toEqual(custom[other]);
      }
    }
  });

  it('cleans the site list: hostnames only, lower case, no www., no duplicates, no blanks', () => {
    const result = normalizeSettings({ disabledSites: ['WWW.News.Example', 'news.example', 7, '', '  ', null, 'b.example.'] });
    expect(result.disabledSites).toEqual(['news.example', 'b.example']);
  });

  it('ignores fields it does not know and never returns the stored object', () => {
    const stored = { ...custom, extra: 'x' };
    const result = normalizeSettings(stored);
    expect(result).toEqual(custom);
    expect(result).not.toBe(stored);
    expect(result.disabledSites).not.toBe(stored.disabledSites);
  });
});

describe('sites', () => {
  it('treats www., case and a trailing dot as the same site', () => {
    expect(normalizeHost(' WWW.Example.COM. ')).toBe('example.com');
    expect(activeOn({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, 'www.example.com')).toBe(false);
    expect(activeOn({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, 'news.example.com')).toBe(true);
  });

  it('is active nowhere when turned off everywhere', () => {
    expect(activeOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example')).toBe(false);
    expect(activeOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
  });

  it('turns a site off once and back on, leaving the others', () => {
    const off = withSiteDisabled(withSiteDisabled(custom, 'www.C.example', true), 'c.example', true);
    expect(off.disabledSites).toEqual(['a.example', 'b.example', 'c.example']);
    expect(withSiteDisabled(off, 'a.example', false)).toEqual({ ...custom, disabledSites: ['b.example', 'c.example'] });
    expect(custom.disabledSites).toEqual(['a.example', 'b.example']);
  });

  it('does not add a page without a hostname as a site', () => {
    expect(withSiteDisabled(custom, '', true)).toEqual(custom);
  });
});
