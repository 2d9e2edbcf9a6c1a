/**
 * One error path: whatever stops a command (a bad OUTPOST_NOW, a broken site config, a usage mistake)
 * is said the same way by every command, through the `Io` it runs with (never the console), with the
 * same exit code: `outpost <command>: <message>`, 1 for problems, 2 for a usage mistake.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { dispatch } from '../cli/dispatch.ts';
import { alertmanager, OPTIONS } from './alert-payloads.ts';
import { makeSite } from './helpers.ts';

const BAD_NOW = '2026-11-22 19:00';
const BAD_NOW_REPORT = [
  `OUTPOST_NOW: error [bad-now] OUTPOST_NOW="${BAD_NOW}" is not a time with a zone`,
  '    example:  OUTPOST_NOW="2026-11-22T18:05Z"',
  '1 error, 0 warnings',
].join('\n');
const INCIDENT =
  '---\ntitle: Checkout errors\nimpact: major\ncomponents: [checkout]\n---\n\n' +
  '## Investigating · 2026-11-22 18:05 UTC\nSome payments fail. Next update by 18:35 UTC.\n';
/** What the Issue ops workflow hands the command: an incident issue, opened. */
const ISSUE_EVENT = {
  action: 'opened',
  issue: { number: 7, title: 'Checkout errors', body: '', labels: [{ name: 'incident' }] },
  sender: { login: 'oncall' },
  repository: { default_branch: 'main' },
};

let site: { root: string; cleanup: () => void };
let broken: { root: string; cleanup: () => void };
let work: string;
beforeAll(() => {
  site = makeSite('cli-errors', OPTIONS, { 'checkout.md': INCIDENT });
  // `url` is not an address: the config's problem, the same for every command that reads it.
  broken = makeSite('cli-errors-broken', { ...OPTIONS, url: 'status.acme.example' }, { 'checkout.md': INCIDENT });
  work = mkdtempSync(join(tmpdir(), 'outpost-cli-errors-'));
  for (const root of [site.root, broken.root]) {
    writeFileSync(join(root, 'alert.json'), JSON.stringify(alertmanager('firing')));
    writeFileSync(join(root, 'event.json'), JSON.stringify(ISSUE_EVENT));
  }
});
afterAll(() => {
  site?.cleanup();
  broken?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

// Commands print only through their Io: the console stays silent.
const consoleCalls = () =>
  [console.log, console.error, console.warn, console.info].map((spy) => vi.mocked(spy).mock.calls);
beforeEach(() => {
  for (const name of ['log', 'error', 'warn', 'info'] as const) vi.spyOn(console, name).mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** `outpost <argv>` in `root`, with `env` on top of this process's, through an Io that records what it is told. */
async function outpostIn(root: string, argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  // Outside GitHub Actions (validate and build print annotations inside), whatever runs these tests.
  const vars: Record<string, string> = { GITHUB_ACTIONS: '', ...env };
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    const code = await dispatch(argv, { root, out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out, err };
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The environment of the Issue ops workflow, its event file in `root`. */
const inActions = (root: string): Record<string, string> => ({
  GITHUB_EVENT_PATH: join(root, 'event.json'),
  GITHUB_EVENT_NAME: 'issues',
  GITHUB_REPOSITORY: 'acme/status',
  GITHUB_TOKEN: 'test-token',
  // Nothing may be asked of it: each of these stops before a request.
  GITHUB_API_URL: 'http://127.0.0.1:9',
});
/** A command, its arguments, and its environment in a site's folder. */
type Call = [string, string[], ((root: string) => Record<string, string>)?];

/** Each command that reads the clock, called as it would be, so that the clock is what stops it. */
const READS_THE_CLOCK: Call[] = [
  ['validate', []],
  ['build', []],
  ['new', ['--title', 'X', '--impact', 'major', '--component', 'checkout', '--message', 'Some payments fail.']],
  ['update', ['checkout', '--status', 'identified', '--message', 'Found it.']],
  ['resolve', ['checkout', '--message', 'Payments work again.']],
  ['stamp', []],
  ['recap', ['checkout']],
  ['remind', []],
  ['issue-ops', [], inActions],
  ['alert', ['--dry-run', 'alert.json']],
  ['announce', ['--dry-run']],
  ['import', ['cstate', 'no-such-site']],
  ['publish', ['netlify'], () => ({ NETLIFY_AUTH_TOKEN: 't', NETLIFY_SITE_ID: 's', NETLIFY_URL: 'https://x.test/' })],
];

describe('a bad OUTPOST_NOW', () => {
  const title = 'stops `outpost %s` with the clock problem and exit 1, through Io';
  test.each(READS_THE_CLOCK)(title, async (command, args, env) => {
    const run = await outpostIn(site.root, [command, ...args], { ...env?.(site.root), OUTPOST_NOW: BAD_NOW });
    expect(run.err).toEqual([`outpost ${command}: ${BAD_NOW_REPORT}`]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(consoleCalls()).toEqual([[], [], [], []]);
  });

  test('stops `outpost init` the same way, before it writes anything', async () => {
    const flags = ['--name', 'Acme Status', '--url', 'https://status.acme.example/', '--component', 'web:Website'];
    const run = await outpostIn(work, ['init', 'site', ...flags], { OUTPOST_NOW: BAD_NOW });
    expect(run.err).toEqual([`outpost init: ${BAD_NOW_REPORT}`]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
  });

  test('in the github format, as an annotation on a line of its own (a workflow command starts its line)', async () => {
    const run = await outpostIn(site.root, ['validate', '--format', 'github'], { OUTPOST_NOW: BAD_NOW });
    expect(run.err).toEqual([
      `::error file=OUTPOST_NOW,title=bad-now::OUTPOST_NOW="${BAD_NOW}" is not a time with a zone%0A` +
        'example: OUTPOST_NOW="2026-11-22T18:05Z"',
    ]);
    expect(run.code).toBe(1);
  });
});

describe('a broken site config', () => {
  const NOT_A_URL = 'error [config-invalid-value] url "status.acme.example" is not a URL';
  const READS_THE_CONFIG: Call[] = [
    ['new', ['--title', 'X', '--impact', 'major', '--component', 'checkout', '--message', 'Some payments fail.']],
    ['update', ['checkout', '--status', 'identified', '--message', 'Found it.']],
    ['resolve', ['checkout', '--message', 'Payments work again.']],
    ['stamp', []],
    ['recap', ['checkout']],
    ['remind', []],
    ['issue-form', []],
    ['issue-ops', [], inActions],
    ['alert', ['--dry-run', 'alert.json']],
    ['announce', ['--dry-run']],
    ['import', ['cstate', 'no-such-site']],
  ];

  test('stops every command that needs it with the same report and exit 1', async () => {
    const reports = new Map<string, string>();
    for (const [command, args, env] of READS_THE_CONFIG) {
      const vars = { ...env?.(broken.root), OUTPOST_NOW: '2026-11-22T18:30Z' };
      const run = await outpostIn(broken.root, [command, ...args], vars);
      expect(run.code, `${command}: ${run.err.join('\n')}`).toBe(1);
      expect(run.out, command).toEqual([]);
      expect(run.err, command).toHaveLength(1);
      expect(run.err[0].startsWith(`outpost ${command}: astro.config.mjs`), run.err[0]).toBe(true);
      reports.set(command, run.err[0].slice(`outpost ${command}: `.length));
    }
    expect(new Set(reports.values()).size, [...reports].join('\n')).toBe(1);
    expect(reports.get('new')).toContain(NOT_A_URL);
    expect(consoleCalls()).toEqual([[], [], [], []]);
  });

  test('is what validate and build find, reported as their result (exit 1)', async () => {
    for (const command of ['validate', 'build']) {
      const run = await outpostIn(broken.root, [command], { OUTPOST_NOW: '2026-11-22T18:30Z' });
      expect(run.code, command).toBe(1);
      expect(run.err, command).toEqual([]);
      expect(run.out.join('\n'), command).toContain('astro.config.mjs');
      expect(run.out.join('\n'), command).toContain(NOT_A_URL);
    }
  });
});

describe('a usage mistake', () => {
  /** Every command `outpost --help` lists. */
  const COMMANDS = [
    'init',
    'validate',
    'build',
    'build-issue',
    'new',
    'templates',
    'recap',
    'update',
    'resolve',
    'stamp',
    'remind',
    'publish',
    'issue-form',
    'issue-ops',
    'announce',
    'alert',
    'import',
  ];

  test('the list is every command of `outpost --help`', async () => {
    const help = await outpostIn(site.root, ['--help']);
    const listed = help.out
      .join('\n')
      .split('\n')
      .filter((line) => /^ {2}[a-z]/.test(line))
      .map((line) => line.trim().split(' ')[0]);
    expect([...COMMANDS].sort()).toEqual([...listed].sort());
  });

  test.each(COMMANDS)('an unknown option stops `outpost %s` with exit 2, said through Io', async (command) => {
    const run = await outpostIn(site.root, [command, '--no-such-option'], { OUTPOST_NOW: '2026-11-22T18:30Z' });
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(new RegExp(`^outpost ${command}: Unknown option '--no-such-option'`));
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(consoleCalls()).toEqual([[], [], [], []]);
  });

  test.each([
    ['recap', ['nope'], 'outpost recap: there is no incident "nope"'],
    ['issue-ops', ['approve'], 'outpost issue-ops: usage: outpost issue-ops [authorize]'],
    [
      'issue-ops',
      [],
      'outpost issue-ops: issue-ops runs inside GitHub Actions: GITHUB_EVENT_PATH, ' +
        'GITHUB_EVENT_NAME, GITHUB_REPOSITORY and GITHUB_TOKEN are needed',
    ],
    [
      'build-issue',
      ['--report', 'r.json'],
      'outpost build-issue: GITHUB_TOKEN and GITHUB_REPOSITORY are needed ' + '(GitHub Actions sets them)',
    ],
    [
      'announce',
      ['--timeout', '0'],
      'outpost announce: --timeout takes a number of seconds greater than 0, like ' + '--timeout 20; got "0"',
    ],
  ])('`outpost %s %s` says what to change, exit 2', async (command, args, message) => {
    const clean = { GITHUB_TOKEN: '', GITHUB_REPOSITORY: '', GITHUB_EVENT_PATH: '', GITHUB_EVENT_NAME: '' };
    const run = await outpostIn(site.root, [command, ...args], { ...clean, OUTPOST_NOW: '2026-11-22T18:30Z' });
    expect(run.err).toEqual([message]);
    expect(run.code).toBe(2);
  });

  test('an unknown command: the list of commands, exit 2', async () => {
    const run = await outpostIn(site.root, ['valdate']);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^outpost: unknown command "valdate"\nusage: outpost <command> \[options\]\n/);
    expect(run.code).toBe(2);
  });
});
