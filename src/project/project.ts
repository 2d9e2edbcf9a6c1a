/**
 * The project on disk: reads `astro.config.mjs` for the site config and the
 * incident files, asks Git for commit times, and hands plain data to the
 * core. Shared by the CLI and the Astro integration.
 */
import { validateProject, type ProjectResult } from '../core/checks/validate.ts';
import { hasErrors } from '../core/checks/problems.ts';
import { brandingFileProblems } from './branding.ts';
import { CONFIG_FILE, readSiteOptions } from './config.ts';
import { readIncidentFiles } from './files.ts';
import { gitLineTimes } from './git.ts';

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
  const result = validateProject(raw, CONFIG_FILE, files, {
    now,
    timeOfLine: (path, line) => {
      if (!blame.has(path)) blame.set(path, gitLineTimes(root, path));
      return blame.get(path)!(line);
    },
  });
  if (!result.config) return result;
  const problems = [...brandingFileProblems(root, result.config, CONFIG_FILE), ...result.problems];
  return { ...result, problems, ok: !hasErrors(problems) };
}
