import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The always-loaded content script must carry none of the engine's code: every page pays for
// what it holds. This bundles each entrypoint as the build does and reads which source files
// went in (esbuild's metafile), so an import by mistake fails here, by name, before any bench.

/** The card's UI: loaded only when a card first opens. */
const CARD_ONLY: Array<[string, RegExp]> = [
  ['the card entrypoint', /^entrypoints\/card\//],
  ['a Preact view', /^components\//],
  ['Preact', /node_modules\/preact\//],
  ['Floating UI', /node_modules\/@floating-ui\//],
  ['the fact sheet', /^(utils\/fact-sheet|utils\/card-content|assets\/fact-sheet)/],
];
/** Source that belongs to the lazily loaded parts only. */
const ENGINE_ONLY: Array<[string, RegExp]> = [
  ['the engine entrypoint', /^entrypoints\/engine\//],
  ['the full detector', /^utils\/detect\.ts$/],
  ['a language lexicon', /^utils\/detect\/lexicon\//],
  ...CARD_ONLY,
];

/** The screen's word sets: loaded only on a page that names North Korea. */
const SCREEN_ONLY: Array<[string, RegExp]> = [['the screen', /^(entrypoints\/screen\/|utils\/detect\/screen)/]];

// `?inline` CSS and the framework's own modules are not what this test is about.
const stubs: Plugin = {
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: /\?inline$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default ""', loader: 'js' }));
  },
};

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    plugins: [stubs],
    external: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'],
    loader: { '.css': 'empty' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.FIREFOX': 'false' },
  });
  return Object.keys(result.metafile.inputs);
}

function found(rules: Array<[string, RegExp]>, inputs: string[]): string[] {
  return inputs.flatMap((file) => rules.filter(([, rule]) => rule.test(file)).map(([what]) => `${what}: ${file}`));
}

describe('what the always-loaded content script bundles', () => {
  it('holds no engine code: no lexicon, no full detector, no card UI, nothing from entrypoints/engine', async () => {
    const inputs = await inputsOf('entrypoints/content/index.ts');
    expect(inputs).toContain('entrypoints/content/scanner.ts'); // the bundle was really read
    expect(found(ENGINE_ONLY, inputs)).toEqual([]);
    expect(found(SCREEN_ONLY, inputs)).toEqual([]);
  });

  it('the screen holds its word sets and nothing of the engine: no lexicon, no detector, no card', async () => {
    const inputs = await inputsOf('entrypoints/screen/index.ts');
    expect(found(SCREEN_ONLY, inputs).length).toBeGreaterThan(0);
    expect(found(ENGINE_ONLY, inputs)).toEqual([]);
  });

  it("the engine holds none of the card's UI, which loads on the first opening", async () => {
    const inputs = await inputsOf('entrypoints/engine/index.ts');
    expect(inputs).toContain('utils/detect.ts');
    expect(found(CARD_ONLY, inputs)).toEqual([]);
  });

  it('would name such code if it were there (the engine and card entrypoints hold all of it)', async () => {
    const all = [...(await inputsOf('entrypoints/engine/index.ts')), ...(await inputsOf('entrypoints/card/index.ts'))];
    const names = found(ENGINE_ONLY, all);
    for (const [what] of ENGINE_ONLY)
      expect(
        names.some((f) => f.startsWith(what + ':')),
        what,
      ).toBe(true);
  });
});
