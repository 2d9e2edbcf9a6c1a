/**
 * How pages get the validated project: the integration validates once and
 * remembers the result for the pages rendered in the same process; in dev,
 * every request reads the files again so edits show up on reload.
 */
import type { ProjectResult } from '../core/validate.ts';
import { buildSiteView, type SiteView } from '../core/view-model.ts';
import { loadProject } from '../tools/project.ts';
import { formatReport, type Problem } from '../core/problems.ts';

export class OutpostValidationError extends Error {
  constructor(problems: readonly Problem[]) {
    super(`Outpost found problems; nothing was built.\n${formatReport(problems)}`);
    this.name = 'OutpostValidationError';
  }
}

export interface SiteContext {
  root: string;
  /** ISO time of the build's clock. */
  now: string;
  options: unknown;
  cache: boolean;
}

// Shared through globalThis because the integration and the bundled pages are separate module graphs.
const CACHE = Symbol.for('outpost.projects');
type Cache = Map<string, { project: ProjectResult; view?: SiteView }>;
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Cache;

const keyOf = (context: SiteContext) => `${context.root}\n${context.now}`;

export function rememberProject(context: SiteContext, project: ProjectResult): void {
  cache.set(keyOf(context), { project });
}

export async function siteViewFor(context: SiteContext): Promise<SiteView> {
  const key = keyOf(context);
  let entry = context.cache ? cache.get(key) : undefined;
  if (!entry) {
    const project = await loadProject({ root: context.root, now: new Date(context.now), options: context.options });
    entry = { project };
    if (context.cache) cache.set(key, entry);
  }
  if (!entry.project.ok || !entry.project.config) throw new OutpostValidationError(entry.project.problems);
  entry.view ??= buildSiteView(entry.project.config, entry.project.incidents, new Date(context.now));
  return entry.view;
}
