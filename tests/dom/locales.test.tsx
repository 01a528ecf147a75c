// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import type { PopupApi } from '../../entrypoints/popup/popup-api';
import { isRecord } from '../../utils/guards';
import { ENGLISH } from '../../utils/i18n/catalog';
import { LOCALES } from '../../utils/i18n/locales';
import { translate } from '../../utils/i18n/translate';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-model';

// The store listing (_locales) in every language, and the popup rendered in each: no raw key,
// no unfilled placeholder, the document's lang and direction set.
const folder = (locale: string) => (locale === 'zh' ? 'zh_CN' : locale);
const isListing = (v: unknown): v is Record<string, { message: string }> =>
  isRecord(v) && Object.values(v).every((m) => isRecord(m) && typeof m.message === 'string');
const listing = (locale: string): Record<string, { message: string }> => {
  const v: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${folder(locale)}/messages.json`), 'utf8'));
  if (!isListing(v)) throw new Error(`${locale}: messages.json is not a map of { message }`);
  return v;
};

afterEach(cleanup);

function api(settings: Partial<Settings> = {}): PopupApi {
  return {
    currentTab: async () => ({ id: 1 }),
    listMentions: async () => ({
      hostDisabled: false,
      mentions: [{ index: 0, aspect: 'numbers', lang: 'ko', phrase: '북한군', before: '', after: '' }],
    }),
    summary: async () => ({ total: 3, byAspect: [{ aspect: 'numbers', count: 3 }], frames: 2 }),
    focusMention: async () => undefined,
    hostAccess: async () => null,
    requestHostAccess: async () => true,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'], ...settings }),
    saveSettings: async () => undefined,
    watchSettings: () => () => undefined,
    openSheetTab: vi.fn(),
    isPopup: async () => false,
    close: vi.fn(),
  };
}

describe.each(LOCALES)('%s', (locale) => {
  it('has the store listing: name, description (at most 132 characters) and both shortcuts', () => {
    const en = listing('en');
    const tr = listing(locale);
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    expect(tr.extDescription.message.length).toBeLessThanOrEqual(132);
    if (locale !== 'en') expect(tr.extDescription.message).not.toBe(en.extDescription.message);
  });

  it('renders the popup in the browser’s language with no raw key or placeholder left', async () => {
    const t = translate(locale);
    const { container } = render(<App api={api()} language={locale === 'zh' ? 'zh-CN' : locale} />);
    await waitFor(() => expect(container.querySelector('[data-count]')?.textContent).toBe(t('pageCount', [3])));
    await waitFor(() => expect(document.documentElement.lang).toBe(locale));
    expect(document.documentElement.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    const keys = new Set(Object.keys(ENGLISH.ui));
    const leftovers = () =>
      [...container.querySelectorAll('*')]
        .flatMap((el) => [...el.childNodes])
        .filter((n) => n.nodeType === 3 && (keys.has(n.textContent!.trim()) || /\{[A-Za-z0-9]+\}/.test(n.textContent!)));
    expect(leftovers()).toEqual([]);
    for (const tab of screen.getAllByRole('tab')) {
      fireEvent.click(tab);
      await Promise.resolve();
      expect(leftovers()).toEqual([]);
    }
  });
});

describe('the language setting', () => {
  it('"page" speaks the language the page’s mentions were found in; "en" English', async () => {
    render(<App api={api({ language: 'page' })} language="de" />);
    await screen.findByText(translate('ko')('pageCount', [3]));
    await waitFor(() => expect(document.documentElement.lang).toBe('ko'));
    cleanup();
    render(<App api={api({ language: 'en' })} language="de" />);
    await screen.findByText(translate('en')('pageCount', [3]));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    cleanup();
    render(<App api={api({ language: 'browser' })} language="de-AT" />);
    await screen.findByText(translate('de')('pageCount', [3]));
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
  });
});
