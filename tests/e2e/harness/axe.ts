import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

// axe-core, run in the page itself (page or extension page), over the whole document or over
// one part of it, shadow roots included.

const source = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing node: its selector and axe's summary of what is wrong. */
  nodes: string[];
}

/**
 * The violations axe finds. `within` is a path of selectors through shadow roots (the host,
 * then what to check inside it); without it, the whole document.
 */
export async function axeViolations(page: Page, within?: string[]): Promise<Violation[]> {
  const ready = await page.evaluate('typeof window.axe === "object"');
  // Evaluated by the driver, not added as a <script>: an extension page's CSP allows no inline script.
  if (!ready) await page.evaluate(`${await source}\n;undefined`);
  return page.evaluate(async (path: string[] | null) => {
    const axe = window.axe!;
    const context = path ? { include: { fromShadowDom: path } } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    // A context that matched nothing passes every rule by checking nothing: that is no pass.
    if (result.passes.length === 0) throw new Error('axe checked nothing here');
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    }));
  }, within ?? null);
}
