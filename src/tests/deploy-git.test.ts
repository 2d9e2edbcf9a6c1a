/**
 * The deploy workflow's Git steps that hold the token, run as Actions runs
 * them (bash -eo pipefail) against local repositories standing in for
 * GitHub: the announce job's record on `outpost-state` (a branch that isn't
 * there yet is a first run; a branch that can't be read stops the job before
 * anything is sent) and the stamp job's commit to main. A hook planted where
 * dependencies could plant one, and a global Git config pointing at it, must
 * never run.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, run } from './helpers.ts';

const deploy = parse(readFileSync(join(REPO, '.github/workflows/deploy.yml'), 'utf8'));
type Step = { name?: string; id?: string; run?: string };
const script = (job: string, name: string) =>
  (deploy.jobs[job].steps as Step[]).find((step) => step.name === name)!.run!;
const RESTORE = script('announce', 'Restore the record of what was announced');
const KEEP = script('announce', 'Keep the record on the outpost-state branch');
const COMMIT_STAMPS = script('stamp-commit', 'Commit the stamped times');

const TOKEN = 'ghs_notARealTokenButLongEnough0123456789';
const base = mkdtempSync(join(tmpdir(), 'outpost-deploy-git-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let count = 0;
/** The test's own Git: never runs the planted hooks, so that a marker can only come from the steps under test. */
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();

/**
 * "GitHub" (a folder of bare repositories), a workspace checked out from it, a runner's temp and home with a planted
 * hook.
 */
function world(files: Record<string, string> = { 'README.md': 'status\n' }) {
  const root = join(base, `world-${++count}`);
  const server = join(root, 'github');
  const origin = join(server, 'acme/status.git');
  mkdirSync(origin, { recursive: true });
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const workspace = join(root, 'workspace');
  mkdirSync(workspace, { recursive: true });
  git(workspace, 'init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-qm', 'site');
  git(workspace, 'push', '-q', origin, 'main');
  // What a dependency could leave behind: hooks in the checkout and a global config that points Git at them.
  const marker = join(root, 'hook-ran');
  const hooks = join(root, 'evil-hooks');
  mkdirSync(hooks);
  for (const hook of [
    'pre-commit',
    'commit-msg',
    'post-commit',
    'pre-push',
    'reference-transaction',
    'post-checkout',
  ]) {
    for (const dir of [hooks, join(workspace, '.git/hooks')]) {
      writeFileSync(join(dir, hook), `#!/bin/sh\necho "$GITHUB_TOKEN" >> "${marker}"\n`);
      chmodSync(join(dir, hook), 0o755);
    }
  }
  const home = join(root, 'home');
  mkdirSync(home);
  writeFileSync(join(home, '.gitconfig'), `[core]\n\thooksPath = ${hooks}\n`);
  const temp = join(root, 'runner-temp');
  mkdirSync(temp);
  const output = join(root, 'github-output');
  writeFileSync(output, '');
  const env = (extra: Record<string, string> = {}) => ({
    HOME: home,
    GITHUB_SERVER_URL: `file://${server}`,
    GITHUB_REPOSITORY: 'acme/status',
    GITHUB_REF_NAME: 'main',
    GITHUB_TOKEN: TOKEN,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: temp,
    ...extra,
  });
  return { origin, workspace, marker, temp, output, env };
}

const step = (text: string, cwd: string, env: Record<string, string>) =>
  run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', text], { cwd, env });
const record = (sent: Record<string, string>) =>
  `${JSON.stringify({ version: 1, channels: { slack: { since: '2026-11-22T17:30:00Z', sent } } }, null, 2)}\n`;

describe('the record of what was announced', () => {
  test('no branch yet: a first run, nothing restored; kept, it is the branch; a later run restores it', async () => {
    const w = world();
    const first = await step(RESTORE, w.workspace, w.env());
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain('No record yet: each channel starts with its last lookbackMinutes.');
    expect(existsSync(join(w.workspace, '.outpost/announced.json'))).toBe(false);
    expect(readFileSync(w.output, 'utf8')).toBe('');

    writeFileSync(
      join(w.workspace, '.outpost/announced.json'),
      record({ 'a#2026-11-22T18:05:00Z': '2026-11-22T18:31:00Z' }),
    );
    const kept = await step(KEEP, w.workspace, w.env({ PARENT: '' }));
    expect(kept.code, kept.stdout + kept.stderr).toBe(0);
    expect(git(w.origin, 'show', 'outpost-state:announced.json') + '\n').toBe(
      record({ 'a#2026-11-22T18:05:00Z': '2026-11-22T18:31:00Z' }),
    );
    expect(git(w.origin, 'log', '--format=%s %an', 'outpost-state')).toBe(
      'Record announced updates github-actions[bot]',
    );

    rmSync(join(w.workspace, '.outpost'), { recursive: true });
    const second = await step(RESTORE, w.workspace, w.env());
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(readFileSync(join(w.workspace, '.outpost/announced.json'), 'utf8')).toBe(
      record({ 'a#2026-11-22T18:05:00Z': '2026-11-22T18:31:00Z' }),
    );
    const parent = git(w.origin, 'rev-parse', 'outpost-state');
    expect(readFileSync(w.output, 'utf8')).toBe(`parent=${parent}\n`);

    const unchanged = await step(KEEP, w.workspace, w.env({ PARENT: parent }));
    expect(unchanged.stdout).toContain('Nothing new to record.');
    expect(git(w.origin, 'rev-parse', 'outpost-state')).toBe(parent);
    writeFileSync(
      join(w.workspace, '.outpost/announced.json'),
      record({ 'a#2026-11-22T18:05:00Z': '2026-11-22T18:31:00Z', 'a#2026-11-22T18:20:00Z': '2026-11-22T18:40:00Z' }),
    );
    const next = await step(KEEP, w.workspace, w.env({ PARENT: parent }));
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(git(w.origin, 'rev-parse', 'outpost-state^')).toBe(parent);
    expect(existsSync(w.marker)).toBe(false);
  });

  test("a branch that can't be read: the step fails, so the job stops before anything is sent", async () => {
    const w = world();
    const asked: string[] = [];
    const github = createServer((request, response) => {
      asked.push(String(request.headers.authorization));
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal Server Error');
    });
    await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(github.address() as { port: number }).port}`;
    try {
      const failed = await step(RESTORE, w.workspace, w.env({ GITHUB_SERVER_URL: url }));
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain(
        '::error::could not read the branch outpost-state (git exit 128); nothing was announced',
      );
      expect(existsSync(join(w.workspace, '.outpost/announced.json'))).toBe(false);
      expect(`${failed.stdout}${failed.stderr}`).not.toContain(TOKEN);
      // The token went in the request's header, never in the URL.
      expect(asked[0]).toBe(`basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`);
    } finally {
      github.closeAllConnections();
      await new Promise((resolve) => github.close(resolve));
    }
    // Nobody listening at all fails the same way.
    const refused = await step(RESTORE, w.workspace, w.env({ GITHUB_SERVER_URL: url }));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('::error::could not read the branch outpost-state');
    expect(existsSync(w.marker)).toBe(false);
  });

  test('a branch that moved while the run was sending: its record is not written over', async () => {
    const w = world();
    mkdirSync(join(w.workspace, '.outpost'));
    writeFileSync(join(w.workspace, '.outpost/announced.json'), record({}));
    expect((await step(KEEP, w.workspace, w.env({ PARENT: '' }))).code).toBe(0);
    const parent = git(w.origin, 'rev-parse', 'outpost-state');
    // Someone else's run, or a hand, records meanwhile.
    const other = join(w.workspace, '..', 'other');
    git(w.workspace, 'clone', '-q', '-b', 'outpost-state', w.origin, other);
    writeFileSync(join(other, 'announced.json'), record({ 'b#2026-11-22T18:00:00Z': '2026-11-22T18:01:00Z' }));
    git(other, 'commit', '-qam', 'by hand');
    git(other, 'push', '-q', 'origin', 'outpost-state');
    writeFileSync(
      join(w.workspace, '.outpost/announced.json'),
      record({ 'a#2026-11-22T18:05:00Z': '2026-11-22T18:31:00Z' }),
    );
    const kept = await step(KEEP, w.workspace, w.env({ PARENT: parent }));
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain(
      "::error::the branch outpost-state moved during this run; this run's record was not kept",
    );
    expect(git(w.origin, 'log', '-1', '--format=%s', 'outpost-state')).toBe('by hand');
  });
});

describe('the stamped times, committed by a job that runs no dependency', () => {
  const incident = '---\ntitle: X\nimpact: minor\ncomponents: [checkout]\n---\n\n## Monitoring\nA fix is out.\n';
  const patchFor = (w: ReturnType<typeof world>, edit: () => void) => {
    edit();
    const patch = git(w.workspace, 'diff', '--binary');
    git(w.workspace, 'checkout', '-q', '--', '.');
    git(w.workspace, 'clean', '-qfd');
    mkdirSync(join(w.temp, 'stamped'), { recursive: true });
    writeFileSync(join(w.temp, 'stamped/stamped-times.patch'), `${patch}\n`);
  };

  test('incident files changed in place: committed and pushed, no hook run', async () => {
    const w = world({ 'incidents/x.md': incident, 'package.json': '{}\n' });
    patchFor(w, () =>
      writeFileSync(
        join(w.workspace, 'incidents/x.md'),
        incident.replace('## Monitoring', '## Monitoring · 2026-11-22 18:41 UTC'),
      ),
    );
    const pushed = await step(COMMIT_STAMPS, w.workspace, w.env());
    expect(pushed.code, pushed.stdout + pushed.stderr).toBe(0);
    expect(git(w.origin, 'log', '-1', '--format=%s|%an', 'main')).toBe('Stamp update times|github-actions[bot]');
    expect(git(w.origin, 'show', 'main:incidents/x.md')).toContain('## Monitoring · 2026-11-22 18:41 UTC');
    expect(existsSync(w.marker)).toBe(false);
  });

  test.each([
    [
      'another file',
      (w: ReturnType<typeof world>) =>
        writeFileSync(join(w.workspace, 'package.json'), '{ "scripts": { "postinstall": "curl evil" } }\n'),
    ],
    [
      'a new file in incidents/',
      (w: ReturnType<typeof world>) => writeFileSync(join(w.workspace, 'incidents/new.md'), incident),
    ],
    [
      'an incident made executable',
      (w: ReturnType<typeof world>) => chmodSync(join(w.workspace, 'incidents/x.md'), 0o755),
    ],
  ])('a patch with %s: nothing pushed', async (_name, edit) => {
    const w = world({ 'incidents/x.md': incident, 'package.json': '{}\n' });
    const before = git(w.origin, 'rev-parse', 'main');
    patchFor(w, () => {
      writeFileSync(
        join(w.workspace, 'incidents/x.md'),
        incident.replace('## Monitoring', '## Monitoring · 2026-11-22 18:41 UTC'),
      );
      git(w.workspace, 'add', '-N', '.');
      edit(w);
      git(w.workspace, 'add', '-N', '.');
    });
    const refused = await step(COMMIT_STAMPS, w.workspace, w.env());
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "::error::the stamped times touch more than the incident files' lines; nothing pushed",
    );
    expect(git(w.origin, 'rev-parse', 'main')).toBe(before);
  });
});
