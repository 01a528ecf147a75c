import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = resolve(ROOT, 'tests/e2e/fixtures');
export const DEMO = resolve(ROOT, 'demo');
export const ARTIFACTS = resolve(ROOT, 'artifacts');
