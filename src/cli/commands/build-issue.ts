/**
 * `outpost build-issue --report FILE`: after the deploy, keeps one issue
 * "The status page published with problems" in step with the last build's
 * report (from `outpost build --keep-going --report FILE`): opened, or
 * commented on, while a deploy publishes with problems; closed by the next
 * clean one. Needs GITHUB_TOKEN and GITHUB_REPOSITORY (Actions sets both).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Octokit } from 'octokit';
import { githubFromEnv } from '../github.ts';
import { UsageError, type Io } from '../io.ts';
import { reportLines, type BuildReport } from './build.ts';

export const PUBLISH_LABEL = 'status-page-problems';
export const PUBLISH_TITLE = 'The status page published with problems';
const reportMarker = (commit: string) => `<!-- outpost:published ${commit} -->`;

export interface BuildIssueOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  report: BuildReport;
  log: (line: string) => void;
}

/**
 * The issue's text for a report: each problem with its file:line
 * (linked at the commit), and what was published instead.
 */
export function problemsBody(report: BuildReport, repository: string): string {
  const commit = report.commit ?? 'unknown';
  const lines = [
    `The deploy of commit ${commit.slice(0, 12)} published the status page, but some incident files have errors. ` +
      'Until they are fixed, each is shown as its last valid version (or left out). ' +
      'Fix them and push; the next clean deploy closes this issue.',
    '',
  ];
  lines.push(...reportLines(report, repository), '', reportMarker(commit));
  return lines.join('\n');
}

export async function syncBuildIssue({
  octokit,
  owner,
  repo,
  report,
  log,
}: BuildIssueOptions): Promise<'opened' | 'commented' | 'closed' | 'unchanged'> {
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: PUBLISH_LABEL,
    state: 'open',
    per_page: 100,
  });
  const issue = open.find((candidate) => candidate.title === PUBLISH_TITLE && !candidate.pull_request);
  if (report.problems.length === 0) {
    if (!issue) return 'unchanged';
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body:
        `The deploy of commit ${(report.commit ?? 'unknown').slice(0, 12)} ` +
        'published every incident without problems. Closing.',
    });
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed',
    });
    log(`closed #${issue.number}`);
    return 'closed';
  }
  const body = problemsBody(report, `${owner}/${repo}`);
  if (!issue) {
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: PUBLISH_TITLE,
      body,
      labels: [PUBLISH_LABEL],
    });
    log(`opened #${data.number}`);
    return 'opened';
  }
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue.number,
    per_page: 100,
  });
  const marker = reportMarker(report.commit ?? 'unknown');
  if ((issue.body ?? '').includes(marker) || comments.some((comment) => (comment.body ?? '').includes(marker)))
    return 'unchanged';
  await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body });
  log(`commented on #${issue.number}`);
  return 'commented';
}

export async function buildIssueCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { report: { type: 'string' } } });
  if (!values.report)
    throw new UsageError('--report FILE is needed (written by `outpost build --keep-going --report FILE`)');
  const github = await githubFromEnv(process.env);
  if (!github) throw new UsageError('GITHUB_TOKEN and GITHUB_REPOSITORY are needed (GitHub Actions sets them)');
  const report = JSON.parse(readFileSync(join(io.root, values.report), 'utf8')) as BuildReport;
  const outcome = await syncBuildIssue({ ...github, report, log: io.out });
  io.out(`issue "${PUBLISH_TITLE}": ${outcome}`);
  return 0;
}
