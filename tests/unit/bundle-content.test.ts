import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The always-loaded content script must carry none of the engine's code: every page pays for
// what it holds. This bundles each entrypoint as the build does and reads which source files
// went in (esbuild's metafile), so an import by mistake fails here, by name, before any bench.

/** Source that belongs to the lazily loaded parts only. */
const ENGINE_ONLY: Array<[string, RegExp]> = [
  ['the engine entrypoint', /^entrypoints\/engine\//],
  ['a Preact view', /^components\//],
  ['Preact', /node_modules\/preact\//],
  ['Floating UI', /node_modules\/@floating-ui\//],
  ['the full detector', /^utils\/detect\.ts$/],
  ['a language lexicon', /^utils\/detect\/lexicon\//],
  ['the fact sheet', /^(utils\/fact-sheet|utils\/card-content|assets\/fact-sheet)/],
];

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

function engineCodeIn(inputs: string[]): string[] {
  return inputs.flatMap((file) => ENGINE_ONLY.filter(([, rule]) => rule.test(file)).map(([what]) => `${what}: ${file}`));
}

describe('what the always-loaded content script bundles', () => {
  it('holds no engine code: no lexicon, no full detector, no card UI, nothing from entrypoints/engine', async () => {
    const inputs = await inputsOf('entrypoints/content/index.ts');
    expect(inputs).toContain('entrypoints/content/scanner.ts'); // the bundle was really read
    expect(engineCodeIn(inputs)).toEqual([]);
  });

  it('would name engine code if it were there (the engine entrypoint holds all of it)', async () => {
    const found = engineCodeIn(await inputsOf('entrypoints/engine/index.ts'));
    for (const [what] of ENGINE_ONLY) expect(found.some((f) => f.startsWith(what + ':')), what).toBe(true);
  });
});
