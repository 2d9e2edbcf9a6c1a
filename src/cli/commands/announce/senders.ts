/**
 * Sending one message to one service: one sender per kind of channel in the
 * registry (src/core/channels/channels.ts; a kind without a sender here does
 * not compile), with the services' own clients where they exist (masto,
 * @atproto/api, nodemailer) and fetch for webhooks.
 *
 * Every send is bounded: it gets a signal that the run aborts when its time is
 * up, and each client gets the same bound as its own timeout, so a service
 * that never answers holds nothing open after it. A 429 becomes RateLimited,
 * with the wait the service asked for. Where a service takes a key that makes
 * a retry harmless, the key is the delivery id (channel and update): Mastodon's
 * Idempotency-Key, the webhook's X-Outpost-Delivery, Bluesky's record key, the
 * email's Message-ID (in the message itself). A secret never appears in an
 * error: messages name the service's answer, not the URL.
 */
import { createHash, createHmac } from 'node:crypto';
import type { ChannelKind, ChannelOf, MessageOf } from '../../../core/channels/channels.ts';
import { USER_AGENT } from '../../user-agent.ts';

/** What a sender knows about one delivery besides the message. */
export interface Delivery {
  /** The same for this channel and update on every run (`deliveryId` in the registry). */
  id: string;
  /** When the update was posted. */
  at: Date;
  /** Aborted when the send's time is up. */
  signal: AbortSignal;
  /** The time this send has, for clients that take a timeout of their own. */
  timeoutMs: number;
}

export type Send<Message> = (message: Message, delivery: Delivery) => Promise<void>;
/** Makes a channel's sender: loads its client first, so that no send's time goes to loading code. */
type SenderFactory<Kind extends ChannelKind> = (
  channel: ChannelOf<Kind>,
  env: NodeJS.ProcessEnv,
) => Promise<Send<MessageOf<Kind>>>;

/** An error to show as it is: it says what the service answered and carries no secret. */
export class SendError extends Error {}

/** The service asked to slow down (HTTP 429); `retryAfterMs` is how long, when it said. */
export class RateLimited extends SendError {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryAfterMs: number | undefined) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

type HeaderGetter = (name: string) => string | null | undefined;

/**
 * How long a 429 asks to wait: `Retry-After` (seconds or an HTTP date: Slack, Discord, Teams, most
 * webhooks), else `X-RateLimit-Reset` (an ISO time: Mastodon) or `RateLimit-Reset` (Unix seconds:
 * Bluesky). Undefined when the answer says nothing usable.
 */
export function retryAfterMs(header: HeaderGetter, now: number = Date.now()): number | undefined {
  const retryAfter = header('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = (header('ratelimit-reset') ?? header('x-ratelimit-reset'))?.trim();
  if (reset) {
    const date = /^\d+$/.test(reset) ? Number(reset) * 1000 : Date.parse(reset);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return undefined;
}

/** A fetch that ended without an answer, said without the URL. */
function noAnswer(error: unknown, signal: AbortSignal): SendError {
  if (signal.aborted && signal.reason instanceof SendError) return signal.reason;
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return new SendError(`no answer (${cause ?? (error as Error).name})`);
}

async function postJson(
  url: string,
  body: string,
  signal: AbortSignal,
  headers: Record<string, string> = {},
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
      body,
      signal,
    });
  } catch (error) {
    throw noAnswer(error, signal);
  }
  const answer = (await response.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ').trim();
  const said = `HTTP ${response.status}${answer ? `: ${answer}` : ''}`;
  if (response.status === 429)
    throw new RateLimited(
      said,
      retryAfterMs((name) => response.headers.get(name)),
    );
  if (!response.ok) throw new SendError(said);
}

/** The value of each variable a channel needs, or the names of those unset. */
export function secretsOf(names: readonly string[], env: NodeJS.ProcessEnv): { values: string[]; missing: string[] } {
  return { values: names.map((name) => env[name] ?? ''), missing: names.filter((name) => !env[name]) };
}

/** Slack, Discord and Teams take the message as it is; they have no key that would make a retry harmless. */
const plainWebhook = async (urlEnv: string, env: NodeJS.ProcessEnv): Promise<Send<unknown>> => {
  const url = env[urlEnv]!;
  return (message, { signal }) => postJson(url, JSON.stringify(message), signal);
};

const SENDERS: { [Kind in ChannelKind]: SenderFactory<Kind> } = {
  slack: (channel, env) => plainWebhook(channel.urlEnv, env),
  discord: (channel, env) => plainWebhook(channel.urlEnv, env),
  teams: (channel, env) => plainWebhook(channel.urlEnv, env),
  webhook: async (channel, env) => {
    const url = env[channel.urlEnv]!;
    const secret = env[channel.secretEnv]!;
    return (message, { id, signal }) => {
      const body = JSON.stringify(message);
      const signature = createHmac('sha256', secret).update(body, 'utf8').digest('hex');
      return postJson(url, body, signal, {
        'x-outpost-delivery': id,
        'x-outpost-event': 'update.published',
        'x-outpost-signature': `sha256=${signature}`,
      });
    };
  },
  mastodon: async (channel, env) => {
    const { createRestAPIClient } = await import('masto');
    return async (message, { id, signal, timeoutMs }) => {
      const client = createRestAPIClient({
        url: channel.instance,
        accessToken: env[channel.tokenEnv]!,
        timeout: timeoutMs,
        requestInit: { headers: { 'user-agent': USER_AGENT } },
      });
      try {
        // Mastodon keeps an Idempotency-Key for an hour: a retry within it does not post twice.
        await client.v1.statuses.create(message, { requestInit: { headers: { 'Idempotency-Key': id }, signal } });
      } catch (error) {
        if (signal.aborted) throw noAnswer(error, signal);
        const { statusCode, cause } = error as { statusCode?: number; cause?: unknown };
        if (statusCode !== 429 || !(cause instanceof Response)) throw new SendError(serviceError(error));
        throw new RateLimited(
          serviceError(error),
          retryAfterMs((name) => cause.headers.get(name)),
        );
      }
    };
  },
  bluesky: async (channel, env) => {
    const { AtpAgent } = await import('@atproto/api');
    const { TID } = await import('@atproto/common-web');
    let session: Promise<InstanceType<typeof AtpAgent>> | undefined;
    let current: AbortSignal | undefined;
    // Every request of the agent, the login too, carries the signal of the send it is part of, and the user agent.
    const boundedFetch: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      headers.set('user-agent', USER_AGENT);
      return fetch(input, { ...init, headers, signal: current });
    };
    const collection = 'app.bsky.feed.post';
    return async (message, { id, at, signal }) => {
      current = signal;
      session ??= (async () => {
        const agent = new AtpAgent({ service: channel.service, fetch: boundedFetch });
        await agent.login({ identifier: channel.identifier, password: env[channel.passwordEnv]! });
        return agent;
      })();
      const rkey = blueskyRecordKey(TID, id, at);
      try {
        const agent = await session;
        const repo = agent.session!.did;
        try {
          await agent.com.atproto.repo.createRecord({
            repo,
            collection,
            rkey,
            record: { ...message, createdAt: new Date().toISOString() },
          });
        } catch (error) {
          // The key taken means a send whose answer was lost did post it: done. Anything else stands.
          if (signal.aborted || (error as { status?: number }).status === 429) throw error;
          const posted = await succeeds(agent.com.atproto.repo.getRecord({ repo, collection, rkey }));
          if (!posted) throw error;
        }
      } catch (error) {
        // A failed login is tried again on the next send; a session that worked is kept.
        if (!(await succeeds(session))) session = undefined;
        if (signal.aborted) throw noAnswer(error, signal);
        const { status, headers } = error as { status?: number; headers?: Record<string, string | undefined> };
        if (status !== 429) throw new SendError(serviceError(error));
        throw new RateLimited(
          serviceError(error),
          retryAfterMs((name) => headers?.[name]),
        );
      }
    };
  },
  email: async (channel, env) => {
    const { default: nodemailer } = await import('nodemailer');
    return async (message, { signal, timeoutMs }) => {
      // nodemailer waits up to ten minutes on a silent server by default: each wait gets the send's bound.
      const transport = nodemailer.createTransport({
        url: env[channel.smtpUrlEnv]!,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      });
      const abort = () => transport.close();
      signal.addEventListener('abort', abort, { once: true });
      try {
        await transport.sendMail(message);
      } catch (error) {
        if (signal.aborted) throw noAnswer(error, signal);
        throw new SendError(serviceError(error));
      } finally {
        signal.removeEventListener('abort', abort);
        transport.close();
      }
    };
  },
};

/** Whether a promise fulfils. */
function succeeds(promise: Promise<unknown>): Promise<boolean> {
  return promise.then(
    () => true,
    () => false,
  );
}

/**
 * Bluesky's record key for a delivery: a TID (what posts are keyed by) at the update's time, less an
 * offset under a minute taken from the delivery id, so updates of the same minute get keys of their own.
 * The same delivery always gets the same key, so a second post of it is refused by the account's server.
 */
export function blueskyRecordKey(TID: typeof import('@atproto/common-web').TID, deliveryId: string, at: Date): string {
  const digest = createHash('sha256').update(deliveryId).digest();
  const offsetMicros = digest.readUInt32BE(0) % 60_000_000;
  return TID.fromTime(at.getTime() * 1000 - offsetMicros, digest.readUInt16BE(4) % 1024).toString();
}

/**
 * A sender for a channel whose secrets are all set, its client loaded. Clients that log in do so once, on first use.
 */
export function senderFor<Kind extends ChannelKind>(
  channel: ChannelOf<Kind>,
  env: NodeJS.ProcessEnv,
): Promise<Send<MessageOf<Kind>>> {
  return (SENDERS[channel.kind as Kind] as SenderFactory<Kind>)(channel, env);
}

/** What a client's error says, without anything that could hold a secret (a URL, a request). */
function serviceError(error: unknown): string {
  const { statusCode, status, responseCode, code, message } = error as {
    statusCode?: number;
    status?: number;
    responseCode?: number;
    code?: string;
    message?: string;
  };
  const http = statusCode ?? status ?? responseCode;
  const text = (message ?? String(error))
    .replace(/\b[a-z]+:\/\/\S+/gi, '<url>')
    .split('\n')[0]
    .slice(0, 200);
  return [http && `status ${http}`, code, text].filter(Boolean).join(': ');
}
