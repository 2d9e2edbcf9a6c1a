/**
 * What importing one incident does to the site: a new file, new updates added on top of the file
 * an earlier run wrote, or nothing. Every text goes through the edit gate (`checkedEdit`) and the
 * validator, as the build will read it; what does not validate is not written and says why.
 * Pure: the caller reads the existing file and writes the result.
 */
import type { Problem } from '../base/problems.ts';
import { parseContextFor, validateIncidents } from '../checks/validate.ts';
import type { SiteConfig } from '../config/schema.ts';
import { addUpdate, checkedEdit, heading } from '../incident/edit.ts';
import { parseIncident } from '../incident/parse.ts';
import { incidentFilePath } from '../incident/slug.ts';
import { worstComponentStatus, type ComponentStatus } from '../incident/vocabulary.ts';
import type { ComponentRegistry } from './components.ts';
import type { ImportedIncident } from './model.ts';
import { chooseSlug, exactHeading, renderIncident } from './render.ts';

export interface ImportContext {
  config: SiteConfig;
  registry: ComponentRegistry;
  now: Date;
  /** The file an earlier run wrote for this incident (found by its marker), if any. */
  existing?: { path: string; text: string };
  /** Whether an incident file with this slug exists or was written in this run. */
  slugTaken: (slug: string) => boolean;
}

export type ImportOutcome =
  | { kind: 'new'; path: string; text: string; updates: number; warnings: Problem[] }
  | { kind: 'updated'; path: string; text: string; added: number; warnings: Problem[] }
  | { kind: 'unchanged'; path: string; reason?: string }
  | { kind: 'invalid'; path: string; problems: Problem[] };

/** The site config as it will be once the new components are in it: what the files are checked against. */
function configWithNew(ctx: ImportContext): SiteConfig {
  return { ...ctx.config, components: [...ctx.registry.all()], groups: [...ctx.registry.allGroups()] };
}

/** Errors keep a text off the disk; warnings are reported with it. */
function validate(
  path: string,
  text: string,
  config: SiteConfig,
  now: Date,
): { text?: string; errors: Problem[]; warnings: Problem[] } {
  const gate = checkedEdit(text, parseContextFor(config, path, now));
  if (gate.problems) return { errors: gate.problems, warnings: [] };
  const { problems } = validateIncidents([{ path, text: gate.text }], config, { now });
  const errors = problems.filter((problem) => problem.severity === 'error');
  return errors.length > 0
    ? { errors, warnings: [] }
    : { text: gate.text, errors: [], warnings: problems.filter((problem) => problem.severity === 'warning') };
}

export function planImport(incident: ImportedIncident, ctx: ImportContext): ImportOutcome {
  // Components first: the file is checked against the config that will have them.
  const byId = new Map<string, ComponentStatus | undefined>();
  let listed = false;
  for (const { component, status } of incident.components) {
    const id = ctx.registry.componentId(component);
    const before = byId.get(id);
    if (status === undefined) listed = true;
    byId.set(id, before && status ? worstComponentStatus([before, status]) : (status ?? before));
  }
  const config = configWithNew(ctx);
  const ids = [...byId.keys()];
  const components = ids.map((id) => ({ component: { name: id }, status: listed ? undefined : byId.get(id) }));

  if (ctx.existing) return planExisting(incident, ctx, config);

  const slug = chooseSlug(incident, ctx.slugTaken);
  const path = incidentFilePath(config.incidentsDir, slug);
  const text = renderIncident({ ...incident, components }, ids);
  const checked = validate(path, text, config, ctx.now);
  if (!checked.text) return { kind: 'invalid', path, problems: checked.errors };
  return { kind: 'new', path, text: checked.text, updates: incident.updates.length, warnings: checked.warnings };
}

/**
 * An incident imported before: the source's updates newer than the file's newest are added on top;
 * nothing else changes.
 */
function planExisting(incident: ImportedIncident, ctx: ImportContext, config: SiteConfig): ImportOutcome {
  const { path, text } = ctx.existing!;
  const parsed = parseIncident(text, parseContextFor(config, path, ctx.now));
  if (!parsed.incident) return { kind: 'unchanged', path, reason: `${path} has errors; it is left as it is` };
  const newest = parsed.incident.updates[0]?.at.getTime() ?? -Infinity;
  const fresh = incident.updates.filter((update) => update.at.getTime() > newest);
  if (fresh.length === 0) return { kind: 'unchanged', path };
  let next = text;
  for (const update of fresh) {
    next = addUpdate(next, update);
    // addUpdate writes the canonical minute; an imported update keeps its exact time.
    next = next.replace(heading(update.status, update.at), exactHeading(update.status, update.at));
  }
  const checked = validate(path, next, config, ctx.now);
  if (!checked.text) return { kind: 'invalid', path, problems: checked.errors };
  return { kind: 'updated', path, text: checked.text, added: fresh.length, warnings: checked.warnings };
}
