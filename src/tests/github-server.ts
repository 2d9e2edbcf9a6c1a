/**
 * A local stand-in for the GitHub REST endpoints issue-ops and alerts use (github.com
 * is unreachable here): collaborator permission, issues and their comments, labels,
 * contents (on the default branch, `files`, and on other branches), refs, pull requests,
 * commits and their comments, repository dispatches. In-memory, with switches to make the
 * next write find a stale SHA, or every write be refused as a read-only token's would.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';

export interface FakeGitHub {
  url: string;
  files: Map<string, string>;
  comments: Map<number, { body: string; user: { login: string; type: string } }[]>;
  permissions: Map<string, string>;
  issues: {
    number: number;
    state: string;
    labels: { name: string }[];
    title?: string;
    body?: string;
    state_reason?: string;
  }[];
  requests: string[];
  /** The User-Agent header of each request, in order. */
  userAgents: string[];
  /** The repository's labels. */
  labels: Set<string>;
  /** Labels added to issues through the API, by issue number. */
  issueLabels: Map<number, string[]>;
  /** Every write (contents, labels) is answered with this, as for a token without the permission. */
  refuseWrites?: { status: number; message: string };
  /** `files` is this branch; other branches live in `branches`. */
  defaultBranch: string;
  branches: Map<string, Map<string, string>>;
  pulls: { number: number; title: string; body: string; head: string; base: string; draft: boolean; state: string }[];
  commitComments: Map<string, { body: string; user: { login: string; type: string } }[]>;
  /** The commits on the default branch that touched each path, newest last. */
  commits: Map<string, string[]>;
  dispatches: { event_type: string; client_payload: unknown; authorization?: string }[];
  /** Before the next write, someone else commits this change to the file. */
  concurrentEdit?: (text: string) => string;
  close: () => Promise<void>;
}

const sha = (text: string) => createHash('sha1').update(text).digest('hex');

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

export async function fakeGitHub(): Promise<FakeGitHub> {
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    files: new Map(),
    comments: new Map(),
    permissions: new Map(),
    issues: [],
    requests: [],
    userAgents: [],
    labels: new Set(),
    issueLabels: new Map(),
    defaultBranch: 'main',
    branches: new Map(),
    pulls: [],
    commitComments: new Map(),
    commits: new Map(),
    dispatches: [],
  };
  /** The files of a branch: the default one is `files`. */
  const branchFiles = (name: string | null | undefined) =>
    !name || name === state.defaultBranch ? state.files : state.branches.get(name);
  const headSha = (files: Map<string, string>) =>
    sha(
      [...files]
        .sort()
        .map(([path, text]) => `${path}\n${text}`)
        .join('\n'),
    );
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    state.requests.push(`${request.method} ${url.pathname}`);
    state.userAgents.push(request.headers['user-agent'] ?? '');
    const send = (status: number, data: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(data));
    };
    let match: RegExpExecArray | null;
    const write = ['PUT', 'POST'].includes(request.method ?? '') && /\/(contents|labels)(\/|$)/.test(url.pathname);
    if (state.refuseWrites && write) {
      return send(state.refuseWrites.status, { message: state.refuseWrites.message });
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/labels\/([^/]+)$/.exec(url.pathname)) && request.method === 'GET') {
      const name = decodeURIComponent(match[1]);
      return state.labels.has(name) ? send(200, { name }) : send(404, { message: 'Not Found' });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/labels$/.test(url.pathname) && request.method === 'POST') {
      const { name } = await body(request);
      if (state.labels.has(String(name))) return send(422, { message: 'Validation Failed: already_exists' });
      state.labels.add(String(name));
      return send(201, { name });
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(url.pathname)) && request.method === 'POST') {
      const { labels } = await body(request);
      // As GitHub does: a label the repository lacks is created on the way.
      for (const name of labels as string[]) state.labels.add(name);
      const number = Number(match[1]);
      state.issueLabels.set(number, [...(state.issueLabels.get(number) ?? []), ...(labels as string[])]);
      return send(
        200,
        (state.issueLabels.get(number) ?? []).map((name) => ({ name })),
      );
    }
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(url.pathname)) &&
      request.method === 'GET'
    ) {
      const permission = state.permissions.get(decodeURIComponent(match[1])) ?? 'read';
      return send(200, { permission, role_name: permission, user: { login: match[1] } });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname) && request.method === 'POST') {
      const data = await body(request);
      const issue = {
        number: state.issues.length + 100,
        state: 'open',
        title: String(data.title),
        body: String(data.body ?? ''),
        labels: ((data.labels as string[]) ?? []).map((name) => ({ name })),
      };
      state.issues.push(issue);
      return send(201, issue);
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname)) && request.method === 'PATCH') {
      const issue = state.issues.find((candidate) => candidate.number === Number(match![1]));
      if (!issue) return send(404, { message: 'Not Found' });
      Object.assign(issue, await body(request));
      return send(200, issue);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname) && request.method === 'GET') {
      const label = url.searchParams.get('labels');
      return send(
        200,
        state.issues.filter(
          (issue) =>
            issue.state === (url.searchParams.get('state') ?? 'open') &&
            (!label || issue.labels.some((l) => l.name === label)),
        ),
      );
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const number = Number(match[1]);
      const list = state.comments.get(number) ?? [];
      if (request.method === 'GET')
        return send(
          200,
          list.map((comment, index) => ({ id: index + 1, ...comment })),
        );
      if (request.method === 'POST') {
        const { body: text } = await body(request);
        list.push({ body: String(text), user: { login: 'github-actions[bot]', type: 'Bot' } });
        state.comments.set(number, list);
        return send(201, { id: list.length, body: text });
      }
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname))) {
      const path = decodeURIComponent(match[1]);
      if (request.method === 'GET') {
        const files = branchFiles(url.searchParams.get('ref'));
        if (!files) return send(404, { message: 'No commit found for the ref' });
        const text = files.get(path);
        if (text === undefined) return send(404, { message: 'Not Found' });
        return send(200, {
          type: 'file',
          path,
          sha: sha(text),
          encoding: 'base64',
          content: Buffer.from(text).toString('base64'),
        });
      }
      if (request.method === 'PUT') {
        const data = await body(request);
        const files = branchFiles(data.branch as string | undefined);
        if (!files) return send(404, { message: `Branch ${String(data.branch)} not found` });
        if (state.concurrentEdit && files.has(path)) {
          files.set(path, state.concurrentEdit(files.get(path)!));
          state.concurrentEdit = undefined;
        }
        const current = files.get(path);
        if (current !== undefined && data.sha === undefined)
          return send(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
        if (current !== undefined && data.sha !== sha(current))
          return send(409, { message: `${path} does not match ${data.sha}` });
        const text = Buffer.from(String(data.content), 'base64').toString('utf8');
        files.set(path, text);
        if (files === state.files) state.commits.set(path, [...(state.commits.get(path) ?? []), sha(`commit ${text}`)]);
        return send(current === undefined ? 201 : 200, {
          content: { path, sha: sha(text) },
          commit: { sha: sha(`commit ${text}`), message: data.message },
        });
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+$/.test(url.pathname) && request.method === 'GET') {
      return send(200, { default_branch: state.defaultBranch });
    }
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/git\/ref\/heads\/(.+)$/.exec(decodeURIComponent(url.pathname))) &&
      request.method === 'GET'
    ) {
      const files = branchFiles(decodeURIComponent(match[1]));
      if (!files) return send(404, { message: 'Not Found' });
      return send(200, {
        ref: `refs/heads/${decodeURIComponent(match[1])}`,
        object: { type: 'commit', sha: headSha(files) },
      });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/git\/refs$/.test(url.pathname) && request.method === 'POST') {
      const data = await body(request);
      const name = String(data.ref).replace(/^refs\/heads\//, '');
      if (branchFiles(name)) return send(422, { message: 'Reference already exists' });
      if (data.sha !== headSha(state.files)) return send(422, { message: 'Object does not exist' });
      state.branches.set(name, new Map(state.files));
      return send(201, { ref: data.ref, object: { sha: data.sha } });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname)) {
      if (request.method === 'GET') {
        const head = url.searchParams.get('head')?.replace(/^[^:]+:/, '');
        const wanted = url.searchParams.get('state') ?? 'open';
        return send(
          200,
          state.pulls
            .filter((pull) => (wanted === 'all' || pull.state === wanted) && (!head || pull.head === head))
            .map((pull) => ({ ...pull, head: { ref: pull.head }, base: { ref: pull.base } })),
        );
      }
      if (request.method === 'POST') {
        const data = await body(request);
        if (!state.branches.has(String(data.head)))
          return send(422, { message: `head ${String(data.head)} is not a branch` });
        const pull = {
          number: state.issues.length + state.pulls.length + 500,
          title: String(data.title),
          body: String(data.body ?? ''),
          head: String(data.head),
          base: String(data.base),
          draft: data.draft === true,
          state: 'open',
        };
        state.pulls.push(pull);
        return send(201, { ...pull, html_url: `https://github.test/pull/${pull.number}` });
      }
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname)) && request.method === 'PATCH') {
      const pull = state.pulls.find((candidate) => candidate.number === Number(match![1]));
      if (!pull) return send(404, { message: 'Not Found' });
      Object.assign(pull, await body(request));
      return send(200, pull);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/commits$/.test(url.pathname) && request.method === 'GET') {
      const path = url.searchParams.get('path') ?? '';
      const list = state.commits.get(path) ?? (state.files.has(path) ? [sha(`commit ${state.files.get(path)}`)] : []);
      return send(
        200,
        [...list].reverse().map((commitSha) => ({ sha: commitSha })),
      );
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/comments$/.exec(url.pathname))) {
      const list = state.commitComments.get(match[1]) ?? [];
      if (request.method === 'GET')
        return send(
          200,
          list.map((comment, index) => ({ id: index + 1, ...comment })),
        );
      if (request.method === 'POST') {
        const { body: text } = await body(request);
        list.push({ body: String(text), user: { login: 'github-actions[bot]', type: 'Bot' } });
        state.commitComments.set(match[1], list);
        return send(201, { id: list.length, body: text });
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/dispatches$/.test(url.pathname) && request.method === 'POST') {
      const data = await body(request);
      state.dispatches.push({
        event_type: String(data.event_type),
        client_payload: data.client_payload,
        authorization: request.headers.authorization,
      });
      response.writeHead(204);
      return response.end();
    }
    send(404, { message: `Not Found: ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
