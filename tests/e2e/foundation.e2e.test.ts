import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { useExtensionBrowser } from './harness/suite';

describe.each<BrowserName>(['chromium', 'firefox'])('foundation in %s', (name) => {
  const env = useExtensionBrowser(name);

  it('loads the extension and renders its popup', async () => {
    // The background answers (a tab it has never heard of has no counts).
    const summary = await env.b.ext<unknown>('(api) => api.runtime.sendMessage({ type: "tab-summary", data: { tabId: -1 } }).then((a) => a.reply)');
    expect(summary).toEqual({ total: 0, byAspect: [], frames: 0 });
    const page = await env.b.extensionPage();
    const heading = await page.$eval('h1', (h) => h.textContent);
    expect(heading).toMatch(/Kursk Context/);
  });

  it('runs the content script on a page from 127.0.0.1, which reports to the background', async () => {
    const { tabId } = await env.b.openTab(env.server.url('/plain.html'));
    await env.b.settle(tabId);
    const status = await env.b.status(tabId);
    expect(status).toMatchObject({ busy: false, count: 0, active: true, top: true });
    // A page that never mentions the topic sends the background nothing at all.
    expect((await env.b.summary(tabId)).frames).toBe(0);
    expect(await env.b.badge(tabId)).toBe('');
  });

  it('sends nothing off the machine and logs no error', () => {
    expect(env.b.offMachine).toEqual([]);
    expect(env.b.pageErrors).toEqual([]);
  });
});
