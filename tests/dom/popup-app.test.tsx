// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import type { MentionReply, PopupApi, TabRef } from '../../entrypoints/popup/popup-api';
import { hostOf, probeTab } from '../../entrypoints/popup/probe';
import { factSheet } from '../../utils/fact-sheet';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-model';

afterEach(cleanup);

const reply: MentionReply = {
  hostDisabled: false,
  mentions: [
    { index: 0, aspect: 'numbers', phrase: 'North Korean troops', before: 'Up to ', after: ' arrived.' },
    { index: 1, aspect: 'location', phrase: 'KPA soldiers in Kursk', before: '', after: ' fought.' },
  ],
};

/** A fake browser: one tab, a content script that answers (or not), settings in memory. */
function fakeApi(over: Partial<PopupApi> = {}, opts: { settings?: Settings; tab?: TabRef | null } = {}) {
  let settings: Settings = opts.settings ?? { ...DEFAULT_SETTINGS };
  const watchers = new Set<(s: Settings) => void>();
  const api: PopupApi = {
    currentTab: vi.fn(async () => (opts.tab === undefined ? { id: 7, url: 'https://www.news.example/a' } : opts.tab)),
    listMentions: vi.fn(async () => reply),
    summary: vi.fn(async () => ({
      total: 2,
      byAspect: [
        { aspect: 'numbers', count: 1 },
        { aspect: 'location', count: 1 },
      ],
      frames: 1,
    })),
    focusMention: vi.fn(async () => undefined),
    hostAccess: vi.fn(async () => null),
    requestHostAccess: vi.fn(async () => true),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (next: Settings) => {
      settings = next;
      for (const w of watchers) w(next);
    }),
    watchSettings: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    openSheetTab: vi.fn(),
    isPopup: vi.fn(async () => true),
    close: vi.fn(),
    ...over,
  };
  return api;
}

const noScript = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

describe('probeTab', () => {
  const on = { ...DEFAULT_SETTINGS };
  it('reads counts from the summary (the badge) and the list from the top frame', async () => {
    const api = fakeApi();
    const state = await probeTab(api, { id: 7, url: 'https://news.example/' }, on);
    expect(state).toMatchObject({ kind: 'ready', total: 2, host: 'news.example' });
    expect(api.listMentions).toHaveBeenCalledWith(7);
    expect(api.summary).toHaveBeenCalledWith(7);
  });

  it('prefers a hostname sent by the content script to the tab URL', async () => {
    const api = fakeApi({ listMentions: async () => ({ ...reply, host: 'from.script' }) });
    expect(await probeTab(api, { id: 7 }, on)).toMatchObject({ kind: 'ready', host: 'from.script' });
  });

  it('tells "cannot run here" from "access withheld" only when nothing answers', async () => {
    expect(await probeTab(fakeApi({ listMentions: noScript }), { id: 7 }, on)).toEqual({ kind: 'unavailable' });
    const withheld = fakeApi({ listMentions: noScript, hostAccess: async () => false });
    expect(await probeTab(withheld, { id: 7 }, on)).toEqual({ kind: 'no-access' });
    // A content script that answers proves access, whatever permissions.contains says.
    const answers = fakeApi({ hostAccess: vi.fn(async () => false) });
    expect((await probeTab(answers, { id: 7 }, on)).kind).toBe('ready');
    expect(answers.hostAccess).not.toHaveBeenCalled();
  });

  it('reports the extension off, everywhere or on this site', async () => {
    expect(await probeTab(fakeApi(), { id: 7 }, { ...on, enabled: false })).toEqual({ kind: 'off-everywhere' });
    expect(await probeTab(fakeApi({ listMentions: noScript }), { id: 7 }, { ...on, enabled: false })).toEqual({
      kind: 'off-everywhere',
    });
    const siteOff = fakeApi({ listMentions: async () => ({ ...reply, hostDisabled: true }) });
    expect(await probeTab(siteOff, { id: 7, url: 'http://x.example/p' }, on)).toEqual({ kind: 'off-site', host: 'x.example' });
    expect(await probeTab(siteOff, { id: 7 }, on)).toEqual({ kind: 'off-site', host: null });
  });

  it('is unavailable without a tab', async () => {
    expect(await probeTab(fakeApi(), null, on)).toEqual({ kind: 'unavailable' });
  });

  it('takes hostnames from web URLs only', () => {
    expect(hostOf('https://www.news.example/path?q')).toBe('www.news.example');
    expect(hostOf('chrome://extensions')).toBeNull();
    expect(hostOf('about:addons')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});

describe('popup App', () => {
  it('has a header, a nav with three tabs and a main region, and opens on "This page"', async () => {
    const { container } = render(<App api={fakeApi()} language="en" />);
    expect(container.querySelector('header h1')?.textContent).toBe('Kursk Context');
    expect(container.querySelector('nav [role=tablist]')).not.toBeNull();
    expect(container.querySelector('main [role=tabpanel]')).not.toBeNull();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((x) => x.textContent)).toEqual(['This page', 'Fact sheet', 'Settings']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    await screen.findByText('Mentions on this page: 2');
  });

  it('moves between tabs with the arrow keys, Home and End, with one tab stop', async () => {
    render(<App api={fakeApi()} language="en" />);
    const tabs = () => screen.getAllByRole('tab');
    expect(tabs().map((x) => x.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tabs()[0], { key: 'ArrowRight' });
    await waitFor(() => expect(tabs()[1].getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tabs()[1]);
    expect(tabs().map((x) => x.tabIndex)).toEqual([-1, 0, -1]);
    expect(document.querySelectorAll('li.fact')).toHaveLength(factSheet.facts.length);
    fireEvent.keyDown(tabs()[1], { key: 'End' });
    await waitFor(() => expect(tabs()[2].getAttribute('aria-selected')).toBe('true'));
    await screen.findByRole('checkbox', { name: 'Highlight mentions on web pages' });
    fireEvent.keyDown(tabs()[2], { key: 'ArrowRight' });
    await waitFor(() => expect(tabs()[0].getAttribute('aria-selected')).toBe('true'));
  });

  it('jumps to a mention in the tab and closes the real popup', async () => {
    const api = fakeApi();
    render(<App api={api} language="en" />);
    const button = await screen.findByRole('button', { name: /KPA soldiers in Kursk/ });
    fireEvent.click(button);
    await waitFor(() => expect(api.close).toHaveBeenCalledTimes(1));
    expect(api.focusMention).toHaveBeenCalledWith(7, 1);
  });

  it('shows the key figures under the page’s summary, above its list, and each leads to its fact in the sheet', async () => {
    const { container } = render(<App api={fakeApi()} language="en" />);
    await screen.findByText('Mentions on this page: 2');
    const order = [...container.querySelectorAll('.count, .aspects, .key-figures, .mentions')].map((el) => el.className);
    expect(order).toEqual(['count', 'aspects', 'key-figures', 'mentions']);
    fireEvent.click(container.querySelector('.key-row[data-key="where"]')!);
    await waitFor(() => expect(screen.getAllByRole('tab')[1].getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-fact')).toBe('kursk-counteroffensive'));
    // Picked from the tabs, the sheet opens at its top: nothing is singled out.
    fireEvent.click(screen.getAllByRole('tab')[0]);
    await screen.findByText('Mentions on this page: 2');
    fireEvent.click(screen.getAllByRole('tab')[1]);
    await waitFor(() => expect(document.querySelectorAll('li.fact')).toHaveLength(factSheet.facts.length));
    expect(document.querySelector('[data-target]')).toBeNull();
  });

  it('leads "unconfirmed" to its caveat and "since when" to the sheet’s source note', async () => {
    const { container } = render(<App api={fakeApi()} language="en" />);
    await screen.findByText('Mentions on this page: 2');
    fireEvent.click(container.querySelector('.key-row[data-key="unconfirmed"]')!);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-caveat')).toBe('figures-unconfirmed'));
    fireEvent.click(screen.getAllByRole('tab')[0]);
    await screen.findByText('Mentions on this page: 2');
    fireEvent.click(container.querySelector('.key-row[data-key="since"]')!);
    await waitFor(() => expect(document.activeElement?.classList.contains('sheet-source')).toBe(true));
  });

  it('stays open when it is a page in a tab', async () => {
    const api = fakeApi({ isPopup: async () => false });
    render(<App api={api} language="en" />);
    fireEvent.click(await screen.findByRole('button', { name: /North Korean troops/ }));
    await waitFor(() => expect(api.focusMention).toHaveBeenCalledWith(7, 0));
    expect(api.close).not.toHaveBeenCalled();
  });

  it('turns the extension back on from the empty state, and the page is read again', async () => {
    const api = fakeApi({}, { settings: { ...DEFAULT_SETTINGS, enabled: false, trigger: 'click' } });
    render(<App api={api} language="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn it on' }));
    expect(api.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: true, trigger: 'click' });
    await screen.findByText('Mentions on this page: 2');
  });

  it('turns a site back on from the empty state', async () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example', 'b.example'] };
    let off = true;
    const api = fakeApi({ listMentions: async () => ({ ...reply, hostDisabled: off }) }, { settings });
    const save = api.saveSettings;
    api.saveSettings = vi.fn(async (s: Settings) => {
      off = s.disabledSites.includes('news.example');
      await save(s);
    });
    render(<App api={api} language="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn it on for www.news.example' }));
    expect(api.saveSettings).toHaveBeenCalledWith({ ...settings, disabledSites: ['b.example'] });
    await screen.findByText('Mentions on this page: 2');
  });

  it('asks for host access from the click and looks again', async () => {
    let granted = false;
    const api = fakeApi({
      listMentions: () => (granted ? Promise.resolve(reply) : noScript()),
      hostAccess: async () => granted,
      requestHostAccess: vi.fn(async () => (granted = true)),
    });
    render(<App api={api} language="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow access to websites' }));
    expect(api.requestHostAccess).toHaveBeenCalledTimes(1);
    await screen.findByText('Mentions on this page: 2');
  });

  it('follows the page while open: new mentions show up without reopening', async () => {
    let list = { ...reply, mentions: reply.mentions.slice(0, 1) };
    let total = 1;
    const api = fakeApi({ listMentions: async () => list, summary: async () => ({ total, byAspect: [], frames: 1 }) });
    render(<App api={api} language="en" refreshMs={20} />);
    await screen.findByText('Mentions on this page: 1');
    list = reply;
    total = 2;
    await screen.findByText('Mentions on this page: 2');
    expect(screen.getAllByRole('button', { name: /North Korean|KPA/ })).toHaveLength(2);
  });

  it('saves settings from the Settings tab and knows the current site', async () => {
    const api = fakeApi();
    render(<App api={api} language="en" />);
    await screen.findByText('Mentions on this page: 2');
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('radio', { name: /Wavy underline/ }));
    expect(api.saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on news.example' }));
    expect(api.saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, highlightStyle: 'underline', disabledSites: ['news.example'] });
  });

  it('renders the fact sheet alone for ?view=sheet, titled as a page', () => {
    const { container } = render(<App api={fakeApi()} language="en" sheetOnly />);
    expect(container.querySelector('h1')?.textContent).toBe(factSheet.topic.name);
    expect(container.querySelector('main')).not.toBeNull();
    expect(container.querySelectorAll('li.fact')).toHaveLength(factSheet.facts.length);
    expect(screen.queryByRole('tab')).toBeNull();
  });
});
