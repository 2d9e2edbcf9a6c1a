/**
 * `outpost announce` when things go wrong, each fault of the audit in issue 22
 * reproduced against local stand-ins (loopback only): an update written in
 * the web editor and stamped by the deploy, a service that never answers (one
 * of each kind), a 429 with Retry-After, an answer lost after the service
 * took the message, two runs at once, a record that can't be read, and a
 * site in German. Each update must reach each channel once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startStandIns, type StandIns } from './announce-stand-ins.ts';
import { makeSite, outpost, USER_AGENT, type Run } from './helpers.ts';

const NOW = '2026-11-22T18:30Z';
const SITE = 'https://status.acme.example/';
const CHECKOUT = `---
title: Some customers can't complete checkout
impact: major
components:
  checkout: partial_outage
---

## Monitoring · 2026-11-22 18:20 UTC
We rolled back the change. Next update by 18:50 UTC.

## Investigating · 2026-11-22 18:05 UTC
Some customers see an error when paying. Orders are not lost.
`;
const UPDATES = ['2026-11-22-checkout#2026-11-22T18:05:00Z', '2026-11-22-checkout#2026-11-22T18:20:00Z'];
const KINDS = ['slack', 'discord', 'teams', 'webhook', 'mastodon', 'bluesky', 'email'] as const;
type Kind = (typeof KINDS)[number];

let stand: StandIns;
const sites: { cleanup: () => void }[] = [];

beforeAll(async () => {
  stand = await startStandIns();
});
afterAll(async () => {
  for (const site of sites) site.cleanup();
  await stand?.close();
});
beforeEach(() => stand.reset());

const BASE = {
  name: 'Acme Status',
  url: SITE,
  components: [{ id: 'checkout', name: 'Checkout' }],
};

function site(
  options: Record<string, unknown>,
  incidents: Record<string, string> = { '2026-11-22-checkout.md': CHECKOUT },
) {
  const made = makeSite('announce-faults', { ...BASE, ...options }, incidents);
  sites.push(made);
  return made.root;
}

/**
 * A channel of `kind` named `id`, its secrets in variables prefixed `PREFIX_`; `hung` points it at a server that
 * never answers.
 */
function channel(
  kind: Kind,
  id: string,
  hung = false,
): { config: Record<string, unknown>; env: Record<string, string> } {
  const prefix = id.toUpperCase().replace(/-/g, '_');
  const http = hung ? stand.hungUrl : stand.url;
  switch (kind) {
    case 'webhook':
      return {
        config: { kind, id, urlEnv: `${prefix}_URL`, secretEnv: `${prefix}_SECRET` },
        env: { [`${prefix}_URL`]: `${http}/webhook`, [`${prefix}_SECRET`]: 'webhook-secret' },
      };
    case 'mastodon':
      return {
        config: { kind, id, instance: http, tokenEnv: `${prefix}_TOKEN` },
        env: { [`${prefix}_TOKEN`]: 'mastodon-token' },
      };
    case 'bluesky':
      return {
        config: { kind, id, identifier: 'status.acme.example', passwordEnv: `${prefix}_PASSWORD`, service: http },
        env: { [`${prefix}_PASSWORD`]: 'app-password' },
      };
    case 'email':
      return {
        config: {
          kind,
          id,
          to: 'status@lists.acme.example',
          from: 'Acme Status <status@acme.example>',
          smtpUrlEnv: `${prefix}_SMTP`,
        },
        env: { [`${prefix}_SMTP`]: hung ? stand.silentSmtpUrl : stand.smtpUrl },
      };
    default:
      return { config: { kind, id, urlEnv: `${prefix}_URL` }, env: { [`${prefix}_URL`]: `${http}/${kind}` } };
  }
}

function channels(list: ReturnType<typeof channel>[]): {
  announce: Record<string, unknown>[];
  env: Record<string, string>;
} {
  return {
    announce: list.map((item) => item.config),
    env: Object.assign({}, ...list.map((item) => item.env)) as Record<string, string>,
  };
}

async function announce(
  root: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<Run & { ms: number; ended: number }> {
  const started = Date.now();
  const run = await outpost(['announce', ...args], { cwd: root, env: { OUTPOST_NOW: NOW, ...env } });
  const ended = Date.now();
  return { ...run, ms: ended - started, ended };
}

const record = (root: string) => JSON.parse(readFileSync(join(root, '.outpost/announced.json'), 'utf8'));

describe('an update written in the web editor, then stamped by the deploy', () => {
  const git = (root: string, args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    });

  test('is delivered once: its id is the same before stamping and after', { timeout: 300_000 }, async () => {
    const { announce: list, env } = channels([channel('webhook', 'hook')]);
    const root = site(
      { announce: list },
      {
        '2026-11-22-checkout.md': CHECKOUT.replace('## Monitoring · 2026-11-22 18:20 UTC', '## Monitoring'),
      },
    );
    writeFileSync(join(root, '.gitignore'), '.outpost/\n');
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '.']);
    // The web editor commits at whatever second it is.
    git(root, ['commit', '-qm', 'Update checkout incident'], '2026-11-22T18:20:37Z');

    const first = await announce(root, env);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(stand.accepted('webhook').map((arrival) => arrival.headers['x-outpost-delivery'])).toEqual([
      `hook/${UPDATES[0]}`,
      `hook/${UPDATES[1]}`,
    ]);

    // The deploy's stamp job writes the time in and commits it.
    const stamped = await outpost(['stamp'], { cwd: root, env: { OUTPOST_NOW: NOW } });
    expect(stamped.code, stamped.stdout + stamped.stderr).toBe(0);
    expect(readFileSync(join(root, 'incidents/2026-11-22-checkout.md'), 'utf8')).toContain(
      '## Monitoring · 2026-11-22 18:20 UTC\n',
    );
    git(root, ['commit', '-qam', 'Stamp update times'], '2026-11-22T18:21:05Z');

    const second = await announce(root, { ...env, OUTPOST_NOW: '2026-11-22T18:35Z' });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain('hook: nothing new');
    expect(stand.accepted('webhook')).toHaveLength(2);
  });
});

test(
  'every request to a service says it is Outpost: its version, and where to read about it',
  { timeout: 300_000 },
  async () => {
    const { announce: list, env } = channels(KINDS.map((kind) => channel(kind, kind)));
    const root = site({ announce: list });
    const run = await announce(root, env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    for (const kind of KINDS) expect(stand.accepted(kind), kind).toHaveLength(2);
    expect(USER_AGENT).toMatch(/^outpost\/\d+\.\d+\.\d+\S* \(\+https:\/\/\S+\)$/);
    // Slack, Discord, Teams, the webhook, Mastodon and Bluesky (its login too); e-mail has no user agent.
    expect([...stand.userAgents]).toEqual([USER_AGENT]);
  },
);

describe('a service that never answers', () => {
  // The bound is long enough that no healthy delivery, however slow the machine, could be taken for one
  // that waited a whole bound behind a hung channel.
  const BOUND = 5_000;

  test(
    'of each kind: it fails at the bound, and every other channel delivers meanwhile',
    { timeout: 300_000 },
    async () => {
      const { announce: list, env } = channels(
        KINDS.flatMap((kind) => [channel(kind, `${kind}-hung`, true), channel(kind, `${kind}-ok`)]),
      );
      const root = site({ announce: list });
      const run = await announce(root, env, ['--timeout', String(BOUND / 1000)]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      for (const kind of KINDS) {
        expect(run.stdout).toContain(`${kind}-ok: sent 2 updates`);
        expect(run.stdout).toContain(
          `${kind}-hung: failed to send ${UPDATES[0]}: no answer within ${BOUND / 1000} s; 2 updates left for the next run`,
        );
        expect(stand.accepted(kind), kind).toHaveLength(2);
      }
      // Every hung client reached its server (the SMTP one too), and no healthy channel waited for one: all
      // their messages arrived before the first hung send's bound was up.
      expect(stand.hungAt).toHaveLength(KINDS.length);
      const healthy = stand.arrivals.map((arrival) => arrival.at);
      expect(Math.max(...healthy)).toBeLessThan(Math.min(...stand.hungAt) + BOUND);
      // And the run ended at the bound: no client held the process open after it.
      expect(run.ended).toBeLessThan(Math.max(...stand.hungAt) + 2 * BOUND);
      expect(Object.keys(record(root).channels['slack-hung'].sent)).toEqual([]);
      expect(Object.keys(record(root).channels['slack-ok'].sent)).toEqual(UPDATES);
    },
  );

  test(
    'seven channels, Bluesky first and hung: Slack, third, still delivers; the run takes one bound',
    { timeout: 300_000 },
    async () => {
      const kinds: Kind[] = ['bluesky', 'discord', 'slack', 'teams', 'webhook', 'mastodon', 'email'];
      const { announce: list, env } = channels(kinds.map((kind) => channel(kind, kind, kind === 'bluesky')));
      const root = site({ announce: list });
      const run = await announce(root, env, ['--timeout', String(BOUND / 1000)]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toContain(
        `bluesky: failed to send ${UPDATES[0]}: no answer within ${BOUND / 1000} s; 2 updates left for the next run`,
      );
      for (const kind of kinds.slice(1)) expect(stand.accepted(kind), kind).toHaveLength(2);
      const [hung] = stand.hungAt;
      expect(Math.max(...stand.arrivals.map((arrival) => arrival.at))).toBeLessThan(hung + BOUND);
      expect(run.ended).toBeLessThan(hung + 2 * BOUND);
      console.info(
        `seven channels, Bluesky hung, --timeout ${BOUND / 1000}: ${run.ms} ms, ${run.ended - hung} ms from the hung send on`,
      );
    },
  );
});

describe('a 429 with Retry-After', () => {
  test("within the run's budget: waited out, then sent in the same run", { timeout: 300_000 }, async () => {
    const { announce: list, env } = channels([channel('slack', 'slack')]);
    const root = site({ announce: list });
    stand.answer('/slack', { status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' });
    const run = await announce(root, env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('slack: rate limited (HTTP 429: rate_limited); trying again in 1 s');
    expect(run.stdout).toContain('slack: sent 2 updates');
    expect(stand.hits('/slack')).toBe(3);
    expect(stand.accepted('slack')).toHaveLength(2);
  });

  test(
    'beyond the budget: left for the next run, which sends it; the others are not held up',
    { timeout: 300_000 },
    async () => {
      const { announce: list, env } = channels([
        channel('discord', 'discord'),
        channel('mastodon', 'mastodon'),
        channel('teams', 'teams'),
      ]);
      const root = site({ announce: list });
      stand.answer('/discord', {
        status: 429,
        headers: { 'retry-after': '600' },
        body: { message: 'You are being rate limited.', retry_after: 600, global: false },
      });
      stand.answer('/api/v1/statuses', {
        status: 429,
        headers: { 'x-ratelimit-reset': new Date(Date.now() + 3_600_000).toISOString() },
        body: { error: 'Too many requests' },
      });
      const first = await announce(root, { ...env, GITHUB_ACTIONS: 'true' }, ['--budget', '60']);
      expect(first.code, first.stdout + first.stderr).toBe(0);
      const discord = '{"message":"You are being rate limited.","retry_after":600,"global":false}';
      expect(first.stdout).toContain(
        `::warning title=outpost announce::discord: rate limited (HTTP 429: ${discord}, asked to wait 600 s); ` +
          '2 updates left for the next run',
      );
      expect(first.stdout).toMatch(
        new RegExp(
          String.raw`::warning title=outpost announce::mastodon: rate limited \(status 429: Too many requests, ` +
            String.raw`asked to wait \d+(\.\d)? s\); 2 updates left for the next run`,
        ),
      );
      expect(first.stdout).toContain('teams: sent 2 updates');
      expect(first.ms).toBeLessThan(60_000);
      expect(Object.keys(record(root).channels.discord.sent)).toEqual([]);

      const second = await announce(root, env);
      expect(second.code, second.stdout + second.stderr).toBe(0);
      expect(second.stdout).toContain('discord: sent 2 updates');
      expect(second.stdout).toContain('mastodon: sent 2 updates');
      expect(second.stdout).toContain('teams: nothing new');
      expect(stand.accepted('discord')).toHaveLength(2);
      expect(stand.accepted('mastodon')).toHaveLength(2);
    },
  );
});

describe('a send whose answer was lost (the service took it, then answered too late)', () => {
  test(
    'is retried with the same keys, and the services that take one drop the copy',
    { timeout: 300_000 },
    async () => {
      const { announce: list, env } = channels([
        channel('webhook', 'hook'),
        channel('mastodon', 'mastodon'),
        channel('bluesky', 'bluesky'),
      ]);
      const root = site({ announce: list });
      // Each service takes the first message and answers only after the send's time is up.
      stand.answer('/webhook', { status: 200, accept: true, delayMs: 20_000 });
      stand.answer('/api/v1/statuses', {
        status: 200,
        accept: true,
        delayMs: 20_000,
        body: { id: '1', content: '', visibility: 'public' },
      });
      stand.answer('/xrpc/com.atproto.repo.createRecord', { status: 200, accept: true, delayMs: 20_000, body: {} });
      const first = await announce(root, env, ['--timeout', '4']);
      expect(first.code).toBe(1);
      for (const name of ['hook', 'mastodon', 'bluesky'])
        expect(first.stdout).toContain(`${name}: failed to send ${UPDATES[0]}: no answer within 4 s`);
      expect(stand.posts.size).toBe(1);

      const second = await announce(root, env);
      expect(second.code, second.stdout + second.stderr).toBe(0);
      // The webhook got the first update twice, with one delivery id: the receiver drops the second.
      expect(stand.accepted('webhook').map((arrival) => arrival.headers['x-outpost-delivery'])).toEqual([
        `hook/${UPDATES[0]}`,
        `hook/${UPDATES[0]}`,
        `hook/${UPDATES[1]}`,
      ]);
      expect(stand.accepted('webhook').map((arrival) => arrival.body.delivery_id)).toEqual([
        `hook/${UPDATES[0]}`,
        `hook/${UPDATES[0]}`,
        `hook/${UPDATES[1]}`,
      ]);
      // Mastodon kept the Idempotency-Key and made no second status; Bluesky refused a second record under the key.
      expect(stand.hits('/api/v1/statuses')).toBe(3);
      expect(stand.accepted('mastodon').map((arrival) => arrival.headers['idempotency-key'])).toEqual([
        `mastodon/${UPDATES[0]}`,
        `mastodon/${UPDATES[1]}`,
      ]);
      expect(stand.hits('/xrpc/com.atproto.repo.createRecord')).toBe(3);
      expect(stand.hits('/xrpc/com.atproto.repo.getRecord')).toBe(1);
      expect(stand.posts.size).toBe(2);
      expect([...stand.posts.keys()].every((key) => /^[234567a-j][234567a-z]{12}$/.test(key))).toBe(true);
    },
  );
});

describe('two runs at once', () => {
  test('one sends, the other waits for it and finds nothing new: each update once', { timeout: 300_000 }, async () => {
    const { announce: list, env } = channels([channel('webhook', 'hook')]);
    const root = site({ announce: list });
    stand.answer(
      '/webhook',
      { status: 200, accept: true, delayMs: 2500 },
      { status: 200, accept: true, delayMs: 2500 },
    );
    const runs = await Promise.all([announce(root, env), announce(root, env)]);
    for (const run of runs) expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(runs.filter((run) => run.stdout.includes('hook: sent 2 updates'))).toHaveLength(1);
    expect(runs.filter((run) => run.stdout.includes('hook: nothing new'))).toHaveLength(1);
    expect(stand.accepted('webhook').map((arrival) => arrival.headers['x-outpost-delivery'])).toEqual(
      UPDATES.map((id) => `hook/${id}`),
    );
    // The lock is gone, and no temporary file of the record was left behind.
    expect(readdirSync(join(root, '.outpost'))).toEqual(['announced.json']);
  });

  test('a run that holds the lock past the budget: nothing sent, said why', { timeout: 300_000 }, async () => {
    const { announce: list, env } = channels([channel('slack', 'slack')]);
    const root = site({ announce: list });
    mkdirSync(join(root, '.outpost/announced.json.lock'), { recursive: true });
    const run = await announce(root, env, ['--budget', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '.outpost/announced.json.lock: another outpost announce is still sending from .outpost/announced.json; ' +
        'nothing was sent by this one',
    );
    expect(stand.arrivals).toEqual([]);
  });

  test('a lock left by a run that was killed is taken over', { timeout: 300_000 }, async () => {
    const { announce: list, env } = channels([channel('slack', 'slack')]);
    const root = site({ announce: list });
    const lock = join(root, '.outpost/announced.json.lock');
    mkdirSync(lock, { recursive: true });
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(lock, twoMinutesAgo, twoMinutesAgo);
    const run = await announce(root, env, ['--budget', '5']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(stand.accepted('slack')).toHaveLength(2);
    expect(existsSync(lock)).toBe(false);
  });
});

test("a record that can't be read stops the run before anything is sent", { timeout: 300_000 }, async () => {
  const { announce: list, env } = channels([channel('slack', 'slack')]);
  const root = site({ announce: list });
  mkdirSync(join(root, '.outpost/announced.json'), { recursive: true });
  const run = await announce(root, env);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    '.outpost/announced.json: error [announce-state] cannot be read (EISDIR); nothing was sent',
  );
  expect(stand.arrivals).toEqual([]);
});

describe('a site in German', () => {
  const GERMAN = `---
title:
  de: Einige Kundinnen und Kunden können nicht bezahlen
  en: Some customers can't complete checkout
impact: major
components:
  checkout: partial_outage
---

## Monitoring · 2026-11-22 18:20 UTC
Wir haben die Änderung zurückgenommen. Nächste Meldung bis 18:50 UTC.

### en
We rolled back the change. Next update by 18:50 UTC.

## Investigating · 2026-11-22 18:05 UTC
Manche sehen beim Bezahlen einen Fehler. Bestellungen gehen nicht verloren.

### en
Some customers see an error when paying. Orders are not lost.
`;

  test(
    'posts are tagged German, the email is German; a channel set to English speaks English',
    { timeout: 300_000 },
    async () => {
      const { announce: list, env } = channels([
        channel('mastodon', 'mastodon'),
        channel('bluesky', 'bluesky'),
        channel('email', 'email'),
        channel('slack', 'slack'),
      ]);
      list[3].locale = 'en';
      const root = site({ locale: 'de', locales: ['de', 'en'], announce: list }, { '2026-11-22-checkout.md': GERMAN });
      const run = await announce(root, env);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const [status] = stand.accepted('mastodon');
      expect(status.body.language).toBe('de');
      expect(status.body.status).toMatch(
        /^\[Wird untersucht\] Einige Kundinnen und Kunden können nicht bezahlen\n\nManche sehen beim Bezahlen/,
      );
      expect(status.body.status).toContain(
        'Betroffen: Checkout (Teilausfall)\n' +
          'https://status.acme.example/incidents/2026-11-22-checkout/#update-2026-11-22T18-05-00Z',
      );
      const [post] = stand.accepted('bluesky');
      expect(post.body.record.langs).toEqual(['de']);
      const [email] = stand.accepted('email');
      const mail = String(email.body)
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=');
      expect(mail).toContain('<html lang="de">');
      expect(mail).toContain('Content-Language: de');
      expect(mail).toContain(
        'Verfolgen Sie es auf der Statusseite: https://status.acme.example/incidents/2026-11-22-checkout/',
      );
      const slack = stand.accepted('slack')[0].body;
      expect(slack.blocks[0].text.text).toBe("[Investigating] Some customers can't complete checkout");
      expect(slack.blocks[3].elements[0].url).toBe(
        'https://status.acme.example/en/incidents/2026-11-22-checkout/#update-2026-11-22T18-05-00Z',
      );
    },
  );
});

test.each([
  ['--timeout', '0'],
  ['--budget', 'soon'],
])('%s %s is refused before anything is loaded or sent', async (flag, value) => {
  const run = await outpost(['announce', flag, value], { cwd: site({ announce: [] }) });
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    `outpost announce: ${flag} takes a number of seconds greater than 0, like ${flag} 20; got "${value}"\n`,
  );
});
