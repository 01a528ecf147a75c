import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { useExtensionBrowser } from './harness/suite';
import { highlightCount, markupAsServed, markupWithoutOurHost } from './harness/page';

// Real pages (fixtures/real: text quoted from public pages, each with its source URL): pages on
// Korea, Russia or troops that are not about the deployment get no highlight; a page with one
// real mention gets exactly one.
const UNRELATED = ['armistice-en.html', 'panmunjom-en.html', 'kursk-incursion-en.html', 'kursk-fighting-de.html'];

describe.each<BrowserName>(['chromium', 'firefox'])('on real pages in %s', (name) => {
  const env = useExtensionBrowser(name);

  it.each(UNRELATED)('highlights nothing on %s', async (file) => {
    const { page, tabId } = await env.b.openTab(env.server.url(`/real/${file}`));
    await env.b.settle(tabId);
    expect(await highlightCount(page)).toBe(0);
    expect(await env.b.badge(tabId)).toBe('');
  });

  it('highlights the one mention of a page that has one', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/real/one-mention-pt.html'));
    await env.b.settle(tabId);
    expect(await highlightCount(page)).toBe(1);
    expect(await env.b.badge(tabId)).toBe('1');
    expect(await markupWithoutOurHost(page)).toBe(await markupAsServed(page));
  });
});
