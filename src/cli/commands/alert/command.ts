/**
 * `outpost alert [--dry-run] <payload.json | ->`: an alert from monitoring (Alertmanager, Grafana,
 * Uptime Kuma, the generic JSON, or GitHub's `repository_dispatch` event file carrying one)
 * drafts or updates an incident as a draft pull request, per `alerts` in the site config. With
 * `--dry-run`, or without GITHUB_TOKEN and GITHUB_REPOSITORY, it prints what it would propose and
 * sends nothing.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAlertPayload } from '../../../core/alerts/payload.ts';
import { loadProject } from '../../../project/project.ts';
import { githubFromEnv } from '../../github.ts';
import { runAlerts } from './github.ts';
import { now, ProblemsError, UsageError, type Io } from '../../io.ts';

export async function alertCommand(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('usage: outpost alert [--dry-run] <payload.json | ->');
  const source = positionals[0];
  let text: string;
  try {
    text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(io.root, source), 'utf8');
  } catch (error) {
    throw new UsageError(`can't read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    io.out(`${source}: not JSON: ${(error as Error).message}; nothing was done`);
    return 1;
  }
  const parsed = parseAlertPayload(raw);
  if ('problems' in parsed) {
    io.out(
      `${source}: not an alert payload Outpost can read; nothing was done:\n` +
        parsed.problems.map((problem) => `  ${problem}`).join('\n'),
    );
    return 1;
  }
  if (parsed.note) io.out(parsed.note);
  if (parsed.alerts.length === 0) return 0;

  const at = now();
  const project = await loadProject({ root: io.root, now: at });
  if (!project.config) throw new ProblemsError(project.problems);
  const texts = new Map<string, string>();
  for (const incident of project.incidents)
    texts.set(incident.file, readFileSync(resolve(io.root, incident.file), 'utf8'));

  // With --dry-run, GitHub is still read when it can be: what the alert would update.
  const github = await githubFromEnv(env);
  const dryRun = values['dry-run']! || !github;
  if (dryRun && !values['dry-run'])
    io.out('GITHUB_TOKEN and GITHUB_REPOSITORY are not set: printing what would be proposed, sending nothing');
  const outcomes = await runAlerts(
    {
      ...github,
      config: project.config,
      now: at,
      dryRun,
      log: io.out,
      incidents: project.incidents.map((incident) => ({ incident, text: texts.get(incident.file)! })),
    },
    parsed.alerts,
  );
  if (env.GITHUB_OUTPUT && !dryRun && outcomes.some((outcome) => outcome.action.kind === 'publish'))
    appendFileSync(env.GITHUB_OUTPUT, 'published=true\n');
  return outcomes.some((outcome) => outcome.action.kind === 'invalid') ? 1 : 0;
}
