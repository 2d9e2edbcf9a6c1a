#!/usr/bin/env node
/**
 * Alertmanager → GitHub `repository_dispatch`, for Outpost's "Alerts" workflow.
 *
 * Alertmanager's webhook can send an Authorization header but not the body GitHub's dispatch API
 * wants (`{ "event_type": …, "client_payload": … }`), so this relay wraps it: every POST with the
 * shared secret becomes `{ "event_type": "outpost-alert", "client_payload": { "alertmanager": … } }`,
 * split into several dispatches when the alerts would not fit in one. Node's built-ins only: run
 * it next to Alertmanager with any Node 18 or later.
 *
 *   GITHUB_TOKEN        a token that may dispatch to the status repository (fine-grained:
 *                       "Contents: read and write" on that repository only)
 *   GITHUB_REPOSITORY   owner/repo of the status page
 *   RELAY_SECRET        what Alertmanager sends as its bearer credentials
 *   PORT                default 9095; HOST default 127.0.0.1
 *   GITHUB_API_URL      default https://api.github.com (GitHub Enterprise: its /api/v3)
 */
import { createServer } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

const { GITHUB_TOKEN, GITHUB_REPOSITORY, RELAY_SECRET } = process.env;
const API = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
const PORT = Number(process.env.PORT ?? 9095);
const HOST = process.env.HOST ?? '127.0.0.1';
/** GitHub refuses larger dispatch bodies; alerts beyond this go in another dispatch. */
const MAX_BODY = 60_000;
const MAX_REQUEST = 5_000_000;

if (!GITHUB_TOKEN || !/^[\w.-]+\/[\w.-]+$/.test(GITHUB_REPOSITORY ?? '') || !RELAY_SECRET) {
  console.error('alertmanager-relay: set GITHUB_TOKEN, GITHUB_REPOSITORY (owner/repo) and RELAY_SECRET');
  process.exit(2);
}

const authorized = (header) => {
  const given = Buffer.from(String(header ?? ''));
  const wanted = Buffer.from(`Bearer ${RELAY_SECRET}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
};

/** The webhook as one or more dispatch bodies, each under GitHub's limit. */
function dispatches(webhook) {
  const wrap = (alerts) =>
    JSON.stringify({ event_type: 'outpost-alert', client_payload: { alertmanager: { ...webhook, alerts } } });
  const bodies = [];
  let batch = [];
  for (const alert of webhook.alerts) {
    if (batch.length > 0 && wrap([...batch, alert]).length > MAX_BODY) {
      bodies.push(wrap(batch));
      batch = [];
    }
    batch.push(alert);
  }
  if (batch.length > 0) bodies.push(wrap(batch));
  return bodies;
}

const server = createServer(async (request, response) => {
  const answer = (status, text) => {
    response.writeHead(status, { 'content-type': 'text/plain' });
    response.end(`${text}\n`);
  };
  if (request.method !== 'POST') return answer(405, 'POST an Alertmanager webhook here');
  if (!authorized(request.headers.authorization)) return answer(401, 'wrong or missing bearer credentials');
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_REQUEST) return answer(413, 'too large');
    chunks.push(chunk);
  }
  let webhook;
  try {
    webhook = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return answer(400, 'not JSON');
  }
  if (!Array.isArray(webhook?.alerts) || webhook.alerts.length === 0)
    return answer(400, 'not an Alertmanager webhook: no alerts');
  for (const body of dispatches(webhook)) {
    const sent = await fetch(`${API}/repos/${GITHUB_REPOSITORY}/dispatches`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${GITHUB_TOKEN}`,
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
        'user-agent': 'outpost-alertmanager-relay',
      },
      body,
    }).catch((error) => ({ ok: false, status: 0, text: async () => String(error) }));
    if (!sent.ok) {
      console.error(`alertmanager-relay: GitHub answered ${sent.status}: ${await sent.text()}`);
      // Alertmanager retries a failed webhook: say so.
      return answer(502, `GitHub answered ${sent.status}`);
    }
  }
  answer(202, 'dispatched');
});

server.listen(PORT, HOST, () =>
  console.log(`alertmanager-relay: listening on http://${HOST}:${PORT}/, dispatching to ${GITHUB_REPOSITORY}`),
);
