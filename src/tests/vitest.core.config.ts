import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The pure core's unit tests alone: fast, in-process, what `npm run mutation` runs against each mutant.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['src/core/**/*.test.ts'],
  },
});
