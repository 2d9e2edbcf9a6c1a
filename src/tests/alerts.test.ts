/**
 * Alerts draft the incident: payloads of every sender read into one shape (or refused, naming the
 * field), and `outpost alert` against a local GitHub REST server: firing → a draft pull request,
 * a repeat → the same one updated, resolved → a suggested Resolved update, an alert on a person's
 * open incident → a comment only, autoPublish → published after the same validation, and the
 * Alertmanager relay example end to end.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { alertCommand } from '../cli/commands/alert/command.ts';
import { fakeGitHub, type FakeGitHub } from './github-server.ts';
import { makeSite, REPO, USER_AGENT } from './helpers.ts';

import { alertmanager, kuma, OPTIONS } from './alert-payloads.ts';

describe('outpost alert against a local GitHub', () => {
  let github: FakeGitHub;
  let site: { root: string; cleanup: () => void };
  let dir: string;
  const NOW = '2026-11-22T18:05Z';
  const logs: string[] = [];
  beforeEach(async () => {
    github = await fakeGitHub();
    dir = mkdtempSync(join(tmpdir(), 'outpost-alert-'));
    logs.length = 0;
  });
  afterEach(async () => {
    await github.close();
    site?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = async (payload: unknown, options: { dryRun?: boolean; now?: string; output?: string } = {}) => {
    const file = join(dir, `payload-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
    process.env.OUTPOST_NOW = options.now ?? NOW;
    const env = {
      GITHUB_TOKEN: 'test-token',
      GITHUB_REPOSITORY: 'acme/status',
      GITHUB_API_URL: github.url,
      GITHUB_OUTPUT: options.output,
    };
    return alertCommand(
      [...(options.dryRun ? ['--dry-run'] : []), file],
      { root: site.root, out: (line) => logs.push(line), err: (line) => logs.push(line) },
      env,
    );
  };
  const writes = () => github.requests.filter((request) => !request.startsWith('GET'));

  test('firing → a draft pull request with the drafted incident; nothing on the default branch', async () => {
    site = makeSite('alert-draft', OPTIONS);
    expect(await send(alertmanager('firing'))).toBe(0);
    expect(github.pulls).toHaveLength(1);
    const [pull] = github.pulls;
    expect(pull).toMatchObject({
      title: 'Draft incident: Some customers see errors in Checkout',
      head: 'outpost/alert-1a30ba71cca2921f',
      base: 'main',
      draft: true,
      state: 'open',
    });
    expect(pull.body).toContain('**Nothing is on the status page yet**');
    expect(pull.body).toContain(
      '<!-- outpost:alert 1a30ba71cca2921f path=incidents/2026-11-22-some-customers-see-errors-in-checkout.md count=1 -->',
    );
    expect(github.branches.get(pull.head)!.get('incidents/2026-11-22-some-customers-see-errors-in-checkout.md')).toBe(
      '---\n# outpost-alert: 1a30ba71cca2921f\ntitle: Some customers see errors in Checkout\nimpact: major\ncomponents: [checkout]\nstarted: 2026-11-22 17:58 UTC\n---\n\n' +
        '## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors when using Checkout. Nothing you saved is lost. If something fails, please try again in a few minutes. Next update by 18:35 UTC.\n',
    );
    expect(github.files.size).toBe(0);
    // Octokit adds its own name and version after Outpost's.
    expect(github.userAgents.length).toBeGreaterThan(3);
    for (const userAgent of github.userAgents) expect(userAgent.startsWith(`${USER_AGENT} octokit`)).toBe(true);
  });

  test('a repeat → the same pull request, updated; resolved → a suggested Resolved update in it', async () => {
    site = makeSite('alert-repeat', OPTIONS);
    await send(alertmanager('firing'));
    await send(alertmanager('firing'), { now: '2026-11-22T18:20Z' });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0].body).toContain('- **Seen:** 2 times, last at 2026-11-22 18:20 UTC');
    expect(github.pulls[0].body).toContain('count=2 -->');
    await send(alertmanager('resolved'), { now: '2026-11-22T18:41Z' });
    expect(github.pulls).toHaveLength(1);
    const text = github.branches
      .get('outpost/alert-1a30ba71cca2921f')!
      .get('incidents/2026-11-22-some-customers-see-errors-in-checkout.md')!;
    expect(text.match(/^## .*$/gm)).toEqual([
      '## Resolved · 2026-11-22 18:41 UTC',
      '## Investigating · 2026-11-22 18:05 UTC',
    ]);
    expect(text).toContain('## Resolved · 2026-11-22 18:41 UTC\nCheckout works normally again.');
    expect(github.comments.get(github.pulls[0].number)![0].body).toContain(
      'The alert resolved at 2026-11-22 18:40 UTC. A **Resolved** update is now at the top',
    );
    expect(github.files.size).toBe(0);
  });

  const PERSONS =
    '---\ntitle: Checkout is slow\nimpact: minor\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 17:50 UTC\nCheckout is slower than usual. Next update by 18:20 UTC.\n';

  test("an alert on a component with a person's open incident → a comment on its issue, and nothing else", async () => {
    site = makeSite('alert-person', OPTIONS, { '2026-11-22-checkout-is-slow.md': PERSONS });
    github.files.set('incidents/2026-11-22-checkout-is-slow.md', PERSONS);
    github.issues.push({
      number: 7,
      state: 'open',
      labels: [{ name: 'incident' }],
      title: '[Incident] Checkout is slow',
    });
    github.comments.set(7, [
      {
        body: 'Opened the incident.\n\n<!-- outpost:incident incidents/2026-11-22-checkout-is-slow.md -->',
        user: { login: 'github-actions[bot]', type: 'Bot' },
      },
    ]);
    await send(alertmanager('firing'));
    await send(alertmanager('firing'), { now: '2026-11-22T18:20Z' });
    expect(github.pulls).toEqual([]);
    expect(github.branches.size).toBe(0);
    const comments = github.comments.get(7)!.slice(1);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(
      'The alert **ProbeFailure** is firing on a component of `incidents/2026-11-22-checkout-is-slow.md`. Nothing was drafted',
    );
    expect(writes().filter((request) => !request.includes('/issues/7/comments'))).toEqual([]);
  });

  test("without an issue, the comment goes on the incident file's last commit", async () => {
    site = makeSite('alert-commit', OPTIONS, { '2026-11-22-checkout-is-slow.md': PERSONS });
    github.files.set('incidents/2026-11-22-checkout-is-slow.md', PERSONS);
    await send(kuma(0));
    expect(github.pulls).toEqual([]);
    const [[, comments]] = [...github.commitComments];
    expect(comments[0].body).toContain('The alert **Checkout health** is firing');
  });

  test('a malformed payload → a clear error, nothing written', async () => {
    site = makeSite('alert-malformed', OPTIONS);
    expect(await send({ alerts: [{ ...alertmanager('firing').alerts[0], status: 'burning' }], receiver: 'x' })).toBe(1);
    expect(logs.join('\n')).toMatch(
      /payload-\w+\.json: not an alert payload Outpost can read; nothing was done:\n {2}alerts\.0\.status: Invalid option: expected one of "firing"\|"resolved"/,
    );
    expect(await send('{"alerts": [')).toBe(1);
    expect(logs.at(-1)).toMatch(/not JSON: .*; nothing was done$/);
    expect(github.requests).toEqual([]);
  });

  test('an alert that matches no component stays internal', async () => {
    site = makeSite('alert-internal', OPTIONS);
    const payload = alertmanager('firing');
    payload.alerts[0].labels.service = 'billing-batch';
    expect(await send(payload)).toBe(0);
    expect(logs.join('\n')).toContain(
      'matches no component (alerts.routes, or a "component" label): it stays internal',
    );
    expect(writes()).toEqual([]);
  });

  test('--dry-run prints what it would propose and sends nothing', async () => {
    site = makeSite('alert-dry', OPTIONS);
    expect(await send(alertmanager('firing'), { dryRun: true })).toBe(0);
    expect(logs.join('\n')).toContain(
      'would firing ProbeFailure (1a30ba71cca2921f): open a draft pull request "Draft incident: Some customers see errors in Checkout" from outpost/alert-1a30ba71cca2921f',
    );
    expect(writes()).toEqual([]);
  });

  test('alerts: { autoPublish: true } → committed to the default branch after the same validation, then resolved there', async () => {
    site = makeSite('alert-auto', { ...OPTIONS, alerts: { ...OPTIONS.alerts, autoPublish: true } });
    const output = join(dir, 'github-output');
    writeFileSync(output, '');
    await send(kuma(0), { output });
    expect(github.pulls).toEqual([]);
    const path = 'incidents/2026-11-22-checkout-unavailable.md';
    expect(github.files.get(path)).toContain(
      '# outpost-alert: uptime-kuma-29\ntitle: Checkout unavailable\nimpact: critical',
    );
    writeFileSync(join(site.root, path), github.files.get(path)!);
    await send(kuma(1), { now: '2026-11-22T18:30Z' });
    expect(github.files.get(path)!.match(/^## .*$/gm)).toEqual([
      '## Resolved · 2026-11-22 18:30 UTC',
      '## Investigating · 2026-11-22 18:05 UTC',
    ]);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(output, 'utf8')).toBe('published=true\n');
  });
});

describe('the Alertmanager relay example', () => {
  const servers: FakeGitHub[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  test('wraps the webhook into a repository_dispatch that outpost alert turns into a draft pull request', async () => {
    const github = await fakeGitHub();
    servers.push(github);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const relay = spawn(process.execPath, [join(REPO, 'examples/alertmanager-relay.mjs')], {
      env: {
        ...process.env,
        GITHUB_TOKEN: 'gh-token',
        GITHUB_REPOSITORY: 'acme/status',
        RELAY_SECRET: 's3cret',
        PORT: String(port),
        GITHUB_API_URL: github.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        relay.stdout.on('data', (data: Buffer) => data.toString().includes('listening') && resolve());
        relay.on('exit', (code) => reject(new Error(`relay exited ${code}`)));
      });
      const post = (authorization: string, body: unknown) =>
        fetch(`http://127.0.0.1:${port}/`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await post('Bearer wrong', alertmanager('firing'))).status).toBe(401);
      expect((await post('Bearer s3cret', { hello: 1 })).status).toBe(400);
      expect(github.dispatches).toEqual([]);
      expect((await post('Bearer s3cret', alertmanager('firing'))).status).toBe(202);
      expect(github.dispatches).toEqual([
        {
          event_type: 'outpost-alert',
          client_payload: { alertmanager: alertmanager('firing') },
          authorization: 'Bearer gh-token',
        },
      ]);

      const site = makeSite('alert-relay', OPTIONS);
      const dir = mkdtempSync(join(tmpdir(), 'outpost-relay-'));
      try {
        const event = join(dir, 'event.json');
        writeFileSync(
          event,
          JSON.stringify({
            action: 'outpost-alert',
            client_payload: github.dispatches[0].client_payload,
            repository: { default_branch: 'main' },
          }),
        );
        process.env.OUTPOST_NOW = '2026-11-22T18:05Z';
        const code = await alertCommand(
          [event],
          { root: site.root, out: () => {}, err: () => {} },
          { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/status', GITHUB_API_URL: github.url },
        );
        expect(code).toBe(0);
        expect(github.pulls.map((pull) => pull.head)).toEqual(['outpost/alert-1a30ba71cca2921f']);
      } finally {
        site.cleanup();
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      relay.kill();
    }
  });
});
