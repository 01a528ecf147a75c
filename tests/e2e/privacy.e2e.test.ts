import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { ROOT } from './harness/paths';
import { useExtensionBrowser } from './harness/suite';
import { isRecord } from '../../utils/guards';

// What a page can learn of us from its own world. No file of the build may be fetched at its
// static URL (no web-accessible resources: a site could otherwise tell the extension is installed
// by fetching, say, chrome-extension://<store id>/engine.js), and a page without mentions finds
// nothing of ours: no global, no highlight, no style rule, no resource entry, no message.

const OUTPUT: Record<BrowserName, string> = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('what a page can find of us in %s', (name) => {
  const env = useExtensionBrowser(name);
  /** The page's console errors that the probe itself causes (each refused load logs one). */
  let probeErrors: [number, number] = [0, 0];

  it('cannot fetch or load any file of the build at its static URL, even once the engine has loaded', async () => {
    const dir = join(ROOT, OUTPUT[name]);
    const files = filesOf(dir).map((f) => relative(dir, f).split('\\').join('/'));
    expect(files).toEqual(expect.arrayContaining(['engine.js', 'content-scripts/content.js', 'highlights.css', 'manifest.json']));
    // A page with mentions: the engine and the highlights' sheet are in use in it.
    const { page, tabId } = await env.b.openTab(env.server.url('/news-en.html'));
    await env.b.settle(tabId);
    expect((await env.b.status(tabId)).count).toBeGreaterThan(0);
    const before = env.b.pageErrors.length;
    const reached = await page.evaluate(
      async (base: string, paths: string[], own: string) => {
        const fetched = async (url: string) => {
          try {
            await fetch(url);
            return true;
          } catch {
            return false;
          }
        };
        const loaded = (url: string) =>
          new Promise<boolean>((resolve) => {
            const s = document.createElement('script');
            s.src = url;
            s.onload = () => resolve(true);
            s.onerror = () => resolve(false);
            document.head.append(s);
            setTimeout(() => resolve(false), 3000);
          });
        const out: string[] = [];
        for (const path of paths) {
          if (await fetched(base + path)) out.push(`fetch ${path}`);
          if (path.endsWith('.js') && (await loaded(base + path))) out.push(`script ${path}`);
        }
        // The control: the same fetch reaches the page's own files.
        return { reached: out, control: await fetched(own) };
      },
      env.b.base,
      files,
      env.server.url('/plain.html'),
    );
    await new Promise((r) => setTimeout(r, 500)); // the last refusals' console lines
    probeErrors = [before, env.b.pageErrors.length];
    expect(reached.control).toBe(true);
    expect(reached.reached).toEqual([]);
  });

  it('leaves nothing in the page world of a page without mentions', async () => {
    const { page, tabId } = await env.b.openTab(env.server.url('/watched.html'));
    await env.b.settle(tabId);
    expect(await env.b.status(tabId)).toMatchObject({ busy: false, count: 0, active: true });
    const seen = await page.evaluate(() => {
      const p = document.querySelector('p')!;
      const look = (pseudo: string) => {
        const s = getComputedStyle(p, pseudo);
        return `${s.backgroundColor} ${s.textDecorationLine} ${s.textDecorationStyle}`;
      };
      return {
        globals: Object.getOwnPropertyNames(window).filter((n) => /kursk|engine|wxt/i.test(n)),
        highlights: globalThis.CSS.highlights?.size ?? 0,
        adopted: document.adoptedStyleSheets.length,
        sheets: document.styleSheets.length,
        markup: /kursk/i.test(document.documentElement.outerHTML),
        resources: performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => !u.startsWith(location.origin)),
        heard: window.__heard!,
        // Our rules, if they were in the document, would style these names and not a made-up one.
        ruleLooks: ['kursk-context-underline', 'kursk-context-fill', 'kursk-context-active'].map((n) => look(`::highlight(${n})`)),
        unknownLook: look('::highlight(nobody-uses-this-name)'),
      };
    });
    expect(seen).toEqual({
      globals: [],
      highlights: 0,
      adopted: 0,
      sheets: 0,
      markup: false,
      resources: [],
      heard: [],
      ruleLooks: [seen.unknownLook, seen.unknownLook, seen.unknownLook],
      unknownLook: seen.unknownLook,
    });
  });

  it.runIf(name === 'chromium')('asks for no permission with a new install warning (the engine is run by the background)', async () => {
    const manifest: unknown = JSON.parse(readFileSync(join(ROOT, OUTPUT[name], 'manifest.json'), 'utf8'));
    if (!isRecord(manifest)) throw new Error('manifest.json is not an object');
    // The same manifest without what running the engine from the background needs.
    const without = { ...manifest, permissions: ['storage'], host_permissions: [] };
    const warnings = (m: unknown) =>
      env.b.ext<string[]>('(api, m) => new Promise((ok) => chrome.management.getPermissionWarningsByManifest(m, ok))', JSON.stringify(m));
    const now = await warnings(manifest);
    expect(now.length).toBeGreaterThan(0); // the content script's access to every site is announced
    expect(now).toEqual(await warnings(without));
  });

  it("sends nothing off the machine and logs no error but the probe's refused loads", () => {
    expect(env.b.offMachine).toEqual([]);
    const [from, to] = probeErrors;
    expect([...env.b.pageErrors.slice(0, from), ...env.b.pageErrors.slice(to)]).toEqual([]);
  });
});
