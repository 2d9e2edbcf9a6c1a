/**
 * Alerts on GitHub: the thin octokit layer around `planAlert`. It reads what the plan needs (the
 * alert's open draft pull request and its file, the issues of open incidents) and carries the
 * plan out. The payload reaches it as a file (GitHub's event file in the workflow), never
 * through a shell command.
 *
 * REST endpoints used: pulls (list, create, update), git refs (get, create), contents (get,
 * create or update, on a branch), issues and issue comments (list, create), commits (list by
 * path) and commit comments (list, create).
 */
import type { Octokit } from 'octokit';
import {
  alertBranch,
  alertOf,
  planAlert,
  pullRequestState,
  type AlertAction,
  type OpenIncident,
} from '../../../core/alerts/plan.ts';
import type { Alert } from '../../../core/alerts/payload.ts';
import type { SiteConfig } from '../../../core/config/schema.ts';
import type { Incident } from '../../../core/incident/model.ts';
import { INCIDENT_LABEL, pathFromMarker } from '../../../core/ops/issue-ops.ts';
import { isResolvedAt } from '../../../core/state/status.ts';

export interface AlertRun {
  octokit?: Octokit;
  owner?: string;
  repo?: string;
  config: SiteConfig;
  now: Date;
  /** The site's incidents and their texts, as the default branch has them (the checkout). */
  incidents: readonly { incident: Incident; text: string }[];
  /** Plans only: reads GitHub when it can, writes nothing. */
  dryRun: boolean;
  log: (line: string) => void;
}

export interface AlertOutcome {
  alert: Alert;
  action: AlertAction;
  /** The pull request opened or updated, or the comment's target. */
  where?: string;
}

async function defaultBranch(run: AlertRun): Promise<string> {
  const { data } = await run.octokit!.rest.repos.get({ owner: run.owner!, repo: run.repo! });
  return data.default_branch;
}

async function fileOn(run: AlertRun, path: string, ref: string): Promise<{ text: string; sha: string } | undefined> {
  try {
    const { data } = await run.octokit!.rest.repos.getContent({ owner: run.owner!, repo: run.repo!, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

async function openPull(run: AlertRun, branch: string) {
  const pulls = await run.octokit!.paginate(run.octokit!.rest.pulls.list, {
    owner: run.owner!,
    repo: run.repo!,
    state: 'open',
    head: `${run.owner}:${branch}`,
    per_page: 100,
  });
  return pulls.find((pull) => pull.head.ref === branch);
}

/** Open incidents, each with the issue that opened it (issue-ops' marker), if any. */
async function openIncidents(run: AlertRun): Promise<OpenIncident[]> {
  const open = run.incidents
    .filter(({ incident }) => incident.type === 'incident' && !isResolvedAt(incident, run.now))
    .map(({ incident, text }) => ({ path: incident.file, text, incident }) as OpenIncident);
  if (!run.octokit || open.every((entry) => alertOf(entry.text))) return open;
  const issues = await run.octokit.paginate(run.octokit.rest.issues.listForRepo, {
    owner: run.owner!,
    repo: run.repo!,
    labels: INCIDENT_LABEL,
    state: 'open',
    per_page: 100,
  });
  for (const issue of issues) {
    const comments = await run.octokit.paginate(run.octokit.rest.issues.listComments, {
      owner: run.owner!,
      repo: run.repo!,
      issue_number: issue.number,
      per_page: 100,
    });
    const path = comments
      .filter((comment) => comment.user?.type === 'Bot')
      .map((comment) => pathFromMarker(comment.body ?? ''))
      .find(Boolean);
    const entry = open.find((candidate) => candidate.path === path);
    if (entry) entry.issue = issue.number;
  }
  return open;
}

function describe(action: AlertAction): string {
  switch (action.kind) {
    case 'open-pr':
      return (
        `open a draft pull request "${action.title}" from ${action.branch}, writing ${action.path}:\n` +
        `${action.text}`
      );
    case 'update-pr':
      return (
        `update pull request #${action.number}` +
        `${action.file ? `, writing ${action.file.path}:\n${action.file.text}` : ' (its description: seen again)'}` +
        `${action.comment ? `\nand comment: ${action.comment}` : ''}`
      );
    case 'publish':
      return `publish ${action.path} on the default branch (alerts.autoPublish):\n${action.text}`;
    case 'comment':
      return (
        `comment on ${'issue' in action.on ? `issue #${action.on.issue}` : `the last commit of ${action.on.path}`}:\n` +
        `${action.body}`
      );
    case 'none':
      return `nothing: ${action.reason}`;
    case 'invalid':
      return `nothing, because ${action.reason}`;
  }
}

/** Plans (and, unless a dry run, carries out) what each alert does. */
export async function runAlerts(run: AlertRun, alerts: readonly Alert[]): Promise<AlertOutcome[]> {
  const connected = Boolean(run.octokit && run.owner && run.repo);
  const base = connected ? await defaultBranch(run) : 'main';
  const outcomes: AlertOutcome[] = [];
  const paths = new Set(run.incidents.map(({ incident }) => incident.file));
  for (const alert of alerts) {
    const incidents = await openIncidents(run);
    let pullRequest:
      { number: number; body: string; branch: string; file?: { path: string; text: string } } | undefined;
    if (connected) {
      const pull = await openPull(run, alertBranch(alert.fingerprint));
      if (pull) {
        const state = pullRequestState(pull.body ?? '');
        const file = state ? await fileOn(run, state.path, pull.head.ref) : undefined;
        pullRequest = {
          number: pull.number,
          body: pull.body ?? '',
          branch: pull.head.ref,
          file: state && file ? { path: state.path, text: file.text } : undefined,
        };
      }
    }
    const action = planAlert({
      alert,
      config: run.config,
      now: run.now,
      openIncidents: incidents,
      pullRequest,
      pathTaken: (path) => paths.has(path),
    });
    run.log(`${run.dryRun ? 'would ' : ''}${alert.status} ${alert.name} (${alert.fingerprint}): ${describe(action)}`);
    const outcome: AlertOutcome = { alert, action };
    outcomes.push(outcome);
    if (run.dryRun || !connected || action.kind === 'none' || action.kind === 'invalid') continue;
    outcome.where = await carryOut(run, base, action);
    if (action.kind === 'publish' || action.kind === 'open-pr') paths.add(action.path);
  }
  return outcomes;
}

async function carryOut(
  run: AlertRun,
  base: string,
  action: Exclude<AlertAction, { kind: 'none' | 'invalid' }>,
): Promise<string> {
  const octokit = run.octokit!;
  const repo = { owner: run.owner!, repo: run.repo! };
  const write = async (path: string, text: string, message: string, branch: string) => {
    const current = await fileOn(run, path, branch);
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      message,
      branch,
      content: Buffer.from(text, 'utf8').toString('base64'),
      ...(current ? { sha: current.sha } : {}),
    });
  };
  switch (action.kind) {
    case 'open-pr': {
      const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
      try {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${action.branch}`, sha: ref.object.sha });
      } catch (error) {
        // A branch left from a closed draft: the new draft starts from it (its file is written again below).
        if ((error as { status?: number }).status !== 422) throw error;
      }
      await write(action.path, action.text, action.commitMessage, action.branch);
      const { data: pull } = await octokit.rest.pulls.create({
        ...repo,
        title: action.title,
        head: action.branch,
        base,
        body: action.body,
        draft: true,
      });
      run.log(`opened draft pull request #${pull.number}`);
      return `#${pull.number}`;
    }
    case 'update-pr': {
      if (action.file) await write(action.file.path, action.file.text, action.file.commitMessage, action.branch);
      await octokit.rest.pulls.update({ ...repo, pull_number: action.number, body: action.body });
      if (action.comment)
        await octokit.rest.issues.createComment({ ...repo, issue_number: action.number, body: action.comment });
      run.log(`updated pull request #${action.number}`);
      return `#${action.number}`;
    }
    case 'publish':
      await write(action.path, action.text, action.commitMessage, base);
      run.log(`published ${action.path}`);
      return action.path;
    case 'comment': {
      if ('issue' in action.on) {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: action.on.issue,
          per_page: 100,
        });
        if (!comments.some((comment) => comment.body?.includes(action.marker)))
          await octokit.rest.issues.createComment({ ...repo, issue_number: action.on.issue, body: action.body });
        run.log(`commented on issue #${action.on.issue}`);
        return `issue #${action.on.issue}`;
      }
      const [commit] = (await octokit.rest.repos.listCommits({ ...repo, path: action.on.path, sha: base, per_page: 1 }))
        .data;
      if (!commit) return action.on.path;
      const comments = await octokit.paginate(octokit.rest.repos.listCommentsForCommit, {
        ...repo,
        commit_sha: commit.sha,
        per_page: 100,
      });
      if (!comments.some((comment) => comment.body.includes(action.marker)))
        await octokit.rest.repos.createCommitComment({ ...repo, commit_sha: commit.sha, body: action.body });
      run.log(`commented on commit ${commit.sha.slice(0, 12)} of ${action.on.path}`);
      return `commit ${commit.sha}`;
    }
  }
}
