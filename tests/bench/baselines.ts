// The baselines that `npm run bench` loads as extensions, so that each is measured exactly as
// ours is (a content script at document_idle in an isolated world, traced with and without):
// - floor: reads `document.body.textContent` once and runs one regex pass over it, the least
//   any content script that looks at a page's text can cost;
// - mark.js: marks the same terms with one regex over the whole page, across inline elements;
// - highlights: the floor's regex run over each text node, its matches painted the way ours are
//   (the same highlight names, and our sheet inserted by a background with the first match):
//   what the page pays for the highlights themselves, whoever finds the mentions.
// (The empty WXT content script, the fourth baseline, is built by WXT: tests/bench/bare.)
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One regex for the terms; whitespace between words may be any run of it. */
export function termsRegexSource(terms: readonly string[]): string {
  return terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}

/** The attribute mark.js's content script sets when it is done: the bench's settle signal. */
export const MARKED_ATTRIBUTE = 'data-bench-marked';

const manifest = (name: string, js: string[], background?: string) =>
  JSON.stringify(
    {
      manifest_version: 3,
      name,
      version: '1.0.0',
      content_scripts: [{ matches: ['<all_urls>'], all_frames: true, run_at: 'document_idle', js }],
      ...(background && { background: { service_worker: background }, permissions: ['scripting'], host_permissions: ['<all_urls>'] }),
    },
    null,
    2,
  );

/** Writes the three baseline extensions under `outDir`; gives their folders. */
export function writeBaselines(
  outDir: string,
  files: { markJs: string; sheet: string },
  terms: readonly string[],
  highlightNames: readonly string[],
): { floor: string; markjs: string; highlights: string } {
  const source = JSON.stringify(termsRegexSource(terms));
  const floor = join(outDir, 'bench-floor');
  mkdirSync(floor, { recursive: true });
  writeFileSync(join(floor, 'manifest.json'), manifest('Bench floor: one read of the text, one regex pass', ['floor.js']));
  writeFileSync(
    join(floor, 'floor.js'),
    `(() => {
  const text = document.body ? document.body.textContent : '';
  const re = new RegExp(${source}, 'gi');
  let n = 0;
  while (re.exec(text) !== null) n++;
  globalThis.__benchFloorMatches = n;
})();
`,
  );
  const markjs = join(outDir, 'bench-markjs');
  mkdirSync(markjs, { recursive: true });
  writeFileSync(join(markjs, 'manifest.json'), manifest('Bench baseline: mark.js, one regex', ['mark.min.js', 'run.js']));
  copyFileSync(files.markJs, join(markjs, 'mark.min.js'));
  writeFileSync(
    join(markjs, 'run.js'),
    `new Mark(document.body).markRegExp(new RegExp(${source}, 'gi'), {
  acrossElements: true,
  done: (n) => document.documentElement.setAttribute(${JSON.stringify(MARKED_ATTRIBUTE)}, String(n)),
});
`,
  );
  const highlights = join(outDir, 'bench-highlights');
  mkdirSync(highlights, { recursive: true });
  writeFileSync(join(highlights, 'manifest.json'), manifest('Bench baseline: highlights only', ['run.js'], 'background.js'));
  copyFileSync(files.sheet, join(highlights, 'highlights.css'));
  writeFileSync(
    join(highlights, 'run.js'),
    `(() => {
  const re = new RegExp(${source}, 'gi');
  const ranges = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  if (!ranges.length) return;
  for (const name of ${JSON.stringify(highlightNames)}) CSS.highlights.set(name, new Highlight(...ranges));
  chrome.runtime.sendMessage('sheet');
})();
`,
  );
  writeFileSync(
    join(highlights, 'background.js'),
    `chrome.runtime.onMessage.addListener((message, sender) => {
  if (message !== 'sheet' || !sender.tab) return;
  chrome.scripting.insertCSS({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['highlights.css'] });
});
`,
  );
  return { floor, markjs, highlights };
}
