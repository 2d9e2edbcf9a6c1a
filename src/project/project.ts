/**
 * The project on disk: reads `astro.config.mjs` for the site config and the
 * incident files, asks Git for commit times, and hands plain data to the
 * core. Shared by the CLI and the Astro integration.
 */
import { hasErrors, type Problem } from '../core/base/problems.ts';
import {
  validateIncidents,
  validateProject,
  type ProjectResult,
  type SourceFile,
  type ValidateOptions,
} from '../core/checks/validate.ts';
import type { Incident } from '../core/incident/model.ts';
import { brandingFileProblems } from './branding.ts';
import { CONFIG_FILE, readSiteOptions, withUrlOverride } from './config.ts';
import { fileIndex } from './file-index.ts';
import { readIncidentFiles } from './files.ts';
import { committedVersions, gitLineTimes } from './git.ts';
import { parsedCache } from './parsed-cache.ts';

export interface LoadOptions {
  root: string;
  now: Date;
  /** Incident files or folders to check; default: the configured incidents folder. */
  paths?: readonly string[];
  /** The `outpost({...})` options, when the caller already has them (the integration). */
  options?: unknown;
  /**
   * Publish mode: an incident file with errors is published as its newest committed version
   * that was valid, or left out if it never was; the problems are still reported.
   */
  keepGoing?: boolean;
}

/** In publish mode, what became of an incident file with errors. */
export interface Fallback {
  path: string;
  /** The commit whose version is published; undefined when it is left out. */
  commit?: string;
}

export function describeFallback(fallback: Fallback): string {
  return fallback.commit
    ? `${fallback.path}: published as of commit ${fallback.commit.slice(0, 12)}, its newest valid version`
    : `${fallback.path}: left out of the site (no committed version of it is valid)`;
}

export interface LoadedProject extends ProjectResult {
  /** Publish mode only: the broken files and what was published instead. */
  fallbacks?: Fallback[];
  /** What an incident was parsed from, where the cache knows it (see `ParsedCache.identity`). */
  identity?: (incident: Incident) => string | undefined;
}

export async function loadProject({
  root,
  now,
  paths,
  options,
  keepGoing = false,
}: LoadOptions): Promise<LoadedProject> {
  let raw = options;
  if (raw === undefined) {
    const read = await readSiteOptions(root);
    if (read.problems.length > 0) return { incidents: [], problems: read.problems, ok: false, now };
    raw = read.options;
  }
  // The address this build is for (OUTPOST_URL), when the deploy or a mirror gives one.
  const effective = withUrlOverride(raw);
  if (effective.problems.length > 0) return { incidents: [], problems: effective.problems, ok: false, now };
  raw = effective.options;
  const dir =
    typeof (raw as { incidentsDir?: unknown })?.incidentsDir === 'string'
      ? (raw as { incidentsDir: string }).incidentsDir
      : 'incidents';
  const named = paths !== undefined && paths.length > 0;
  // Files as the last run read them are read only if their text is needed (most are found in the parse cache).
  const index = fileIndex(root);
  const read = readIncidentFiles(root, named ? paths : [dir], { named, index });
  const files = read.files;
  const blame = new Map<string, (line: number) => Date | undefined>();
  const revisions = new Map<string, string>();
  const validateOptions: ValidateOptions = {
    now,
    timeOfLine: (path, line) => {
      if (!blame.has(path)) blame.set(path, gitLineTimes(root, path, revisions.get(path)));
      return blame.get(path)!(line);
    },
  };
  // Files parsed by an earlier run (a validation, the build that started this one) are not parsed again.
  const parsed = parsedCache(root);
  const result = validateProject(raw, CONFIG_FILE, files, { ...validateOptions, parsed });
  parsed.save(!named);
  index.save(!named);
  // The brand's files (logo, custom CSS) are the config's: missing or off-origin, nothing is published.
  const branding = result.config ? brandingFileProblems(root, result.config, CONFIG_FILE) : [];
  const problems = [...read.problems, ...branding, ...result.problems];
  const ok = result.ok && read.problems.length === 0 && !hasErrors(branding);
  if (ok || !keepGoing || !result.config || hasErrors(branding))
    return { ...result, problems, ok, identity: parsed.identity };

  // Publish mode: every other incident stays current; each broken one falls back to its newest valid commit.
  const config = result.config;
  const broken = new Set(
    problems
      .filter((problem) => problem.severity === 'error' && problem.file !== CONFIG_FILE)
      .map((problem) => problem.file),
  );
  const fallbacks: Fallback[] = [];
  let published: SourceFile[] = files.filter((file) => !broken.has(file.path));
  for (const path of [...broken].sort()) {
    const fallback: Fallback = { path };
    for (const version of committedVersions(root, path)) {
      revisions.set(path, version.commit);
      blame.delete(path);
      const alone = validateIncidents([{ path, text: version.text }], config, validateOptions);
      if (!alone.problems.some((problem) => problem.severity === 'error')) {
        fallback.commit = version.commit;
        published.push({ path, text: version.text });
        break;
      }
    }
    if (!fallback.commit) revisions.delete(path);
    fallbacks.push(fallback);
  }
  // Versions valid alone can still clash (two files, one slug): those are left out too.
  // Through the parse cache, as the first pass: what is published is what it knows, so the build keys its pages by what
  // they were parsed from (`identity`) in this mode too, and keeps the pages of the last build.
  const cached = { ...validateOptions, parsed };
  let final = validateProject(raw, CONFIG_FILE, published, cached);
  for (let round = 0; !final.ok && round < 3; round++) {
    const clashing = new Set(
      final.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file),
    );
    for (const fallback of fallbacks) if (clashing.has(fallback.path)) delete fallback.commit;
    published = published.filter((file) => !clashing.has(file.path));
    for (const path of clashing) if (!fallbacks.some((fallback) => fallback.path === path)) fallbacks.push({ path });
    final = validateProject(raw, CONFIG_FILE, published, cached);
  }
  const reported: Problem[] = [
    ...problems,
    ...final.problems.filter(
      (problem) =>
        problem.severity === 'warning' &&
        !problems.some(
          (seen) => seen.file === problem.file && seen.line === problem.line && seen.rule === problem.rule,
        ),
    ),
  ];
  return { ...final, problems: reported, fallbacks, identity: parsed.identity };
}
