import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { componentFrom, initCommand, js, siteWorkflow } from './init.ts';

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
    expect(siteWorkflow(workflow('      - run: npm ci\n      - name: Test\n        run: npm test\n'))).toBe(
      workflow('      - run: npm ci\n'),
    );
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

/** As if run from the registry's package: nothing to pack. */
const published = () => ({ spec: '^0.1.0', published: true });

describe('init asks for the address, saying which one the first deploy has', () => {
  test('on a terminal: the note, then the question; the config, the README and the next steps say it again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'outpost-init-'));
    try {
      const said: string[] = [];
      const asked: string[] = [];
      const say = (line: string) => said.push(line);
      const answer = 'https://acme.github.io/status-page/';
      const io = { root, out: say, err: say, ask: async (question: string) => (asked.push(question), answer) };
      const flags = ['--name', 'Acme Status', '--time-zone', 'UTC', '--component', 'web:Website'];
      const code = await initCommand(['site', ...flags], io, published);
      expect(code, said.join('\n')).toBe(0);
      expect(asked).toEqual([
        'Its address (e.g. https://acme.github.io/status-page/, or https://status.example.com/):',
      ]);
      expect(said[0]).toMatch(
        /^The first deploy publishes the page at https:\/\/<owner>\.github\.io\/<repo>\/, the address GitHub Pages gives\n/,
      );
      expect(said[0]).toContain(
        'a custom domain comes later, in\nSettings → Pages, and the deploy then builds for it.',
      );
      expect(said.at(-1)).toContain(
        'The first deploy is live at https://<owner>.github.io/<repo>/ whatever url says; a custom domain comes later (see its README).',
      );
      const config = readFileSync(join(root, 'site/astro.config.mjs'), 'utf8');
      expect(config)
        .toContain(`      // For local builds and links; the deploy builds for the address GitHub Pages reports instead
      // (https://<owner>.github.io/<repo>/, or the custom domain once set there), each mirror for its own.
      url: 'https://acme.github.io/status-page/',`);
      const readme = readFileSync(join(root, 'site/README.md'), 'utf8');
      expect(readme).toContain('The first deploy is live at `https://<owner>.github.io/<repo>/`');
      expect(readme).toContain('**Settings → Pages → Custom domain**');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('with --url, no note and no question', async () => {
    const root = mkdtempSync(join(tmpdir(), 'outpost-init-'));
    try {
      const said: string[] = [];
      const say = (line: string) => said.push(line);
      const io = {
        root,
        out: say,
        err: say,
        ask: async () => {
          throw new Error('asked');
        },
      };
      const flags = ['--name', 'Acme Status', '--url', 'https://status.acme.example/', '--time-zone', 'UTC'];
      flags.push('--component', 'web:Website');
      const code = await initCommand(['site', ...flags], io, published);
      expect(code, said.join('\n')).toBe(0);
      expect(said.join('\n')).not.toContain('The first deploy publishes');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
