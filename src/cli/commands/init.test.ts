import { describe, expect, test } from 'vitest';
import { siteWorkflow } from './init.ts';

const workflow = (steps: string) => `# A workflow.
name: Check
on:
  pull_request:
    branches: [main]
jobs:
  check:
    runs-on: ubuntu-latest
    if: >-
      github.event_name == 'pull_request' &&
      github.actor != 'x'
    steps:
${steps}`;

describe("a new site's workflows", () => {
  test('drop the step running Outpost’s own tests, with its comment, and keep every other byte', () => {
    const before = `      - uses: actions/checkout@v4 # pinned
      # Builds the site.
      - name: Build
        run: npm run build
      # Outpost's own tests.
      - name: Test
        run: npm test
        env:
          CHROMIUM_PATH: /usr/bin/chromium
      # Afterwards.
      - name: After
        run: echo done
`;
    const after = `      - uses: actions/checkout@v4 # pinned
      # Builds the site.
      - name: Build
        run: npm run build
      # Afterwards.
      - name: After
        run: echo done
`;
    expect(siteWorkflow(workflow(before))).toBe(workflow(after));
  });

  test('the last step, too; a workflow without one is left as it is', () => {
    expect(siteWorkflow(workflow('      - run: npm ci\n      - name: Test\n        run: npm test\n'))).toBe(workflow('      - run: npm ci\n'));
    expect(siteWorkflow(workflow('      - run: npm ci\n'))).toBe(workflow('      - run: npm ci\n'));
  });
});
