/**
 * `outpost announce [--dry-run] [--state FILE]`: after a deploy, send each
 * update readers can now see, once, to every configured channel. The state
 * file records what each channel was sent and is written after every
 * successful send, so a cancelled run loses nothing it did. A channel that
 * fails stops at that update (later ones wait, to keep the order) and is
 * retried on the next run; the others go on.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AnnounceStateSchema, dueAnnouncements, emptyState, openState, recordSent, type AnnounceState } from '../../core/announce/due.ts';
import { channelMessage } from '../../core/announce/messages.ts';
import { formatReport, type Problem } from '../../core/checks/problems.ts';
import { describeZodIssues, dottedPath } from '../../core/checks/zod-issues.ts';
import { channelId, channelSecrets } from '../../core/config/announce-schema.ts';
import { buildSiteView } from '../../core/outputs/view-model.ts';
import { loadProject } from '../../project/project.ts';
import { secretsOf, SendError, senderFor } from '../announce-senders.ts';
import { now, UsageError, type Io } from '../io.ts';

export const DEFAULT_STATE_FILE = '.outpost/announced.json';

export async function announceCommand(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean', default: false }, state: { type: 'string', default: DEFAULT_STATE_FILE } } });
  const statePath = resolve(io.root, values.state);
  // What the deploy published (`outpost build --keep-going`): a broken incident as its last valid version,
  // at the clock the site was built at.
  const project = await loadProject({ root: io.root, now: now(), keepGoing: true });
  const at = project.now;
  if (!project.ok || !project.config) throw new UsageError(formatReport(project.problems));
  const broken = (project.fallbacks ?? []).length;
  if (broken > 0 && !values['dry-run']) io.out(`${broken} incident ${broken === 1 ? 'file has' : 'files have'} errors: announcing what the page shows (each as its last valid version)`);
  const channels = project.config.announce;
  if (channels.length === 0) {
    io.out('no channels to announce to: add `announce: [...]` to the outpost config (README, "Announcing updates")');
    return 0;
  }
  const site = buildSiteView(project.config, project.incidents, at);
  // A channel starts its look-back on the first run that can send to it: one whose secret is set later does not replay the days between.
  const ready = channels.filter((channel) => secretsOf(channelSecrets(channel), env).missing.length === 0);
  let state = openState(readState(statePath, io.root), values['dry-run'] ? [] : ready, at);

  if (values['dry-run']) {
    for (const channel of channels) {
      const { missing } = secretsOf(channelSecrets(channel), env);
      for (const announcement of dueAnnouncements(site, channel, state)) {
        const message = channelMessage(site, channel, announcement);
        io.out(JSON.stringify({ channel: channelId(channel), kind: channel.kind, update: announcement.update.id, ...(missing.length ? { skipped: `${missing.join(', ')} not set` } : {}), message: message.body }));
      }
    }
    return 0;
  }

  // Inside GitHub Actions, skipped and failed channels are annotations on the run.
  const actions = env.GITHUB_ACTIONS === 'true';
  const notice = (line: string) => io.out(actions ? `::notice title=outpost announce::${line}` : line);
  const problem = (line: string) => io.out(actions ? `::error title=outpost announce::${line}` : line);
  writeState(statePath, state);
  let failed = 0;
  for (const channel of channels) {
    const name = channelId(channel);
    const due = dueAnnouncements(site, channel, state);
    const { missing } = secretsOf(channelSecrets(channel), env);
    if (missing.length > 0) {
      notice(`${name}: skipped, ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set`);
      continue;
    }
    if (due.length === 0) {
      io.out(`${name}: nothing new`);
      continue;
    }
    const send = senderFor(channel, env);
    let sent = 0;
    for (const announcement of due) {
      try {
        await send(channelMessage(site, channel, announcement), announcement.update.id);
      } catch (error) {
        if (!(error instanceof SendError)) throw error;
        failed++;
        problem(`${name}: failed to send ${announcement.update.id}: ${error.message}; ${due.length - sent} ${plural(due.length - sent)} left for the next run`);
        break;
      }
      state = recordSent(state, channel, announcement.update, new Date());
      writeState(statePath, state);
      sent++;
    }
    if (sent === due.length) io.out(`${name}: sent ${sent} ${plural(sent)}`);
  }
  return failed > 0 ? 1 : 0;
}

function plural(count: number): string {
  return count === 1 ? 'update' : 'updates';
}

function readState(path: string, root: string): AnnounceState {
  if (!existsSync(path)) return emptyState();
  const file = relative(root, path) || path;
  const fail = (message: string, expected?: string): never => {
    const problem: Problem = { file, line: 0, column: 0, severity: 'error', rule: 'announce-state', message, expected, example: '{ "version": 1, "channels": {} }' };
    throw new UsageError(formatReport([problem]));
  };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`is not JSON: ${(error as Error).message}`, 'the record written by `outpost announce`; delete the file to start afresh (each channel then announces only its last lookbackMinutes)');
  }
  const parsed = AnnounceStateSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const [issue] = describeZodIssues(parsed.error.issues, () => ['version', 'channels']);
    return fail(issue.message.startsWith(dottedPath(issue.path)) ? issue.message : `${dottedPath(issue.path)}: ${issue.message}`, issue.expected);
  }
  return parsed.data;
}

/** Written whole to a temporary file and renamed: a cancelled run never leaves half a record. */
function writeState(path: string, state: AnnounceState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}
