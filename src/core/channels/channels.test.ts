import { expect, test } from 'vitest';
import { parseSiteConfig } from '../checks/validate.ts';
import { formatProblem } from '../base/problems.ts';
import {
  AnnounceChannelSchema,
  CHANNEL_KINDS,
  CHANNELS,
  channelFields,
  channelId,
  channelSecrets,
  DEFAULT_LOOKBACK_MINUTES,
  deliveryId,
} from './channels.ts';

const base = {
  name: 'Acme',
  url: 'https://status.acme.example/',
  groups: [{ id: 'shop', name: 'Shop' }],
  components: [{ id: 'checkout', name: 'Checkout', group: 'shop' }],
};
const firstLines = (announce: unknown[]) =>
  parseSiteConfig({ ...base, announce }, 'astro.config.mjs').problems.map(
    (problem) => formatProblem(problem).split('\n')[0],
  );

test.each<[string, unknown[], string[]]>([
  [
    'a kind that is not one',
    [{ kind: 'slak', urlEnv: 'X' }],
    [
      'astro.config.mjs: error [config-invalid-value] announce.0.kind is "slak", which is not allowed; did you mean "slack"?',
    ],
  ],
  ['no kind', [{ urlEnv: 'X' }], ['astro.config.mjs: error [config-missing-field] "announce.0.kind" is required']],
  [
    "a secret pasted where its variable's name belongs (and not repeated back)",
    [{ kind: 'slack', urlEnv: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX' }],
    [
      'astro.config.mjs: error [config-invalid-value] announce.0.urlEnv "https://hook…" looks like a secret itself; put it in an environment variable (a repository secret) and give the variable\'s name here',
    ],
  ],
  [
    'a field of another kind, misspelt',
    [{ kind: 'webhook', urlEnv: 'U', secretEnv: 'S', componets: ['shop'] }],
    [
      'astro.config.mjs: error [config-unknown-field] "componets" is not a field of announce.0; did you mean "components"?',
    ],
  ],
  [
    'a component that is not one',
    [{ kind: 'discord', urlEnv: 'U', components: ['chekout'] }],
    [
      'astro.config.mjs: error [config-invalid-value] announce.0.components.0 "chekout" is not a component or group; did you mean "checkout"?',
    ],
  ],
  [
    'two channels of one kind without ids',
    [
      { kind: 'slack', urlEnv: 'A' },
      { kind: 'slack', urlEnv: 'B' },
    ],
    [
      'astro.config.mjs: error [config-invalid-value] announce.1.id: "slack" is already the name of announce.0; give each channel of the same kind its own id',
    ],
  ],
  [
    'a missing required field',
    [{ kind: 'mastodon', tokenEnv: 'T' }],
    ['astro.config.mjs: error [config-missing-field] "announce.0.instance" is required'],
  ],
  [
    'an impact that is not one',
    [{ kind: 'slack', urlEnv: 'A', minImpact: 'big' }],
    ['astro.config.mjs: error [config-invalid-value] announce.0.minImpact is "big", which is not allowed'],
  ],
  [
    'a language the site is not in',
    [{ kind: 'slack', urlEnv: 'A', locale: 'de' }],
    ['astro.config.mjs: error [config-invalid-value] announce.0.locale: "de" is not a language of this site (en)'],
  ],
  [
    'a language Outpost does not ship',
    [{ kind: 'slack', urlEnv: 'A', locale: 'xx' }],
    [
      'astro.config.mjs: error [config-invalid-value] announce.0.locale is "xx", which is not allowed; did you mean "en"?',
    ],
  ],
])('%s', (_name, announce, expected) => {
  expect(firstLines(announce)).toEqual(expected);
});

test('a valid list gets its defaults', () => {
  const { config } = parseSiteConfig(
    {
      ...base,
      announce: [
        { kind: 'bluesky', identifier: 'status.acme.example', passwordEnv: 'BLUESKY_APP_PASSWORD' },
        { kind: 'slack', id: 'ops', urlEnv: 'OPS' },
      ],
    },
    'astro.config.mjs',
  );
  expect(config?.announce).toEqual([
    {
      kind: 'bluesky',
      identifier: 'status.acme.example',
      passwordEnv: 'BLUESKY_APP_PASSWORD',
      service: 'https://bsky.social',
      lookbackMinutes: 60,
    },
    { kind: 'slack', id: 'ops', urlEnv: 'OPS', lookbackMinutes: 60 },
  ]);
  expect(parseSiteConfig(base, 'astro.config.mjs').config?.announce).toEqual([]);
});

test.each<[string, unknown, string[]]>([
  ['slack', { kind: 'slack', urlEnv: 'SLACK' }, ['SLACK']],
  ['discord', { kind: 'discord', urlEnv: 'DISCORD' }, ['DISCORD']],
  ['teams', { kind: 'teams', urlEnv: 'TEAMS' }, ['TEAMS']],
  ['webhook', { kind: 'webhook', urlEnv: 'HOOK', secretEnv: 'SECRET' }, ['HOOK', 'SECRET']],
  ['mastodon', { kind: 'mastodon', instance: 'https://m.example', tokenEnv: 'TOKEN' }, ['TOKEN']],
  ['bluesky', { kind: 'bluesky', identifier: 'a.example', passwordEnv: 'PASSWORD' }, ['PASSWORD']],
  ['email', { kind: 'email', to: 'a@b.example', from: 'a@b.example', smtpUrlEnv: 'SMTP' }, ['SMTP']],
])('the secrets %s needs, and its name', (kind, input, secrets) => {
  const channel = AnnounceChannelSchema.parse(input);
  expect(channelSecrets(channel)).toEqual(secrets);
  expect(channelId(channel)).toBe(kind);
  expect(channelId({ ...channel, id: 'mine' })).toBe('mine');
});

test.each([
  ['webhook', ['kind', 'urlEnv', 'secretEnv', 'id', 'components', 'minImpact', 'types', 'lookbackMinutes', 'locale']],
  [
    'email',
    [
      'kind',
      'to',
      'from',
      'smtpUrlEnv',
      'signupUrl',
      'id',
      'components',
      'minImpact',
      'types',
      'lookbackMinutes',
      'locale',
    ],
  ],
  ['pigeon', ['kind']],
  [undefined, ['kind']],
])('the fields of %s', (kind, fields) => {
  expect(channelFields(kind)).toEqual(fields);
});

test.each([
  ['a name', 'SLACK_WEBHOOK_URL', undefined],
  ['a name starting with _', '_X1', undefined],
  ['40 characters that are not a name: not secret-like', `${'a'.repeat(39)}-`, `${'a'.repeat(39)}-`],
  ['41 characters: secret-like, cut', `${'a'.repeat(40)}-`, 'aaaaaaaaaaaa…'],
  ['a URL of another scheme', 'smtps://u:p@smtp.example', 'smtps://u:p@…'],
  ['a leading digit', '1X', '1X'],
])("an environment variable's name: %s", (_name, value, input) => {
  const result = AnnounceChannelSchema.safeParse({ kind: 'slack', urlEnv: value });
  expect(result.success).toBe(input === undefined);
  if (input !== undefined) {
    const issue = result.error!.issues[0] as { message: string; params?: { input?: string } };
    expect(issue.params?.input).toBe(input);
    expect(issue.message.startsWith('looks like a secret')).toBe(input.endsWith('…'));
  }
});

test('defaults and bounds of the common fields', () => {
  expect(AnnounceChannelSchema.parse({ kind: 'slack', urlEnv: 'A' }).lookbackMinutes).toBe(DEFAULT_LOOKBACK_MINUTES);
  expect(AnnounceChannelSchema.parse({ kind: 'slack', urlEnv: 'A', lookbackMinutes: 0 }).lookbackMinutes).toBe(0);
  expect(AnnounceChannelSchema.safeParse({ kind: 'slack', urlEnv: 'A', lookbackMinutes: -1 }).success).toBe(false);
  expect(AnnounceChannelSchema.safeParse({ kind: 'slack', urlEnv: 'A', components: [] }).success).toBe(false);
  expect(AnnounceChannelSchema.safeParse({ kind: 'slack', urlEnv: 'A', types: [] }).success).toBe(false);
  expect(AnnounceChannelSchema.safeParse({ kind: 'slack', urlEnv: 'A', components: [''] }).success).toBe(false);
  expect(AnnounceChannelSchema.parse({ kind: 'mastodon', instance: 'https://m.example', tokenEnv: 'T' })).toMatchObject(
    { visibility: 'public' },
  );
  expect(
    AnnounceChannelSchema.safeParse({ kind: 'email', to: 'a@b.example', from: 'ab', smtpUrlEnv: 'S' }).success,
  ).toBe(false);
  expect(AnnounceChannelSchema.safeParse({ kind: 'bluesky', identifier: '', passwordEnv: 'P' }).success).toBe(false);
  expect(CHANNEL_KINDS).toEqual(AnnounceChannelSchema.options.map((option) => option.shape.kind.value));
});

test("a channel may speak any of the site's languages", () => {
  const { config, problems } = parseSiteConfig(
    {
      ...base,
      locales: ['en', 'de'],
      announce: [
        { kind: 'slack', urlEnv: 'A', locale: 'de' },
        { kind: 'slack', id: 'en', urlEnv: 'B' },
      ],
    },
    'astro.config.mjs',
  );
  expect(problems).toEqual([]);
  expect(config?.announce.map((channel) => channel.locale)).toEqual(['de', undefined]);
  const refused = parseSiteConfig(
    { ...base, locale: 'fr', announce: [{ kind: 'slack', urlEnv: 'A', locale: 'en' }] },
    'astro.config.mjs',
  ).problems;
  expect(refused.map((problem) => [problem.message, problem.expected])).toEqual([
    ['announce.0.locale: "en" is not a language of this site (fr)', "one of the site's languages: fr"],
  ]);
});

test('one registry: every kind has its schema, its secrets and its message', () => {
  expect(CHANNEL_KINDS).toEqual(['slack', 'discord', 'teams', 'webhook', 'mastodon', 'bluesky', 'email']);
  for (const kind of CHANNEL_KINDS) {
    const entry = CHANNELS[kind];
    expect(entry.schema.shape.kind.value, kind).toBe(kind);
    expect(typeof entry.secrets, kind).toBe('function');
    expect(typeof entry.message, kind).toBe('function');
  }
});

test('a delivery id is the channel and the update: the same on every run, another for another channel', () => {
  const slack = AnnounceChannelSchema.parse({ kind: 'slack', urlEnv: 'A' });
  const ops = AnnounceChannelSchema.parse({ kind: 'slack', id: 'ops', urlEnv: 'A' });
  expect(deliveryId(slack, 'checkout#2026-11-22T18:05:00Z')).toBe('slack/checkout#2026-11-22T18:05:00Z');
  expect(deliveryId(ops, 'checkout#2026-11-22T18:05:00Z')).toBe('ops/checkout#2026-11-22T18:05:00Z');
});
