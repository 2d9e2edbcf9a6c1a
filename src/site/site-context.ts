/**
 * How pages get the validated project: the integration validates once and
 * remembers the result for the pages rendered in the same process; in dev,
 * every request reads the files again so edits show up on reload.
 */
import type { ProjectResult } from '../core/validate.ts';
import { buildSiteView, type SiteView } from '../core/view-model.ts';
import type { FileMarkdownCache } from '../tools/markdown-cache.ts';
import { loadProject } from '../tools/project.ts';
import { formatReport, type Problem } from '../core/problems.ts';

export class OutpostValidationError extends Error {
  constructor(problems: readonly Problem[]) {
    super(`Outpost found problems; nothing was built.\n${formatReport(problems)}`);
    this.name = 'OutpostValidationError';
    // The report says where the problems are; a stack trace into Outpost's own code would only bury it.
    this.stack = `${this.name}: ${this.message}`;
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
type Cache = Map<string, { project: ProjectResult; view?: SiteView; markdown?: FileMarkdownCache }>;
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Cache;

const keyOf = (context: SiteContext) => `${context.root}\n${context.now}`;

/** Called by the integration (outside the bundle) with the project it validated and the build's Markdown cache. */
export function rememberProject(context: SiteContext, project: ProjectResult, markdown?: FileMarkdownCache): void {
  cache.set(keyOf(context), { project, markdown });
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
  if (!entry.view) {
    entry.view = buildSiteView(entry.project.config, entry.project.incidents, new Date(context.now), { markdownCache: entry.markdown });
  }
  return entry.view;
}

/** After a build: keep the rendered Markdown for the next one. */
export function saveMarkdownCache(context: SiteContext): { hits: number; misses: number } | undefined {
  const markdown = cache.get(keyOf(context))?.markdown;
  if (!markdown) return undefined;
  markdown.save();
  return { hits: markdown.hits, misses: markdown.misses };
}
