import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { useExtensionBrowser } from './harness/suite';
import { ARTIFACTS } from './harness/paths';
import { HOST_TAG, highlightCount, ourHighlightNames, markupAsServed, markupWithoutOurHost, pointOf, readCard, waitForCard } from './harness/page';

describe.each<BrowserName>(['chromium', 'firefox'])('on the page in %s', (name) => {
  const env = useExtensionBrowser(name);

  it('highlights every mention of a news page, badges the count, and leaves the markup alone', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await env.b.settle(tabId);
    expect(await env.b.badge(tabId)).toBe('5');
    expect(await highlightCount(page)).toBe(5);
    expect((await env.b.status(tabId)).count).toBe(5);
    // Nothing added but (at most) our host; nothing rewritten.
    expect(await markupWithoutOurHost(page)).toBe(await markupAsServed(page));
  });

  it('opens the card on hover with facts and caveats, compares the page figure, and closes on Esc', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await page.setViewport({ width: 1000, height: 800 });
    await env.b.settle(tabId);
    const p = await pointOf(page, 'contingent in Russia at 3,000 troops');
    await page.mouse.move(p.x, p.y);
    const card = await waitForCard(page, true, 3000);
    expect(card.open).toBe(true);
    expect(card.label).toMatch(/North Korean troops/);
    expect(card.text).toContain('over 11,000');
    expect(card.text).toContain('This page: 3,000 troops. Reference article: over 11,000');
    expect(card.text).toMatch(/caveats/i);
    expect(card.text).toMatch(/reportedly/);
    expect(card.text).toContain('North Korean troops enter Ukraine war and face deadly consequences');
    expect(card.position).toBe('fixed');
    await new Promise((r) => setTimeout(r, 300)); // past the card's fade-in
    await page.screenshot({ path: join(ARTIFACTS, `card-light-${name}.png`) });
    await page.keyboard.press('Escape');
    expect((await waitForCard(page, false)).open).toBe(false);
  });

  it('does not open the card for a pointer that only passes by', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await env.b.settle(tabId);
    const p = await pointOf(page, 'Korean troops had joined');
    await page.mouse.move(p.x, p.y);
    await new Promise((r) => setTimeout(r, 150));
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 700));
    expect((await readCard(page)).open).toBe(false);
  });

  it('reaches mentions from the keyboard: next opens the card with focus inside, Tab stays in, Esc returns', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await env.b.settle(tabId);
    await env.b.ext(
      '(api, tabId) => api.tabs.sendMessage(tabId, { type: "focus-mention", data: { step: "next" } }, { frameId: 0 }).then((a) => a.reply)',
      tabId,
    );
    let card = await waitForCard(page, true);
    expect(card.open).toBe(true);
    expect(card.focusedInside).toBe(true);
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    card = await readCard(page);
    expect(card.focusedInside).toBe(true);
    await page.keyboard.press('Escape');
    card = await waitForCard(page, false);
    expect(card.open).toBe(false);
  });

  it('stays quiet on a page of near misses', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/negatives.html'));
    await env.b.settle(tabId);
    expect(await env.b.badge(tabId)).toBe('');
    expect(await highlightCount(page)).toBe(0);
    // Nothing a page could read tells it the extension is there.
    expect(await ourHighlightNames(page)).toEqual([]);
    expect(await page.$(HOST_TAG)).toBeNull();
  });

  it('joins inline splits, ignores fields, editors and hidden text, and counts an iframe in the badge', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/structure.html'));
    await env.b.settle(tabId);
    expect(await highlightCount(page)).toBe(2); // the split phrase and the list item
    expect((await env.b.status(tabId)).count).toBe(2);
    // The frame's own mention is added to the tab's badge.
    for (let i = 0; i < 50 && (await env.b.badge(tabId)) !== '3'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await env.b.badge(tabId)).toBe('3');
    expect(await markupWithoutOurHost(page)).toBe(await markupAsServed(page));
  });

  it('finds mentions in many languages', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/multilingual.html'));
    await env.b.settle(tabId);
    expect(await highlightCount(page)).toBe(8);
  });

  it('follows a live page: additions, edits, removals and a client-side navigation', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/dynamic.html'));
    await page.waitForFunction(() => window.__done === true, { timeout: 10_000 });
    await env.b.settle(tabId);
    expect(await highlightCount(page)).toBe(2);
    expect(await env.b.badge(tabId)).toBe('2');
  });

  it('works under a strict CSP beside a hostile script, and never throws into the page', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/csp.html'));
    await env.b.settle(tabId);
    expect((await env.b.status(tabId)).count).toBe(1);
    // The page broke createTreeWalker for its own world, so find the phrase by its element's box.
    const box = (await (await page.$('#m'))!.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    const card = await waitForCard(page, true, 3000);
    expect(card.open).toBe(true);
    expect(card.position).toBe('fixed'); // our styles applied despite style-src 'none'
    expect(card.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => window.__errors!)).toEqual([]);
  });

  it('takes a screenshot of the card on a dark page', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await page.setViewport({ width: 1000, height: 800 });
    // Chromium can emulate a dark preference; Firefox over BiDi cannot yet, so there the page alone is dark.
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]).catch(() => undefined);
    await page.evaluate(() => {
      document.body.style.background = '#111';
      document.body.style.color = '#eee';
    });
    await env.b.settle(tabId);
    const p = await pointOf(page, 'Storm Corps has been sent');
    await page.mouse.move(p.x, p.y);
    expect((await waitForCard(page, true, 3000)).open).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: join(ARTIFACTS, `card-dark-${name}.png`) });
  });

  it('sent nothing off the machine and logged no error', () => {
    expect(env.b.offMachine).toEqual([]);
    expect(env.b.pageErrors).toEqual([]);
  });
});
