import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The project stands alone: a clone with nothing beside it must build and pass its tests. This
 * reads every tracked source file and fails on a path that leaves the project folder: a relative
 * string that climbs out of it from the file's own folder, or any way of naming the `shared`
 * folder that sits beside the project on developers' machines.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SELF = 'tests/unit/stands-alone.test.ts';
const SOURCE = /\.(ts|tsx|mts|mjs|cjs|js|json|html|sh)$|(^|\/)\.ci\/run$/;
const QUOTED = /(['"`])((?:\.\.?\/)[^'"`\s$]*)\1/g;
const SIBLING = /\.\.\s*['"`]?\s*[,/+]\s*['"`]?\s*shared\b|\.\.\/shared\b/;

function trackedSources(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  // This file is left out: it spells such paths on purpose, to show the check fails on them.
  return out.split('\n').filter((f) => f && SOURCE.test(f) && f !== 'package-lock.json' && f !== SELF);
}

export function escapes(file: string, text: string): string[] {
  const found: string[] = [];
  if (SIBLING.test(text)) found.push(`${file}: names ../shared`);
  for (const m of text.matchAll(QUOTED)) {
    const target = resolve(ROOT, dirname(file), m[2]);
    if (relative(ROOT, target).startsWith('..')) found.push(`${file}: ${m[2]}`);
  }
  return found;
}

describe('the project reads nothing outside its folder', () => {
  it('catches the ways a path can leave it (the check can fail)', () => {
    expect(escapes('tests/unit/a.test.ts', 'readFileSync(`${repoRoot}../shared/reference/article.txt`)')).not.toEqual([]);
    expect(escapes('tests/unit/a.test.ts', "join(ROOT, '..', 'shared', 'x')")).not.toEqual([]);
    expect(escapes('tests/unit/a.test.ts', "import x from '../../../elsewhere/x'")).not.toEqual([]);
    expect(escapes('tests/unit/a.test.ts', "import x from '../../utils/detect'")).toEqual([]);
  });

  it('no tracked source file names a path outside the project', () => {
    const files = trackedSources();
    expect(files.length).toBeGreaterThan(50);
    const bad = files.flatMap((f) => escapes(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(bad).toEqual([]);
  });
});
