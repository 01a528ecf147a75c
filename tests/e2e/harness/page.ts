import type { Page } from 'puppeteer-core';

// What a user sees on a page, read the way a test can: highlight counts, the card in our
// shadow root, the page's own markup. Functions run in the page's main world.

export const HOST_TAG = 'kursk-context-card';

/** The number of ranges in our highlight, as the page's own CSS.highlights registry holds it. */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const h = globalThis.CSS?.highlights?.get('kursk-context-mention');
    return h ? h.size : 0;
  });
}

/** The names of ours in the page's highlight registry: a page can read them, so they are a sign of us. */
export function ourHighlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reg = globalThis.CSS?.highlights;
    return reg ? [...reg.keys()].filter((name) => name.startsWith('kursk-context')) : [];
  });
}

export interface HighlightLook {
  /** Our styled highlight names that hold the mentions (the reader's chosen style). */
  names: string[];
  /** What our sheet gives those names on the first highlighted element: proof that it is there. */
  underline: string;
  fill: string;
}

/** How our highlights are painted: the styled names in use, and the styles our sheet gives them. */
export function highlightLook(page: Page): Promise<HighlightLook> {
  return page.evaluate(() => {
    const reg = globalThis.CSS?.highlights;
    const styled = ['kursk-context-underline', 'kursk-context-fill'];
    const names = styled.filter((n) => (reg?.get(n)?.size ?? 0) > 0);
    const first = [...(reg?.get('kursk-context-mention') ?? [])][0];
    const el = first ? first.startContainer.parentElement : document.body;
    const look = (name: string) => (el ? getComputedStyle(el, `::highlight(${name})`) : null);
    return {
      names,
      underline: look('kursk-context-underline')?.textDecorationLine ?? '',
      fill: look('kursk-context-fill')?.backgroundColor ?? '',
    };
  });
}

/** The centre of the first line box of the first occurrence of `text` on the page. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // The phrase may span several text nodes: join the body's text and map back.
    const nodes: Text[] = [];
    let all = '';
    const isText = (n: Node): n is Text => n.nodeType === 3; // the walker shows text nodes only
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!isText(n)) continue;
      nodes.push(n);
      all += n.data;
    }
    const at = all.indexOf(needle);
    if (at < 0) return null;
    let offset = 0;
    for (const node of nodes) {
      if (at < offset + node.data.length) {
        const range = document.createRange();
        range.setStart(node, at - offset);
        range.setEnd(node, Math.min(node.data.length, at - offset + 2));
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      offset += node.data.length;
    }
    return null;
  }, text);
  if (!point) throw new Error(`text not on page: ${text}`);
  return point;
}

export interface CardView {
  open: boolean;
  label: string | null;
  text: string;
  focusedInside: boolean;
  /** The card's computed background and position: proof that our styles applied. */
  background: string;
  position: string;
}

export function readCard(page: Page): Promise<CardView> {
  return page.evaluate((tag: string) => {
    const host = document.querySelector(tag);
    const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!host || !card) return { open: false, label: null, text: '', focusedInside: false, background: '', position: '' };
    const labelId = card.getAttribute('aria-labelledby');
    const label = labelId ? (host.shadowRoot!.getElementById(labelId)?.textContent ?? null) : null;
    const active = host.shadowRoot!.activeElement;
    const style = getComputedStyle(card);
    return {
      open: true,
      label,
      text: card.innerText || card.textContent || '',
      focusedInside: document.activeElement === host && !!active && card.contains(active),
      background: style.backgroundColor,
      position: style.position,
    };
  }, HOST_TAG);
}

export async function waitForCard(page: Page, open: boolean, timeoutMs = 3000): Promise<CardView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await readCard(page);
    if (card.open === open || Date.now() > deadline) return card;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The page's markup with our host taken out, for comparing with the page as served. */
export function markupWithoutOurHost(page: Page): Promise<string> {
  return page.evaluate((tag: string) => {
    const isElement = (n: Node): n is Element => n.nodeType === 1; // by type: the page may replace Element
    const copy = document.documentElement.cloneNode(true);
    if (!isElement(copy)) throw new Error('the clone of an element is an element');
    copy.querySelectorAll(tag).forEach((el) => el.remove());
    return copy.outerHTML;
  }, HOST_TAG);
}

/** The same page's markup as the browser parses it from the source, without running anything. */
export function markupAsServed(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
  });
}
