/**
 * Issue-ops on GitHub: the thin octokit layer around `planIssueOp`. The
 * workflow runs `outpost issue-ops`; the event reaches it only through the event file
 * (GITHUB_EVENT_PATH) and the environment, never through a shell command.
 *
 * REST endpoints used: collaborator permission, issue comments (list,
 * create), repository contents (get, create or update).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { Octokit } from 'octokit';
import { INCIDENT_LABEL, isRelevant, pathFromMarker, planIssueOp, type IssueEvent, type IssueOpPlan } from '../core/ops/issue-ops.ts';
import { overdueIncidents } from '../core/checks/next-update.ts';
import { formatTimestamp } from '../core/incident/time.ts';
import { formatReport } from '../core/checks/problems.ts';
import { resolveNow } from '../project/clock.ts';
import { readSiteConfig } from '../project/config.ts';
import { loadProject } from '../project/project.ts';

const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
const ATTEMPTS = 3;

interface Payload {
  action: string;
  issue: { number: number; title: string; body: string | null; labels: { name: string }[]; state?: string };
  comment?: { body: string; user: { type?: string } };
  sender: { login: string; type?: string };
  repository: { default_branch: string };
}

export function eventFromPayload(name: string, payload: Payload): IssueEvent {
  return {
    name,
    action: payload.action,
    issue: { number: payload.issue.number, title: payload.issue.title, body: payload.issue.body, labels: payload.issue.labels.map((label) => label.name), state: payload.issue.state },
    comment: payload.comment ? { body: payload.comment.body, userType: payload.comment.user.type } : undefined,
    sender: { login: payload.sender.login, type: payload.sender.type },
  };
}

export interface RunOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  eventName: string;
  payload: Payload;
  root: string;
  now: Date;
  log?: (line: string) => void;
}

async function canWrite(options: RunOptions, username: string): Promise<boolean> {
  try {
    const { data } = await options.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: options.owner, repo: options.repo, username });
    return WRITE_PERMISSIONS.has(data.permission) || WRITE_PERMISSIONS.has(data.role_name ?? '');
  } catch {
    return false;
  }
}

/**
 * The bot's own comments on an issue, and the incident file its marker names.
 * Only the bot's comments count: a person pasting the marker links nothing.
 */
async function botComments(octokit: Octokit, owner: string, repo: string, issue: number): Promise<{ bodies: string[]; path?: string }> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
  const bodies = comments.filter((comment) => comment.user?.type === 'Bot').map((comment) => comment.body ?? '');
  return { bodies, path: bodies.map(pathFromMarker).find(Boolean) };
}

async function readFile(options: RunOptions, path: string): Promise<{ text: string; sha: string } | undefined> {
  try {
    const { data } = await options.octokit.rest.repos.getContent({ owner: options.owner, repo: options.repo, path, ref: options.payload.repository.default_branch });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

function isStale(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 409 || (status === 422 && /sha/i.test(String((error as Error).message)));
}

export async function runIssueOps(options: RunOptions): Promise<IssueOpPlan> {
  const log = options.log ?? ((line: string) => console.log(line));
  const event = eventFromPayload(options.eventName, options.payload);
  if (!isRelevant(event)) {
    log('nothing to do: not an incident command');
    return { kind: 'ignore', reason: 'not relevant' };
  }
  const { config, problems } = await readSiteConfig(options.root);
  if (!config) throw new Error(formatReport(problems));

  const senderCanWrite = await canWrite(options, event.sender.login);
  const path = senderCanWrite && event.action !== 'opened' ? (await botComments(options.octokit, options.owner, options.repo, options.payload.issue.number)).path : undefined;
  let plan: IssueOpPlan = { kind: 'ignore', reason: 'no attempt' };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const file = path ? await readFile(options, path) : undefined;
    plan = planIssueOp({ event, senderCanWrite, now: options.now, config, incident: path && file ? { path, text: file.text } : undefined });
    if (plan.kind !== 'write') break;
    try {
      await options.octokit.rest.repos.createOrUpdateFileContents({
        owner: options.owner,
        repo: options.repo,
        path: plan.path,
        message: plan.commitMessage,
        content: Buffer.from(plan.text, 'utf8').toString('base64'),
        branch: options.payload.repository.default_branch,
        ...(file && !plan.created ? { sha: file.sha } : {}),
      });
      log(`wrote ${plan.path}`);
      break;
    } catch (error) {
      // Someone committed the file since we read it: read it again and redo the change on top.
      if (!isStale(error) || attempt === ATTEMPTS) throw error;
      log(`stale file, retrying (${attempt}/${ATTEMPTS - 1})`);
    }
  }
  const reply = plan.kind === 'write' ? plan.reply : plan.kind === 'reply' ? plan.body : undefined;
  if (reply) await options.octokit.rest.issues.createComment({ owner: options.owner, repo: options.repo, issue_number: options.payload.issue.number, body: reply });
  return plan;
}

/**
 * `outpost issue-ops`, run by the Issue ops workflow: applies the event GitHub Actions describes
 * in its environment (the event file, the repository, the token). Returns the exit code.
 */
export async function issueOpsFromActions(root: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!env.GITHUB_EVENT_PATH || !env.GITHUB_EVENT_NAME || !owner || !repo || !env.GITHUB_TOKEN) {
    console.error('issue-ops runs inside GitHub Actions: GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_REPOSITORY and GITHUB_TOKEN are needed');
    return 2;
  }
  const { now, problem } = resolveNow();
  if (problem) throw new Error(problem.message);
  const plan = await runIssueOps({
    octokit: new Octokit({ auth: env.GITHUB_TOKEN, baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com' }),
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME,
    payload: JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')),
    root,
    now,
  });
  // Commits made with the workflow's token start no workflow: tell the next step to start the deploy.
  if (plan.kind === 'write' && env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, 'wrote=true\n');
  return 0;
}

export interface RemindOptions {
  octokit?: Octokit;
  owner?: string;
  repo?: string;
  root: string;
  now: Date;
  log?: (line: string) => void;
}

const reminderMarker = (due: Date) => `<!-- outpost:reminder ${due.toISOString()} -->`;

/**
 * The scheduled run's reminder: every active incident whose promised next
 * update has passed, or that is silent past the cadence, gets a comment on its
 * issue (once per due time), or a workflow warning when it has no issue.
 */
export async function remindOverdue(options: RemindOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const project = await loadProject({ root: options.root, now: options.now });
  if (!project.config) throw new Error(formatReport(project.problems));
  const overdue = overdueIncidents(project.incidents, options.now, project.config.updateCadenceMinutes);
  const issues = new Map<string, { number: number; comments: string[] }>();
  if (overdue.length > 0 && options.octokit && options.owner && options.repo) {
    const open = await options.octokit.paginate(options.octokit.rest.issues.listForRepo, { owner: options.owner, repo: options.repo, labels: INCIDENT_LABEL, state: 'open', per_page: 100 });
    for (const issue of open) {
      const { bodies, path } = await botComments(options.octokit, options.owner, options.repo, issue.number);
      if (path) issues.set(path, { number: issue.number, comments: bodies });
    }
  }
  for (const { incident, due, reason } of overdue) {
    const why = reason === 'promised' ? `the update promised the next one by ${formatTimestamp(due)}` : `no update since ${formatTimestamp(new Date(due.getTime() - project.config.updateCadenceMinutes * 60_000))} (cadence: ${project.config.updateCadenceMinutes} min)`;
    const issue = issues.get(incident.file);
    if (issue && options.octokit) {
      if (issue.comments.some((body) => body.includes(reminderMarker(due)))) continue;
      await options.octokit.rest.issues.createComment({
        owner: options.owner!,
        repo: options.repo!,
        issue_number: issue.number,
        body: `Customers are waiting for an update on **${incident.title}**: ${why}. Post one with \`/update <status> <message>\`, and say when the next one comes.\n\n${reminderMarker(due)}`,
      });
      log(`reminded on #${issue.number}: ${incident.file}`);
    } else {
      log(`::warning file=${incident.file},line=${incident.updates[0].line},title=overdue-update::${incident.title}: ${why}`);
    }
  }
  return overdue.length;
}
