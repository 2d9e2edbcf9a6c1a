// @ts-check
/**
 * `npm run mutation`: mutation testing of the pure core against its own unit tests.
 * Scores are reported per module in reports/mutation/; string-literal and regex
 * mutants are left out (they change messages and patterns' wording, which tests
 * pin as text where it matters, and they would drown the logic mutants).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'src/tests/vitest.core.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // memo.ts is a cache: a miss builds the same value again, so each of its mutants is equivalent.
  mutate: ['src/core/**/*.ts', '!src/core/**/*.test.ts', '!src/core/base/memo.ts'],
  mutator: { excludedMutations: ['StringLiteral', 'Regex'] },
  concurrency: 2,
  // A later run re-tests only the mutants whose code or covering tests changed; `npm run mutation -- --force` runs them all.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  coverageAnalysis: 'perTest',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
