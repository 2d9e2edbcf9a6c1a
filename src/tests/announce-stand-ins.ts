/**
 * Local stand-ins for the services `outpost announce` sends to, on loopback
 * only: one HTTP server for the webhooks (Slack, Discord, Teams, the signed
 * webhook), Mastodon's statuses API (which keeps Idempotency-Keys, as
 * Mastodon does) and a Bluesky PDS (sessions, and posts by record key: a key
 * already taken is refused, as a PDS does); an SMTP server; and two that
 * never answer, an HTTP server and a TCP server that never greets, to hang a
 * client. Each path can be told how to answer its next requests (a status, a
 * delay, headers), so tests can make a service slow, rate-limited or down.
 * Everything closes by itself when the test closes it, hung sockets too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A well-formed CID: @atproto/api checks the answer's shape. */
const CID = 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm';

export interface Arrival {
  /** `slack`, `discord`, `teams`, `webhook`, `mastodon`, `bluesky`, `email`. */
  service: string;
  /** Milliseconds since the epoch. */
  at: number;
  headers: IncomingMessage['headers'];
  body: any;
}

/** How a path answers one request; requests with no answer queued get the service's normal one. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer after this long (the request is taken first: a send whose answer comes too late). */
  delayMs?: number;
  /** Take the request as if it went through (Mastodon, Bluesky), then answer as told. */
  accept?: boolean;
}

export interface StandIns {
  /** The HTTP stand-ins: `<url>/slack`, `/discord`, `/teams`, `/webhook`; Mastodon and Bluesky at the root. */
  url: string;
  /** An HTTP server that takes every request and never answers. */
  hungUrl: string;
  /** `smtp://…` with the credentials the SMTP stand-in accepts. */
  smtpUrl: string;
  /** An SMTP URL whose server takes the connection and never greets. */
  silentSmtpUrl: string;
  arrivals: Arrival[];
  /** When each request to the server that never answers, and each connection to the silent SMTP server, came in. */
  hungAt: number[];
  /** What each service accepted, by service. */
  accepted(service: string): Arrival[];
  /** Queue answers for a path (`/slack`, `/api/v1/statuses`, `/xrpc/com.atproto.repo.createRecord`). */
  answer(path: string, ...answers: Answer[]): void;
  /** Requests that reached a path, accepted or not. */
  hits(path: string): number;
  /** Bluesky posts by record key. */
  posts: Map<string, any>;
  /** The User-Agent headers the HTTP stand-ins saw (every request: a Bluesky login too). */
  userAgents: Set<string>;
  reset(): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}

async function listen(server: Server | TcpServer | SMTPServer): Promise<number> {
  const target = server instanceof SMTPServer ? server.server : server;
  await new Promise<void>((resolve) => (server as TcpServer).listen(0, '127.0.0.1', resolve));
  return (target.address() as { port: number }).port;
}

export async function startStandIns(): Promise<StandIns> {
  const arrivals: Arrival[] = [];
  const hungAt: number[] = [];
  const queued = new Map<string, Answer[]>();
  const hits = new Map<string, number>();
  const posts = new Map<string, any>();
  const idempotency = new Map<string, string>();
  const userAgents = new Set<string>();

  const send = (response: ServerResponse, status: number, body: unknown = '', headers: Record<string, string> = {}) => {
    if (response.destroyed) return;
    response.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
      ...headers,
    });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    userAgents.add(request.headers['user-agent'] ?? '');
    const json = raw && request.headers['content-type']?.includes('json') ? JSON.parse(raw) : undefined;
    const arrive = (service: string) =>
      arrivals.push({ service, at: Date.now(), headers: request.headers, body: json });
    const told = queued.get(path)?.shift();
    if (told && !told.accept) {
      setTimeout(() => send(response, told.status, told.body ?? '', told.headers), told.delayMs ?? 0);
      return;
    }
    const reply = (status: number, body: unknown = '', headers: Record<string, string> = {}) =>
      told
        ? setTimeout(() => send(response, told.status, told.body ?? '', told.headers), told.delayMs ?? 0)
        : send(response, status, body, headers);
    switch (path) {
      case '/slack':
      case '/discord':
      case '/teams':
      case '/webhook':
        arrive(path.slice(1));
        return reply(path === '/discord' ? 204 : 200, path === '/discord' ? '' : 'ok');
      case '/api/v1/statuses': {
        const key = String(request.headers['idempotency-key'] ?? '');
        // Mastodon answers a known Idempotency-Key with the status it already made, and makes none.
        if (!idempotency.has(key)) {
          idempotency.set(key, String(idempotency.size + 1));
          arrive('mastodon');
        }
        return reply(200, { id: idempotency.get(key), content: json.status, visibility: json.visibility });
      }
      case '/xrpc/com.atproto.server.createSession':
        return reply(200, {
          accessJwt: 'access',
          refreshJwt: 'refresh',
          handle: json.identifier,
          did: 'did:plc:acmestatus',
          active: true,
        });
      case '/xrpc/com.atproto.repo.createRecord':
        if (posts.has(json.rkey))
          return reply(400, { error: 'InvalidRequest', message: `Record already exists: ${json.rkey}` });
        posts.set(json.rkey, json.record);
        arrive('bluesky');
        return reply(200, { uri: `at://did:plc:acmestatus/app.bsky.feed.post/${json.rkey}`, cid: CID });
      case '/xrpc/com.atproto.repo.getRecord': {
        const rkey = new URL(request.url ?? '/', 'http://x').searchParams.get('rkey') ?? '';
        if (!posts.has(rkey)) return reply(400, { error: 'RecordNotFound', message: 'Could not locate record' });
        return reply(200, {
          uri: `at://did:plc:acmestatus/app.bsky.feed.post/${rkey}`,
          cid: CID,
          value: posts.get(rkey),
        });
      }
      default:
        return reply(404, 'no such stand-in');
    }
  });

  const hung = createServer(() => {
    // Takes the request and never answers.
    hungAt.push(Date.now());
  });
  const silentSockets = new Set<Socket>();
  const silent = createTcpServer((socket) => {
    // Takes the connection and never greets.
    hungAt.push(Date.now());
    silentSockets.add(socket);
    socket.on('close', () => silentSockets.delete(socket));
  });

  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) =>
      auth.username === 'mailer' && auth.password === 'smtp-password'
        ? callback(null, { user: 'mailer' })
        : callback(new Error('bad credentials')),
    onData: (stream, _session, callback) => {
      let message = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => (message += chunk));
      stream.on('end', () => {
        arrivals.push({ service: 'email', at: Date.now(), headers: {}, body: message });
        callback();
      });
    },
    logger: false,
  });

  const port = await listen(server);
  const hungPort = await listen(hung);
  const silentPort = await listen(silent);
  const smtpPort = await listen(smtp);

  return {
    url: `http://127.0.0.1:${port}`,
    hungUrl: `http://127.0.0.1:${hungPort}`,
    smtpUrl: `smtp://mailer:smtp-password@127.0.0.1:${smtpPort}`,
    silentSmtpUrl: `smtp://mailer:smtp-password@127.0.0.1:${silentPort}`,
    arrivals,
    hungAt,
    accepted: (service) => arrivals.filter((arrival) => arrival.service === service),
    answer: (path, ...answers) => queued.set(path, [...(queued.get(path) ?? []), ...answers]),
    hits: (path) => hits.get(path) ?? 0,
    posts,
    userAgents,
    reset: () => {
      userAgents.clear();
      arrivals.length = 0;
      hungAt.length = 0;
      queued.clear();
      hits.clear();
      posts.clear();
      idempotency.clear();
    },
    close: async () => {
      for (const socket of silentSockets) socket.destroy();
      server.closeAllConnections();
      hung.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => server.close(resolve)),
        new Promise((resolve) => hung.close(resolve)),
        new Promise((resolve) => silent.close(resolve)),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}
