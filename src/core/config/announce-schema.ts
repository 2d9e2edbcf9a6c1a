/**
 * Announcement channels: `announce: [...]` in the site config. One entry per
 * channel; `npx outpost announce` sends each update readers can see to every
 * channel whose filters it passes, once. Secrets never appear here: only the
 * names of the environment variables that hold them.
 */
import { z } from 'zod';
import { IMPACTS, INCIDENT_TYPES } from '../incident/vocabulary.ts';

export const CHANNEL_KINDS = ['slack', 'discord', 'teams', 'webhook', 'mastodon', 'bluesky', 'email'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** The first run after a channel is added announces only this many minutes back. */
export const DEFAULT_LOOKBACK_MINUTES = 60;

/** The name of an environment variable, never its value: a pasted URL or token is refused with a hint. */
const envName = z.string().superRefine((value, ctx) => {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return;
  const secretLike = /^[a-z]+:\/\//i.test(value) || value.length > 40;
  ctx.addIssue({
    code: 'custom',
    message: secretLike
      ? 'looks like a secret itself; put it in an environment variable (a repository secret) and give the variable\'s name here'
      : 'is not the name of an environment variable',
    params: { expected: 'the name of an environment variable: letters, digits and _', exampleValue: "'SLACK_WEBHOOK_URL'", input: secretLike ? `${value.slice(0, 12)}…` : value },
  });
});

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes, like "ops-slack"');

/** What every channel may say about itself and which updates it wants. */
const common = {
  /**
   * The channel's name in the state file and in messages; needed when two channels have the same kind.
   * Renaming a channel makes it a new one (it announces only the last `lookbackMinutes`).
   * @default the kind
   * @example 'ops-slack'
   */
  id: id.optional(),
  /** Only updates of incidents that name one of these components, or a component of one of these groups. @example ['checkout', 'shop'] */
  components: z.array(z.string().min(1)).min(1).optional(),
  /** Only incidents of this impact and worse (maintenance and notices are chosen by `types`). @example 'major' */
  minImpact: z.enum(IMPACTS).optional(),
  /** Only these kinds of updates. @default ['incident', 'maintenance', 'notice'] */
  types: z.array(z.enum(INCIDENT_TYPES)).min(1).optional(),
  /** The first run that can send to a new channel (its secrets set) announces only updates this recent, so it does not replay history. */
  lookbackMinutes: z.number().int().nonnegative().default(DEFAULT_LOOKBACK_MINUTES),
};

export const SlackChannelSchema = z.strictObject({
  /** A Slack incoming webhook; messages use Block Kit. */
  kind: z.literal('slack'),
  /** Environment variable holding the webhook URL (`https://hooks.slack.com/services/…`). @example 'SLACK_WEBHOOK_URL' */
  urlEnv: envName,
  ...common,
});

export const DiscordChannelSchema = z.strictObject({
  /** A Discord channel webhook; each message is one embed. */
  kind: z.literal('discord'),
  /** Environment variable holding the webhook URL (`https://discord.com/api/webhooks/…`). @example 'DISCORD_WEBHOOK_URL' */
  urlEnv: envName,
  ...common,
});

export const TeamsChannelSchema = z.strictObject({
  /** A Microsoft Teams Workflows webhook ("Post to a channel when a webhook request is received"); each message is an Adaptive Card. */
  kind: z.literal('teams'),
  /** Environment variable holding the workflow's URL. @example 'TEAMS_WEBHOOK_URL' */
  urlEnv: envName,
  ...common,
});

export const WebhookChannelSchema = z.strictObject({
  /** Any HTTPS endpoint: a JSON payload (schema at `/schema/webhook.json`), signed with `X-Outpost-Signature`. */
  kind: z.literal('webhook'),
  /** Environment variable holding the endpoint's URL. @example 'STATUS_WEBHOOK_URL' */
  urlEnv: envName,
  /** Environment variable holding the shared secret for the HMAC-SHA256 signature. @example 'STATUS_WEBHOOK_SECRET' */
  secretEnv: envName,
  ...common,
});

export const MastodonChannelSchema = z.strictObject({
  /** A Mastodon account posts each update as a status of at most 500 characters. */
  kind: z.literal('mastodon'),
  /** The account's server. @example 'https://mastodon.social' */
  instance: z.url({ protocol: /^https?$/ }),
  /** Environment variable holding an access token with the `write:statuses` scope. @example 'MASTODON_TOKEN' */
  tokenEnv: envName,
  /** The account's name, for the subscribe page. @example 'acmestatus' */
  account: z.string().regex(/^@?[A-Za-z0-9_]+$/, 'is not an account name; write it like "acmestatus"').optional(),
  /** Who sees the posts: `public`, or `unlisted` to keep them off public timelines. */
  visibility: z.enum(['public', 'unlisted']).default('public'),
  ...common,
});

export const BlueskyChannelSchema = z.strictObject({
  /** A Bluesky account posts each update (at most 300 graphemes) with a link card. */
  kind: z.literal('bluesky'),
  /** The account's handle (shown on the subscribe page) or DID. @example 'status.example.com' */
  identifier: z.string().min(1),
  /** Environment variable holding an app password (Settings → Privacy and security → App passwords). @example 'BLUESKY_APP_PASSWORD' */
  passwordEnv: envName,
  /** The account's PDS or entryway. */
  service: z.url({ protocol: /^https?$/ }).default('https://bsky.social'),
  ...common,
});

export const EmailChannelSchema = z.strictObject({
  /** A mailing list's address receives each update (plain text and HTML) over SMTP; the list owns sign-up and unsubscribe. */
  kind: z.literal('email'),
  /** The list's posting address. @example 'acme-status@googlegroups.com' */
  to: z.email(),
  /** The sender, allowed to post to the list. @example 'Acme Status <status@acme.example>' */
  from: z.string().min(3),
  /** Environment variable holding the SMTP server as a URL with its credentials: `smtps://user:password@smtp.example.com:465`. @example 'SMTP_URL' */
  smtpUrlEnv: envName,
  /** Where readers join the list, for the subscribe page. @example 'https://groups.google.com/g/acme-status' */
  signupUrl: z.url({ protocol: /^https?$/ }).optional(),
  ...common,
});

export const AnnounceChannelSchema = z.discriminatedUnion('kind', [
  SlackChannelSchema,
  DiscordChannelSchema,
  TeamsChannelSchema,
  WebhookChannelSchema,
  MastodonChannelSchema,
  BlueskyChannelSchema,
  EmailChannelSchema,
]);

export type AnnounceChannel = z.output<typeof AnnounceChannelSchema>;

/** The fields each kind accepts, for "did you mean" on an unknown field. */
export function channelFields(kind: unknown): string[] {
  const schema = AnnounceChannelSchema.options.find((option) => option.shape.kind.value === kind);
  return schema ? Object.keys(schema.shape) : ['kind'];
}

/** The channel's key in the state file and its name in messages. */
export function channelId(channel: AnnounceChannel): string {
  return channel.id ?? channel.kind;
}

/** The environment variables a channel needs, by what they hold. */
export function channelSecrets(channel: AnnounceChannel): string[] {
  switch (channel.kind) {
    case 'webhook':
      return [channel.urlEnv, channel.secretEnv];
    case 'mastodon':
      return [channel.tokenEnv];
    case 'bluesky':
      return [channel.passwordEnv];
    case 'email':
      return [channel.smtpUrlEnv];
    default:
      return [channel.urlEnv];
  }
}
