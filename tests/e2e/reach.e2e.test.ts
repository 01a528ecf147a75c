import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { HOST_TAG, highlightCount, pointOf, readCard, waitForCard } from './harness/page';
import { ARTIFACTS, FIXTURES } from './harness/paths';
import { useExtensionBrowser } from './harness/suite';

// Readers the desktop mouse does not stand for: high-contrast palettes and phones.

/** Our sheet's colours for the highlight names, beside the system colours they should be. */
function highlightColours(page: Page) {
  return page.evaluate(() => {
    const reg = globalThis.CSS.highlights;
    const el = [...reg.get('kursk-context-mention')!][0].startContainer.parentElement!;
    const pseudo = (name: string) => getComputedStyle(el, `::highlight(${name})`);
    const system = (colour: string) => {
      const probe = document.createElement('span');
      probe.style.cssText = `forced-color-adjust: none; color: ${colour}`;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      fill: pseudo('kursk-context-fill').backgroundColor,
      fillText: pseudo('kursk-context-fill').color,
      underline: pseudo('kursk-context-underline').textDecorationColor,
      mark: system('Mark'),
      markText: system('MarkText'),
      canvasText: system('CanvasText'),
    };
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('forced colours in %s', (name) => {
  const env = useExtensionBrowser(name, { forcedColors: true });

  it('paints the highlights in the system colours', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    if (name === 'chromium') {
      // Puppeteer's helper refuses this feature; the protocol call it wraps takes it.
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    }
    await env.b.settle(tabId);
    expect(await highlightCount(page)).toBe(5);
    const c = await highlightColours(page);
    expect(c.forced).toBe(true);
    expect(c.fill).toBe(c.mark);
    expect(c.fillText).toBe(c.markText);
    expect(c.underline).toBe(c.canvasText);
    await page.screenshot({ path: join(ARTIFACTS, `forced-colours-${name}.png`) });
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('a phone in %s', (name) => {
  const env = useExtensionBrowser(name);

  it('opens the card by a tap, fits it in 360 px, and closes it by a tap elsewhere', async () => {
    // The news page as a phone-ready site serves it: laid out at the device's width.
    const html = (await readFile(join(FIXTURES, 'news-en.html'), 'utf8')).replace(
      '<head>',
      '<head><meta name="viewport" content="width=device-width, initial-scale=1">',
    );
    const { page, tabId } = await env.b.openTab(env.server.put('news-phone.html', html));
    // Firefox over BiDi sets the size but has no mobile or touch emulation: its taps are real touch input all the same.
    await page.setViewport({ width: 360, height: 740, ...(name === 'chromium' ? { isMobile: true, hasTouch: true } : {}) });
    await env.b.settle(tabId);
    const p = await pointOf(page, 'contingent in Russia at 3,000 troops');
    await page.touchscreen.tap(p.x, p.y);
    const card = await waitForCard(page, true, 3000);
    expect(card.open).toBe(true);
    expect(card.label).toMatch(/North Korean troops/);
    await new Promise((r) => setTimeout(r, 300)); // past the fade-in
    const box = await page.evaluate((tag: string) => {
      const el = document.querySelector(tag)!.shadowRoot!.querySelector('[role="dialog"]')!;
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        width: innerWidth,
        height: innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
      };
    }, HOST_TAG);
    expect(box.width).toBe(360);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(box.scrollWidth).toBeLessThanOrEqual(360); // the card widens nothing
    await page.screenshot({ path: join(ARTIFACTS, `phone-card-${name}.png`) });
    // A tap on the card itself (its text) leaves it open.
    await page.touchscreen.tap((box.left + box.right) / 2, box.top + 12);
    await new Promise((r) => setTimeout(r, 400));
    expect((await readCard(page)).open).toBe(true);
    // A tap on the page away from the card and from any mention closes it.
    const away = box.top > 80 ? { x: 180, y: 20 } : { x: 180, y: box.height - 10 };
    await page.touchscreen.tap(away.x, away.y);
    expect((await waitForCard(page, false, 3000)).open).toBe(false);
  });

  it('sent nothing off the machine and logged no error', () => {
    expect(env.b.offMachine).toEqual([]);
    expect(env.b.pageErrors).toEqual([]);
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('hiding all highlights in %s', (name) => {
  const env = useExtensionBrowser(name);

  /** What the shortcut does (a test cannot press the browser's own shortcut keys): the same handler, by message. */
  const toggle = (tabId: number) =>
    env.b.ext<{ shown: boolean }>(
      '(api, tabId) => api.runtime.sendMessage({ type: "toggle-highlights", data: { tabId } }).then((a) => a.reply)',
      tabId,
    );

  const state = (page: Page) =>
    page.evaluate((tag: string) => {
      const reg = globalThis.CSS.highlights;
      const painted = ['kursk-context-underline', 'kursk-context-fill'].filter((n) => (reg.get(n)?.size ?? 0) > 0);
      const region = document.querySelector(tag)?.shadowRoot?.querySelector('[role="status"]');
      return { painted, said: region?.textContent ?? null, live: region?.getAttribute('aria-live') ?? null };
    }, 'kursk-context-status');

  it('hides and shows every highlight of the tab, frames too, says so to screen readers, and opens no card on a hidden one', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/structure.html'));
    await page.setViewport({ width: 1000, height: 800 });
    await env.b.settle(tabId);
    expect((await state(page)).painted).toEqual(['kursk-context-underline', 'kursk-context-fill']);
    const framePainted = () =>
      page.evaluate(() => {
        // A frame's window, typed as a Window, has the same CSS.highlights as the top one.
        const win: { document: Document; CSS?: { highlights: HighlightRegistry } } | null =
          document.querySelector<HTMLIFrameElement>('iframe#frame')!.contentWindow;
        return (win!.CSS!.highlights.get('kursk-context-fill')?.size ?? 0) > 0;
      });
    expect(await framePainted()).toBe(true);

    expect(await toggle(tabId)).toEqual({ shown: false });
    let s = await state(page);
    for (let i = 0; i < 20 && s.painted.length > 0; i++) s = await state(page);
    expect(s).toEqual({ painted: [], said: 'Highlights hidden on this page. Press the shortcut again to show them.', live: 'polite' });
    expect(await framePainted()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, `highlights-hidden-${name}.png`) });
    // Resting on a hidden mention opens no card.
    const box = (await (await page.$('#item'))!.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 3 });
    await new Promise((r) => setTimeout(r, 1200));
    expect((await readCard(page)).open).toBe(false);

    expect(await toggle(tabId)).toEqual({ shown: true });
    s = await state(page);
    expect(s).toEqual({ painted: ['kursk-context-underline', 'kursk-context-fill'], said: 'Highlights shown on this page.', live: 'polite' });
    expect(await framePainted()).toBe(true);
    await page.mouse.move(box.x + 44, box.y + box.height / 2, { steps: 3 });
    expect((await waitForCard(page, true, 3000)).open).toBe(true);
  });
});
