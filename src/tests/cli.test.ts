import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { astroBuild, makeSite, outpost, REPO } from './helpers.ts';

const OPTIONS = {
  name: 'CLI Status',
  url: 'https://status.example.net/',
  components: [
    { id: 'checkout', name: 'Checkout' },
    { id: 'api', name: 'API' },
  ],
};

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});
function site(incidents: Record<string, string> = {}) {
  const made = makeSite('cli', OPTIONS, incidents);
  cleanups.push(made.cleanup);
  return made.root;
}

describe('new → update → resolve', () => {
  test('writes a file that validates and builds', async () => {
    const root = site();
    const at = (time: string) => ({
      cwd: root,
      env: { OUTPOST_NOW: time, GITHUB_REPOSITORY: 'acme/status', GITHUB_REF_NAME: 'main' },
    });
    const created = await outpost(
      [
        'new',
        '--title',
        'Checkout: payments fail',
        '--impact',
        'major',
        '--component',
        'checkout',
        '--component',
        'api',
        '--message',
        'Some customers see errors when paying. Next update by 18:35 UTC.',
      ],
      at('2026-11-22T18:05Z'),
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(
      'wrote incidents/2026-11-22-checkout-payments-fail.md\nedit on GitHub: https://github.com/acme/status/edit/main/incidents/2026-11-22-checkout-payments-fail.md\n',
    );
    const slug = '2026-11-22-checkout-payments-fail';
    expect(
      (await outpost(['update', slug, '--status', 'monitoring', '--message', 'A fix is out.'], at('2026-11-22T18:40Z')))
        .code,
    ).toBe(0);
    expect(
      (
        await outpost(
          ['resolve', slug, '--message', 'Checkout works again; no orders were lost.'],
          at('2026-11-22T19:02:45Z'),
        )
      ).code,
    ).toBe(0);
    expect(readFileSync(join(root, 'incidents', `${slug}.md`), 'utf8')).toBe(`---
title: "Checkout: payments fail"
impact: major
components: [checkout, api]
---

## Resolved · 2026-11-22 19:02 UTC
Checkout works again; no orders were lost.

## Monitoring · 2026-11-22 18:40 UTC
A fix is out.

## Investigating · 2026-11-22 18:05 UTC
Some customers see errors when paying. Next update by 18:35 UTC.
`);
    const build = await astroBuild(root, join(root, 'dist'), { OUTPOST_NOW: '2026-11-22T19:10Z' });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    // Counted nouns agree.
    expect(build.stdout).toContain('1 incident valid (0 errors, 1 warning)');
    expect(readFileSync(join(root, 'dist', 'incidents', slug, 'index.html'), 'utf8')).toContain(
      '<dt>Duration</dt><dd>57 min</dd>',
    );
  });

  test('mistakes get a clear answer and write nothing', async () => {
    const root = site();
    const env = { cwd: root, env: { OUTPOST_NOW: '2026-11-22T18:05Z' } };
    const wrong = await outpost(
      ['new', '--title', 'X', '--impact', 'major', '--component', 'chekout', '--message', 'm'],
      env,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      'outpost new: "chekout" is not a component; did you mean "checkout"?; use one of: checkout, api\n',
    );
    const missing = await outpost(['new', '--title', 'X', '--impact', 'major'], env);
    expect(missing.stderr).toBe('outpost new: missing --message\n');
    const status = await outpost(['update', 'nope', '--status', 'fixed', '--message', 'x'], env);
    expect(status.stderr).toBe('outpost update: there is no incidents/nope.md\n');
    const noFile = await outpost(['resolve', '2026-11-22-x', '--message', 'x'], env);
    expect(noFile.stderr).toBe('outpost resolve: there is no incidents/2026-11-22-x.md\n');
  });
});

describe('the editing commands refuse what would confuse readers, and say what to do', () => {
  const incident =
    '---\ntitle: Database failover\nimpact: minor\ncomponents: [checkout]\n---\n\n## Investigating ' +
    '· 2026-11-22 18:05 UTC\nSome customers see errors. Next update by 18:35 UTC.\n';
  const maintenance =
    '---\ntitle: Database upgrade\ntype: maintenance\ncomponents: [api]\nscheduled:\n  start: ' +
    '2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC\n---\n\n## Scheduled · 2026-11-22 18:00 UTC\nThe API is ' +
    'read-only for up to an hour.\n';
  const at = (root: string, time: string) => ({ cwd: root, env: { OUTPOST_NOW: time } });

  test('resolving a resolved incident is refused, twice-completed maintenance too', async () => {
    const root = site({ 'checkout.md': incident, 'upgrade.md': maintenance });
    const first = await outpost(
      [
        'resolve',
        'checkout',
        '--message',
        'Checkout works normally again. No orders ' + 'were lost; you do not need to do anything.',
      ],
      at(root, '2026-11-22T19:02Z'),
    );
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const before = readFileSync(join(root, 'incidents/checkout.md'), 'utf8');
    const again = await outpost(['resolve', 'checkout', '--message', 'Still fine.'], at(root, '2026-11-22T19:10Z'));
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'outpost resolve: incidents/checkout.md is already resolved (## Resolved · ' +
        '2026-11-22 19:02 UTC, line 7); nothing was written. To add to it: outpost update checkout --status update ' +
        '--message "…"\n',
    );
    const viaUpdate = await outpost(
      ['update', 'checkout', '--status', 'Resolved', '--message', 'Again.'],
      at(root, '2026-11-22T19:10Z'),
    );
    expect(viaUpdate.stderr).toContain('outpost update: incidents/checkout.md is already resolved');
    expect(readFileSync(join(root, 'incidents/checkout.md'), 'utf8')).toBe(before);
    const note = await outpost(
      ['update', 'checkout', '--status', 'update', '--message', 'All delayed orders have now shipped.'],
      at(root, '2026-11-22T19:30Z'),
    );
    expect(note.code, note.stdout + note.stderr).toBe(0);

    const done = await outpost(
      ['resolve', 'upgrade', '--message', 'The upgrade is done; the API takes writes ' + 'again.'],
      at(root, '2026-11-29T02:40Z'),
    );
    expect(done.code, done.stdout + done.stderr).toBe(0);
    expect(readFileSync(join(root, 'incidents/upgrade.md'), 'utf8')).toContain('## Completed · 2026-11-29 02:40 UTC\n');
    const twice = await outpost(['resolve', 'upgrade', '--message', 'x'], at(root, '2026-11-29T02:50Z'));
    expect(twice.stderr).toBe(
      'outpost resolve: incidents/upgrade.md is already completed (## Completed · ' +
        '2026-11-29 02:40 UTC, line 10); nothing was written. To add to it: outpost update upgrade --status update ' +
        '--message "…"\n',
    );
  });

  test("a status error lists the statuses of the incident's type", async () => {
    const root = site({ 'checkout.md': incident, 'upgrade.md': maintenance });
    const wrong = await outpost(
      ['update', 'checkout', '--status', 'fixed', '--message', 'x'],
      at(root, '2026-11-22T18:30Z'),
    );
    expect(wrong.stderr).toBe(
      'outpost update: "fixed" is not a status; an incident takes: Investigating, ' +
        'Identified, Monitoring, Update, Resolved\n',
    );
    const typo = await outpost(
      ['update', 'checkout', '--status', 'Monitorng', '--message', 'x'],
      at(root, '2026-11-22T18:30Z'),
    );
    expect(typo.stderr).toBe(
      'outpost update: "Monitorng" is not a status; did you mean "Monitoring"?; an incident ' +
        'takes: Investigating, Identified, Monitoring, Update, Resolved\n',
    );
    const other = await outpost(
      ['update', 'checkout', '--status', 'in progress', '--message', 'x'],
      at(root, '2026-11-22T18:30Z'),
    );
    expect(other.stderr).toBe(
      'outpost update: "in progress" is a status for maintenance, not for an incident; an ' +
        'incident takes: Investigating, Identified, Monitoring, Update, Resolved\n',
    );
    const maint = await outpost(
      ['update', 'upgrade', '--status', 'monitoring', '--message', 'x'],
      at(root, '2026-11-22T18:30Z'),
    );
    expect(maint.stderr).toBe(
      'outpost update: "monitoring" is a status for incidents, not for maintenance; ' +
        'maintenance takes: Scheduled, In progress, Verifying, Completed, Update\n',
    );
    const colon = await outpost(
      [
        'update',
        'checkout',
        '--status',
        'Identified:',
        '--message',
        'We found the ' + 'cause. Next update by 19:00 UTC.',
      ],
      at(root, '2026-11-22T18:30Z'),
    );
    expect(colon.code, colon.stdout + colon.stderr).toBe(0);
  });

  test('update --title changes the title, alone or with an update; the title warning says how', async () => {
    const root = site({ 'checkout.md': incident });
    const update = await outpost(
      [
        'update',
        'checkout',
        '--status',
        'identified',
        '--message',
        'We found the ' + 'cause. Next update by 19:00 UTC.',
      ],
      at(root, '2026-11-22T18:30Z'),
    );
    expect(update.stdout).toContain('incidents/checkout.md:2:8: warning [cause-not-impact] the title names "Database"');
    expect(update.stdout).toContain(
      'to change the title: outpost update checkout --title "What customers ' + 'experience"\n',
    );
    const retitled = await outpost(
      ['update', 'checkout', '--title', "Some customers can't pay"],
      at(root, '2026-11-22T18:31Z'),
    );
    expect(retitled.code, retitled.stdout + retitled.stderr).toBe(0);
    expect(retitled.stdout).toBe('wrote incidents/checkout.md\n');
    const both = await outpost(
      [
        'update',
        'checkout',
        '--title',
        'Some customers cannot pay',
        '--status',
        'monitoring',
        '--message',
        'A fix is out. Next update by 19:10 UTC.',
      ],
      at(root, '2026-11-22T18:40Z'),
    );
    expect(both.code, both.stdout + both.stderr).toBe(0);
    const text = readFileSync(join(root, 'incidents/checkout.md'), 'utf8');
    expect(text.split('\n').slice(0, 8)).toEqual([
      '---',
      'title: Some customers cannot pay',
      'impact: minor',
      'components: [checkout]',
      '---',
      '',
      '## Monitoring · 2026-11-22 18:40 UTC',
      'A fix is out. Next update by 19:10 UTC.',
    ]);
    const blank = await outpost(['update', 'checkout', '--title', ' '], at(root, '2026-11-22T18:41Z'));
    expect(blank.stderr).toBe('outpost update: --title needs the new title\n');
  });
});

describe('--help on every command', () => {
  test('each command of `outpost --help` (and all dispatch.ts registers) prints its own usage, exit 0', async () => {
    const help = await outpost(['--help']);
    expect(help.code).toBe(0);
    const listed = help.stdout
      .split('\n')
      .filter((line) => /^ {2}[a-z]/.test(line))
      .map((line) => line.trim().split(/\s/)[0]);
    const source = readFileSync(join(REPO, 'src/cli/dispatch.ts'), 'utf8');
    const table = source.slice(source.indexOf('const COMMANDS')).split('\n};')[0];
    const registered = [...table.matchAll(/^\s+'?([a-z-]+)'?:/gm)].map((match) => match[1]);
    const editing = ['new', 'update', 'resolve', 'stamp']; // spread in from editCommands
    expect([...registered.filter((name) => name !== 'editCommands'), ...editing].sort()).toEqual([...listed].sort());
    const calls = [...listed.map((command) => [command, '--help']), ['init', '-h'], ['update', 'SLUG', '--help']];
    const runs = await Promise.all(calls.map(async (args) => ({ args, result: await outpost(args) })));
    for (const { args, result } of runs) {
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^usage: outpost ${args[0]}( |$)`));
    }
    expect(runs.find(({ args }) => args[0] === 'init')?.result.stdout).toBe(
      'usage: outpost init [DIR] [--name N] [--url U] [--time-zone Z] [--component ID:NAME ...]\n\n  create a new ' +
        'status site in DIR; asks on a terminal for what is\n  missing, and again after an answer that is not ' +
        'valid.\n  --component repeats; "Web App" alone is id web-app, name Web App\n',
    );
  }, 300_000);
});

describe('headings without a time take their commit time', () => {
  const file =
    '---\ntitle: Checkout errors\nimpact: minor\ncomponents: [checkout]\n---\n\n## Monitoring\nA fix is out. Next update by 19:10 UTC.\n\n## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors.\n';
  const git = (root: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, {
      cwd: root,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
        ...env,
      },
      encoding: 'utf8',
    });

  test('the validator uses the commit time; stamp writes it in', async () => {
    const root = site({ 'checkout.md': file });
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '.']);
    git(root, ['commit', '-qm', 'incident'], {
      GIT_COMMITTER_DATE: '2026-11-22T18:41:30Z',
      GIT_AUTHOR_DATE: '2026-11-22T18:41:30Z',
    });
    const valid = await outpost(['validate'], { cwd: root, env: { OUTPOST_NOW: '2026-11-22T19:00Z' } });
    expect(valid.stdout).toBe('1 incident checked: 0 errors, 0 warnings\n');
    const stamped = await outpost(['stamp'], { cwd: root });
    expect(stamped.stdout).toBe('stamped incidents/checkout.md: line 7\n');
    expect(readFileSync(join(root, 'incidents/checkout.md'), 'utf8')).toContain(
      '## Monitoring · 2026-11-22 18:41 UTC\n',
    );
  });

  test('without history (not committed) the error says to write the time', async () => {
    const root = site({ 'checkout.md': file });
    const result = await outpost(['validate'], { cwd: root, env: { OUTPOST_NOW: '2026-11-22T19:00Z' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'incidents/checkout.md:7:14: error [missing-time] the heading "Monitoring" has no time, and no commit time is known for it',
    );
    expect(result.stdout).toContain('example:  ## Monitoring · 2026-11-22 19:00 UTC');
    const stamped = await outpost(['stamp'], { cwd: root });
    expect(stamped.code).toBe(1);
    expect(stamped.stdout).toContain(
      'incidents/checkout.md:7:1: error [missing-time] no commit time is known for this heading',
    );
  });

  test("in a shallow clone the boundary commit's time is not trusted", async () => {
    const origin = site({ 'checkout.md': file });
    git(origin, ['init', '-q', '-b', 'main']);
    git(origin, ['add', '.']);
    git(origin, ['commit', '-qm', 'one'], { GIT_COMMITTER_DATE: '2026-11-22T18:41:30Z' });
    writeFileSync(join(origin, 'README.md'), 'x');
    git(origin, ['add', '.']);
    git(origin, ['commit', '-qm', 'two'], { GIT_COMMITTER_DATE: '2026-11-22T18:50:00Z' });
    const clone = site();
    execFileSync('rm', ['-rf', clone]);
    git(origin, ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    const result = await outpost(['validate'], { cwd: clone, env: { OUTPOST_NOW: '2026-11-22T19:00Z' } });
    expect(result.stdout).toContain('[missing-time]');
  });
});

describe('break glass: outpost publish', () => {
  test("builds here, then uploads dist/ with the host's own CLI", async () => {
    const { mkdirSync, writeFileSync: write, chmodSync, readFileSync: read, existsSync } = await import('node:fs');
    const root = site({
      'ok.md':
        '---\ntitle: Checkout errors\nimpact: minor\ncomponents: [checkout]\n---\n\n## Resolved · 2026-11-22 18:30 UTC\nAll good; no orders lost.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
    });
    // A stand-in for wrangler on PATH (the network to Cloudflare is not reachable here): it records what it was asked.
    const bin = join(root, 'fake-bin');
    mkdirSync(bin);
    write(
      join(bin, 'wrangler'),
      `#!/bin/sh\necho "$@" > "${join(root, 'wrangler-args')}"\necho "$CLOUDFLARE_ACCOUNT_ID" >> "${join(root, 'wrangler-args')}"\nls "$3" >> "${join(root, 'wrangler-args')}"\n`,
    );
    chmodSync(join(bin, 'wrangler'), 0o755);
    const env = { OUTPOST_NOW: '2026-11-22T19:00Z', PATH: `${bin}:${process.env.PATH}` };
    const missing = await outpost(['publish', 'cloudflare'], { cwd: root, env });
    expect(missing.stderr).toBe(
      'outpost publish: set CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID, ' +
        'CLOUDFLARE_PAGES_PROJECT first (see docs/deploy.md, "When GitHub is down")\n',
    );
    const published = await outpost(['publish', 'cloudflare'], {
      cwd: root,
      env: {
        ...env,
        CLOUDFLARE_API_TOKEN: 't',
        CLOUDFLARE_ACCOUNT_ID: 'acct-1',
        CLOUDFLARE_PAGES_PROJECT: 'acme-status',
      },
    });
    expect(published.code, published.stdout + published.stderr).toBe(0);
    const recorded = read(join(root, 'wrangler-args'), 'utf8').split('\n');
    expect(recorded[0]).toBe(`pages deploy ${join(root, 'dist')} --project-name acme-status --branch main`);
    expect(recorded[1]).toBe('acct-1');
    expect(recorded).toContain('index.html');
    expect(existsSync(join(root, 'dist', 'incidents', 'ok', 'index.html'))).toBe(true);
    // Built for the mirror's own address, not the config's.
    expect(published.stdout).toContain('building for https://acme-status.pages.dev/');
    expect(read(join(root, 'dist', 'index.html'), 'utf8')).toContain(
      '<link rel="canonical" href="https://acme-status.pages.dev/">',
    );
  });

  test('a broken incident stops the upload', async () => {
    const root = site({
      'bad.md': '---\ntitle: X\nimpact: major\n---\n\n## Investigating · 2026-11-22 18:05\nErrors.\n',
    });
    const unaddressed = await outpost(['publish', 'netlify'], {
      cwd: root,
      env: { OUTPOST_NOW: '2026-11-22T19:00Z', NETLIFY_AUTH_TOKEN: 't', NETLIFY_SITE_ID: 's' },
    });
    expect(unaddressed.stderr).toBe(
      'outpost publish: set NETLIFY_URL first (see docs/deploy.md, "When GitHub is ' + 'down")\n',
    );
    const result = await outpost(['publish', 'netlify'], {
      cwd: root,
      env: {
        OUTPOST_NOW: '2026-11-22T19:00Z',
        NETLIFY_AUTH_TOKEN: 't',
        NETLIFY_SITE_ID: 's',
        NETLIFY_URL: 'https://acme-status.netlify.app/',
      },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('the build failed; nothing was uploaded');
    expect(result.stdout + result.stderr).toContain('incidents/bad.md:6:20: error [time-without-zone]');
  });
});

describe('templates and recaps', () => {
  test('outpost templates lists them; new --template writes a warning-free incident; recap prints the share texts', async () => {
    const root = site();
    const env = { cwd: root, env: { OUTPOST_NOW: '2026-11-22T18:05Z' } };
    const list = await outpost(['templates'], env);
    expect(
      list.stdout
        .split('\n')
        .filter((line) => /^[a-z-]+\s{2,}/.test(line))
        .map((line) => line.split(/\s+/)[0]),
    ).toEqual([
      'full-outage',
      'partial-outage',
      'degraded-performance',
      'third-party',
      'delayed-data',
      'security',
      'maintenance',
      'all-clear',
    ]);
    const one = await outpost(['templates', 'delayed-data'], env);
    expect(one.stdout).toContain('## Post (≤ 280 characters with the link)');
    const created = await outpost(['new', '--template', 'partial-outage', '--component', 'checkout'], env);
    expect(created.code, created.stdout + created.stderr).toBe(0);
    expect(created.stdout).toBe('wrote incidents/2026-11-22-some-customers-see-errors-in-checkout.md\n');
    const text = readFileSync(join(root, 'incidents/2026-11-22-some-customers-see-errors-in-checkout.md'), 'utf8');
    expect(text).toContain('Next update by 18:35 UTC.');
    const validate = await outpost(['validate'], { cwd: root, env: { OUTPOST_NOW: '2026-11-22T18:10Z' } });
    expect(validate.stdout).toBe('1 incident checked: 0 errors, 0 warnings\n');
    const maintenance = await outpost(
      [
        'new',
        '--template',
        'maintenance',
        '--component',
        'api',
        '--start',
        '2026-11-29 02:00 UTC',
        '--end',
        '2026-11-29 03:00 UTC',
      ],
      env,
    );
    expect(maintenance.code, maintenance.stdout + maintenance.stderr).toBe(0);
    expect(readFileSync(join(root, 'incidents/2026-11-22-planned-maintenance-of-api.md'), 'utf8')).toContain(
      'type: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC\n---\n\n## Scheduled · 2026-11-22 18:05 UTC',
    );
    const recap = await outpost(['recap', '2026-11-22-some-customers-see-errors-in-checkout'], {
      cwd: root,
      env: { OUTPOST_NOW: '2026-11-22T18:10Z' },
    });
    expect(recap.code, recap.stderr).toBe(0);
    expect(recap.stdout).toContain('What you can do meanwhile: If something fails, please try again in a few minutes.');
    expect(recap.stdout).toContain('The next update is expected by 22 Nov 2026, 18:35 UTC.');
    expect(recap.stdout).toContain(
      'You can follow it live here: https://status.example.net/incidents/2026-11-22-some-customers-see-errors-in-checkout/',
    );
    const bad = await outpost(['new', '--template', 'partial-outtage'], env);
    expect(bad.stderr).toContain('"partial-outtage" is not a template; did you mean "partial-outage"?');
  });
});

describe("the deploy's job summary: the team's texts for updates new on the page", () => {
  test('the first build: the last hour; later builds: what the record has not seen; nothing new, nothing written', async () => {
    const { writeTeamTexts } = await import('../cli/commands/build.ts');
    const { loadProject } = await import('../project/project.ts');
    const v1 =
      '---\ntitle: Checkout fails\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 17:00 UTC\nErrors when paying. Next update by 17:30 UTC.\n';
    const root = site({ 'checkout.md': v1 });
    const summary = join(root, 'summary.md');
    const deploy = async (at: string) => {
      const project = await loadProject({ root, now: new Date(at) });
      writeFileSync(summary, '');
      return writeTeamTexts(root, project.config!, project.incidents, new Date(at), summary);
    };
    // No record, and the only update is 90 minutes old: not news.
    expect(await deploy('2026-11-22T18:30Z')).toBeUndefined();
    expect(readFileSync(summary, 'utf8')).toBe('');
    writeFileSync(
      join(root, 'incidents/checkout.md'),
      v1.replace(
        '---\n\n',
        '---\n\n## Identified · 2026-11-22 18:40 UTC\nWe found the cause. Next update by 19:10 UTC.\n\n',
      ),
    );
    const second = (await deploy('2026-11-22T18:45Z'))!;
    expect(second).toContain('New on the page: Identified (22 Nov 2026, 18:40 UTC).');
    expect(second).not.toContain('Investigating (');
    expect(readFileSync(summary, 'utf8')).toBe(`${second}\n`);
    // The hourly rebuild of the same commit: nothing new.
    expect(await deploy('2026-11-22T19:45Z')).toBeUndefined();
    // A damaged record counts as none: back to the last hour.
    writeFileSync(join(root, 'node_modules/.cache/outpost/team-texts.json'), '{');
    expect(await deploy('2026-11-22T19:30Z')).toContain('New on the page: Identified (22 Nov 2026, 18:40 UTC).');
  });
});
