/**
 * The editing commands of `outpost`: new, update, resolve, stamp. Each
 * stamps the current UTC time (or OUTPOST_NOW), writes the canonical format,
 * validates what it wrote and prints the file and its web-editor address.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { addUpdate, newIncidentText, stampTimes } from '../core/incident/edit.ts';
import { incidentFilePath, slugFor, slugFromPath } from '../core/incident/slug.ts';
import { issueFormYaml } from '../core/ops/issue-ops.ts';
import { shareTexts } from '../core/outputs/share.ts';
import { fillTemplate, findTemplate, TEMPLATES } from '../core/ops/templates.ts';
import { formatTimestamp, parseTimestamp } from '../core/incident/time.ts';
import { buildSiteView } from '../core/outputs/view-model.ts';
import { formatReport, hasErrors } from '../core/checks/problems.ts';
import { IMPACTS, INCIDENT_STATUSES, STATUS_LABELS, statusFromWord, UPDATE_STATUSES, type Impact, type UpdateStatus } from '../core/incident/vocabulary.ts';
import { didYouMean } from '../core/checks/problems.ts';
import { CONFIG_FILE, gitLineTimes, githubEditUrl, loadProject, readIncidentFiles, readSiteConfig, resolveNow } from '../project/project.ts';

export class UsageError extends Error {}

interface Io {
  root: string;
  out: (line: string) => void;
  /** Asks on a terminal; undefined when there is none. */
  ask?: (question: string) => Promise<string>;
}

export function terminalIo(root: string): Io {
  const io: Io = { root, out: (line) => console.log(line) };
  if (process.stdin.isTTY && process.stdout.isTTY) {
    io.ask = async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return (await rl.question(`${question} `)).trim();
      } finally {
        rl.close();
      }
    };
  }
  return io;
}

async function siteConfig(root: string) {
  const { config, problems } = await readSiteConfig(root);
  if (!config) throw new UsageError(formatReport(problems));
  return config;
}

/** A flag's value, or the answer to a question on a terminal, or a usage error. */
async function need(io: Io, value: string | undefined, flag: string, question: string): Promise<string> {
  if (value !== undefined && value.trim() !== '') return value;
  if (io.ask) {
    const answer = await io.ask(question);
    if (answer !== '') return answer;
  }
  throw new UsageError(`missing --${flag}`);
}

function statusFrom(text: string, allowed: readonly UpdateStatus[]): UpdateStatus {
  const status = statusFromWord(text, allowed);
  if (!status) throw new UsageError(`"${text}" is not a status${didYouMean(text, allowed.map((s) => STATUS_LABELS[s]))}; use one of: ${allowed.map((s) => STATUS_LABELS[s]).join(', ')}`);
  return status;
}

function now(): Date {
  const { now: clock, problem } = resolveNow();
  if (problem) throw new UsageError(formatReport([problem]));
  return clock;
}

/** Validates the written file against the whole project and reports where to find it. */
async function finish(io: Io, path: string, at: Date): Promise<number> {
  const result = await loadProject({ root: io.root, now: at, paths: [path] });
  if (result.problems.length > 0) io.out(formatReport(result.problems));
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
  const template = values.template === undefined ? undefined : findTemplate(values.template);
  if (values.template !== undefined && !template) throw new UsageError(`"${values.template}" is not a template${didYouMean(values.template, TEMPLATES.map((t) => t.name))}; \`outpost templates\` lists them`);
  const known = config.components.map((component) => component.id);
  let components = values.component ?? [];
  if (components.length === 0 && io.ask) components = (await io.ask(`Components, separated by spaces (${known.join(', ')}):`)).split(/[\s,]+/).filter(Boolean);
  for (const id of components) if (!known.includes(id)) throw new UsageError(`"${id}" is not a component${didYouMean(id, known)}; use one of: ${known.join(', ')}`);
  const at = now();
  const names = components.map((id) => config.components.find((component) => component.id === id)!.name).join(' and ') || 'Our service';
  const fill = (text: string) => fillTemplate(text, { components: names, next: formatTimestamp(new Date(at.getTime() + config.updateCadenceMinutes * 60_000)).slice(11), link: '' }).replace(/[:\s]+$/, '');
  const title = await need(io, values.title ?? (template && fill(template.title)), 'title', 'Title (what customers experience):');
  const impactText = await need(io, values.impact ?? template?.impact, 'impact', `Impact (${IMPACTS.join(', ')}):`);
  if (!(IMPACTS as readonly string[]).includes(impactText)) throw new UsageError(`"${impactText}" is not an impact${didYouMean(impactText, IMPACTS)}; use one of: ${IMPACTS.join(', ')}`);
  const message = await need(io, values.message ?? (template && fill(template.page)), 'message', 'First message (impact, workaround, next update):');
  const maintenance = template?.status === 'scheduled';
  const status = statusFrom(values.status ?? template?.status ?? 'investigating', maintenance ? ['scheduled'] : INCIDENT_STATUSES);
  let scheduled: { start: Date; end: Date } | undefined;
  if (maintenance) {
    const start = parseTimestamp(await need(io, values.start, 'start', 'Window start (2026-11-29 02:00 UTC):'));
    const end = parseTimestamp(await need(io, values.end, 'end', 'Window end (2026-11-29 03:00 UTC):'));
    if (!start.ok || !end.ok) throw new UsageError('--start and --end need times with a zone, like "2026-11-29 02:00 UTC"');
    scheduled = { start: start.date, end: end.date };
  }
  const slug = slugFor(title, at);
  const path = incidentFilePath(config.incidentsDir, slug);
  if (existsSync(join(io.root, path))) throw new UsageError(`${path} exists already; use \`outpost update ${slug}\``);
  mkdirSync(join(io.root, config.incidentsDir), { recursive: true });
  writeFileSync(join(io.root, path), newIncidentText({ title, type: maintenance ? 'maintenance' : 'incident', impact: maintenance ? undefined : (impactText as Impact), components, status, message, at, scheduled }));
  return finish(io, path, at);
}

async function appendCommand(io: Io, slugArg: string | undefined, status: UpdateStatus, message: string): Promise<number> {
  const config = await siteConfig(io.root);
  const slug = await need(io, slugArg, 'slug', 'Incident (file name without .md):');
  const path = incidentFilePath(config.incidentsDir, slugFromPath(slug));
  if (!existsSync(join(io.root, path))) {
    const slugs = readIncidentFiles(io.root, [config.incidentsDir]).map((file) => slugFromPath(file.path));
    throw new UsageError(`there is no ${path}${didYouMean(slug, slugs)}`);
  }
  const at = now();
  writeFileSync(join(io.root, path), addUpdate(readFileSync(join(io.root, path), 'utf8'), { status, at, message }));
  return finish(io, path, at);
}

export async function updateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { status: { type: 'string' }, message: { type: 'string' } } });
  const status = statusFrom(await need(io, values.status, 'status', `Status (${INCIDENT_STATUSES.map((status) => STATUS_LABELS[status]).join(', ')}):`), UPDATE_STATUSES);
  const message = await need(io, values.message, 'message', 'Message:');
  return appendCommand(io, positionals[0], status, message);
}

export async function resolveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { message: { type: 'string' } } });
  const message = await need(io, values.message, 'message', 'All-clear message (what works again, what customers should do):');
  return appendCommand(io, positionals[0], 'resolved', message);
}

/** `outpost stamp [PATHS]`: writes commit times into update headings written without one. */
export async function stampCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const config = await siteConfig(io.root);
  let failed = 0;
  for (const file of readIncidentFiles(io.root, positionals.length > 0 ? positionals : [config.incidentsDir])) {
    const result = stampTimes(file.text, gitLineTimes(io.root, file.path));
    if (result.stamped.length > 0) {
      writeFileSync(join(io.root, file.path), result.text);
      io.out(`stamped ${file.path}: line ${result.stamped.join(', ')}`);
    }
    for (const line of result.unknown) {
      failed++;
      io.out(`${file.path}:${line}: error [missing-time] no commit time is known for this heading (not committed yet, or a shallow clone); commit it first or write the time, like "## Monitoring · 2026-11-22 18:05 UTC"`);
    }
  }
  return failed > 0 ? 1 : 0;
}

export const ISSUE_FORM_PATH = '.github/ISSUE_TEMPLATE/incident.yml';

/** `outpost issue-form [--check]`: writes the incident issue form from the site config, or checks it is current. */
export async function issueFormCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
  const expected = issueFormYaml(await siteConfig(io.root));
  const path = join(io.root, ISSUE_FORM_PATH);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (values.check) {
    if (current === expected) return 0;
    io.out(`${ISSUE_FORM_PATH}: error [issue-form] the issue form does not match the components in ${CONFIG_FILE}; run \`npx outpost issue-form\``);
    return 1;
  }
  mkdirSync(join(io.root, '.github/ISSUE_TEMPLATE'), { recursive: true });
  writeFileSync(path, expected);
  io.out(`wrote ${ISSUE_FORM_PATH}`);
  return 0;
}

/** `outpost remind`: comments on the issues of overdue incidents (with GITHUB_TOKEN), or prints warnings. */
export async function remindCommand(_args: string[], io: Io): Promise<number> {
  const { remindOverdue } = await import('./issue-ops.ts');
  const { Octokit } = await import('octokit');
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const token = process.env.GITHUB_TOKEN;
  const octokit = token && owner && repo ? new Octokit({ auth: token, baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' }) : undefined;
  await remindOverdue({ octokit, owner, repo, root: io.root, now: now(), log: io.out });
  return 0;
}

const HOSTS = {
  cloudflare: {
    env: ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_PAGES_PROJECT'],
    command: 'wrangler',
    npx: 'wrangler@4',
    args: (dist: string, env: NodeJS.ProcessEnv) => ['pages', 'deploy', dist, '--project-name', env.CLOUDFLARE_PAGES_PROJECT!, '--branch', 'main'],
  },
  netlify: {
    env: ['NETLIFY_AUTH_TOKEN', 'NETLIFY_SITE_ID'],
    command: 'netlify',
    npx: 'netlify-cli@23',
    args: (dist: string) => ['deploy', '--dir', dist, '--prod', '--no-build'],
  },
} as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/**
 * `outpost publish cloudflare|netlify`: the break-glass path for when GitHub
 * is down. Validates and builds here, then uploads with the host's own CLI
 * (installed, or fetched by npx from the npm registry, which does not depend on GitHub).
 */
export async function publishCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const name = positionals[0] as keyof typeof HOSTS;
  const host = HOSTS[name];
  if (!host) throw new UsageError(`name a host: outpost publish ${Object.keys(HOSTS).join('|')}`);
  const missing = host.env.filter((key) => !process.env[key]);
  if (missing.length > 0) throw new UsageError(`set ${missing.join(', ')} first (see README, "When GitHub is down")`);
  const { spawnSync } = await import('node:child_process');
  const { createRequire } = await import('node:module');
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  io.out('building (validation first)…');
  const build = spawnSync(process.execPath, [astro, 'build', '--root', io.root], { cwd: io.root, stdio: 'inherit' });
  if (build.status !== 0) {
    io.out('the build failed; nothing was uploaded');
    return 1;
  }
  const dist = join(io.root, 'dist');
  const [command, ...rest] = onPath(host.command) ? [host.command, ...host.args(dist, process.env)] : ['npx', '--yes', host.npx, ...host.args(dist, process.env)];
  io.out(`uploading with ${command} ${rest.join(' ')}`);
  const upload = spawnSync(command, rest, { cwd: io.root, stdio: 'inherit', env: process.env });
  if (upload.status !== 0) {
    io.out(`the upload failed (exit ${upload.status ?? 'signal'}); the built site is in dist/`);
    return 1;
  }
  io.out(`published to ${name}`);
  return 0;
}

/** `outpost templates [NAME]`: lists the outage templates, or shows one in its three lengths. */
export async function templatesCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 0) {
    for (const template of TEMPLATES) io.out(`${template.name.padEnd(22)} ${template.description}`);
    io.out('\nStart from one: outpost new --template NAME --component ID [--component ID …]');
    return 0;
  }
  const template = findTemplate(positionals[0]);
  if (!template) throw new UsageError(`"${positionals[0]}" is not a template${didYouMean(positionals[0], TEMPLATES.map((t) => t.name))}`);
  io.out(`# ${template.name}: ${template.description}\n\n## Status page\n${template.page}\n\n## Email\nSubject: ${template.email.subject}\n\n${template.email.body}\n\n## Post (≤ 280 characters with the link)\n${template.post}`);
  return 0;
}

/** `outpost recap SLUG`: the post, email and support recap of an incident, as on its page. */
export async function recapCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const slug = await need(io, positionals[0], 'slug', 'Incident (file name without .md):');
  const at = now();
  const project = await loadProject({ root: io.root, now: at });
  if (!project.ok || !project.config) throw new UsageError(formatReport(project.problems));
  const site = buildSiteView(project.config, project.incidents, at);
  const incident = site.incidentBySlug.get(slugFromPath(slug));
  if (!incident) throw new UsageError(`there is no incident "${slug}"${didYouMean(slug, [...site.incidentBySlug.keys()])}`);
  const texts = shareTexts(site, incident);
  io.out(`## Post (${texts.post.length} characters)\n${texts.post}\n\n## Email\nSubject: ${texts.email.subject}\n\n${texts.email.body}\n\n## Recap for support\n${texts.recap}`);
  return 0;
}
