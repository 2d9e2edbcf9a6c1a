/**
 * `outpost announce` against local stand-ins for every service: Slack,
 * Discord and Teams webhooks, a signed generic webhook, Mastodon's statuses
 * API (through masto), Bluesky's createSession and createRecord (through
 * @atproto/api) and an SMTP server (through nodemailer). Each payload is
 * checked against the service's documented shape and limits; each update
 * reaches each matching channel once across runs, a failing channel is
 * retried on the next run, and filters hold.
 */
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphemeCount } from '../core/channels/text.ts';
import { LIMITS, mastodonLength } from '../core/channels/messages.ts';
import { WebhookPayloadSchema } from '../core/channels/webhook-payload.ts';
import { makeSite, outpost, type Run } from './helpers.ts';

const NOW = '2026-11-22T18:30Z';
const SITE = 'https://status.acme.example/';
const LONG = `${'Payments by card fail for some customers, while PayPal and invoices work normally. '.repeat(70)}Next update by 18:50 UTC.`;

const INCIDENTS: Record<string, string> = {
  '2026-11-22-checkout.md': `---
title: Some customers can't complete checkout
impact: major
components:
  checkout: partial_outage
---

## Monitoring · 2026-11-22 18:20 UTC
${LONG}

## Investigating · 2026-11-22 18:05 UTC
Some customers see an error when paying <b>by card</b> & more. Orders are not lost. Next update by 18:35 UTC.
`,
  '2026-11-22-api-slow.md': `---
title: API responses are slow
impact: minor
components: [api]
---

## Investigating · 2026-11-22 18:10 UTC
Some API requests take up to ten seconds. Next update by 18:40 UTC.
`,
  '2026-11-22-db-maintenance.md': `---
title: Database maintenance
type: maintenance
components: [api]
scheduled:
  start: 2026-11-22 18:25 UTC
  end: 2026-11-22 19:25 UTC
---

## Scheduled · 2026-11-19 12:00 UTC
The API may be read-only for a few minutes.
`,
  '2026-11-29-web-maintenance.md': `---
title: Website maintenance
type: maintenance
components: [web]
scheduled:
  start: 2026-11-29 02:00 UTC
  end: 2026-11-29 03:00 UTC
---

## Scheduled · 2026-11-22 18:00 UTC
The website will be unavailable for up to ten minutes.
`,
  '2026-11-20-old.md': `---
title: Sign-in failed
impact: major
components: [web]
---

## Resolved · 2026-11-20 10:00 UTC
Signing in works again. Nothing was lost.

## Investigating · 2026-11-20 09:00 UTC
Some customers can't sign in. Next update by 09:30 UTC.
`,
};

/** A well-formed CID: @atproto/api checks the answer's shape. */
const CID = 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm';
const url = (slug: string, time: string) => `${SITE}incidents/${slug}/#update-${time}`;
const CHECKOUT_1 = url('2026-11-22-checkout', '2026-11-22T18-05-00Z');
const CHECKOUT_2 = url('2026-11-22-checkout', '2026-11-22T18-20-00Z');
const API_SLOW = url('2026-11-22-api-slow', '2026-11-22T18-10-00Z');
const DB_STARTED = url('2026-11-22-db-maintenance', '2026-11-22T18-25-00Z');
const WEB_SCHEDULED = url('2026-11-29-web-maintenance', '2026-11-22T18-00-00Z');

/** What each channel's filters let through, in the order the updates happened. */
const EXPECTED: Record<string, string[]> = {
  slack: [WEB_SCHEDULED, CHECKOUT_1, API_SLOW, CHECKOUT_2, DB_STARTED],
  discord: [WEB_SCHEDULED, CHECKOUT_1, CHECKOUT_2, DB_STARTED], // minImpact major: maintenance passes, the minor incident not
  teams: [WEB_SCHEDULED, DB_STARTED], // types: maintenance
  webhook: [WEB_SCHEDULED, CHECKOUT_1, CHECKOUT_2], // components: the shop group (checkout, web)
  mastodon: [WEB_SCHEDULED, CHECKOUT_1, API_SLOW, CHECKOUT_2, DB_STARTED],
  bluesky: [API_SLOW, DB_STARTED], // components: api
  email: [CHECKOUT_1, API_SLOW, CHECKOUT_2], // types: incident
};

interface Received {
  channel: string;
  url: string;
  payload: unknown;
}

const received: Received[] = [];
let discordCalls = 0;
let failDiscordCall = 0;
const sessions: unknown[] = [];
let stand: { url: string; close: () => Promise<void> };
let smtp: SMTPServer;
let smtpPort = 0;
let site: { root: string; cleanup: () => void };
let env: Record<string, string>;

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}

beforeAll(async () => {
  const server = createServer(async (request, response) => {
    const raw = await body(request);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const json = raw ? JSON.parse(raw) : undefined;
    const reply = (status: number, answer: unknown = '') => {
      response.writeHead(status, { 'content-type': typeof answer === 'string' ? 'text/plain' : 'application/json' });
      response.end(typeof answer === 'string' ? answer : JSON.stringify(answer));
    };
    switch (path) {
      case '/slack':
        received.push({
          channel: 'slack',
          url: json.blocks.find((block: { type: string }) => block.type === 'actions').elements[0].url,
          payload: json,
        });
        return reply(200, 'ok');
      case '/discord':
        discordCalls++;
        if (discordCalls === failDiscordCall) return reply(500, { message: 'Internal Server Error' });
        received.push({ channel: 'discord', url: json.embeds[0].url, payload: json });
        return reply(204);
      case '/teams':
        received.push({ channel: 'teams', url: json.attachments[0].content.actions[0].url, payload: json });
        return reply(202);
      case '/webhook': {
        const expected = `sha256=${createHmac('sha256', 'webhook-secret').update(raw).digest('hex')}`;
        if (request.headers['x-outpost-signature'] !== expected) return reply(401, 'bad signature');
        received.push({
          channel: 'webhook',
          url: json.update.url,
          payload: { json, delivery: request.headers['x-outpost-delivery'] },
        });
        return reply(200, 'ok');
      }
      case '/api/v1/statuses':
        if (request.headers.authorization !== 'Bearer mastodon-token')
          return reply(401, { error: 'The access token is invalid' });
        received.push({
          channel: 'mastodon',
          url: json.status.split('\n').at(-1),
          payload: { json, idempotency: request.headers['idempotency-key'] },
        });
        return reply(200, { id: String(received.length), content: json.status, visibility: json.visibility });
      case '/xrpc/com.atproto.server.createSession':
        sessions.push(json);
        if (json.password !== 'bluesky-password')
          return reply(401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
        return reply(200, {
          accessJwt: 'access',
          refreshJwt: 'refresh',
          handle: json.identifier,
          did: 'did:plc:acmestatus',
          active: true,
        });
      case '/xrpc/com.atproto.repo.createRecord':
        if (request.headers.authorization !== 'Bearer access') return reply(401, { error: 'AuthenticationRequired' });
        received.push({ channel: 'bluesky', url: json.record.facets[0].features[0].uri, payload: json });
        return reply(200, { uri: `at://did:plc:acmestatus/app.bsky.feed.post/${received.length}`, cid: CID });
      default:
        return reply(404, 'no such stand-in');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  stand = { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };

  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) =>
      auth.username === 'mailer' && auth.password === 'smtp-password'
        ? callback(null, { user: 'mailer' })
        : callback(new Error('bad credentials')),
    onData: (stream, session, callback) => {
      let message = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => (message += chunk));
      stream.on('end', () => {
        const link = /Follow it on the status page: (\S+)/.exec(message.replace(/=\r?\n/g, ''))?.[1] ?? '';
        received.push({
          channel: 'email',
          url: link,
          payload: { message, from: session.envelope.mailFrom, to: session.envelope.rcptTo },
        });
        callback();
      });
    },
    logger: false,
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;

  site = makeSite(
    'announce',
    {
      name: 'Acme Status',
      url: SITE,
      groups: [{ id: 'shop', name: 'Shop' }],
      components: [
        { id: 'checkout', name: 'Checkout', group: 'shop' },
        { id: 'web', name: 'Website', group: 'shop' },
        { id: 'api', name: 'API' },
      ],
      announce: [
        { kind: 'slack', urlEnv: 'SLACK_WEBHOOK_URL' },
        { kind: 'discord', urlEnv: 'DISCORD_WEBHOOK_URL', minImpact: 'major' },
        { kind: 'teams', urlEnv: 'TEAMS_WEBHOOK_URL', types: ['maintenance'] },
        { kind: 'webhook', urlEnv: 'STATUS_WEBHOOK_URL', secretEnv: 'STATUS_WEBHOOK_SECRET', components: ['shop'] },
        { kind: 'mastodon', instance: stand.url, tokenEnv: 'MASTODON_TOKEN' },
        {
          kind: 'bluesky',
          identifier: 'status.acme.example',
          passwordEnv: 'BLUESKY_APP_PASSWORD',
          service: stand.url,
          components: ['api'],
        },
        {
          kind: 'email',
          to: 'acme-status@lists.example',
          from: 'Acme Status <status@acme.example>',
          smtpUrlEnv: 'SMTP_URL',
          types: ['incident'],
        },
        { kind: 'slack', id: 'ops-slack', urlEnv: 'OPS_SLACK_WEBHOOK_URL' },
      ],
    },
    INCIDENTS,
  );
  env = {
    OUTPOST_NOW: NOW,
    SLACK_WEBHOOK_URL: `${stand.url}/slack`,
    DISCORD_WEBHOOK_URL: `${stand.url}/discord`,
    TEAMS_WEBHOOK_URL: `${stand.url}/teams`,
    STATUS_WEBHOOK_URL: `${stand.url}/webhook`,
    STATUS_WEBHOOK_SECRET: 'webhook-secret',
    MASTODON_TOKEN: 'mastodon-token',
    BLUESKY_APP_PASSWORD: 'bluesky-password',
    SMTP_URL: `smtp://mailer:smtp-password@127.0.0.1:${smtpPort}`,
  };
});

afterAll(async () => {
  await stand?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  site?.cleanup();
});

const announce = (args: string[] = [], extra: Record<string, string> = {}): Promise<Run> =>
  outpost(['announce', ...args], { cwd: site.root, env: { ...env, OPS_SLACK_WEBHOOK_URL: undefined, ...extra } });
const sentTo = (channel: string) => received.filter((item) => item.channel === channel).map((item) => item.url);
const stateFile = () => join(site.root, '.outpost/announced.json');

describe('outpost announce, run after each deploy', () => {
  test('--dry-run prints one JSON object per message per channel and sends nothing', async () => {
    const run = await announce(['--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const counts = Object.fromEntries(
      Object.keys(EXPECTED).map((channel) => [channel, lines.filter((line) => line.channel === channel).length]),
    );
    expect(counts).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([channel, urls]) => [channel, urls.length])),
    );
    expect(
      lines
        .filter((line) => line.channel === 'ops-slack')
        .every((line) => line.skipped === 'OPS_SLACK_WEBHOOK_URL not set'),
    ).toBe(true);
    expect(received).toEqual([]);
    expect(existsSync(stateFile())).toBe(false);
  });

  test('the first run sends each new update once to each matching channel; a channel answering 500 stops there', async () => {
    failDiscordCall = 2;
    const run = await announce([], { GITHUB_ACTIONS: 'true' });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('slack: sent 5 updates');
    expect(run.stdout).toContain(
      `::error title=outpost announce::discord: failed to send 2026-11-22-checkout#2026-11-22T18:05:00Z: HTTP 500: {"message":"Internal Server Error"}; 3 updates left for the next run`,
    );
    expect(run.stdout).toContain(
      '::notice title=outpost announce::ops-slack: skipped, OPS_SLACK_WEBHOOK_URL is not set',
    );
    expect(run.stdout).not.toContain('webhook-secret');
    for (const [channel, urls] of Object.entries(EXPECTED)) {
      expect(sentTo(channel), channel).toEqual(channel === 'discord' ? urls.slice(0, 1) : urls);
    }
    // The history outside the look-back (an incident two days old, a maintenance scheduled three days ago) stays unsent.
    expect(received.some((item) => item.url.includes('2026-11-20-old') || item.url.includes('2026-11-19'))).toBe(false);
    const state = JSON.parse(readFileSync(stateFile(), 'utf8'));
    expect(Object.keys(state.channels.discord.sent)).toEqual(['2026-11-29-web-maintenance#2026-11-22T18:00:00Z']);
    expect(state.channels.slack.since).toBe('2026-11-22T17:30:00Z');
  });

  test('the next run retries the failed channel only; a third sends nothing', async () => {
    const before = received.length;
    const second = await announce();
    expect(second.code, second.stdout).toBe(0);
    expect(received.slice(before).map((item) => item.channel)).toEqual(['discord', 'discord', 'discord']);
    expect(sentTo('discord')).toEqual(EXPECTED.discord);
    expect(second.stdout).toContain('slack: nothing new');
    const third = await announce();
    expect(third.code).toBe(0);
    expect(received.length).toBe(before + 3);
    for (const [channel, urls] of Object.entries(EXPECTED))
      expect(new Set(sentTo(channel)).size, channel).toBe(urls.length);
  });

  test('a channel whose secret comes later starts from its look-back then, not from history', async () => {
    // An hour later the maintenance window has closed: the others owe only that; ops-slack, never sendable so far, has no record yet.
    const later = { ...env, OUTPOST_NOW: '2026-11-22T19:26Z' };
    expect(JSON.parse(readFileSync(stateFile(), 'utf8')).channels['ops-slack']).toBeUndefined();
    const run = await outpost(['announce', '--dry-run'], { cwd: site.root, env: later });
    const lines = run.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const completed = '2026-11-22-db-maintenance#2026-11-22T19:25:00Z';
    expect(lines.filter((line) => line.channel === 'slack').map((line) => line.update)).toEqual([completed]);
    expect(lines.filter((line) => line.channel === 'ops-slack').map((line) => line.update)).toEqual([completed]);
  });
});

describe("payloads follow each service's documented shape and limits", () => {
  const payloads = (channel: string) =>
    received.filter((item) => item.channel === channel).map((item) => item.payload as Record<string, any>);

  test('Slack: Block Kit with a header, a section of at most 3,000 characters, and a read-more link when cut', () => {
    for (const message of payloads('slack')) {
      expect(typeof message.text).toBe('string');
      const [header, section, context, actions] = message.blocks;
      expect(header).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
      expect(header.text.text.length).toBeLessThanOrEqual(LIMITS.slackHeader);
      expect(section.type).toBe('section');
      expect(section.text.type).toBe('mrkdwn');
      expect(section.text.text.length).toBeLessThanOrEqual(LIMITS.slackSection);
      expect(context.type).toBe('context');
      expect(actions.elements[0]).toMatchObject({ type: 'button', text: { type: 'plain_text' } });
    }
    const long = payloads('slack').find((message) => message.blocks[3].elements[0].url === CHECKOUT_2)!;
    expect(long.blocks[1].text.text).toMatch(
      /…\n<https:\/\/status\.acme\.example\/incidents\/2026-11-22-checkout\/#update-2026-11-22T18-20-00Z\|Read more>$/,
    );
    const escaped = payloads('slack').find((message) => message.blocks[3].elements[0].url === CHECKOUT_1)!;
    expect(escaped.blocks[1].text.text).toContain('&amp; more');
    expect(escaped.blocks[2].elements[0].text).toBe('*Affected:* Checkout (partial outage)');
  });

  test('Discord: one embed within 256/4,096/1,024/6,000 characters, a colour, no mentions', () => {
    for (const message of payloads('discord')) {
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(message.embeds).toHaveLength(1);
      const [embed] = message.embeds;
      expect(embed.title.length).toBeLessThanOrEqual(LIMITS.discordTitle);
      expect(embed.description.length).toBeLessThanOrEqual(LIMITS.discordDescription);
      expect(embed.fields.length).toBeLessThanOrEqual(25);
      for (const field of embed.fields) expect(field.value.length).toBeLessThanOrEqual(LIMITS.discordField);
      const total =
        embed.title.length +
        embed.description.length +
        embed.footer.text.length +
        embed.fields.reduce(
          (sum: number, field: { name: string; value: string }) => sum + field.name.length + field.value.length,
          0,
        );
      expect(total).toBeLessThanOrEqual(LIMITS.discordEmbed);
      expect(Number.isInteger(embed.color) && embed.color >= 0 && embed.color <= 0xffffff).toBe(true);
    }
    const long = payloads('discord').find((message) => message.embeds[0].url === CHECKOUT_2)!;
    expect(long.embeds[0].description).toMatch(
      /…\n\n\[Read more\]\(https:\/\/status\.acme\.example\/incidents\/2026-11-22-checkout\/#update-2026-11-22T18-20-00Z\)$/,
    );
  });

  test('Teams: a message with one Adaptive Card attachment', () => {
    for (const message of payloads('teams')) {
      expect(message.type).toBe('message');
      expect(message.attachments).toHaveLength(1);
      expect(message.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      const card = message.attachments[0].content;
      expect(card).toMatchObject({
        type: 'AdaptiveCard',
        version: '1.4',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      });
      expect(card.body.map((element: { type: string }) => element.type)).toEqual(['TextBlock', 'TextBlock', 'FactSet']);
      expect(card.actions[0].type).toBe('Action.OpenUrl');
    }
    expect(payloads('teams')[1].attachments[0].content.body[0].text).toBe(
      '[Maintenance in progress] Database maintenance',
    );
  });

  test('the generic webhook: the documented payload, signed, with a delivery id', () => {
    for (const { json, delivery } of payloads('webhook')) {
      expect(WebhookPayloadSchema.safeParse(json).success).toBe(true);
      expect(delivery).toBe(json.delivery_id);
      expect(delivery).toBe(`webhook/${json.update.id}`);
      expect(json.language).toBe('en');
    }
    const first = payloads('webhook')[1].json;
    expect(first.incident).toMatchObject({
      id: '2026-11-22-checkout',
      type: 'incident',
      impact: 'major',
      status: 'investigating',
      components: [{ id: 'checkout', name: 'Checkout', status: 'partial_outage' }],
    });
    expect(first.update).toMatchObject({
      status: 'investigating',
      status_label: 'Investigating',
      created_at: '2026-11-22T18:05:00Z',
      automatic: false,
    });
  });

  test('Mastodon: at most 500 characters (a link counts 23), the link last, one idempotency key per update', () => {
    for (const { json, idempotency } of payloads('mastodon')) {
      expect(mastodonLength(json.status)).toBeLessThanOrEqual(LIMITS.mastodon);
      expect(json.visibility).toBe('public');
      expect(json.language).toBe('en');
      expect(idempotency).toMatch(/^mastodon\/2026-11-\d\d-[a-z-]+#2026-11-22T18:\d\d:00Z$/);
    }
    const long = payloads('mastodon').find(({ json }) => json.status.endsWith(CHECKOUT_2))!;
    expect(
      long.json.status.startsWith("[Monitoring] Some customers can't complete checkout\n\nPayments by card fail"),
    ).toBe(true);
    expect(long.json.status).toContain('…\n\nAffected: Checkout (partial outage)\n');
  });

  test('Bluesky: one session, posts of at most 300 graphemes with the link as a facet and a card', () => {
    expect(sessions).toEqual([{ identifier: 'status.acme.example', password: 'bluesky-password' }]);
    // Each post under a record key of its own, a TID from the update's time: a second post of it is refused.
    const keys = payloads('bluesky').map(({ rkey }) => rkey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[234567a-j][234567a-z]{12}$/);
    for (const { repo, collection, record } of payloads('bluesky')) {
      expect(record.langs).toEqual(['en']);
      expect(repo).toBe('did:plc:acmestatus');
      expect(collection).toBe('app.bsky.feed.post');
      expect(record.$type).toBe('app.bsky.feed.post');
      expect(graphemeCount(record.text)).toBeLessThanOrEqual(LIMITS.bluesky);
      const bytes = new TextEncoder().encode(record.text);
      const { byteStart, byteEnd } = record.facets[0].index;
      // The post shows the link short (as Bluesky's app does); the facet holds it whole.
      const shown = new TextDecoder().decode(bytes.slice(byteStart, byteEnd));
      expect(record.facets[0].features[0].uri.replace(/^https?:\/\//, '').startsWith(shown.replace(/…$/, ''))).toBe(
        true,
      );
      expect(record.text.endsWith(shown)).toBe(true);
      expect(record.embed.$type).toBe('app.bsky.embed.external');
      expect(Date.parse(record.createdAt)).not.toBeNaN();
    }
  });

  test('email: to the list, plain text and HTML, a stable Message-ID', () => {
    for (const { message, from, to } of payloads('email')) {
      expect(from.address).toBe('status@acme.example');
      expect(to.map((rcpt: { address: string }) => rcpt.address)).toEqual(['acme-status@lists.example']);
      expect(message).toMatch(/Content-Type: multipart\/alternative/);
      expect(message).toMatch(/Content-Type: text\/plain/);
      expect(message).toMatch(/Content-Type: text\/html/);
      expect(message).toMatch(
        /Message-ID:\s+<2026-11-22-[a-z-]+\.2026-11-22T18.\d\d.00Z\.email@status\.acme\.example>/,
      );
    }
    expect(payloads('email')[0].message).toContain("Subject: [Investigating] Some customers can't complete checkout");
  });
});

test('a broken state file is reported with its name, and nothing is sent', async () => {
  writeFileSync(stateFile(), '{ "version": 1, "channels": ');
  const before = received.length;
  const run = await announce();
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('.outpost/announced.json: error [announce-state] is not JSON');
  expect(received.length).toBe(before);
});
