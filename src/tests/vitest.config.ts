import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import LongestFirst from './sequencer.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    // Build and browser tests run Astro and Chromium: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        // The core is pure: its test files share one module registry (as under `npm run mutation`), which
        // saves importing the Markdown, YAML and schema libraries again for each of its 45 files.
        test: { name: 'core', include: ['src/core/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'the rest', include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, 'src/core/**'] },
      },
    ],
  },
});
