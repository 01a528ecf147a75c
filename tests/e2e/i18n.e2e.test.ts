import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceComparison } from '../../utils/fact-sheet';
import { translate } from '../../utils/i18n/translate';
import type { Locale } from '../../utils/i18n/locales';
import { numbersIn } from '../unit/numbers-in';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { HOST_TAG, pointOf, waitForCard } from './harness/page';
import { ARTIFACTS, FIXTURES, ROOT } from './harness/paths';
import { openPopupPage, selectTab } from './harness/popup';
import { startServer, type FixtureServer } from './harness/server';

// The card and the popup in browsers launched in Korean, German and Arabic: the language and
// direction the reader gets, the English quote kept left to right, and nothing wider than the
// card or the popup (no horizontal scroll, no clipped text) with every fact and caveat shown.

/** What overflows, read in the page: elements wider than their box or sticking out of `root`'s sides. */
function overflowIn(page: Page, where: 'card' | 'popup') {
  return page.evaluate(
    (tag: string, kind: string) => {
      // The popup is as wide as its body (360 px), whatever the window it is opened in.
      const root = kind === 'card' ? (document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card') ?? null) : document.body;
      if (!root) return ['no root'];
      const box = root.getBoundingClientRect();
      const found: string[] = [];
      if (root.scrollWidth > root.clientWidth + 1) found.push(`${kind} scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
      const page = document.documentElement;
      if (page.scrollWidth > page.clientWidth + 1) found.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not rendered (closed <details>, hidden)
        const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 40)}"`;
        if (r.left < box.left - 1 || r.right > box.right + 1) found.push(`${name} outside [${r.left}, ${r.right}]`);
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) found.push(`${name} clipped`);
      }
      return found;
    },
    HOST_TAG,
    where,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('in %s', (name) => {
  describe.each<Locale>(['ko', 'de', 'ar'])('launched in %s', (locale) => {
    const t = translate(locale);
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    let b: ExtensionBrowser;
    let server: FixtureServer;
    beforeAll(async () => {
      server = await startServer([FIXTURES]);
      b = await launch(name, { locale });
      await mkdir(ARTIFACTS, { recursive: true });
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    it('runs the browser in that language', async () => {
      expect(await b.ext<string>('(api) => api.i18n.getUILanguage()')).toMatch(new RegExp(`^${locale}\\b`));
    });

    it('opens the card in that language and direction, the article’s words in English, nothing overflowing', async () => {
      const { page, tabId } = await b.openTab(server.url('/news-en.html'));
      await page.setViewport({ width: 1000, height: 800 });
      await b.settle(tabId);
      const p = await pointOf(page, 'contingent in Russia at 3,000 troops');
      await page.mouse.move(p.x, p.y);
      expect((await waitForCard(page, true, 3000)).open).toBe(true);
      await new Promise((r) => setTimeout(r, 300)); // past the fade-in
      const card = await page.evaluate((tag: string) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        const el = root.querySelector<HTMLElement>('.card')!;
        const quote = root.querySelector<HTMLElement>('blockquote.quote');
        return {
          lang: el.getAttribute('lang'),
          dir: getComputedStyle(el).direction,
          title: root.querySelector('h2')?.textContent ?? '',
          comparison: root.querySelector('.comparison')?.textContent ?? '',
          quoteLang: quote?.getAttribute('lang'),
          quoteDir: quote ? getComputedStyle(quote).direction : '',
          translation: root.querySelector('.quote-translation')?.textContent ?? '',
          text: el.textContent ?? '',
        };
      }, HOST_TAG);
      expect(card.lang).toBe(locale);
      expect(card.dir).toBe(dir);
      expect(card.title).toBe(t.topic);
      // The page is English; its figure is set beside the article's in the reader's words and numbers.
      const line = t.comparison(referenceComparison('troops', 3000)!);
      expect(card.comparison.startsWith(t('compareLine').split('{page}')[0])).toBe(true);
      expect(numbersIn(card.comparison)).toEqual(numbersIn(line));
      expect(card.quoteLang).toBe('en');
      expect(card.quoteDir).toBe('ltr');
      expect(card.translation).toContain(t('quoteTranslation'));
      expect(card.text).toContain(t('cardCaveats'));
      expect(card.text).toContain('North Korean troops enter Ukraine war and face deadly consequences');
      expect(card.text).not.toMatch(/\{[A-Za-z0-9]+\}/);
      if (name === 'chromium') {
        await page.screenshot({ path: join(ARTIFACTS, `card-${locale}.png`) });
        // The README's pictures: kept only when asked for, so a test run leaves the tree as it was.
        if (process.env.KC_README_SHOTS) await copyFile(join(ARTIFACTS, `card-${locale}.png`), join(ROOT, `assets/readme/card-${locale}.png`));
      }
      // Every fact (the "more facts" list open) and every caveat: the longest strings the card shows.
      await page.evaluate((tag: string) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        root.querySelectorAll('details').forEach((d) => (d.open = true));
      }, HOST_TAG);
      await new Promise((r) => setTimeout(r, 100));
      expect(await overflowIn(page, 'card')).toEqual([]);
    });

    it('shows the popup in that language and direction, every tab without horizontal scroll', async () => {
      const { tabId } = await b.openTab(server.url('/news-en.html'));
      await b.settle(tabId);
      const popup = await openPopupPage(b, tabId);
      await popup.waitForFunction((l: string) => document.documentElement.lang === l, { timeout: 5000 }, locale);
      const doc = await popup.evaluate(() => ({
        dir: getComputedStyle(document.body).direction,
        tabs: [...document.querySelectorAll('[role=tab]')].map((el) => ({ text: el.textContent, left: el.getBoundingClientRect().left })),
      }));
      expect(doc.dir).toBe(dir);
      expect(doc.tabs.map((x) => x.text)).toEqual([t('popupTabPage'), t('popupTabSheet'), t('popupTabSettings')]);
      // Mirrored: in Arabic the first tab is the rightmost.
      expect(doc.tabs[0].left > doc.tabs[2].left).toBe(dir === 'rtl');
      for (const tab of [t('popupTabPage'), t('popupTabSheet'), t('popupTabSettings')]) {
        await selectTab(popup, tab);
        await new Promise((r) => setTimeout(r, 100));
        expect(await overflowIn(popup, 'popup'), tab).toEqual([]);
      }
      await popup.close();
    });
  });
});
