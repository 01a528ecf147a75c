import { ElementHandle, TargetType, type Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';

// The popup as a test sees it. In both browsers popup.html opens as a tab with ?tab=<id>
// naming the tab it is about; in Chromium the real toolbar popup opens too, from the
// extension's service worker. Reading functions run in the popup page.

export interface PopupView {
  /** "loading", "ready", or the empty state shown: none, unavailable, no-access, off-everywhere, off-site. */
  state: string;
  /** The count shown on "This page" (null when none is shown). */
  count: number | null;
  aspects: Record<string, number>;
  mentions: Array<{ index: number; phrase: string; text: string }>;
  /** The selected tab's label. */
  tab: string;
  text: string;
}

/**
 * Opens popup.html about the tab `tabId` (and with any other query) in a small window of its
 * own, as the real popup sits beside the page: the page's tab stays the visible one in its
 * window, so it paints, scrolls and opens cards as it does while a user has the popup open.
 */
export async function openPopupPage(b: ExtensionBrowser, tabId: number | null, query = ''): Promise<Page> {
  const params = new URLSearchParams(query);
  if (tabId !== null) params.set('tab', String(tabId));
  const search = params.toString();
  const url = `${b.base}popup.html${search ? '?' + search : ''}`;
  // A new page, recognised from inside: over BiDi an extension page's url() reads about:blank,
  // and the harness's own extension page is popup.html too.
  const before = new Set(await b.browser.pages());
  await b.ext('(api, url) => api.windows.create({ url, type: "popup", width: 380, height: 640 })', url);
  let page: Page | undefined;
  for (let i = 0; i < 100 && !page; i++) {
    for (const p of await b.browser.pages()) {
      if (before.has(p) || page) continue;
      if ((await p.evaluate(() => location.href).catch(() => '')) === url) page = p;
    }
    if (!page) await new Promise((r) => setTimeout(r, 100));
  }
  if (!page) throw new Error(`no popup page found for ${url}`);
  await page.waitForSelector(query.includes('view=sheet') ? 'article.sheet' : '[role=tab]', { timeout: 15_000 });
  return page;
}

export function readPopup(page: Page): Promise<PopupView> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[role=tabpanel]');
    const stateEl = panel?.querySelector('[data-state]');
    const countEl = panel?.querySelector('[data-count]');
    const aspects: Record<string, number> = {};
    panel?.querySelectorAll('.aspects li').forEach((li) => {
      aspects[li.getAttribute('data-aspect') ?? ''] = Number(li.querySelector('.n')?.textContent ?? NaN);
    });
    const mentions = [...(panel?.querySelectorAll('button.mention') ?? [])].map((btn) => ({
      index: Number(btn.getAttribute('data-index')),
      phrase: btn.querySelector('mark')?.textContent ?? '',
      text: btn.querySelector('.snippet')?.textContent ?? '',
    }));
    const loading = !stateEl && panel?.querySelector('[role=status]');
    return {
      state: stateEl?.getAttribute('data-state') ?? (loading ? 'loading' : 'other'),
      count: countEl ? Number(countEl.getAttribute('data-count')) : null,
      aspects,
      mentions,
      tab: document.querySelector('[role=tab][aria-selected=true]')?.textContent ?? '',
      text: panel?.innerText ?? '',
    };
  });
}

/** Polls the popup until `ok` holds (the popup asks the page again every 1.5 s). */
export async function waitForPopup(page: Page, ok: (v: PopupView) => boolean, timeoutMs = 8000): Promise<PopupView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await readPopup(page);
    if (ok(view)) return view;
    if (Date.now() > deadline) throw new Error(`popup never reached the expected state; last: ${JSON.stringify(view)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Clicks an element found by role and accessible text, the way a user would. */
export async function clickByText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  const handle = await page.waitForFunction(
    (sel: string, source: string, flags: string | null) => {
      const re = flags === null ? null : new RegExp(source, flags);
      return (
        [...document.querySelectorAll<HTMLElement>(sel)].find((el) => {
          const name = (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim();
          return re ? re.test(name) : name === source;
        }) ?? null
      );
    },
    { timeout: 5000, polling: 100 },
    selector,
    typeof text === 'string' ? text : text.source,
    typeof text === 'string' ? null : text.flags,
  );
  if (!(handle instanceof ElementHandle)) throw new Error(`no element for ${selector}`);
  await handle.click();
}

export async function selectTab(page: Page, label: string): Promise<void> {
  await clickByText(page, '[role=tab]', label);
  await page.waitForFunction(
    (l: string) => document.querySelector('[role=tab][aria-selected=true]')?.textContent === l,
    { timeout: 5000, polling: 100 },
    label,
  );
}

/** The settings as the Settings tab shows them. */
export function readSettingsForm(page: Page): Promise<{ enabled: boolean; style: string; trigger: string; sites: string[] }> {
  return page.evaluate(() => {
    const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name=${name}]:checked`)?.value ?? '';
    return {
      enabled: document.querySelector<HTMLInputElement>('input[name=enabled]')?.checked ?? false,
      style: checked('highlightStyle'),
      trigger: checked('trigger'),
      sites: [...document.querySelectorAll('.site-list li')].map((li) => li.getAttribute('data-site') ?? ''),
    };
  });
}

/** Chromium: runs a function in the extension's service worker, with `chrome` as `api`. */
export async function inServiceWorker<T>(b: ExtensionBrowser, fn: string): Promise<T> {
  const target = await b.browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(b.base), { timeout: 10_000 });
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- code in a string: the caller names what its function returns
  return worker.evaluate(`(async () => { const api = chrome; return (${fn})(api); })()`) as Promise<T>;
}

/** Chromium: opens the real toolbar popup (for the active tab) and returns its page. */
export async function openRealPopup(b: ExtensionBrowser): Promise<Page> {
  const url = `${b.base}popup.html`;
  // The harness's own extension page is popup.html too: wait for a target that is new.
  const before = new Set(b.browser.targets());
  const found = b.browser.waitForTarget((t) => !before.has(t) && t.url() === url, { timeout: 10_000 });
  await inServiceWorker(b, '(api) => api.action.openPopup()');
  const target = await found;
  const page = (await target.page()) ?? (await target.asPage());
  await page.waitForSelector('[role=tab]', { timeout: 10_000 });
  return page;
}
