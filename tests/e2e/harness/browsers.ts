import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { TargetType, type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { startProxy, type RecordingProxy } from './proxy';
import type { FrameStatus } from '../../../utils/messages';

// One harness for both browsers, over puppeteer-core: CDP for Chromium, WebDriver BiDi for
// Firefox. Every test reaches the extension the same way: through one of its own pages
// (popup.html opened as a tab), which can call the extension APIs that a user's clicks would.

export type BrowserName = 'chromium' | 'firefox';

const ROOT = resolve(import.meta.dirname, '../../..');
export const BUILD_DIR: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
};
const FIREFOX_UUID = '5f0c4a8e-6a43-4b7e-9a51-1d2b3c4d5e6f';

export interface Tab {
  page: Page;
  tabId: number;
}

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** The extension's base URL: chrome-extension://id/ or moz-extension://uuid/. */
  base: string;
  /** Every request the browser tried to send off this machine. */
  offMachine: string[];
  /** Console errors and uncaught errors seen on the pages opened through openTab. */
  pageErrors: string[];
  /** Runs a function in an extension page, with the extension API as `api`. */
  ext<T>(fn: string, ...args: unknown[]): Promise<T>;
  openTab(url: string): Promise<Tab>;
  /** The extension page the harness drives (popup.html in a tab). */
  extensionPage(): Promise<Page>;
  badge(tabId: number): Promise<string>;
  summary(tabId: number): Promise<{ total: number; byAspect: { aspect: string; count: number }[]; frames: number }>;
  /** The top frame's own account: still scanning?, how many mentions, running on this site? */
  status(tabId: number): Promise<FrameStatus>;
  /** Waits until the top frame has finished scanning and the tab's counts have stopped changing. */
  settle(tabId: number, opts?: { quietMs?: number; timeoutMs?: number }): Promise<void>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,NetworkTimeServiceQuerying,AutofillServerCommunication',
  // Chromium's own calls home, off so that any request the proxy sees is ours.
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
  '--allow-pre-commit-input',
  '--disable-field-trial-config',
  '--google-base-url=http://127.0.0.1:9',
  '--gaia-url=http://127.0.0.1:9',
  '--lso-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9/',
];

export interface LaunchOptions {
  headless?: boolean;
  /** A profile folder that outlives the browser, so a second launch on it is a restart. */
  profileDir?: string;
  /** Another built extension to load instead of ours (the benchmark's empty one). */
  buildDir?: string;
  /** The browser binary, when not the Debian one (or CHROMIUM_PATH / FIREFOX_PATH). */
  executablePath?: string;
  /**
   * The browser's UI language ("ko", "de", "ar"). Chromium on Linux takes it from the LANGUAGE
   * variable (its other languages come with Debian's chromium-l10n); Firefox from
   * intl.locale.requested, and only for a language whose langpack is installed (firefox-esr-l10n-XX).
   */
  locale?: string;
  /**
   * The colour scheme that pages and extension pages prefer. Chromium can emulate it per page;
   * Firefox over BiDi cannot, so there it is a pref of the whole browser.
   */
  colorScheme?: 'light' | 'dark';
  /** Forced colours (high contrast): Chromium emulates it per page, Firefox takes it from a pref. */
  forcedColors?: boolean;
}

export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const proxy = await startProxy();
  const dir = opts.buildDir ?? BUILD_DIR[name];
  const headless = opts.headless ?? true;
  let browser: Browser;
  let base: string;
  if (name === 'chromium') {
    const userDataDir = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'kc-chromium-')));
    browser = await puppeteer.launch({
      executablePath: opts.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless,
      userDataDir,
      pipe: true,
      ...(opts.locale ? { env: { ...process.env, LANGUAGE: opts.locale } } : {}),
      enableExtensions: [dir],
      args: [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${proxy.port}`],
    });
    const worker = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith('chrome-extension://'), {
      timeout: 15_000,
    });
    // new URL().origin is "null" for chrome-extension: URLs in Node; take the host by hand.
    base = `chrome-extension://${new URL(worker.url()).host}/`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: opts.executablePath ?? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless,
      // Lets the pref below point Firefox's remote-settings client at a dead loopback port.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      args: ['--remote-allow-system-access'],
      ...(opts.profileDir ? { userDataDir: opts.profileDir } : {}),
      extraPrefsFirefox: {
        // The langpacks of firefox-esr-l10n-XX live in the application's scope, which Firefox
        // would otherwise leave disabled in a fresh profile.
        ...(opts.locale ? { 'intl.locale.requested': opts.locale, 'extensions.autoDisableScopes': 0 } : {}),
        // The add-on is installed as a temporary one, which Firefox removes at shutdown; keeping
        // its storage lets a restart on the same profile behave like a restart with it installed.
        ...(opts.profileDir ? { 'extensions.webextensions.keepStorageOnUninstall': true } : {}),
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // 0: dark, 1: light (for web pages and extension pages alike).
        // 2: always the reader's colours, which makes (forced-colors: active) match.
        ...(opts.forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
        ...(opts.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1 } : {}),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        // Firefox's own background traffic, off so that any request the proxy sees is ours.
        'services.settings.server': 'http://127.0.0.1:9/',
        'extensions.blocklist.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'app.normandy.enabled': false,
        'browser.region.network.url': '',
      },
    });
    await browser.installExtension(dir);
    base = `moz-extension://${FIREFOX_UUID}/`;
  }
  return wrap(name, browser, base, proxy);
}

function wrap(name: BrowserName, browser: Browser, base: string, proxy: RecordingProxy): ExtensionBrowser {
  const pageErrors: string[] = [];
  const claimed = new Set<Page>();
  let extPage: Page | undefined;

  async function extensionPage(): Promise<Page> {
    if (extPage && !extPage.isClosed()) return extPage;
    const page = await browser.newPage();
    // Firefox: awaiting goto on a moz-extension page can hang, and a script evaluated while the
    // page swaps its first document can fail with a protocol error (seen right after a restart).
    // So: navigate without awaiting, poll for the popup's root, and navigate again if it is late.
    const deadline = Date.now() + 20_000;
    let nextGoto = 0;
    while (Date.now() < deadline) {
      if (Date.now() >= nextGoto) {
        void page.goto(base + 'popup.html').catch(() => undefined);
        nextGoto = Date.now() + 6_000;
      }
      const ready = await page.evaluate('!!document.querySelector("#app")').catch(() => false);
      if (ready) {
        extPage = page;
        return page;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the extension page ${base}popup.html did not load`);
  }

  async function ext<T>(fn: string, ...args: unknown[]): Promise<T> {
    const page = await extensionPage();
    // The function text runs in the extension page with `api` bound to chrome/browser.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- code in a string: the caller names what its function returns
    return page.evaluate(
      `(async (...args) => { const api = globalThis.browser ?? globalThis.chrome; return (${fn})(api, ...args); })(...${JSON.stringify(args)})`,
    ) as Promise<T>;
  }

  const self: ExtensionBrowser = {
    name,
    browser,
    base,
    offMachine: proxy.requests,
    pageErrors,
    ext,
    extensionPage,
    async openTab(url) {
      const tabId = await ext<number>('async (api, url) => (await api.tabs.create({ url, active: true })).id', url);
      let page: Page | undefined;
      for (let i = 0; i < 100 && !page; i++) {
        // The newest tab of that URL that no earlier call has taken (tests open a page more than once).
        page = (await browser.pages()).find((p) => p.url() === url && !claimed.has(p));
        if (!page) await new Promise((r) => setTimeout(r, 100));
      }
      if (!page) throw new Error(`no page found for ${url}`);
      claimed.add(page);
      // Input, focus and animation frames go to the visible tab: make this the one.
      await page.bringToFront();
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => pageErrors.push(`pageerror: ${String(e)}`));
      return { page, tabId };
    },
    badge: (tabId) => ext<string>('(api, tabId) => (api.action ?? api.browserAction).getBadgeText({ tabId })', tabId),
    summary: (tabId) => ext('(api, tabId) => api.runtime.sendMessage({ type: "tab-summary", data: { tabId } }).then((a) => a.reply)', tabId),
    status: (tabId) => ext('(api, tabId) => api.tabs.sendMessage(tabId, { type: "status", data: null }, { frameId: 0 }).then((a) => a.reply)', tabId),
    async settle(tabId, { quietMs = 600, timeoutMs = 20_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      let last = '';
      let since = Date.now();
      while (Date.now() < deadline) {
        const status = await self.status(tabId).catch(() => null); // null: the content script is not there yet
        const summary = await self.summary(tabId);
        const now = JSON.stringify({ status, summary });
        if (now !== last) {
          last = now;
          since = Date.now();
        } else if (status && !status.busy && Date.now() - since >= quietMs) {
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`tab ${tabId} did not settle: last ${last}`);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
    },
  };
  return self;
}
