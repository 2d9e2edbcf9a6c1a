import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files of the concept a change is in come before the outputs' (which build whole sites from
 * every concept): under `npm run mutation` a mutant is then mostly caught, and the run stopped, by a
 * short file. Vitest's own order runs the longest files first.
 */
class ConceptsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const late = (file: TestSpecification) => (/[\\/]src[\\/]core[\\/](outputs|ops)[\\/]/.test(file.moduleId) ? 1 : 0);
    return [...files].sort(
      (a, b) => late(a) - late(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0),
    );
  }
}

// The pure core's unit tests alone: fast, in-process, what `npm run mutation` runs against each mutant.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['src/core/**/*.test.ts'],
    // The core is pure: its test files can share one module registry, which saves re-importing
    // the Markdown and schema libraries for every file (and for every mutant under Stryker).
    isolate: false,
    sequence: { sequencer: ConceptsFirst },
  },
});
