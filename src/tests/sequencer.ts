/**
 * The order test files start in. Vitest starts the files that took longest last time first, and on a
 * clean clone (CI's, with no record of last time) the largest files first, which puts a small file that
 * runs for minutes (docs.test.ts: it installs and builds a site as a reader does) at the end, alone on
 * one core. The files that run longest start first here, the longest first (measured on this project's
 * 2-core machines); the rest follow in Vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST_FIRST = [
  'src/tests/browser.test.ts',
  'src/tests/docs.test.ts',
  'src/tests/incremental.test.ts',
  'src/tests/cli.test.ts',
  'src/tests/announce-faults.test.ts',
  'src/tests/languages.test.ts',
  'src/tests/time-travel.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(file));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
