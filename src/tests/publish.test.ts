/**
 * The deploy's build during an incident: `outpost build --keep-going` on a repository whose newest
 * commit broke one incident publishes everything else current and the broken one at its last valid
 * version, reports file:line, and exits 3 after the site is written. And a build that throws half
 * way leaves no output behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, makeSite, outpost, type Run } from './helpers.ts';

const OPTIONS = {
  name: 'Publish Status',
  url: 'https://status.example.com/',
  components: [
    { id: 'checkout', name: 'Checkout' },
    { id: 'api', name: 'API' },
  ],
};
const NOW = '2026-11-22T19:30Z';
const file = (title: string, body: string) =>
  `---\ntitle: ${title}\nimpact: major\ncomponents: [checkout]\n---\n\n${body}`;
const CHECKOUT_V1 = file(
  'Checkout fails',
  '## Investigating · 2026-11-22 18:05 UTC\nErrors when paying. Next update by 18:35 UTC.\n',
);
const CHECKOUT_V2 = file(
  'Checkout fails',
  '## Identified · 2026-11-22 18:30 UTC\nWe found the cause. Next update by 19:00 UTC.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors when paying. Next update by 18:35 UTC.\n',
);
const CHECKOUT_BROKEN = file(
  'Checkout fails',
  '## Resovled · 2026-11-22 19:10 UTC\nAll good again.\n\n## Identified · 2026-11-22 18:30 UTC\nWe found the cause. Next update by 19:00 UTC.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors when paying. Next update by 18:35 UTC.\n',
);
const API_V1 = file(
  'API slow',
  '## Investigating · 2026-11-22 18:00 UTC\nThe API is slow. Next update by 18:30 UTC.\n',
);
const API_V2 = file(
  'API slow',
  '## Resolved · 2026-11-22 19:05 UTC\nThe API is fast again; no requests were lost.\n\n## Investigating · 2026-11-22 18:00 UTC\nThe API is slow. Next update by 18:30 UTC.\n',
);
const NEVER_VALID = file('Search down', '## Investigating · 2026-11-22 19:00\nNo zone here.\n');

describe('outpost build --keep-going', () => {
  let site: { root: string; cleanup: () => void };
  let result: Run;
  let v2: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=On Call', '-c', 'user.email=oncall@example.com', ...args], {
      cwd: site.root,
      encoding: 'utf8',
    }).trim();
  const page = (slug: string) => readFileSync(join(site.root, 'dist/incidents', slug, 'index.html'), 'utf8');

  beforeAll(async () => {
    site = makeSite('keep-going', OPTIONS, { 'checkout.md': CHECKOUT_V1, 'api.md': API_V1 });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'Open two incidents');
    writeFileSync(join(site.root, 'incidents/checkout.md'), CHECKOUT_V2);
    git('commit', '-qam', 'Checkout: identified');
    v2 = git('rev-parse', 'HEAD');
    // The newest commit breaks checkout (a typo in the status word), resolves the API incident, and adds one that was never valid.
    writeFileSync(join(site.root, 'incidents/checkout.md'), CHECKOUT_BROKEN);
    writeFileSync(join(site.root, 'incidents/api.md'), API_V2);
    writeFileSync(join(site.root, 'incidents/search.md'), NEVER_VALID);
    git('add', '-A');
    git('commit', '-qm', 'Resolve, with a typo');
    result = await outpost(['build', '--keep-going', '--report', '.outpost/build-report.json'], {
      cwd: site.root,
      env: { OUTPOST_NOW: NOW, GITHUB_STEP_SUMMARY: join(site.root, 'summary.md') },
    });
  });
  afterAll(() => site.cleanup());

  test('exits 3 after the site is written, naming file:line of each problem', () => {
    expect(result.code, result.stdout + result.stderr).toBe(3);
    expect(result.stdout).toContain(
      'incidents/checkout.md:7:4: error [bad-status] "Resovled" is not a status; did you mean "Resolved"?',
    );
    expect(result.stdout).toContain('incidents/search.md:7:');
    expect(result.stdout).toContain(
      `incidents/checkout.md: published as of commit ${v2.slice(0, 12)}, its newest valid version`,
    );
    expect(result.stdout).toContain('incidents/search.md: left out of the site (no committed version of it is valid)');
    // The report is printed once: by `outpost build`, not again by the Astro build it runs.
    const output = result.stdout + result.stderr;
    for (const line of ['error [bad-status] "Resovled" is not a status', 'incidents/search.md: left out of the site']) {
      expect(output.split(line), line).toHaveLength(2);
    }
    expect(output).toMatch(/\b2 incidents valid \(/);
    expect(existsSync(join(site.root, 'dist/index.html'))).toBe(true);
  });

  test('the broken incident is published at its last valid version; the others are current', () => {
    const checkout = page('checkout');
    expect(checkout).toContain('We found the cause.');
    expect(checkout).not.toContain('All good again.');
    expect(page('api')).toContain('The API is fast again');
    expect(existsSync(join(site.root, 'dist/incidents/search'))).toBe(false);
  });

  test('the report for the workflow names the problems, the fallbacks and the commit', () => {
    const report = JSON.parse(readFileSync(join(site.root, '.outpost/build-report.json'), 'utf8'));
    expect(
      report.problems.map(
        (problem: { file: string; line: number; rule: string }) => `${problem.file}:${problem.line} ${problem.rule}`,
      ),
    ).toEqual(['incidents/checkout.md:7 bad-status', 'incidents/search.md:7 time-without-zone']);
    expect(report.fallbacks).toEqual([{ path: 'incidents/checkout.md', commit: v2 }, { path: 'incidents/search.md' }]);
  });

  test("the job summary has the team's texts for each incident with an update new on the page, as published", () => {
    const summary = readFileSync(join(site.root, 'summary.md'), 'utf8');
    expect(summary).toContain('## The status page was published with problems');
    // No record of an earlier deploy: the updates of the last hour are the news.
    expect(summary).toContain(
      '### Checkout fails\n\nNew on the page: Identified (22 Nov 2026, 18:30 UTC). [Open it](https://status.example.com/incidents/checkout/)',
    );
    expect(summary).toContain('### API slow\n\nNew on the page: Resolved (22 Nov 2026, 19:05 UTC).');
    // The broken file's texts are those of the version the page shows.
    expect(summary).toContain('[Identified] Checkout fails: We found the cause.');
    expect(summary).not.toContain('All good again.');
    expect(summary).toContain(
      'API slow: this was resolved at 22 Nov 2026, 19:05 UTC. The API is fast again; no requests were lost.',
    );
    expect(
      JSON.parse(readFileSync(join(site.root, 'node_modules/.cache/outpost/team-texts.json'), 'utf8')).updates,
    ).toHaveLength(4);
  });

  test('without --keep-going the same repository builds nothing', async () => {
    const strict = await outpost(['build'], { cwd: site.root, env: { OUTPOST_NOW: NOW } });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('nothing was built');
  });
});

describe('an incident left open for 8 days, the deploy building hourly with no commit', () => {
  test.each([
    ['the default guidance', {}],
    ['stale set to error', { guidance: { stale: 'error' } }],
  ])('%s: the build exits 0 with warnings, and the incident is everywhere it was', async (_name, extra) => {
    const site = makeSite('left-open', { ...OPTIONS, ...extra }, { 'checkout.md': CHECKOUT_V2 });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=On Call', '-c', 'user.email=oncall@example.com', ...args], {
        cwd: site.root,
        encoding: 'utf8',
      });
    try {
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-qm', 'Checkout: identified');
      const eightDaysOn = '2026-11-30T19:30Z';
      const summary = join(site.root, 'summary.md');
      const build = await outpost(['build', '--keep-going', '--report', '.outpost/build-report.json'], {
        cwd: site.root,
        env: { OUTPOST_NOW: eightDaysOn, GITHUB_STEP_SUMMARY: summary },
      });
      // Warnings alone: exit 0. Only what a file says is an error (exit 3 with --keep-going).
      expect(build.code, build.stdout + build.stderr).toBe(0);
      expect(build.stdout).toContain(
        'incidents/checkout.md:7:1: warning [missing-resolved] this incident has had no update for 8 days',
      );
      expect(build.stdout).toContain('warning [stale]');
      expect(build.stdout).not.toContain('left out of the site');
      const dist = (path: string) => readFileSync(join(site.root, 'dist', path), 'utf8');
      expect(dist('index.html')).toContain('/incidents/checkout/');
      expect(dist('index.html')).not.toContain('All systems operational');
      expect(dist('incidents/checkout/index.html')).toContain('Last update 8 days 1 h ago');
      expect(
        JSON.parse(dist('api/v2/incidents/unresolved.json')).incidents.map(
          (incident: { name: string }) => incident.name,
        ),
      ).toEqual(['Checkout fails']);
      expect(JSON.parse(dist('api/v2/summary.json')).status.description).not.toBe('All Systems Operational');
      expect(dist('history.atom')).toContain('We found the cause.');
      // Today's bar for checkout names the incident.
      expect(dist('components/checkout/index.html')).toMatch(/Checkout fails/);
      expect(JSON.parse(dist('../.outpost/build-report.json')).problems).toEqual([]);
      // The team reads the clock's warnings in the job summary.
      expect(readFileSync(summary, 'utf8')).toBe(
        [
          '## The status page was published',
          '',
          '### Waiting for an update (the page still shows these as open)',
          '- `incidents/checkout.md:7`: the next update was promised by 2026-11-22 19:00 UTC (now 2026-11-30 19:30 UTC)',
          '- `incidents/checkout.md:7`: this incident has had no update for 8 days and is not resolved; the page still shows it as open',
          '',
        ].join('\n'),
      );
    } finally {
      site.cleanup();
    }
  });
});

describe('a build that fails half way', () => {
  test('leaves no output folder behind: nothing half-written can be deployed', async () => {
    const site = makeSite('throws', OPTIONS, { 'api.md': API_V1 });
    try {
      // An extra page that throws while rendering: what any bug in rendering would do.
      const config = readFileSync(join(site.root, 'astro.config.mjs'), 'utf8');
      mkdirSync(join(site.root, 'src'), { recursive: true });
      writeFileSync(join(site.root, 'src/boom.astro'), '---\nthrow new Error("boom while rendering");\n---\n');
      writeFileSync(
        join(site.root, 'astro.config.mjs'),
        config.replace(
          'integrations: [',
          "integrations: [{ name: 'boom', hooks: { 'astro:config:setup': ({ injectRoute }) => injectRoute({ pattern: '/zz-boom', entrypoint: './src/boom.astro', prerender: true }) } }, ",
        ),
      );
      const out = join(site.root, 'dist');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), 'the last good build');
      const build = await astroBuild(site.root, out, { OUTPOST_NOW: NOW });
      expect(build.code, build.stdout + build.stderr).not.toBe(0);
      expect(build.stdout + build.stderr).toContain('boom while rendering');
      expect(existsSync(out)).toBe(false);
    } finally {
      site.cleanup();
    }
  });
});

describe('the issue "The status page published with problems"', () => {
  const problem = {
    file: 'incidents/checkout.md',
    line: 7,
    column: 4,
    severity: 'error' as const,
    rule: 'bad-status',
    message: '"Resovled" is not a status; did you mean "Resolved"?',
  };
  const report = (commit: string, problems = [problem]) => ({
    commit,
    problems,
    fallbacks: problems.length ? [{ path: 'incidents/checkout.md', commit: 'a'.repeat(40) }] : [],
  });

  test('opened by a deploy with problems, commented on by the next, closed by a clean one', async () => {
    const { fakeGitHub } = await import('./github-server.ts');
    const { syncBuildIssue, PUBLISH_TITLE } = await import('../cli/commands/build-issue.ts');
    const { Octokit } = await import('octokit');
    const github = await fakeGitHub();
    try {
      const octokit = new Octokit({
        auth: 't',
        baseUrl: github.url,
        throttle: { enabled: false },
        retry: { enabled: false },
      });
      const sync = (commit: string, problems?: (typeof problem)[]) =>
        syncBuildIssue({ octokit, owner: 'acme', repo: 'status', report: report(commit, problems), log: () => {} });
      expect(await sync('1'.repeat(40))).toBe('opened');
      const [issue] = github.issues;
      expect(issue).toMatchObject({ title: PUBLISH_TITLE, state: 'open', labels: [{ name: 'status-page-problems' }] });
      expect(issue.body).toContain(
        `- [incidents/checkout.md:7](https://github.com/acme/status/blob/${'1'.repeat(40)}/incidents/checkout.md#L7): "Resovled" is not a status; did you mean "Resolved"? (\`bad-status\`)`,
      );
      expect(issue.body).toContain(
        `incidents/checkout.md: published as of commit ${'a'.repeat(12)}, its newest valid version`,
      );
      expect(await sync('1'.repeat(40))).toBe('unchanged');
      expect(await sync('2'.repeat(40))).toBe('commented');
      expect(github.issues).toHaveLength(1);
      expect(await sync('3'.repeat(40), [])).toBe('closed');
      expect(github.issues[0].state).toBe('closed');
      expect(await sync('4'.repeat(40), [])).toBe('unchanged');
    } finally {
      await github.close();
    }
  });
});
