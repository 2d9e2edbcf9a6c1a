/**
 * The editing commands: new, update, resolve, stamp. Each stamps the current
 * UTC time (or OUTPOST_NOW), writes the canonical format, validates what it
 * wrote and prints the file and its web-editor address.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { didYouMean, formatProblem, formatReport, hasErrors } from '../../core/base/problems.ts';
import { parseContextFor } from '../../core/checks/validate.ts';
import { addUpdate, checkedEdit, newIncidentText, setFields, stampTimes } from '../../core/incident/edit.ts';
import type { SiteConfig } from '../../core/config/schema.ts';
import { incidentFilePath, slugFor, slugFromPath } from '../../core/incident/slug.ts';
import { formatTimestamp, parseTimestamp } from '../../core/incident/time.ts';
import { IMPACTS, INCIDENT_STATUSES, isTerminalStatus, STATUS_LABELS } from '../../core/incident/vocabulary.ts';
import { statusesFor } from '../../core/incident/vocabulary.ts';
import type { Impact, UpdateStatus } from '../../core/incident/vocabulary.ts';
import { parseIncident } from '../../core/incident/parse.ts';
import { isResolvedAt } from '../../core/state/status.ts';
import { componentNames, fillTemplate, findTemplate, TEMPLATE_NAMES } from '../../core/ops/templates.ts';
import { defaultLocale, stringOverrides } from '../../core/config/languages.ts';
import { translator } from '../../core/i18n/translate.ts';
import { readIncidentFiles } from '../../project/files.ts';
import { gitLineTimes, githubEditUrl } from '../../project/git.ts';
import { loadProject } from '../../project/project.ts';
import { need, now, siteConfig, statusFrom, UsageError, type Io } from '../io.ts';

/**
 * Writes an incident file only if its new text validates (in memory, as the build will read it);
 * otherwise prints the problems and leaves the disk as it was. Then reports warnings and where
 * to edit the file on GitHub.
 */
async function writeIncident(io: Io, config: SiteConfig, path: string, text: string, at: Date): Promise<number> {
  const checked = checkedEdit(text, parseContextFor(config, path, at, gitLineTimes(io.root, path)));
  if (checked.problems) {
    io.out(formatReport(checked.problems));
    io.out(`nothing was written: ${path} would not be valid`);
    return 1;
  }
  mkdirSync(dirname(join(io.root, path)), { recursive: true });
  writeFileSync(join(io.root, path), checked.text);
  const result = await loadProject({ root: io.root, now: at, paths: [path] });
  if (result.problems.length > 0) io.out(formatReport(result.problems));
  // A warning about the title comes back with every update until the title changes: say how.
  if (result.problems.some((problem) => problem.rule === 'cause-not-impact')) {
    io.out(`to change the title: outpost update ${slugFromPath(path)} --title "What customers experience"`);
  }
  io.out(`wrote ${path}`);
  const url = githubEditUrl(io.root, path);
  if (url) io.out(`edit on GitHub: ${url}`);
  return hasErrors(result.problems) ? 1 : 0;
}

export async function newCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      title: { type: 'string' },
      impact: { type: 'string' },
      component: { type: 'string', multiple: true },
      message: { type: 'string' },
      status: { type: 'string' },
      template: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
    },
  });
  const config = await siteConfig(io.root);
  const i18n = translator(defaultLocale(config), stringOverrides(config, defaultLocale(config)));
  const template = values.template === undefined ? undefined : findTemplate(values.template, i18n);
  if (values.template !== undefined && !template)
    throw new UsageError(
      `"${values.template}" is not a template${didYouMean(values.template, TEMPLATE_NAMES)}; ` +
        '`outpost templates` lists them',
    );
  const known = config.components.map((component) => component.id);
  let components = values.component ?? [];
  if (components.length === 0 && io.ask)
    components = (await io.ask(`Components, separated by spaces (${known.join(', ')}):`))
      .split(/[\s,]+/)
      .filter(Boolean);
  for (const id of components)
    if (!known.includes(id))
      throw new UsageError(`"${id}" is not a component${didYouMean(id, known)}; use one of: ${known.join(', ')}`);
  const at = now();
  const names = componentNames(
    components.map((id) => config.components.find((component) => component.id === id)!.name),
    i18n,
  );
  const fill = (text: string) =>
    fillTemplate(text, {
      components: names,
      next: formatTimestamp(new Date(at.getTime() + config.updateCadenceMinutes * 60_000)).slice(11),
      link: '',
    }).replace(/[:\s]+$/, '');
  const title = await need(
    io,
    values.title ?? (template && fill(template.title)),
    'title',
    'Title (what customers experience):',
  );
  const impactText = await need(io, values.impact ?? template?.impact, 'impact', `Impact (${IMPACTS.join(', ')}):`);
  if (!(IMPACTS as readonly string[]).includes(impactText))
    throw new UsageError(
      `"${impactText}" is not an impact${didYouMean(impactText, IMPACTS)}; use one of: ${IMPACTS.join(', ')}`,
    );
  const message = await need(
    io,
    values.message ?? (template && fill(template.page)),
    'message',
    'First message (impact, workaround, next update):',
  );
  const maintenance = template?.status === 'scheduled';
  const status = statusFrom(
    values.status ?? template?.status ?? 'investigating',
    maintenance ? ['scheduled'] : INCIDENT_STATUSES,
  );
  let scheduled: { start: Date; end: Date } | undefined;
  if (maintenance) {
    const start = parseTimestamp(await need(io, values.start, 'start', 'Window start (2026-11-29 02:00 UTC):'));
    const end = parseTimestamp(await need(io, values.end, 'end', 'Window end (2026-11-29 03:00 UTC):'));
    if (!start.ok || !end.ok)
      throw new UsageError('--start and --end need times with a zone, like "2026-11-29 02:00 UTC"');
    scheduled = { start: start.date, end: end.date };
  }
  const slug = slugFor(title, at);
  const path = incidentFilePath(config.incidentsDir, slug);
  if (existsSync(join(io.root, path))) throw new UsageError(`${path} exists already; use \`outpost update ${slug}\``);
  const text = newIncidentText({
    title,
    type: maintenance ? 'maintenance' : 'incident',
    impact: maintenance ? undefined : (impactText as Impact),
    components,
    status,
    message,
    at,
    scheduled,
  });
  return writeIncident(io, config, path, text, at);
}

/** The incident file a command names, read, with what the site would make of it now. */
async function incidentFile(io: Io, slugArg: string | undefined, at: Date) {
  const config = await siteConfig(io.root);
  const slug = await need(io, slugArg, 'slug', 'Incident (file name without .md):');
  const path = incidentFilePath(config.incidentsDir, slugFromPath(slug));
  if (!existsSync(join(io.root, path))) {
    const slugs = readIncidentFiles(io.root, [config.incidentsDir], { named: false }).files.map((file) =>
      slugFromPath(file.path),
    );
    throw new UsageError(`there is no ${path}${didYouMean(slug, slugs)}`);
  }
  const text = readFileSync(join(io.root, path), 'utf8');
  const { incident } = parseIncident(text, parseContextFor(config, path, at, gitLineTimes(io.root, path)));
  return { config, slug: slugFromPath(slug), path, text, incident };
}

/** Resolving what is resolved would publish a second all-clear: refused, with what to do instead. */
function refuseIfResolved(file: Awaited<ReturnType<typeof incidentFile>>, status: UpdateStatus, at: Date): void {
  if (!isTerminalStatus(status) || !file.incident || !isResolvedAt(file.incident, at)) return;
  const done = file.incident.updates.find((update) => isTerminalStatus(update.status));
  const word = file.incident.type === 'maintenance' ? 'completed' : 'resolved';
  const where = done
    ? ` (## ${STATUS_LABELS[done.status]} · ${formatTimestamp(done.at)}, line ${done.line})`
    : ' (its window has ended)';
  const instead = `outpost update ${file.slug} --status update --message "…"`;
  throw new UsageError(`${file.path} is already ${word}${where}; nothing was written. To add to it: ${instead}`);
}

/** `outpost update SLUG [--status S --message M] [--title T]`: an update at the top, a new title, or both. */
export async function updateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { status: { type: 'string' }, message: { type: 'string' }, title: { type: 'string' } },
  });
  const at = now();
  const file = await incidentFile(io, positionals[0], at);
  let text = file.text;
  if (values.title !== undefined) {
    if (values.title.trim() === '') throw new UsageError('--title needs the new title');
    text = setFields(text, { title: values.title }, defaultLocale(file.config));
  }
  // A new title alone is a whole edit; otherwise an update, asked for on a terminal.
  if (values.title === undefined || values.status !== undefined || values.message !== undefined) {
    const allowed = statusesFor(file.incident?.type ?? 'incident');
    const question = `Status (${allowed.map((status) => STATUS_LABELS[status]).join(', ')}):`;
    const status = statusFrom(await need(io, values.status, 'status', question), allowed);
    refuseIfResolved(file, status, at);
    const message = await need(io, values.message, 'message', 'Message:');
    text = addUpdate(text, { status, at, message });
  }
  return writeIncident(io, file.config, file.path, text, at);
}

/** `outpost resolve SLUG --message M`: the all-clear (Completed, for maintenance), once. */
export async function resolveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { message: { type: 'string' } } });
  const at = now();
  const file = await incidentFile(io, positionals[0], at);
  const status: UpdateStatus = file.incident?.type === 'maintenance' ? 'completed' : 'resolved';
  refuseIfResolved(file, status, at);
  const message = await need(
    io,
    values.message,
    'message',
    'All-clear message (what works again, what customers should do):',
  );
  return writeIncident(io, file.config, file.path, addUpdate(file.text, { status, at, message }), at);
}

/** `outpost stamp [PATHS]`: writes commit times into update headings written without one. */
export async function stampCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const config = await siteConfig(io.root);
  let failed = 0;
  const at = now();
  const named = positionals.length > 0;
  const read = readIncidentFiles(io.root, named ? positionals : [config.incidentsDir], { named });
  if (read.problems.length > 0) io.out(formatReport(read.problems));
  failed += read.problems.length;
  for (const file of read.files) {
    const times = gitLineTimes(io.root, file.path);
    const result = stampTimes(file.text, times);
    if (result.stamped.length > 0) {
      const checked = checkedEdit(result.text, parseContextFor(config, file.path, at, times));
      if (checked.problems) {
        // Stamping only writes times the validator already took from Git; if the file is wrong, it stays as it is.
        io.out(formatReport(checked.problems));
        failed++;
        continue;
      }
      writeFileSync(join(io.root, file.path), checked.text);
      io.out(`stamped ${file.path}: line ${result.stamped.join(', ')}`);
    }
    for (const line of result.unknown) {
      failed++;
      io.out(
        formatProblem({
          file: file.path,
          line,
          column: 1,
          severity: 'error',
          rule: 'missing-time',
          message: 'no commit time is known for this heading (not committed yet, or a shallow clone)',
          expected: 'commit it first, or write the time with its zone',
          example: '## Monitoring · 2026-11-22 18:05 UTC',
        }),
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

export const editCommands = { new: newCommand, update: updateCommand, resolve: resolveCommand, stamp: stampCommand };
