/**
 * `outpost build [--keep-going]`: validate, then build the site with Astro.
 *
 * Strict by default, like `npm run build`: any error, and nothing is built.
 * `--keep-going` is the deploy's build: an incident file with errors is
 * published as its newest committed version that was valid (or left out if
 * none was), every other incident is current, the problems are reported (as
 * annotations inside GitHub Actions, and in the job summary), and the exit
 * status says what happened once the site is written:
 *
 *   0  built, no problems           1  nothing deployable (config broken, build failed)
 *   3  built with problems: PUBLISHED_WITH_PROBLEMS
 *
 * Inside GitHub Actions the job summary also carries the team's texts (post,
 * email, support recap) of each incident with an update new on the page: new
 * since the last build whose record the workflow's cache kept
 * (TEAM_TEXTS_RECORD), or within the last hour when there is none.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, hasErrors, sortProblems, type ProblemFormat } from '../../core/base/problems.ts';
import { githubRepository } from '../../project/git.ts';
import { describeFallback, loadProject, type Fallback } from '../../project/project.ts';
import type { Problem } from '../../core/base/problems.ts';
import type { SiteConfig } from '../../core/config/schema.ts';
import type { Incident } from '../../core/incident/model.ts';
import { teamSummaryMarkdown } from '../../core/outputs/share.ts';
import { buildSiteView } from '../../core/outputs/view-model.ts';
import { now as clock, UsageError, type Io } from '../io.ts';

export const PUBLISHED_WITH_PROBLEMS = 3;

/** Runs `astro build` in a child process (Astro's own CLI from this install), with extra environment. */
export function runAstroBuild(root: string, env: NodeJS.ProcessEnv = {}): number {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  // Astro's process keeps what Node compiled too, where this one does (bin/outpost.js turns it on).
  // Node 22.1 and later; older Node (as `outpost init` may run on) has none to hand on.
  const compileCache = (nodeModule as Partial<typeof nodeModule>).getCompileCacheDir?.();
  const cache = compileCache && !process.env.NODE_COMPILE_CACHE ? { NODE_COMPILE_CACHE: compileCache } : {};
  const build = spawnSync(process.execPath, [astro, 'build', '--root', root], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...cache, ...env },
  });
  return build.status ?? 1;
}

/**
 * What the deploy workflow hands to `outpost build-issue`: the problems, what was published instead, and the commit.
 */
export interface BuildReport {
  commit?: string;
  problems: Problem[];
  fallbacks: Fallback[];
  /**
   * Warnings only the clock decides (an incident quiet for days, a missed "next update"): for the team, never blocking.
   */
  attention?: Problem[];
}

export async function buildCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'keep-going': { type: 'boolean', default: false },
      format: { type: 'string' },
      report: { type: 'string' },
    },
  });
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ProblemFormat;
  if (format !== 'text' && format !== 'github')
    throw new UsageError(`--format must be text or github, not "${format}"`);
  const keepGoing = values['keep-going'];
  const now = clock(format);
  const project = await loadProject({ root: io.root, now, keepGoing });
  if (project.problems.length > 0) io.out(formatReport(project.problems, format));
  const fallbacks = project.fallbacks ?? [];
  for (const fallback of fallbacks) io.out(describeFallback(fallback));
  const report: BuildReport = {
    commit: process.env.GITHUB_SHA,
    problems: sortProblems(project.problems.filter((candidate) => candidate.severity === 'error')),
    fallbacks,
    attention: sortProblems(
      project.problems.filter((candidate) => candidate.severity !== 'error' && CLOCK_WARNINGS.has(candidate.rule)),
    ),
  };
  if (values.report) {
    mkdirSync(dirname(join(io.root, values.report)), { recursive: true });
    writeFileSync(join(io.root, values.report), `${JSON.stringify(report, null, 2)}\n`);
  }
  if (!project.ok || !project.config) {
    io.out(
      keepGoing
        ? 'nothing was built: the site config or the project as a whole has errors'
        : 'nothing was built (with --keep-going, the deploy publishes what it can)',
    );
    writeSummary(report, false, io.root);
    return 1;
  }
  // The same clock for the build as for this check, so both decide alike; the report above is not printed again.
  const status = runAstroBuild(io.root, {
    OUTPOST_NOW: now.toISOString(),
    OUTPOST_REPORTED: '1',
    ...(keepGoing ? { OUTPOST_KEEP_GOING: '1' } : {}),
  });
  if (status !== 0) {
    io.out('the build failed; nothing was written');
    writeSummary(report, false, io.root);
    return 1;
  }
  const withProblems = hasErrors(project.problems);
  writeSummary(report, true, io.root);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) writeTeamTexts(io.root, project.config, project.incidents, now, summary);
  if (withProblems)
    io.out(`the site was built with problems (exit ${PUBLISHED_WITH_PROBLEMS}): fix them and push again`);
  return withProblems ? PUBLISHED_WITH_PROBLEMS : 0;
}

/** The job summary of a GitHub Actions run (GITHUB_STEP_SUMMARY), in Markdown. */
function writeSummary(report: BuildReport, built: boolean, root: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const repository = githubRepository(root);
  const heading = built
    ? report.problems.length
      ? '## The status page was published with problems'
      : '## The status page was published'
    : '## The status page was not built';
  appendFileSync(
    file,
    `${[heading, ...reportLines(report, repository), ...attentionLines(report.attention ?? [])].join('\n')}\n`,
  );
}

/** The rules only the clock decides: they never stop a build, so the team reads them here. */
const CLOCK_WARNINGS = new Set(['missing-resolved', 'stale']);

/** Open incidents waiting for an update, for the job summary: the page still shows them, and says how long ago. */
function attentionLines(attention: readonly Problem[]): string[] {
  if (attention.length === 0) return [];
  return [
    '',
    '### Waiting for an update (the page still shows these as open)',
    ...attention.map((problem) => `- \`${problem.file}:${problem.line}\`: ${markdownText(problem.message)}`),
  ];
}

/**
 * A report as a Markdown list: each problem at its file:line (linked
 * at the commit on GitHub), then what was published instead.
 */
export function reportLines(report: BuildReport, repository: string | undefined): string[] {
  const lines = report.problems.map((problem) => {
    const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
    const link =
      repository && report.commit && problem.line
        ? `https://github.com/${repository}/blob/${report.commit}/${problem.file}#L${problem.line}`
        : undefined;
    return `- ${link ? `[${where}](${link})` : `\`${where}\``}: ${markdownText(problem.message)} (\`${problem.rule}\`)`;
  });
  return [...lines, ...report.fallbacks.map((fallback) => `- ${markdownText(describeFallback(fallback))}`)];
}

/** User text in Markdown: one line, no markup. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#!]/g, (char) => `\\${char}`);
}

/** Where the build records which updates the team has had texts for; the deploy workflow caches this folder. */
export const TEAM_TEXTS_RECORD = 'node_modules/.cache/outpost/team-texts.json';
/** Without a record (a first deploy, a lost cache): only updates this recent are news. */
const FRESH_MS = 60 * 60_000;

/**
 * Appends the team's texts for each incident with an update new on the page to the job summary, and
 * records every visible update as done. Returns the Markdown written, if any.
 */
export function writeTeamTexts(
  root: string,
  config: SiteConfig,
  incidents: readonly Incident[],
  now: Date,
  summaryFile: string,
): string | undefined {
  const recordFile = join(root, TEAM_TEXTS_RECORD);
  let seen: Set<string> | undefined;
  try {
    if (existsSync(recordFile)) {
      seen = new Set((JSON.parse(readFileSync(recordFile, 'utf8')) as { updates: string[] }).updates);
    }
  } catch {
    // A damaged record: as without one.
  }
  const site = buildSiteView(config, incidents, now);
  const isNew = (update: { id: string; at: Date }) =>
    seen ? !seen.has(update.id) : now.getTime() - update.at.getTime() <= FRESH_MS;
  const markdown = teamSummaryMarkdown(site, isNew);
  if (markdown) appendFileSync(summaryFile, `${markdown}\n`);
  const visible = site.incidents.flatMap((incident) =>
    incident.updates.filter((update) => update.at <= now).map((update) => update.id),
  );
  mkdirSync(dirname(recordFile), { recursive: true });
  writeFileSync(recordFile, `${JSON.stringify({ updates: visible.sort() })}\n`);
  return markdown;
}
