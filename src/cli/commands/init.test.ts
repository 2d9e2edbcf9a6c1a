import { describe, expect, test } from 'vitest';
import { componentFrom, js, siteWorkflow } from './init.ts';

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

describe('answers written into astro.config.mjs', () => {
  test.each([
    ['plain', 'Acme Status'],
    ['quotes and backslashes', `It's \\ "quoted" \`tick\` \${x}`],
    ['line breaks of every kind', 'a\nb\rc\r\nd\u2028e\u2029f'],
    ['other control characters', 'bell\u0007 nul\u0000 esc\u001b del\u007f tab\t'],
    ['a comment or script end', '*/ </script> // -->'],
    ['not Latin', 'Статус 状態 ✅'],
  ])('%s: the literal is one line and reads back as the answer', (_name, answer) => {
    const literal = js(answer);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029\u0000-\u001f\u007f]/);
    expect(new Function(`return ${literal};`)()).toBe(answer);
  });
});

describe('component ids are made the same way from flags and from answers', () => {
  test.each([
    ['Web App', { id: 'web-app', name: 'Web App' }],
    ['web app:Web App', { id: 'web-app', name: 'Web App' }],
    ['Web_App : Web App', { id: 'web-app', name: 'Web App' }],
    ['api:Public API', { id: 'api', name: 'Public API' }],
    ['Zahlungen Österreich', { id: 'zahlungen-osterreich', name: 'Zahlungen Österreich' }],
    [':Checkout', { id: 'checkout', name: 'Checkout' }],
    ['x:', { id: 'x', name: '' }],
    ['Time: UTC+1', { id: 'time', name: 'UTC+1' }],
  ])('%j', (spec, expected) => {
    expect(componentFrom(spec)).toEqual(expected);
  });
});
