/**
 * `outpost announce [--dry-run] [--state FILE] [--timeout SECONDS] [--budget SECONDS]`: after a
 * deploy, send each update readers can now see, once, to every configured channel, in the channel's
 * language.
 *
 * Exactly once, as far as each service allows: a lock keeps two runs on one record apart (the second
 * waits, then finds nothing new); the record is written whole (a temporary file of its own, renamed)
 * after every successful send, so a cancelled run loses nothing it did; a send whose answer was lost
 * is retried next run with the same delivery id, which Mastodon, Bluesky, the webhook and mail lists
 * use to drop the copy.
 *
 * Bounded in time: channels run side by side, each send has `--timeout` seconds (its client's own
 * timeouts too), and the run stops starting sends after `--budget` seconds. A channel that fails (no
 * answer in time, an error) stops at that update, so its messages keep their order, and is retried on
 * the next run; a 429 is waited out when its Retry-After fits in the budget, and otherwise left for
 * the next run. The others go on.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import {
  channelId,
  channelMessage,
  channelSecrets,
  deliveryId,
  type AnnounceChannel,
} from '../../../core/channels/channels.ts';
import {
  AnnounceStateSchema,
  dueAnnouncements,
  emptyState,
  openState,
  recordSent,
  type Announcement,
  type AnnounceState,
} from '../../../core/announce/due.ts';
import { announcementFacts } from '../../../core/announce/facts.ts';
import { formatReport, type Problem } from '../../../core/base/problems.ts';
import { describeZodIssues, dottedPath } from '../../../core/base/zod-issues.ts';
import { defaultLocale } from '../../../core/config/languages.ts';
import type { Locale } from '../../../core/i18n/locales.ts';
import { buildSiteView, type SiteView } from '../../../core/outputs/view-model.ts';
import { loadProject } from '../../../project/project.ts';
import { RateLimited, secretsOf, SendError, senderFor, type Send } from './senders.ts';
import { now, ProblemsError, UsageError, type Io } from '../../io.ts';

export const DEFAULT_STATE_FILE = '.outpost/announced.json';
/** How long one send may take; a service that has not answered by then failed, for this run. */
export const DEFAULT_TIMEOUT_SECONDS = 20;
/** How long a run may go on sending and waiting: well inside the deploy job's ten minutes. */
export const DEFAULT_BUDGET_SECONDS = 240;
/** How often one update is tried again after a 429, within the budget. */
const RATE_LIMIT_RETRIES = 2;
/** A lock whose holder stopped touching it this long ago is stale (the holder was killed): taken over. */
const LOCK_STALE_MS = 60_000;

export async function announceCommand(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'dry-run': { type: 'boolean', default: false },
      state: { type: 'string', default: DEFAULT_STATE_FILE },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
      budget: { type: 'string', default: String(DEFAULT_BUDGET_SECONDS) },
    },
  });
  const timeoutMs = seconds(values.timeout, '--timeout') * 1000;
  const budgetMs = seconds(values.budget, '--budget') * 1000;
  const statePath = resolve(io.root, values.state);
  const shown = (path: string) => relative(io.root, path) || path;
  // What the deploy published (`outpost build --keep-going`): a broken incident as its last valid version,
  // at the clock the site was built at.
  const project = await loadProject({ root: io.root, now: now(), keepGoing: true });
  const at = project.now;
  if (!project.ok || !project.config) throw new ProblemsError(project.problems);
  const config = project.config;
  const broken = (project.fallbacks ?? []).length;
  if (broken > 0 && !values['dry-run']) {
    const files = `${broken} incident ${broken === 1 ? 'file has' : 'files have'} errors`;
    io.out(`${files}: announcing what the page shows (each as its last valid version)`);
  }
  const channels = config.announce;
  if (channels.length === 0) {
    io.out(
      'no channels to announce to: add `announce: [...]` to the outpost config ' +
        '(docs/announce.md, "Announcing updates")',
    );
    return 0;
  }
  // One view per language a channel speaks: its words, dates, links and translations.
  const views = new Map<Locale, SiteView>();
  const viewFor = (channel: AnnounceChannel): SiteView => {
    const locale = channel.locale ?? defaultLocale(config);
    let view = views.get(locale);
    if (!view) views.set(locale, (view = buildSiteView(config, project.incidents, at, locale)));
    return view;
  };
  const missingSecrets = (channel: AnnounceChannel) => secretsOf(channelSecrets(channel), env).missing;

  if (values['dry-run']) {
    const state = openState(readState(statePath, shown), [], at);
    for (const channel of channels) {
      const missing = missingSecrets(channel);
      const site = viewFor(channel);
      for (const announcement of dueAnnouncements(site, channel, state)) {
        const message = channelMessage(channel, announcementFacts(site, announcement));
        io.out(
          JSON.stringify({
            channel: channelId(channel),
            kind: channel.kind,
            update: announcement.update.id,
            ...(missing.length ? { skipped: `${missing.join(', ')} not set` } : {}),
            message,
          }),
        );
      }
    }
    return 0;
  }

  // Inside GitHub Actions, skipped and failed channels are annotations on the run.
  const actions = env.GITHUB_ACTIONS === 'true';
  const notice = (line: string) => io.out(actions ? `::notice title=outpost announce::${line}` : line);
  const warning = (line: string) => io.out(actions ? `::warning title=outpost announce::${line}` : line);
  const problem = (line: string) => io.out(actions ? `::error title=outpost announce::${line}` : line);

  // The budget starts once the project is loaded: waiting for another run, sending, waiting out a 429.
  const deadline = Date.now() + budgetMs;
  const lock = await lockRecord(statePath, deadline, shown, io);
  try {
    // A channel starts its look-back on the first run that can send to it: one whose secret is set later does not
    // replay the days between.
    const sendable = channels.filter((channel) => missingSecrets(channel).length === 0);
    let state = openState(readState(statePath, shown), sendable, at);
    writeState(statePath, state);

    // Everything slow but the network first (each language's view, what is due, loading each client), so
    // that a send's time is the service's alone; then the channels side by side.
    const plans: Plan[] = [];
    for (const channel of channels) {
      const name = channelId(channel);
      const missing = missingSecrets(channel);
      if (missing.length > 0) {
        notice(`${name}: skipped, ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set`);
        continue;
      }
      const site = viewFor(channel);
      const due = dueAnnouncements(site, channel, state);
      if (due.length === 0) io.out(`${name}: nothing new`);
      else plans.push({ channel, site, due, send: (await senderFor(channel, env)) as Send<unknown> });
    }
    const run: Run = {
      deadline,
      timeoutMs,
      lock,
      say: io.out,
      warning,
      problem,
      recordSent: (channel, announcement) => {
        state = recordSent(state, channel, announcement.update, new Date());
        writeState(statePath, state);
      },
      lockLost: (why) => `the lock on ${shown(statePath)} was lost (${why})`,
    };
    const outcomes = await Promise.all(plans.map((plan) => announceTo(plan, run)));
    return outcomes.includes('failed') ? 1 : 0;
  } finally {
    // A lock lost meanwhile has nothing left to release; the run has said so.
    await lock.release().catch(() => undefined);
  }
}

/** A channel with updates due, its language's view, and its sender, ready to send. */
interface Plan {
  channel: AnnounceChannel;
  site: SiteView;
  due: Announcement[];
  send: Send<unknown>;
}

/** What every channel's run shares: the clock's limits, the lock, the output, the record. */
interface Run {
  deadline: number;
  timeoutMs: number;
  lock: RecordLock;
  say: (line: string) => void;
  warning: (line: string) => void;
  problem: (line: string) => void;
  recordSent: (channel: AnnounceChannel, announcement: Announcement) => void;
  lockLost: (why: string) => string;
}

/**
 * One channel's run: its updates in order, each send bounded, each success recorded at once. It stops at
 * the first update that does not go through, so the channel's messages keep their order: a failure
 * (`failed`, the run exits 1), or a 429 or the end of the budget (`deferred`, left for the next run).
 */
async function announceTo({ channel, site, due, send }: Plan, run: Run): Promise<'ok' | 'failed' | 'deferred'> {
  const name = channelId(channel);
  let sent = 0;
  const left = () => `${due.length - sent} ${plural(due.length - sent)} left for the next run`;
  for (const announcement of due) {
    const message = channelMessage(channel, announcementFacts(site, announcement));
    const id = deliveryId(channel, announcement.update.id);
    for (let retries = 0; ; retries++) {
      if (run.lock.lost) {
        run.problem(`${name}: stopped, ${run.lockLost(run.lock.lost)}; ${left()}`);
        return 'failed';
      }
      const time = Math.min(run.timeoutMs, run.deadline - Date.now());
      if (time <= 0) {
        run.warning(`${name}: out of time for this run; ${left()}`);
        return 'deferred';
      }
      try {
        await within(time, (signal) => send(message, { id, at: announcement.update.at, signal, timeoutMs: time }));
        break;
      } catch (error) {
        if (!(error instanceof RateLimited)) {
          const reason = error instanceof SendError ? error.message : `unexpected error: ${withoutUrls(String(error))}`;
          run.problem(`${name}: failed to send ${announcement.update.id}: ${reason}; ${left()}`);
          return 'failed';
        }
        const wait = error.retryAfterMs;
        if (wait !== undefined && retries < RATE_LIMIT_RETRIES && Date.now() + wait + 1000 <= run.deadline) {
          run.say(`${name}: rate limited (${error.message}); trying again in ${formatSeconds(wait)}`);
          await sleep(wait);
          continue;
        }
        const asked = wait === undefined ? '' : `, asked to wait ${formatSeconds(wait)}`;
        run.warning(`${name}: rate limited (${error.message}${asked}); ${left()}`);
        return 'deferred';
      }
    }
    run.recordSent(channel, announcement);
    sent++;
  }
  run.say(`${name}: sent ${sent} ${plural(sent)}`);
  return 'ok';
}

/** An error's text without the URLs it may hold (a webhook's URL is its secret). */
function withoutUrls(text: string): string {
  return text.replace(/\b[a-z]+:\/\/\S+/gi, '<url>');
}

function seconds(text: string, flag: string): number {
  const value = Number(text);
  if (Number.isFinite(value) && value > 0) return value;
  throw new UsageError(`${flag} takes a number of seconds greater than 0, like ${flag} 20; got "${text}"`);
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function plural(count: number): string {
  return count === 1 ? 'update' : 'updates';
}

/**
 * `work` with `ms` to finish: then its signal is aborted and the send counts as failed, whether or not
 * the client heeds the signal (a late answer is ignored; its delivery id makes the retry harmless).
 */
async function within(ms: number, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new SendError(`no answer within ${formatSeconds(ms)}`);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  const attempt = work(controller.signal);
  attempt.catch(() => undefined);
  try {
    await Promise.race([attempt, expired]);
  } finally {
    clearTimeout(timer);
  }
}

interface RecordLock {
  release: () => Promise<void>;
  /** Why the lock was lost while the run held it, if it was. */
  lost?: string;
}

/**
 * The lock on the record (`<state>.lock`, proper-lockfile): one run at a time sends from it. Another
 * run's lock is waited for, up to the budget; a lock its holder stopped refreshing (a run killed) is
 * stale after a minute and taken over.
 */
async function lockRecord(
  path: string,
  deadline: number,
  shown: (path: string) => string,
  io: Io,
): Promise<RecordLock> {
  mkdirSync(dirname(path), { recursive: true });
  const lockfilePath = `${path}.lock`;
  const held: RecordLock = { release: async () => undefined };
  let waiting = false;
  for (;;) {
    try {
      held.release = await lockfile.lock(path, {
        realpath: false,
        lockfilePath,
        stale: LOCK_STALE_MS,
        update: LOCK_STALE_MS / 4,
        onCompromised: (error) => {
          held.lost = error.message;
        },
      });
      return held;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ELOCKED') throw error;
      if (Date.now() + 250 > deadline) {
        const holder = `another outpost announce is still sending from ${shown(path)}`;
        throw new UsageError(`${shown(lockfilePath)}: ${holder}; nothing was sent by this one`);
      }
      if (!waiting) io.out(`waiting for another outpost announce to finish (${shown(lockfilePath)})`);
      waiting = true;
      await sleep(250);
    }
  }
}

/**
 * The record, or an empty one when there is none yet; a record that can't be read stops the run before anything is
 * sent.
 */
function readState(path: string, shown: (path: string) => string): AnnounceState {
  const file = shown(path);
  const fail = (message: string, expected?: string): never => {
    const problem: Problem = {
      file,
      line: 0,
      column: 0,
      severity: 'error',
      rule: 'announce-state',
      message,
      expected,
      example: '{ "version": 1, "channels": {} }',
    };
    throw new UsageError(formatReport([problem]));
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return emptyState();
    return fail(
      `cannot be read (${code ?? (error as Error).message}); nothing was sent`,
      'the record written by `outpost announce`, readable by this user',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(
      `is not JSON: ${(error as Error).message}`,
      'the record written by `outpost announce`; delete the file to start afresh ' +
        '(each channel then announces only its last lookbackMinutes)',
    );
  }
  const parsed = AnnounceStateSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const [issue] = describeZodIssues(parsed.error.issues, () => ['version', 'channels']);
    return fail(
      issue.message.startsWith(dottedPath(issue.path)) ? issue.message : `${dottedPath(issue.path)}: ${issue.message}`,
      issue.expected,
    );
  }
  return parsed.data;
}

/** Written whole to a temporary file of its own and renamed: a cancelled run never leaves half a record. */
function writeState(path: string, state: AnnounceState): void {
  writeFileAtomic.sync(path, `${JSON.stringify(state, null, 2)}\n`);
}
