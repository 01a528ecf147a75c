import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import type { BrowserName } from './harness/browsers';
import { HOST_TAG, pointOf, readCard, waitForCard } from './harness/page';
import { ARTIFACTS } from './harness/paths';
import { openPopupPage, selectTab, waitForPopup } from './harness/popup';
import { useExtensionBrowser } from './harness/suite';

// axe-core on what a reader meets: the open card on a page and every view of the popup, in a
// light and a dark colour scheme, in real Chromium and Firefox. 0 violations.

type Scheme = 'light' | 'dark';

/** Chromium emulates the scheme per page; Firefox has it from its launch pref. Either way, checked. */
async function prefer(page: Page, name: BrowserName, scheme: Scheme): Promise<void> {
  if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  expect(dark, `the page prefers ${scheme}`).toBe(scheme === 'dark');
}

const cases: Array<[BrowserName, Scheme]> = [
  ['chromium', 'light'],
  ['chromium', 'dark'],
  ['firefox', 'light'],
  ['firefox', 'dark'],
];

describe.each(cases)('accessibility in %s, %s', (name, scheme) => {
  const env = useExtensionBrowser(name, { colorScheme: scheme });

  it('axe finds what it should on a page made to fail it', async () => {
    const url = env.server.put(
      'a11y-control.html',
      '<!doctype html><title>control</title><main><button></button><p style="color:#bbb;background:#fff">faint</p></main>',
    );
    const { page } = await env.b.openTab(url);
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(['button-name', 'color-contrast', 'html-has-lang', 'page-has-heading-one']);
  });

  it('the open card has no axe violation, and the count and its title are spoken', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await page.setViewport({ width: 1000, height: 800 });
    await prefer(page, name, scheme);
    await env.b.settle(tabId);
    // A screen reader hears the count in the toolbar button's name (the badge is only drawn).
    const title = await env.b.ext<string>('(api, tabId) => (api.action ?? api.browserAction).getTitle({ tabId })', tabId);
    expect(title).toBe('Kursk Context — mentions on this page: 5');
    const p = await pointOf(page, 'contingent in Russia at 3,000 troops');
    await page.mouse.move(p.x, p.y, { steps: 3 });
    expect((await waitForCard(page, true, 3000)).open).toBe(true);
    await new Promise((r) => setTimeout(r, 300)); // past the fade-in, whose opacity axe would measure
    // With the card's "more facts" open too: everything in it is checked.
    await page.evaluate((tag: string) => {
      const more = document.querySelector(tag)?.shadowRoot?.querySelector('details');
      if (more) more.open = true;
    }, HOST_TAG);
    expect(await axeViolations(page, [HOST_TAG, '.card'])).toEqual([]);
    // The card is a dialog named by its title, which is what a screen reader announces on opening it.
    expect((await readCard(page)).label).toBe("North Korean troops in Russia's war against Ukraine");
  });

  it('every popup view has no axe violation', async () => {
    const { tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await env.b.settle(tabId);
    const popup = await openPopupPage(env.b, tabId);
    await prefer(popup, name, scheme);
    await waitForPopup(popup, (v) => v.state === 'ready' && v.mentions.length > 0);
    const seen: Record<string, unknown> = {};
    seen['This page'] = await axeViolations(popup);
    await popup.screenshot({ path: join(ARTIFACTS, `a11y-popup-page-${name}-${scheme}.png`) });
    for (const tab of ['Fact sheet', 'Settings']) {
      await selectTab(popup, tab);
      seen[tab] = await axeViolations(popup);
    }
    await popup.close();
    // A page without mentions: the popup's empty state.
    const none = await env.b.openTab(env.server.url('/plain.html'));
    await env.b.settle(none.tabId);
    const empty = await openPopupPage(env.b, none.tabId);
    await prefer(empty, name, scheme);
    await waitForPopup(empty, (v) => v.state === 'none');
    seen['no mention'] = await axeViolations(empty);
    await empty.close();
    const sheet = await openPopupPage(env.b, null, 'view=sheet');
    await prefer(sheet, name, scheme);
    seen['sheet page'] = await axeViolations(sheet);
    await sheet.close();
    expect(seen).toEqual({ 'This page': [], 'Fact sheet': [], Settings: [], 'no mention': [], 'sheet page': [] });
  });

  it('sent nothing off the machine and logged no error', () => {
    expect(env.b.offMachine).toEqual([]);
    expect(env.b.pageErrors).toEqual([]);
  });
});
