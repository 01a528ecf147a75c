import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { useExtensionBrowser } from './harness/suite';
import { highlightCount, highlightLook, readCard, waitForCard } from './harness/page';
import { ARTIFACTS, FIXTURES } from './harness/paths';
import { clickByText, openPopupPage, openRealPopup, readSettingsForm, selectTab, waitForPopup } from './harness/popup';
import { startServer, type FixtureServer } from './harness/server';

// The toolbar popup and its settings, in real Chromium and Firefox with the built extension.

const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 8000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
};

const DEFAULTS = { enabled: true, disabledSites: [], highlightStyle: 'both', trigger: 'hover' };
const resetSettings = (b: ExtensionBrowser) => b.ext('(api, s) => api.storage.local.set({ settings: s })', DEFAULTS);

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (name) => {
  const env = useExtensionBrowser(name);

  it('counts what the badge counts, by aspect, and lists the top frame’s mentions in document order', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/demo.html'));
    await env.b.settle(tabId);
    const badge = Number(await env.b.badge(tabId));
    const status = await env.b.status(tabId);
    expect(badge).toBeGreaterThan(0);
    const popup = await openPopupPage(env.b, tabId);
    const view = await waitForPopup(popup, (v) => v.state === 'ready');
    expect(view.tab).toBe('This page');
    expect(view.count).toBe(badge);
    expect(Object.values(view.aspects).reduce((a, n) => a + n, 0)).toBe(badge);
    expect(view.mentions).toHaveLength(status.count);
    expect(view.mentions.map((m) => m.index)).toEqual([...Array(status.count).keys()]);
    for (const m of view.mentions) {
      expect(m.phrase.length).toBeGreaterThan(0);
      expect(m.text).toContain(m.phrase);
    }
    // Listed in the order a reader meets them: the page's highlighted ranges, sorted by the browser.
    const inPageOrder = await page.evaluate(() => {
      const h = globalThis.CSS.highlights.get('kursk-context-mention')!;
      return [...h]
        .filter((r): r is Range => 'compareBoundaryPoints' in r)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString());
    });
    expect(view.mentions.map((m) => m.phrase)).toEqual(inPageOrder);
    expect(view.text).toContain(`Mentions on this page: ${badge}`);
    await popup.close();
  });

  it('jumps to a mention: the page scrolls to it and opens its card', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/demo.html'));
    await page.setViewport({ width: 900, height: 500 });
    await env.b.settle(tabId);
    const popup = await openPopupPage(env.b, tabId);
    const view = await waitForPopup(popup, (v) => v.state === 'ready' && v.mentions.length > 1);
    const target = view.mentions[view.mentions.length - 1];
    expect((await readCard(page)).open).toBe(false);
    await popup.click(`button.mention[data-index="${target.index}"]`);
    const card = await waitForCard(page, true, 5000);
    expect(card.open).toBe(true);
    expect(card.text).toContain(target.phrase);
    // The popup in a tab stays open (only the real popup closes itself).
    expect(popup.isClosed()).toBe(false);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await popup.close();
  });

  it('turns off and on everywhere, live: the highlights go and come back', async () => {
    await resetSettings(env.b);
    const { page, tabId } = await env.b.openTab(env.server.url('/demo.html'));
    await env.b.settle(tabId);
    const before = await highlightCount(page);
    expect(before).toBeGreaterThan(0);
    const popup = await openPopupPage(env.b, tabId);
    await waitForPopup(popup, (v) => v.state === 'ready');
    await selectTab(popup, 'Settings');
    await clickByText(popup, 'input[name=enabled]', 'Highlight mentions on web pages');
    expect(
      await until(
        () => highlightCount(page),
        (n) => n === 0,
      ),
    ).toBe(0);
    expect(
      (
        await until(
          () => env.b.status(tabId),
          (s) => s.count === 0,
        )
      ).count,
    ).toBe(0);
    expect(
      await until(
        () => env.b.badge(tabId),
        (t) => t === '',
      ),
    ).toBe('');
    await selectTab(popup, 'This page');
    await waitForPopup(popup, (v) => v.state === 'off-everywhere');
    await clickByText(popup, 'button', 'Turn it on');
    expect(
      await until(
        () => highlightCount(page),
        (n) => n === before,
      ),
    ).toBe(before);
    const back = await waitForPopup(popup, (v) => v.state === 'ready' && v.count === before);
    expect(back.count).toBe(before);
    await popup.close();
  });

  it('changes the highlight style live', async () => {
    await resetSettings(env.b);
    const { page, tabId } = await env.b.openTab(env.server.url('/demo.html'));
    await env.b.settle(tabId);
    // The default, both: every mention under the underline and the fill names, which our sheet styles.
    const before = await highlightLook(page);
    const mentions = await highlightCount(page);
    expect(mentions).toBeGreaterThan(0);
    expect(before.names).toEqual(['kursk-context-underline', 'kursk-context-fill']);
    expect(before.underline).toContain('underline');
    expect(before.fill).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent|)$/);
    const popup = await openPopupPage(env.b, tabId);
    await selectTab(popup, 'Settings');
    await clickByText(popup, 'input[name=highlightStyle]', /Wavy underline/);
    const after = await until(
      () => highlightLook(page),
      (l) => l.names.length === 1,
    );
    expect(after.names).toEqual(['kursk-context-underline']);
    expect(await highlightCount(page)).toBe(mentions); // the mentions themselves stay
    const stored = await env.b.ext<{ settings: { highlightStyle: string } }>('(api) => api.storage.local.get("settings")');
    expect(stored.settings.highlightStyle).toBe('underline');
    await popup.close();
  });

  it('shows a site turned off, and turns it back on from the popup', async () => {
    await env.b.ext('(api, s) => api.storage.local.set({ settings: s })', { ...DEFAULTS, disabledSites: ['127.0.0.1'] });
    const { page, tabId } = await env.b.openTab(env.server.url('/demo.html'));
    const popup = await openPopupPage(env.b, tabId);
    const off = await waitForPopup(popup, (v) => v.state === 'off-site');
    expect(off.text).toContain('turned off on this site');
    expect(await highlightCount(page)).toBe(0);
    // With the hostname known the empty state offers the site itself; without it, the list.
    const direct = await popup.$('[data-state=off-site] button.primary');
    if (direct) {
      await direct.click();
    } else {
      await selectTab(popup, 'Settings');
      expect((await readSettingsForm(popup)).sites).toEqual(['127.0.0.1']);
      await clickByText(popup, 'button', 'Turn on for 127.0.0.1');
    }
    expect(
      await until(
        () => highlightCount(page),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    const stored = await env.b.ext<{ settings: { disabledSites: string[] } }>('(api) => api.storage.local.get("settings")');
    expect(stored.settings.disabledSites).toEqual([]);
    await popup.close();
  });

  it('says so when a page has no mention', async () => {
    await resetSettings(env.b);
    const { tabId } = await env.b.openTab(env.server.url('/plain.html'));
    await env.b.settle(tabId);
    const popup = await openPopupPage(env.b, tabId);
    const view = await waitForPopup(popup, (v) => v.state === 'none');
    expect(view.count).toBeNull();
    expect(view.mentions).toEqual([]);
    expect(view.text).toContain('No mention of North Korean troops');
    await popup.close();
  });

  it('says it cannot read a page where no content script runs, and that a reload may help', async () => {
    // One of our own pages: no content script runs in an extension page, in either browser (a
    // top-level about:blank no longer serves, since Firefox runs the script there for frames' sake).
    const tabId = await env.b.ext<number>('async (api) => (await api.tabs.create({ url: api.runtime.getURL("/popup.html?view=sheet") })).id');
    const popup = await openPopupPage(env.b, tabId);
    const view = await waitForPopup(popup, (v) => v.state === 'unavailable');
    expect(view.text).toContain('cannot read this page');
    expect(view.text).toContain('reload the page');
    await popup.close();
  });

  it('shows the whole fact sheet, in the popup and as a page of its own', async () => {
    const popup = await openPopupPage(env.b, null);
    await selectTab(popup, 'Fact sheet');
    const inPopup = await popup.evaluate(() => ({
      facts: document.querySelectorAll('li.fact').length,
      quotes: document.querySelectorAll('li.fact .quote').length,
      caveats: document.querySelectorAll('[data-caveat]').length,
      source: document.querySelector('.sheet-source')?.textContent ?? '',
    }));
    expect(inPopup.facts).toBeGreaterThan(10);
    expect(inPopup.quotes).toBe(inPopup.facts);
    expect(inPopup.caveats).toBeGreaterThan(0);
    expect(inPopup.source).toContain('undated, no byline');
    await popup.close();
    const sheet = await openPopupPage(env.b, null, 'view=sheet');
    const asPage = await sheet.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent ?? '',
      facts: document.querySelectorAll('li.fact').length,
      tabs: document.querySelectorAll('[role=tab]').length,
    }));
    expect(asPage).toEqual({ h1: expect.stringContaining('North Korean troops') as unknown, facts: inPopup.facts, tabs: 0 });
    await sheet.close();
  });

  it('works from the keyboard alone, with a visible focus ring', async () => {
    await resetSettings(env.b);
    const popup = await openPopupPage(env.b, null);
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement;
        const style = el ? getComputedStyle(el) : null;
        return {
          role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
          name: el?.getAttribute('name') ?? el?.textContent ?? '',
          selected: el?.getAttribute('aria-selected') ?? null,
          outline: style ? `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}` : '',
        };
      });
    await popup.keyboard.press('Tab');
    expect(await focused()).toEqual({ role: 'tab', name: 'This page', selected: 'true', outline: 'solid true' });
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ role: 'tab', name: 'Settings', selected: 'true' });
    await popup.keyboard.press('Tab'); // the panel itself, so that it can be scrolled
    expect(await focused()).toMatchObject({ role: 'tabpanel', outline: 'solid true' });
    await popup.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ role: 'input', name: 'enabled', outline: 'solid true' });
    await popup.keyboard.press(' ');
    const stored = await until(
      () => env.b.ext<{ settings: { enabled: boolean } }>('(api) => api.storage.local.get("settings")'),
      (v) => v.settings.enabled === false,
    );
    expect(stored.settings.enabled).toBe(false);
    await resetSettings(env.b);
    await popup.close();
  });

  it('sends nothing off the machine and logs no error', () => {
    expect(env.b.offMachine).toEqual([]);
    expect(env.b.pageErrors).toEqual([]);
  });
});

describe('the real toolbar popup in chromium', () => {
  const env = useExtensionBrowser('chromium');

  it('opens on the active tab, counts what the badge counts, and jumps to a mention', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/demo.html'));
    await page.setViewport({ width: 900, height: 500 });
    await env.b.settle(tabId);
    const badge = Number(await env.b.badge(tabId));
    await page.bringToFront();
    const popup = await openRealPopup(env.b);
    const view = await waitForPopup(popup, (v) => v.state === 'ready');
    expect(view.count).toBe(badge);
    // A real popup is as wide as its content; ours asks for 360px.
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(360);
    const closed = new Promise<void>((ok) => popup.once('close', () => ok()));
    await popup.click(`button.mention[data-index="${view.mentions[1].index}"]`);
    await closed; // the popup closes itself once the page has the card
    const card = await waitForCard(page, true, 5000);
    expect(card.text).toContain(view.mentions[1].phrase);
  });

  it('takes screenshots of the popup, light and dark', async () => {
    const { tabId } = await env.b.openTab(env.server.url('/demo.html'));
    await env.b.settle(tabId);
    const popup = await openPopupPage(env.b, tabId);
    await popup.setViewport({ width: 360, height: 600 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await selectTab(popup, 'This page');
      await waitForPopup(popup, (v) => v.state === 'ready');
      const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(31, 35, 40)');
      await popup.screenshot({ path: join(ARTIFACTS, `popup-${scheme}.png`) });
      await selectTab(popup, 'Fact sheet');
      await popup.screenshot({ path: join(ARTIFACTS, `popup-sheet-${scheme}.png`) });
      await selectTab(popup, 'Settings');
      await popup.screenshot({ path: join(ARTIFACTS, `popup-settings-${scheme}.png`) });
    }
    await popup.close();
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('settings across a restart of %s', (name) => {
  let server: FixtureServer;
  let profileDir: string;

  beforeAll(async () => {
    server = await startServer([FIXTURES]);
    profileDir = await mkdtemp(join(tmpdir(), `kc-profile-${name}-`));
  });
  afterAll(async () => {
    await server?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  it('keeps the settings made in the popup', async () => {
    const first = await launch(name, { profileDir });
    try {
      const popup = await openPopupPage(first, null);
      await selectTab(popup, 'Settings');
      await clickByText(popup, 'input[name=highlightStyle]', /Background colour/);
      await clickByText(popup, 'input[name=trigger]', 'When I click a highlight');
      await clickByText(popup, 'input[name=enabled]', 'Highlight mentions on web pages');
      await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent !== '');
      expect(await readSettingsForm(popup)).toEqual({ enabled: false, style: 'background', trigger: 'click', sites: [] });
    } finally {
      await first.close();
    }

    const again = await launch(name, { profileDir });
    try {
      const popup = await openPopupPage(again, null);
      await selectTab(popup, 'Settings');
      const form = await until(
        () => readSettingsForm(popup),
        (f) => f.style === 'background',
      );
      expect(form).toEqual({ enabled: false, style: 'background', trigger: 'click', sites: [] });
      // And the content script obeys them after the restart: off, so nothing is highlighted.
      const { page, tabId } = await again.openTab(server.url('/demo.html'));
      await again.settle(tabId);
      expect(await highlightCount(page)).toBe(0);
      expect(await again.badge(tabId)).toBe('');
    } finally {
      await again.close();
    }
  });
});
