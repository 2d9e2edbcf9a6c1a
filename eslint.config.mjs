// @ts-check
/**
 * `npm run lint`: ESLint's and typescript-eslint's recommended rules over the TypeScript and JavaScript
 * sources, as Starlight runs them; formatting is Prettier's (.prettierrc), so the rules that would
 * argue with it are off (eslint-config-prettier). `.ci/run` runs it.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'dist-pkg/',
      '**/.astro/',
      '.test-sites/',
      'reports/',
      '.stryker-tmp/',
      'src/tests/fixtures/**/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Outpost finds and refuses control characters on purpose: a pattern that names them is how.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read services' JSON payloads of whatever shape the service sent.
    files: ['**/*.test.ts', 'src/tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The page's script runs in the browser.
    files: ['src/site/scripts/**', 'public/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
