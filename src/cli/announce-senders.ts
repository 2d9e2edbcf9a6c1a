/**
 * Sending one message to one service, with the services' own clients where
 * they exist (masto, @atproto/api, nodemailer) and plain fetch for webhooks.
 * A secret never appears in an error: messages name the channel and the
 * service's answer, not the URL.
 */
import { createHmac } from 'node:crypto';
import type { AnnounceChannel } from '../core/config/announce-schema.ts';
import type { ChannelMessage } from '../core/announce/messages.ts';

const TIMEOUT_MS = 20_000;
const USER_AGENT = 'Outpost status page (https://github.com/)';

export type Send = (message: ChannelMessage, deliveryId: string) => Promise<void>;

/** An error to show as it is: it says what the service answered and carries no secret. */
export class SendError extends Error {}

async function postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new SendError(`no answer (${cause ?? (error as Error).name})`);
  }
  const answer = (await response.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ').trim();
  if (!response.ok) throw new SendError(`HTTP ${response.status}${answer ? `: ${answer}` : ''}`);
}

/** The value of each variable a channel needs, or the names of those unset. */
export function secretsOf(names: readonly string[], env: NodeJS.ProcessEnv): { values: string[]; missing: string[] } {
  return { values: names.map((name) => env[name] ?? ''), missing: names.filter((name) => !env[name]) };
}

/** A sender for a channel whose secrets are all set. Clients that log in do so once, on first use. */
export function senderFor(channel: AnnounceChannel, env: NodeJS.ProcessEnv): Send {
  switch (channel.kind) {
    case 'slack':
    case 'discord':
    case 'teams': {
      const url = env[channel.urlEnv]!;
      return (message) => postJson(url, JSON.stringify(message.body));
    }
    case 'webhook': {
      const url = env[channel.urlEnv]!;
      const secret = env[channel.secretEnv]!;
      return (message, deliveryId) => {
        const body = JSON.stringify(message.body);
        const signature = createHmac('sha256', secret).update(body, 'utf8').digest('hex');
        return postJson(url, body, { 'x-outpost-delivery': deliveryId, 'x-outpost-event': 'update.published', 'x-outpost-signature': `sha256=${signature}` });
      };
    }
    case 'mastodon': {
      let client: Promise<import('masto').mastodon.rest.Client> | undefined;
      return async (message, deliveryId) => {
        const { createRestAPIClient } = await import('masto');
        client ??= Promise.resolve(createRestAPIClient({ url: channel.instance, accessToken: env[channel.tokenEnv]!, timeout: TIMEOUT_MS }));
        const body = message.body as Extract<ChannelMessage, { kind: 'mastodon' }>['body'];
        try {
          // Mastodon keeps an Idempotency-Key for an hour: a retry within it does not post twice.
          await (await client).v1.statuses.create(body, { requestInit: { headers: { 'Idempotency-Key': deliveryId } } });
        } catch (error) {
          throw new SendError(serviceError(error));
        }
      };
    }
    case 'bluesky': {
      let session: Promise<import('@atproto/api').AtpAgent> | undefined;
      return async (message) => {
        session ??= (async () => {
          const { AtpAgent } = await import('@atproto/api');
          const agent = new AtpAgent({ service: channel.service });
          await agent.login({ identifier: channel.identifier, password: env[channel.passwordEnv]! });
          return agent;
        })();
        const body = message.body as Extract<ChannelMessage, { kind: 'bluesky' }>['body'];
        try {
          await (await session).post({ ...body, createdAt: new Date().toISOString() });
        } catch (error) {
          session = undefined;
          throw new SendError(serviceError(error));
        }
      };
    }
    case 'email': {
      let transport: Promise<import('nodemailer').Transporter> | undefined;
      return async (message) => {
        transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(env[channel.smtpUrlEnv]!));
        const body = message.body as Extract<ChannelMessage, { kind: 'email' }>['body'];
        try {
          await (await transport).sendMail(body);
        } catch (error) {
          throw new SendError(serviceError(error));
        }
      };
    }
  }
}

/** What a client's error says, without anything that could hold a secret (a URL, a request). */
function serviceError(error: unknown): string {
  const { statusCode, status, responseCode, code, message } = error as { statusCode?: number; status?: number; responseCode?: number; code?: string; message?: string };
  const http = statusCode ?? status ?? responseCode;
  const text = (message ?? String(error)).replace(/\b[a-z]+:\/\/\S+/gi, '<url>').split('\n')[0].slice(0, 200);
  return [http && `status ${http}`, code, text].filter(Boolean).join(': ');
}
