// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import type { PopupApi } from '../../entrypoints/popup/popup-api';
import { DEFAULT_SETTINGS } from '../../utils/settings-model';
import { lookup, messages } from './en-messages';

const LOCALES = ['ko', 'ru', 'uk'];
const en = messages('en');
const placeholdersIn = (s: string) => [...s.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

afterEach(cleanup);

describe.each(LOCALES)('_locales/%s', (locale) => {
  const tr = messages(locale);

  it('translates every English key and adds none of its own', () => {
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(tr)) expect(entry.message.trim(), key).not.toBe('');
  });

  it('keeps each message’s placeholders, defined as in English', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(placeholdersIn(tr[key].message), key).toEqual(placeholdersIn(entry.message));
      expect(tr[key].placeholders, key).toEqual(entry.placeholders);
    }
  });

  it('really translates: UI strings differ from English except the name', () => {
    const same = Object.keys(en).filter((k) => tr[k].message === en[k].message);
    expect(same).toEqual(['extName']);
  });

  it('renders the popup with no raw key left', async () => {
    const api: PopupApi = {
      currentTab: async () => ({ id: 1 }),
      listMentions: async () => ({ hostDisabled: false, mentions: [{ index: 0, aspect: 'numbers', phrase: 'x', before: '', after: '' }] }),
      summary: async () => ({ total: 3, byAspect: [{ aspect: 'numbers', count: 3 }], frames: 2 }),
      focusMention: async () => undefined,
      hostAccess: async () => null,
      requestHostAccess: async () => true,
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }),
      saveSettings: async () => undefined,
      watchSettings: () => () => undefined,
      openSheetTab: vi.fn(),
      isPopup: async () => false,
      close: vi.fn(),
    };
    const t = lookup(locale);
    const { container } = render(<App api={api} t={t} />);
    await screen.findByText(t('pageCount', ['3']));
    const keys = new Set(Object.keys(en));
    const raw = () => [...container.querySelectorAll('*')].flatMap((el) => [...el.childNodes]).filter((n) => n.nodeType === 3 && keys.has(n.textContent!.trim()));
    expect(raw()).toEqual([]);
    for (const tab of screen.getAllByRole('tab')) {
      fireEvent.click(tab);
      await Promise.resolve();
      expect(raw()).toEqual([]);
    }
  });
});
