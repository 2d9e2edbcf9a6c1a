/**
 * Announcement channels, declared once: `announce: [...]` in the site config
 * has one entry per channel, and each kind of channel is one entry here with
 * its fields (the config schema, whose JSDoc is the user documentation), the
 * environment variables holding its secrets, and its message. The CLI adds
 * one sender per kind (src/cli/commands/announce/senders.ts), typed from this list, so
 * a kind without a sender does not compile: a new service is one entry here
 * and one sender there. Secrets never appear in the config, only the names of
 * the environment variables that hold them.
 */
import { z } from 'zod';
import type { IssueParams } from '../base/zod-issues.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { IMPACTS, INCIDENT_TYPES } from '../incident/vocabulary.ts';
import type { AnnouncementFacts } from './facts.ts';
import {
  blueskyMessage,
  discordMessage,
  emailMessage,
  mastodonMessage,
  slackMessage,
  teamsMessage,
  webhookMessage,
} from './messages.ts';

/** The first run after a channel is added announces only this many minutes back. */
export const DEFAULT_LOOKBACK_MINUTES = 60;

/** The name of an environment variable, never its value: a pasted URL or token is refused with a hint. */
const envName = z.string().superRefine((value, ctx) => {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return;
  const secretLike = /^[a-z]+:\/\//i.test(value) || value.length > 40;
  ctx.addIssue({
    code: 'custom',
    message: secretLike
      ? 'looks like a secret itself; put it in an environment variable (a repository secret) ' +
        "and give the variable's name here"
      : 'is not the name of an environment variable',
    params: {
      expected: 'the name of an environment variable: letters, digits and _',
      exampleValue: "'SLACK_WEBHOOK_URL'",
      input: secretLike ? `${value.slice(0, 12)}…` : value,
    },
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
  /**
   * Only updates of incidents that name one of these components, or a component of one of these groups.
   * @example ['checkout', 'shop']
   */
  components: z.array(z.string().min(1)).min(1).optional(),
  /** Only incidents of this impact and worse (maintenance and notices are chosen by `types`). @example 'major' */
  minImpact: z.enum(IMPACTS).optional(),
  /** Only these kinds of updates. @default ['incident', 'maintenance', 'notice'] */
  types: z.array(z.enum(INCIDENT_TYPES)).min(1).optional(),
  /**
   * The first run that can send to a new channel (its secrets set) announces only updates this recent, so it does not
   * replay history.
   */
  lookbackMinutes: z.number().int().nonnegative().default(DEFAULT_LOOKBACK_MINUTES),
  /**
   * The language of its messages, one of the site's: the words, dates and links of that language's pages, and each
   * update's translation where it has one. On a site in several languages, one channel per language.
   * @default the site's default language
   * @example 'de'
   */
  locale: z.enum(LOCALE_CODES).optional(),
};

/** One kind of channel: its config entry, the variables its secrets are in, its message for one update. */
interface ChannelDefinition<Schema extends z.ZodObject, Message> {
  schema: Schema;
  secrets(channel: z.output<Schema>): string[];
  /** `deliveryId` is the same for this channel and update on every run: a service that takes a key gets it. */
  message(facts: AnnouncementFacts, channel: z.output<Schema>, deliveryId: string): Message;
}

const define = <Schema extends z.ZodObject, Message>(definition: ChannelDefinition<Schema, Message>) => definition;

export const CHANNELS = {
  slack: define({
    schema: z.strictObject({
      /** A Slack incoming webhook; messages use Block Kit. */
      kind: z.literal('slack'),
      /**
       * Environment variable holding the webhook URL (`https://hooks.slack.com/services/…`).
       * @example 'SLACK_WEBHOOK_URL'
       */
      urlEnv: envName,
      ...common,
    }),
    secrets: (channel) => [channel.urlEnv],
    message: (facts) => slackMessage(facts),
  }),
  discord: define({
    schema: z.strictObject({
      /** A Discord channel webhook; each message is one embed. */
      kind: z.literal('discord'),
      /**
       * Environment variable holding the webhook URL (`https://discord.com/api/webhooks/…`).
       * @example 'DISCORD_WEBHOOK_URL'
       */
      urlEnv: envName,
      ...common,
    }),
    secrets: (channel) => [channel.urlEnv],
    message: (facts) => discordMessage(facts),
  }),
  teams: define({
    schema: z.strictObject({
      /**
       * A Microsoft Teams Workflows webhook ("Post to a channel when a webhook request is received"); each message is
       * an Adaptive Card.
       */
      kind: z.literal('teams'),
      /** Environment variable holding the workflow's URL. @example 'TEAMS_WEBHOOK_URL' */
      urlEnv: envName,
      ...common,
    }),
    secrets: (channel) => [channel.urlEnv],
    message: (facts) => teamsMessage(facts),
  }),
  webhook: define({
    schema: z.strictObject({
      /** Any HTTPS endpoint: a JSON payload (schema at `/schema/webhook.json`), signed with `X-Outpost-Signature`. */
      kind: z.literal('webhook'),
      /** Environment variable holding the endpoint's URL. @example 'STATUS_WEBHOOK_URL' */
      urlEnv: envName,
      /**
       * Environment variable holding the shared secret for the HMAC-SHA256 signature.
       * @example 'STATUS_WEBHOOK_SECRET'
       */
      secretEnv: envName,
      ...common,
    }),
    secrets: (channel) => [channel.urlEnv, channel.secretEnv],
    message: (facts, _channel, deliveryId) => webhookMessage(facts, deliveryId),
  }),
  mastodon: define({
    schema: z.strictObject({
      /** A Mastodon account posts each update as a status of at most 500 characters. */
      kind: z.literal('mastodon'),
      /** The account's server. @example 'https://mastodon.social' */
      instance: z.url({ protocol: /^https?$/ }),
      /** Environment variable holding an access token with the `write:statuses` scope. @example 'MASTODON_TOKEN' */
      tokenEnv: envName,
      /** The account's name, for the subscribe page. @example 'acmestatus' */
      account: z
        .string()
        .regex(/^@?[A-Za-z0-9_]+$/, 'is not an account name; write it like "acmestatus"')
        .optional(),
      /** Who sees the posts: `public`, or `unlisted` to keep them off public timelines. */
      visibility: z.enum(['public', 'unlisted']).default('public'),
      ...common,
    }),
    secrets: (channel) => [channel.tokenEnv],
    message: (facts, channel) => mastodonMessage(facts, channel.visibility),
  }),
  bluesky: define({
    schema: z.strictObject({
      /** A Bluesky account posts each update (at most 300 graphemes) with a link card. */
      kind: z.literal('bluesky'),
      /** The account's handle (shown on the subscribe page) or DID. @example 'status.example.com' */
      identifier: z.string().min(1),
      /**
       * Environment variable holding an app password (Settings → Privacy and security → App passwords).
       * @example 'BLUESKY_APP_PASSWORD'
       */
      passwordEnv: envName,
      /** The account's PDS or entryway. */
      service: z.url({ protocol: /^https?$/ }).default('https://bsky.social'),
      ...common,
    }),
    secrets: (channel) => [channel.passwordEnv],
    message: (facts) => blueskyMessage(facts),
  }),
  email: define({
    schema: z.strictObject({
      /**
       * A mailing list's address receives each update (plain text and HTML) over SMTP; the list owns sign-up and
       * unsubscribe.
       */
      kind: z.literal('email'),
      /** The list's posting address. @example 'acme-status@googlegroups.com' */
      to: z.email(),
      /** The sender, allowed to post to the list. @example 'Acme Status <status@acme.example>' */
      from: z.string().min(3),
      /**
       * Environment variable holding the SMTP server as a URL with its credentials:
       * `smtps://user:password@smtp.example.com:465`.
       * @example 'SMTP_URL'
       */
      smtpUrlEnv: envName,
      /** Where readers join the list, for the subscribe page. @example 'https://groups.google.com/g/acme-status' */
      signupUrl: z.url({ protocol: /^https?$/ }).optional(),
      ...common,
    }),
    secrets: (channel) => [channel.smtpUrlEnv],
    message: (facts, channel) => emailMessage(facts, { id: channelId(channel), from: channel.from, to: channel.to }),
  }),
};

export type ChannelKind = keyof typeof CHANNELS;
export const CHANNEL_KINDS = Object.keys(CHANNELS) as ChannelKind[];

type ChannelSchema = (typeof CHANNELS)[ChannelKind]['schema'];
export const AnnounceChannelSchema = z.discriminatedUnion(
  'kind',
  Object.values(CHANNELS).map((entry) => entry.schema) as [ChannelSchema, ...ChannelSchema[]],
);

export type AnnounceChannel = z.output<typeof AnnounceChannelSchema>;
/** The config entry of one kind of channel. */
export type ChannelOf<Kind extends ChannelKind> = Extract<AnnounceChannel, { kind: Kind }>;
/** What the message of one kind of channel is: the body its sender hands to the service. */
export type MessageOf<Kind extends ChannelKind> = ReturnType<(typeof CHANNELS)[Kind]['message']>;

/** The channel's entry, typed by its kind. */
function definitionOf<Kind extends ChannelKind>(
  channel: ChannelOf<Kind>,
): ChannelDefinition<z.ZodObject, MessageOf<Kind>> {
  return CHANNELS[channel.kind as Kind] as unknown as ChannelDefinition<z.ZodObject, MessageOf<Kind>>;
}

/** The fields each kind accepts, for "did you mean" on an unknown field. */
export function channelFields(kind: unknown): string[] {
  return Object.hasOwn(CHANNELS, String(kind)) ? Object.keys(CHANNELS[kind as ChannelKind].schema.shape) : ['kind'];
}

/** The channel's key in the state file and its name in messages. */
export function channelId(channel: { id?: string; kind: string }): string {
  return channel.id ?? channel.kind;
}

/** The environment variables a channel needs. */
export function channelSecrets(channel: AnnounceChannel): string[] {
  return definitionOf(channel).secrets(channel);
}

/**
 * The same for one channel and one update on every run: Mastodon's Idempotency-Key, the webhook's
 * delivery id, Bluesky's record key, so a service that saw a send that timed out drops the retry.
 */
export function deliveryId(channel: AnnounceChannel, updateId: string): string {
  return `${channelId(channel)}/${updateId}`;
}

/** The message for one channel and one update. */
export function channelMessage<Kind extends ChannelKind>(
  channel: ChannelOf<Kind>,
  facts: AnnouncementFacts,
): MessageOf<Kind> {
  return definitionOf(channel).message(facts, channel, deliveryId(channel, facts.updateId));
}

type AddIssue = (issue: { path: PropertyKey[]; message: string; input?: string; params?: IssueParams }) => void;

/** Rules across the channels and the rest of the config: one name each, known components, the site's languages. */
export function checkAnnounceChannels(
  channels: readonly AnnounceChannel[],
  site: { ids: ReadonlySet<string>; locales: readonly string[] },
  addIssue: AddIssue,
): void {
  const names = new Map<string, number>();
  channels.forEach((channel, index) => {
    const name = channelId(channel);
    const first = names.get(name);
    if (first !== undefined) {
      addIssue({
        path: ['announce', index, 'id'],
        input: name,
        message: `"${name}" is already the name of announce.${first}; give each channel of the same kind its own id`,
        params: { whole: true, exampleValue: `'${name}-2'` },
      });
    } else names.set(name, index);
    channel.components?.forEach((component, at) => {
      if (!site.ids.has(component)) {
        addIssue({
          path: ['announce', index, 'components', at],
          message: 'is not a component or group',
          input: component,
          params: { known: [...site.ids] },
        });
      }
    });
    if (channel.locale && !site.locales.includes(channel.locale)) {
      addIssue({
        path: ['announce', index, 'locale'],
        input: channel.locale,
        message: `"${channel.locale}" is not a language of this site (${site.locales.join(', ')})`,
        params: {
          whole: true,
          expected: `one of the site's languages: ${site.locales.join(', ')}`,
          exampleValue: `'${site.locales.at(-1)}'`,
        },
      });
    }
  });
}
