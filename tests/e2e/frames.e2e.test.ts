import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { ARTIFACTS } from './harness/paths';
import { useExtensionBrowser } from './harness/suite';
import { HOST_TAG } from './harness/page';

// Frames without a URL of their own: srcdoc, about:blank written by the page, blob:, and each
// nested in another. They share the page's origin, so the page's own world can read their
// documents: what it sees there is what a reader sees.

/** Each frame of frames.html by its path of iframe ids, and the text of its one mention. */
const FRAMES: Array<{ path: string[]; text: string }> = [
  { path: ['srcdoc'], text: 'North Korean soldiers were captured' },
  { path: ['srcdoc', 'inner'], text: 'the Storm Corps was sent' },
  { path: ['blank'], text: 'Pyongyang has sent thousands of soldiers' },
  { path: ['blank', 'inner'], text: 'North Korean soldiers were killed' },
  { path: ['blob'], text: 'North Korean troops are fighting' },
  { path: ['blob', 'inner'], text: 'North Korean soldiers fought' },
];

interface FrameView {
  url: string;
  highlights: number;
  card: string | null;
  /** Where the phrase is, in the top page's viewport. */
  point: { x: number; y: number } | null;
  /** Style sheets the frame's document has adopted (ours, where the background cannot add it). */
  adopted: number;
}

/** What the page's world sees in one nested frame: its URL, our highlights and an open card. */
function inFrame(page: Page, path: string[], text: string): Promise<FrameView> {
  return page.evaluate(
    (path: string[], text: string, tag: string) => {
      let win: Window = window;
      let x = 0;
      let y = 0;
      for (const id of path) {
        const frame = win.document.querySelector<HTMLIFrameElement>(`iframe[id="${id}"]`)!;
        const box = frame.getBoundingClientRect();
        x += box.left + frame.clientLeft;
        y += box.top + frame.clientTop;
        win = frame.contentWindow!;
      }
      const doc = win.document;
      // A frame's window, typed as a Window, has the same CSS.highlights as the top one.
      const frameWin: { document: Document; CSS?: { highlights?: HighlightRegistry } } = win;
      const reg = frameWin.CSS?.highlights;
      const card = doc.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]');
      // The centre of the highlighted phrase's first line box, in the top page's viewport.
      const range = [...(reg?.get('kursk-context-mention') ?? [])]
        .filter((r): r is Range => 'getClientRects' in r) // our ranges are live ones
        .find((r) => r.startContainer.textContent?.includes(text));
      const r = range?.getClientRects()[0];
      const point = r ? { x: x + r.left + r.width / 2, y: y + r.top + r.height / 2 } : null;
      return {
        url: doc.URL,
        highlights: reg?.get('kursk-context-mention')?.size ?? 0,
        card: card ? (card.getAttribute('aria-labelledby') ? card.textContent : '') : null,
        point,
        adopted: doc.adoptedStyleSheets.length,
      };
    },
    path,
    text,
    HOST_TAG,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('frames without a URL of their own in %s', (name) => {
  const env = useExtensionBrowser(name);
  it('highlights and counts mentions in srcdoc, about:blank and blob: frames, nested too, and opens their cards', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/frames.html'));
    await page.setViewport({ width: 900, height: 1100 });
    await env.b.settle(tabId);
    // The frames report on their own schedule: wait for the badge to stop at the whole count.
    for (let i = 0; i < 100 && Number(await env.b.badge(tabId)) < FRAMES.length + 1; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const seen = [];
    for (const f of FRAMES) seen.push({ path: f.path.join('>'), ...(await inFrame(page, f.path, f.text)) });
    // Each kind of frame is what its name says. document.write (document.open) gives the frame
    // it writes into the URL of the page that wrote: the frame had none of its own.
    expect(seen.map((s) => s.url.split(':')[0])).toEqual(['about', 'about', 'http', 'about', 'blob', 'about']);
    expect(seen[2].url).toBe(page.url());
    expect(seen.map((s) => [s.path, s.highlights])).toEqual(FRAMES.map((f) => [f.path.join('>'), 1]));
    // The highlights' sheet reaches each frame from the background, out of the page's sight,
    // except Firefox's blob: frame, which the background cannot reach: that document adopts it.
    const adopts = (path: string) => name === 'firefox' && path === 'blob';
    expect(seen.map((s) => [s.path, s.adopted])).toEqual(seen.map((s) => [s.path, adopts(s.path) ? 1 : 0]));
    expect(await env.b.badge(tabId)).toBe(String(FRAMES.length + 1));
    expect((await env.b.summary(tabId)).total).toBe(FRAMES.length + 1);

    for (const f of FRAMES) {
      const { point } = await inFrame(page, f.path, f.text);
      expect(point, f.path.join('>')).not.toBeNull();
      // A pointer comes from somewhere, in steps, and a hand resting on a phrase still moves a little.
      await page.mouse.move(point!.x, point!.y, { steps: 6 });
      await new Promise((r) => setTimeout(r, 100));
      await page.mouse.move(point!.x + 1, point!.y);
      let card: string | null = null;
      for (let i = 0; i < 60 && !card; i++) {
        await new Promise((r) => setTimeout(r, 100));
        card = (await inFrame(page, f.path, f.text)).card;
      }
      expect(card ?? 'none', `card in ${f.path.join('>')}`).toMatch(/North Korean troops in Russia/);
      if (f.path.join('>') === 'srcdoc>inner') await page.screenshot({ path: join(ARTIFACTS, `frames-card-${name}.png`) });
      // Away from it, the card closes after its grace period.
      await page.mouse.move(880, 5);
      for (let i = 0; i < 30 && card; i++) {
        await new Promise((r) => setTimeout(r, 100));
        card = (await inFrame(page, f.path, f.text)).card;
      }
      expect(card, `card closed in ${f.path.join('>')}`).toBeNull();
    }
  });

  it('sent nothing off the machine and logged no error', () => {
    expect(env.b.offMachine).toEqual([]);
    expect(env.b.pageErrors).toEqual([]);
  });
});
