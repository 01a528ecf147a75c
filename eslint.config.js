// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Type-aware linting (typescript-eslint): the checks the compiler does not make. Most of all, a
// promise nobody awaits or handles (an error in it is lost, or thrown into the page as an
// unhandled rejection) and a type assertion that narrows a value the compiler cannot vouch for.
// Layout is Prettier's (npm run format); none of the rules below is about layout, so the two
// never disagree (no eslint-config-prettier needed).
export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'artifacts/**', 'node_modules/**', 'tests/bench/bare/.output/**', 'tests/bench/bare/.wxt/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unsafe-type-assertion': 'error',
    },
  },
  {
    // Tests: fakes implement async interfaces with async functions that have nothing to await, and
    // `expect(fake.method).toHaveBeenCalled()` hands a mock method to expect, which never calls it
    // with a `this`. The promise and unsafe-type rules stay on.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Plain JavaScript (scripts, this file): no type information to check with.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    // Node scripts: the globals they use.
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
  },
);
