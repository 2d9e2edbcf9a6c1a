/**
 * Issue-ops on GitHub: the thin octokit layer around `planIssueOp`. The
 * workflow runs `outpost issue-ops`; the event reaches it only through the event file
 * (GITHUB_EVENT_PATH) and the environment, never through a shell command.
 *
 * REST endpoints used: collaborator permission, issue comments (list,
 * create), labels (get, create, add to an issue), repository contents (get,
 * create or update).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import type { Octokit } from 'octokit';
import {
  ackMarker,
  INCIDENT_LABEL,
  isAcknowledged,
  isRelevant,
  pathFromMarker,
  planIssueOp,
  type IssueEvent,
  type IssueOpPlan,
} from '../../../core/ops/issue-ops.ts';
import type { SiteConfig } from '../../../core/config/schema.ts';
import { overdueIncidents } from '../../../core/state/next-update.ts';
import { formatTimestamp } from '../../../core/incident/time.ts';
import { readSiteConfig } from '../../../project/config.ts';
import { loadProject } from '../../../project/project.ts';
import { githubFromEnv } from '../../github.ts';
import { now, ProblemsError, UsageError, type Io } from '../../io.ts';

const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
const ATTEMPTS = 3;
const MAX_SAME_NAME = 20;

interface Payload {
  action: string;
  issue: {
    number: number;
    title: string;
    body: string | null;
    labels: { name: string }[];
    state?: string;
    state_reason?: string | null;
  };
  comment?: { id?: number; body: string; user: { type?: string } };
  sender: { login: string; type?: string };
  repository: { default_branch: string };
}

export function eventFromPayload(name: string, payload: Payload): IssueEvent {
  const { issue } = payload;
  return {
    name,
    action: payload.action,
    issue: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      labels: issue.labels.map((label) => label.name),
      state: issue.state,
      stateReason: issue.state_reason,
    },
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
  log: (line: string) => void;
}

/** What a run did: the plans it applied or answered, and `failed` when GitHub refused a write (the run then fails). */
export type AppliedPlan = IssueOpPlan | { kind: 'failed'; body: string };

/** GitHub refused what the workflow's token tried: said in the issue, so nobody waits for a page that never changes. */
class GitHubRefused extends Error {
  constructor(what: string, error: unknown) {
    const status = (error as { status?: number }).status;
    const message = String((error as Error).message ?? error).split('\n')[0];
    super(`${what}: GitHub answered ${status ?? 'with an error'}: ${message}`);
  }
}

function refusedReply(refused: GitHubRefused, branch: string): string {
  return [
    `I could not ${refused.message}. Nothing was published.`,
    '',
    'Check that the workflow may write: its permissions must not be cut to read-only ' +
      `(**Settings → Actions → General**), and a rule on \`${branch}\` that requires pull requests or restricts ` +
      "pushes (**Settings → Rules** or **Branches**) refuses the workflow's token, which no bypass list takes; " +
      'a ruleset that only blocks force pushes and deletions does not ' +
      '(Outpost\'s docs/deploy.md, "Branch protection and the stamp job"). ' +
      'Then re-run the **Issue ops** workflow: it picks up every command not yet answered.',
  ].join('\n');
}

async function canWrite(options: RunOptions, username: string): Promise<boolean> {
  try {
    const { data } = await options.octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: options.owner,
      repo: options.repo,
      username,
    });
    return WRITE_PERMISSIONS.has(data.permission) || WRITE_PERMISSIONS.has(data.role_name ?? '');
  } catch (error) {
    // No such user, or not a collaborator: may not write. Anything else is the token's problem, said so.
    if ((error as { status?: number }).status === 404) return false;
    throw new GitHubRefused(`check whether @${username} may write`, error);
  }
}

/**
 * The bot's own comments on an issue, and the incident file its marker names.
 * Only the bot's comments count: a person pasting the marker links nothing.
 */
async function botComments(
  octokit: Octokit,
  owner: string,
  repo: string,
  issue: number,
): Promise<{ bodies: string[]; path?: string }> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue,
    per_page: 100,
  });
  const bodies = comments.filter((comment) => comment.user?.type === 'Bot').map((comment) => comment.body ?? '');
  return { bodies, path: bodies.map(pathFromMarker).find(Boolean) };
}

async function readFile(options: RunOptions, path: string): Promise<{ text: string; sha: string } | undefined> {
  try {
    const { data } = await options.octokit.rest.repos.getContent({
      owner: options.owner,
      repo: options.repo,
      path,
      ref: options.payload.repository.default_branch,
    });
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

/** Writes a planned file, reading it again and redoing the change when someone committed in between. */
async function commitPlan(
  options: RunOptions,
  plan: () => Promise<IssueOpPlan>,
  path: string | undefined,
  log: (line: string) => void,
): Promise<IssueOpPlan> {
  let planned: IssueOpPlan = { kind: 'ignore', reason: 'no attempt' };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    planned = await plan();
    if (planned.kind !== 'write') return planned;
    const file = await readFile(options, planned.path);
    try {
      await options.octokit.rest.repos.createOrUpdateFileContents({
        owner: options.owner,
        repo: options.repo,
        path: planned.path,
        message: planned.commitMessage,
        content: Buffer.from(planned.text, 'utf8').toString('base64'),
        branch: options.payload.repository.default_branch,
        ...(file && path === planned.path ? { sha: file.sha } : {}),
      });
      log(`wrote ${planned.path}`);
      return planned;
    } catch (error) {
      // Someone committed the file since we read it: read it again and redo the change on top.
      if (!isStale(error) || attempt === ATTEMPTS) {
        throw new GitHubRefused(`commit ${planned.path} to ${options.payload.repository.default_branch}`, error);
      }
      log(`stale file, retrying (${attempt}/${ATTEMPTS - 1})`);
    }
  }
  return planned;
}

/** The issue's command comments by people, oldest first: the queue every run drains. */
async function commandComments(options: RunOptions): Promise<{ id: number; body: string; login: string }[]> {
  const { octokit, owner, repo } = options;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: options.payload.issue.number,
    per_page: 100,
  });
  return comments
    .filter((comment) => comment.user?.type !== 'Bot' && /^\s*\//.test(comment.body ?? ''))
    .map((comment) => ({ id: comment.id, body: comment.body ?? '', login: comment.user?.login ?? '' }))
    .sort((a, b) => a.id - b.id);
}

/**
 * An issue from the "Incident" form without the `incident` label: GitHub leaves out a form's label
 * that the repository does not have. The label is created if need be and added, and the issue is told.
 */
async function addIncidentLabel(options: RunOptions): Promise<string> {
  const { octokit, owner, repo } = options;
  let created = false;
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: INCIDENT_LABEL });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) {
      throw new GitHubRefused(`read the \`${INCIDENT_LABEL}\` label`, error);
    }
    try {
      const description = 'An incident on the status page (issue-ops)';
      await octokit.rest.issues.createLabel({ owner, repo, name: INCIDENT_LABEL, color: 'd73a4a', description });
      created = true;
    } catch (createError) {
      const how = 'create it under **Issues → Labels** and add it to this issue';
      const what = `create the \`${INCIDENT_LABEL}\` label (${how})`;
      throw new GitHubRefused(what, createError);
    }
  }
  try {
    const issue_number = options.payload.issue.number;
    await octokit.rest.issues.addLabels({ owner, repo, issue_number, labels: [INCIDENT_LABEL] });
  } catch (error) {
    throw new GitHubRefused(`add the \`${INCIDENT_LABEL}\` label to this issue`, error);
  }
  return created
    ? `This issue came from the Incident form but had no \`${INCIDENT_LABEL}\` label: ` +
        'the repository had none, so GitHub left it out. I created the label and added it.'
    : `This issue came from the Incident form but had no \`${INCIDENT_LABEL}\` label. I added it.`;
}

/**
 * Applies an issue event, and every command on the issue not yet handled. The workflow runs one job
 * per event in the issue's queue, and GitHub keeps at most one pending run per queue and drops the
 * others, so no run trusts that it is the only one: each reads the issue's comments and handles,
 * oldest first, every writer's command without the bot's acknowledgement. Ten `/update` comments at
 * once all land, in order, each answered; an outsider's event is refused and still drains the queue.
 *
 * `authorizeOnly` (the first job of workflows made before 0.2): refuses an outsider's event and
 * reports whether the sender may write.
 */
export async function runIssueOps(options: RunOptions & { authorizeOnly?: boolean }): Promise<AppliedPlan[]> {
  const { log } = options;
  const event = eventFromPayload(options.eventName, options.payload);
  if (!isRelevant(event)) {
    log('nothing to do: not an incident command');
    return [];
  }
  const { config, problems } = await readSiteConfig(options.root);
  if (!config) throw new ProblemsError(problems);
  const { octokit, owner, repo } = options;
  const number = options.payload.issue.number;
  const reply = (body: string) => octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  const plans: AppliedPlan[] = [];
  try {
    await apply(options, event, config, reply, plans, log);
  } catch (error) {
    if (!(error instanceof GitHubRefused)) throw error;
    log(error.message);
    const body = refusedReply(error, options.payload.repository.default_branch);
    plans.push({ kind: 'failed', body });
    await reply(body).catch(() => log('could not reply on the issue either'));
  }
  return plans;
}

async function apply(
  options: RunOptions & { authorizeOnly?: boolean },
  event: IssueEvent,
  config: SiteConfig,
  reply: (body: string) => Promise<unknown>,
  plans: AppliedPlan[],
  log: (line: string) => void,
): Promise<void> {
  const { octokit, owner, repo } = options;
  const number = options.payload.issue.number;
  const writers = new Map<string, boolean>();
  const writer = async (login: string) => {
    if (!writers.has(login)) writers.set(login, await canWrite(options, login));
    return writers.get(login)!;
  };

  let bot = await botComments(octokit, owner, repo, number);
  const senderCanWrite = await writer(event.sender.login);
  if (!senderCanWrite) {
    const plan = planIssueOp({ event, senderCanWrite: false, now: options.now, config });
    const commentId = options.payload.comment?.id;
    if (plan.kind === 'reply' && !(commentId && isAcknowledged(bot.bodies, commentId)))
      await reply(`${plan.body}${commentId ? `\n\n${ackMarker(commentId)}` : ''}`);
    plans.push(plan);
    if (commentId) bot = { ...bot, bodies: [...bot.bodies, ackMarker(commentId)] };
    if (options.authorizeOnly) return;
  } else if (options.authorizeOnly) {
    plans.push({ kind: 'ignore', reason: 'authorized' });
    return;
  }
  if (senderCanWrite && !event.issue.labels.includes(INCIDENT_LABEL)) {
    await reply(await addIncidentLabel(options));
    event = { ...event, issue: { ...event.issue, labels: [...event.issue.labels, INCIDENT_LABEL] } };
  }

  const incidentFile = async () => (bot.path ? await readFile(options, bot.path) : undefined);
  const planFor = async (forEvent: IssueEvent, slugNumber?: number) => {
    const file = await incidentFile();
    return planIssueOp({
      event: forEvent,
      senderCanWrite: true,
      now: options.now,
      config,
      incident: bot.path && file ? { path: bot.path, text: file.text } : undefined,
      slugNumber,
    });
  };
  const answer = async (plan: IssueOpPlan, suffix = '') => {
    const body = plan.kind === 'write' ? plan.reply : plan.kind === 'reply' ? plan.body : undefined;
    if (body) await reply(`${body}${suffix}`);
  };

  const formChanged = event.name === 'issues' && (event.action === 'opened' || event.action === 'edited');
  if (senderCanWrite && formChanged && !bot.path) {
    // A new file never overwrites another incident's: a taken
    // name (checked again on every attempt) gets `-2`, `-3` ….
    const plan = await commitPlan(
      options,
      async () => {
        for (let slugNumber = 1; slugNumber <= MAX_SAME_NAME; slugNumber++) {
          const candidate = await planFor(event, slugNumber);
          if (candidate.kind !== 'write' || !(await readFile(options, candidate.path))) return candidate;
          log(`${candidate.path} is taken by another incident; trying the next name`);
        }
        return {
          kind: 'reply',
          body:
            `There are already ${MAX_SAME_NAME} incidents with this title today. ` +
            'Nothing was written; give this one a title of its own.',
        };
      },
      undefined,
      log,
    );
    plans.push(plan);
    await answer(plan);
    bot = await botComments(octokit, owner, repo, number);
  } else if (senderCanWrite && event.name === 'issues' && event.action === 'edited') {
    const plan = await commitPlan(options, () => planFor(event), bot.path, log);
    plans.push(plan);
    await answer(plan);
  }

  for (const comment of await commandComments(options)) {
    if (isAcknowledged(bot.bodies, comment.id) || !(await writer(comment.login))) continue;
    const commentEvent: IssueEvent = {
      ...event,
      name: 'issue_comment',
      action: 'created',
      comment: { body: comment.body },
      sender: { login: comment.login },
    };
    const plan = await commitPlan(options, () => planFor(commentEvent), bot.path, log);
    plans.push(plan);
    await answer(plan, `\n\n${ackMarker(comment.id)}`);
    bot = { ...bot, bodies: [...bot.bodies, ackMarker(comment.id)] };
  }

  if (senderCanWrite && event.name === 'issues' && event.action === 'closed') {
    const plan = await commitPlan(options, () => planFor(event), bot.path, log);
    plans.push(plan);
    await answer(plan);
  }
}

/**
 * `outpost issue-ops [authorize]`, run by the Issue ops workflow: applies the event GitHub Actions
 * describes in its environment (the event file, the repository, the token); with `authorize`, only
 * says whether its sender may write. Returns the exit code: 1 when GitHub refused a write. What it
 * did goes to `io.out`; outside GitHub Actions it is a usage error.
 */
export async function issueOpsFromActions(io: Io, authorizeOnly: boolean, env: NodeJS.ProcessEnv): Promise<number> {
  const github = await githubFromEnv(env);
  if (!env.GITHUB_EVENT_PATH || !env.GITHUB_EVENT_NAME || !github) {
    const needed = 'GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_REPOSITORY and GITHUB_TOKEN are needed';
    throw new UsageError(`issue-ops runs inside GitHub Actions: ${needed}`);
  }
  const plans = await runIssueOps({
    authorizeOnly,
    ...github,
    eventName: env.GITHUB_EVENT_NAME,
    payload: JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')),
    root: io.root,
    now: now(),
    log: io.out,
  });
  if (env.GITHUB_OUTPUT) {
    // Commits made with the workflow's token start no workflow, so the workflow's last step starts the deploy.
    if (authorizeOnly)
      appendFileSync(
        env.GITHUB_OUTPUT,
        `allowed=${plans.some((plan) => plan.kind === 'ignore' && plan.reason === 'authorized')}\n`,
      );
    else if (plans.some((plan) => plan.kind === 'write')) appendFileSync(env.GITHUB_OUTPUT, 'wrote=true\n');
  }
  return plans.some((plan) => plan.kind === 'failed') ? 1 : 0;
}

export interface RemindOptions {
  octokit?: Octokit;
  owner?: string;
  repo?: string;
  root: string;
  now: Date;
  log: (line: string) => void;
}

const reminderMarker = (due: Date) => `<!-- outpost:reminder ${due.toISOString()} -->`;

/**
 * The scheduled run's reminder: every active incident whose promised next
 * update has passed, or that is silent past the cadence, gets a comment on its
 * issue (once per due time), or a workflow warning when it has no issue.
 */
export async function remindOverdue(options: RemindOptions): Promise<number> {
  const { log } = options;
  const project = await loadProject({ root: options.root, now: options.now });
  if (!project.config) throw new ProblemsError(project.problems);
  const overdue = overdueIncidents(project.incidents, options.now, project.config.updateCadenceMinutes);
  const issues = new Map<string, { number: number; comments: string[] }>();
  if (overdue.length > 0 && options.octokit && options.owner && options.repo) {
    const open = await options.octokit.paginate(options.octokit.rest.issues.listForRepo, {
      owner: options.owner,
      repo: options.repo,
      labels: INCIDENT_LABEL,
      state: 'open',
      per_page: 100,
    });
    for (const issue of open) {
      const { bodies, path } = await botComments(options.octokit, options.owner, options.repo, issue.number);
      if (path) issues.set(path, { number: issue.number, comments: bodies });
    }
  }
  for (const { incident, due, reason } of overdue) {
    const why =
      reason === 'promised'
        ? `the update promised the next one by ${formatTimestamp(due)}`
        : 'no update since ' +
          `${formatTimestamp(new Date(due.getTime() - project.config.updateCadenceMinutes * 60_000))} ` +
          `(cadence: ${project.config.updateCadenceMinutes} min)`;
    const issue = issues.get(incident.file);
    if (issue && options.octokit) {
      if (issue.comments.some((body) => body.includes(reminderMarker(due)))) continue;
      await options.octokit.rest.issues.createComment({
        owner: options.owner!,
        repo: options.repo!,
        issue_number: issue.number,
        body:
          `Customers are waiting for an update on **${incident.title}**: ${why}. ` +
          'Post one with `/update <status> <message>`, and say when the next one comes.\n\n' +
          reminderMarker(due),
      });
      log(`reminded on #${issue.number}: ${incident.file}`);
    } else {
      log(
        `::warning file=${incident.file},line=${incident.updates[0].line},title=overdue-update::` +
          `${incident.title}: ${why}`,
      );
    }
  }
  return overdue.length;
}
