/**
 * The project on disk: reads `astro.config.mjs` for the site config and the
 * incident files, asks Git for commit times, and hands plain data to the
 * core. Shared by the CLI and the Astro integration.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../core/checks/problems.ts';
import { parseTimestamp } from '../core/incident/time.ts';
import type { SiteConfig } from '../core/config/schema.ts';
import { parseSiteConfig, validateProject, type ProjectResult, type SourceFile } from '../core/checks/validate.ts';

export const CONFIG_FILE = 'astro.config.mjs';
export const INTEGRATION_NAME = 'outpost';

/** The options given to `outpost({...})` in `astro.config.mjs`. */
export async function readSiteOptions(root: string): Promise<{ options?: unknown; problems: Problem[] }> {
  const file = join(root, CONFIG_FILE);
  const fail = (message: string, example?: string): { problems: Problem[] } => ({
    problems: [{ file: CONFIG_FILE, line: 0, column: 0, severity: 'error', rule: 'config', message, example }],
  });
  if (!existsSync(file)) return fail(`there is no ${CONFIG_FILE} in ${root}`);
  let module: { default?: { integrations?: unknown[] } };
  try {
    module = await import(/* @vite-ignore */ `${pathToFileURL(file).href}?t=${statSync(file).mtimeMs}`);
  } catch (error) {
    return fail(`${CONFIG_FILE} could not be loaded: ${(error as Error).message.split('\n')[0]}`);
  }
  const integrations = (module.default?.integrations ?? []).flat(Infinity) as { name?: string; outpostOptions?: unknown }[];
  const outpost = integrations.find((integration) => integration?.name === INTEGRATION_NAME);
  if (!outpost) {
    return fail(`${CONFIG_FILE} does not use the outpost integration`, "import outpost from './src/site/integration.ts';\nexport default defineConfig({ integrations: [outpost({ ... })] });");
  }
  return { options: outpost.outpostOptions, problems: [] };
}

/** The validated site config from `astro.config.mjs`, or the problems that stop it. */
export async function readSiteConfig(root: string): Promise<{ config?: SiteConfig; problems: Problem[] }> {
  const read = await readSiteOptions(root);
  if (read.problems.length > 0) return { problems: read.problems };
  return parseSiteConfig(read.options, CONFIG_FILE);
}

/** Every `.md` file under the given paths (files or folders), sorted, with paths relative to root. */
export function readIncidentFiles(root: string, paths: readonly string[]): SourceFile[] {
  const found: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) walk(join(path, entry));
      }
    } else if (/\.(md|markdown)$/i.test(path) && !/(^|[\\/])README\.md$/i.test(path)) found.push(path);
  };
  for (const path of paths) walk(resolve(root, path));
  return [...new Set(found)].sort().map((path) => ({
    path: relative(root, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}

/** `OUTPOST_NOW` fixes the clock; otherwise the real time. */
export function resolveNow(env: NodeJS.ProcessEnv = process.env): { now: Date; problem?: Problem } {
  const fixed = env.OUTPOST_NOW;
  if (fixed === undefined || fixed === '') return { now: new Date() };
  const parsed = parseTimestamp(fixed);
  if (parsed.ok) return { now: parsed.date };
  return {
    now: new Date(),
    problem: {
      file: 'OUTPOST_NOW', line: 0, column: 0, severity: 'error', rule: 'bad-now',
      message: `OUTPOST_NOW="${fixed}" is not a time with a zone`, example: 'OUTPOST_NOW="2026-11-22T18:05Z"',
    },
  };
}

/**
 * Commit times of a file's lines (`git blame`), for update headings written
 * without a time. Undefined for lines not yet committed, and everywhere in a
 * shallow clone, where the oldest commit's time would be a lie.
 */
export function gitLineTimes(root: string, path: string): (line: number) => Date | undefined {
  let times: (Date | undefined)[] | undefined;
  const load = () => {
    times = [];
    try {
      const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const porcelain = execFileSync('git', ['blame', '--porcelain', '--', path], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
      const commits = new Map<string, { time?: Date; boundary: boolean; uncommitted: boolean }>();
      let current: { time?: Date; boundary: boolean; uncommitted: boolean } | undefined;
      let finalLine = 0;
      for (const row of porcelain.split('\n')) {
        const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
        if (header) {
          const [, sha, final] = header;
          finalLine = Number(final);
          current = commits.get(sha) ?? { boundary: false, uncommitted: /^0+$/.test(sha) };
          commits.set(sha, current);
          continue;
        }
        if (!current) continue;
        if (row.startsWith('committer-time ')) current.time = new Date(Number(row.slice(15)) * 1000);
        else if (row === 'boundary') current.boundary = true;
        else if (row.startsWith('\t')) {
          const trustworthy = !current.uncommitted && !(current.boundary && shallow === 'true');
          times![finalLine] = trustworthy ? current.time : undefined;
        }
      }
    } catch {
      // Not a Git checkout, or the file is not tracked: no times to offer.
    }
  };
  return (line) => {
    if (!times) load();
    return times![line];
  };
}

export interface LoadOptions {
  root: string;
  now: Date;
  /** Incident files or folders to check; default: the configured incidents folder. */
  paths?: readonly string[];
  /** The `outpost({...})` options, when the caller already has them (the integration). */
  options?: unknown;
}

export async function loadProject({ root, now, paths, options }: LoadOptions): Promise<ProjectResult> {
  let raw = options;
  if (raw === undefined) {
    const read = await readSiteOptions(root);
    if (read.problems.length > 0) return { incidents: [], problems: read.problems, ok: false };
    raw = read.options;
  }
  const dir = typeof (raw as { incidentsDir?: unknown })?.incidentsDir === 'string' ? (raw as { incidentsDir: string }).incidentsDir : 'incidents';
  const files = readIncidentFiles(root, paths && paths.length > 0 ? paths : [dir]);
  const blame = new Map<string, (line: number) => Date | undefined>();
  return validateProject(raw, CONFIG_FILE, files, {
    now,
    timeOfLine: (path, line) => {
      if (!blame.has(path)) blame.set(path, gitLineTimes(root, path));
      return blame.get(path)!(line);
    },
  });
}

/** `owner/repo` of the GitHub remote, from Actions' environment or `git remote`. */
export function githubRepository(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return undefined;
  }
}

/** The GitHub web editor's address for a file, to finish an update on a phone. */
export function githubEditUrl(root: string, path: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = githubRepository(root, env);
  if (!repository) return undefined;
  let branch = env.GITHUB_REF_NAME;
  if (!branch) {
    try {
      branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      branch = 'main';
    }
  }
  return `https://github.com/${repository}/edit/${branch}/${path}`;
}
