/**
 * How pages get the validated project: the integration validates once and
 * remembers the result for the pages rendered in the same process; in dev,
 * every request reads the files again so edits show up on reload.
 *
 * The build's clock, the project and the pages the build keeps from the
 * last one are handed over at run time (they change every build); only what
 * the site is made from (root, options) is compiled into the pages' bundle.
 */
import type { ProjectResult } from '../core/checks/validate.ts';
import { buildSiteViews, type SiteView } from '../core/outputs/view-model.ts';
import { resolveNow } from '../project/clock.ts';
import { loadProject } from '../project/project.ts';
import { formatReport, type Problem } from '../core/base/problems.ts';
import type { IncidentPageWriter } from './incident-pages.ts';

export class OutpostValidationError extends Error {
  /** `outcome` says what the problems stopped, in words: "nothing was built". */
  constructor(problems: readonly Problem[], outcome = 'nothing was built') {
    super(`Outpost found problems; ${outcome}.\n${formatReport(problems)}`);
    this.name = 'OutpostValidationError';
    // The report says where the problems are; a stack trace into Outpost's own code would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export interface SiteContext {
  root: string;
  options: unknown;
  /** Whether the project is validated once per build (false in dev: every request reads the files). */
  cache: boolean;
  /** Whether the incident pages are written in bulk (a build: src/site/incident-pages.ts). */
  bulk?: boolean;
}

// Shared through globalThis because the integration and the bundled pages are separate module graphs.
const BUILDS = Symbol.for('outpost.builds');
/** What the build hands the pages besides the project: which pages it keeps, and the writer of the incident pages. */
export interface BuildPages {
  /** Incidents whose page the build keeps from the last one (asked when the pages are rendered). */
  kept: () => ReadonlySet<string>;
  /** Whether an archive page of history is kept from the last build (src/site/build-output.ts, `keepView`). */
  keepView: (file: string, slugs: readonly string[], about: string) => boolean;
  writer?: IncidentPageWriter;
}

type Build = BuildPages & {
  now: Date;
  project: ProjectResult;
  views?: SiteView[];
};

const NOTHING_KEPT: BuildPages = { kept: () => new Set(), keepView: () => false };
const builds = ((globalThis as Record<symbol, unknown>)[BUILDS] ??= new Map()) as Map<string, Build>;

/**
 * Called by the integration (outside the bundle) with the build's clock, the project it validated,
 * and what it keeps from the last build (asked when the pages are rendered:
 * src/site/build-output.ts decides only then) with the writer of the incident pages.
 */
export function rememberProject(
  context: SiteContext,
  now: Date,
  project: ProjectResult,
  pages: BuildPages = NOTHING_KEPT,
): void {
  builds.set(context.root, { ...pages, now, project });
}

/** The writer of this build's incident pages (src/site/incident-pages.ts); none in dev. */
export function incidentPageWriterFor(context: SiteContext): IncidentPageWriter | undefined {
  return context.cache ? builds.get(context.root)?.writer : undefined;
}

/** Incidents whose page this build keeps as it is: not rendered (empty in dev). */
export function keptPages(context: SiteContext): ReadonlySet<string> {
  return (context.cache && builds.get(context.root)?.kept()) || new Set();
}

/** Whether this build keeps an archive page of history as it is: not rendered (never in dev). */
export function keptView(context: SiteContext, file: string, slugs: readonly string[], about: string): boolean {
  return (context.cache && builds.get(context.root)?.keepView(file, slugs, about)) || false;
}

/** One view per language of the site, the default first. */
export async function siteViewsFor(context: SiteContext): Promise<SiteView[]> {
  let entry = context.cache ? builds.get(context.root) : undefined;
  if (!entry) {
    const { now, problem } = resolveNow();
    if (problem) throw new OutpostValidationError([problem]);
    const project = await loadProject({ root: context.root, now, options: context.options });
    entry = { ...NOTHING_KEPT, now: project.now, project };
    if (context.cache) builds.set(context.root, entry);
  }
  if (!entry.project.ok || !entry.project.config) throw new OutpostValidationError(entry.project.problems);
  entry.views ??= buildSiteViews(entry.project.config, entry.project.incidents, entry.now);
  return entry.views;
}
