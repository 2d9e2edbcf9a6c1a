/**
 * Atlassian Statuspage's JSON, read into imported incidents: the public v2 API
 * (`/api/v2/incidents.json`, `scheduled-maintenances.json`, `summary.json`, `components.json`) and
 * the management API (`/v1/pages/{id}/incidents`, which adds postmortems). Pure: one object in,
 * one incident (or the reason it can't be read) out, so a history of any size streams through.
 */
import { z } from 'zod';
import { parseTimestamp } from '../incident/time.ts';
import {
  COMPONENT_STATUSES,
  IMPACTS,
  INCIDENT_STATUSES,
  MAINTENANCE_STATUSES,
  STATUS_FROM_IMPACT,
  STATUS_LABELS,
  worstComponentStatus,
  type ComponentStatus,
  type Impact,
  type UpdateStatus,
} from '../incident/vocabulary.ts';
import type { ImportedIncident, ImportedUpdate, SourceComponent, SourceGroup } from './model.ts';

const time = z.string().refine((value) => parseTimestamp(value).ok, 'is not a time with a zone');
const optionalTime = time.nullish();

const AffectedComponent = z.looseObject({
  code: z.string().nullish(),
  name: z.string(),
  old_status: z.string().nullish(),
  new_status: z.string().nullish(),
});

const Update = z.looseObject({
  id: z.string().nullish(),
  status: z.string(),
  body: z.string().nullish(),
  created_at: time,
  display_at: optionalTime,
  affected_components: z.array(AffectedComponent).nullish(),
});

const IncidentComponent = z.looseObject({
  id: z.string().nullish(),
  name: z.string(),
  status: z.string().nullish(),
  group_id: z.string().nullish(),
});

export const StatuspageIncident = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  status: z.string().nullish(),
  impact: z.string().nullish(),
  created_at: optionalTime,
  started_at: optionalTime,
  shortlink: z.string().nullish(),
  scheduled_for: optionalTime,
  scheduled_until: optionalTime,
  postmortem_body: z.string().nullish(),
  postmortem_published_at: optionalTime,
  incident_updates: z.array(Update),
  components: z.array(IncidentComponent).nullish(),
});
export type StatuspageIncidentData = z.output<typeof StatuspageIncident>;

export const StatuspageComponent = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  description: z.string().nullish(),
  group_id: z.string().nullish(),
  group: z.boolean().nullish(),
});

const at = (value: string) => (parseTimestamp(value) as { ok: true; date: Date }).date;

/** `incident_updates.0.created_at: is not a time with a zone`, for each thing that keeps an object from being read. */
function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(the object)'}: ${issue.message}`).join('; ');
}

/** A component or a group, from `components.json`, `summary.json` or the management API. */
export function readStatuspageComponent(raw: unknown): {
  component?: SourceComponent & { groupId?: string };
  group?: SourceGroup;
  problem?: string;
} {
  const parsed = StatuspageComponent.safeParse(raw);
  if (!parsed.success) return { problem: issues(parsed.error) };
  const data = parsed.data;
  if (data.group) return { group: { sourceId: data.id, name: data.name, description: data.description ?? undefined } };
  return {
    component: {
      sourceId: data.id,
      name: data.name,
      description: data.description ?? undefined,
      groupId: data.group_id ?? undefined,
    },
  };
}

const isMaintenanceStatus = (status: string) => (MAINTENANCE_STATUSES as readonly string[]).includes(status);

/** A Statuspage update status in the words of the incident's type. */
function updateStatus(word: string, maintenance: boolean): { status: UpdateStatus; changed: boolean } {
  if (maintenance) {
    if (isMaintenanceStatus(word)) return { status: word as UpdateStatus, changed: false };
    return { status: word === 'resolved' ? 'completed' : 'update', changed: true };
  }
  if ((INCIDENT_STATUSES as readonly string[]).includes(word)) return { status: word as UpdateStatus, changed: false };
  return { status: word === 'completed' ? 'resolved' : 'update', changed: true };
}

const componentStatus = (value: string | null | undefined): ComponentStatus | undefined =>
  (COMPONENT_STATUSES as readonly string[]).includes(value ?? '') ? (value as ComponentStatus) : undefined;

const words = (status: string) => status.replace(/_/g, ' ');

/** An update that the source posted without text: what it changed, in words, so the page still says something. */
function textOfEmptyUpdate(update: z.output<typeof Update>): string {
  const changes = (update.affected_components ?? [])
    .filter((component) => component.new_status && component.new_status !== component.old_status)
    .map((component) => `${component.name}: ${words(component.new_status!)}`);
  return changes.length > 0 ? `${changes.join('. ')}.` : 'This update was posted without a message.';
}

/**
 * One Statuspage incident or scheduled maintenance. `groupName` names the group of a component's
 * `group_id`, when the source listed its groups. `maintenance`: it came from a maintenance list.
 */
export function readStatuspageIncident(
  raw: unknown,
  options: { maintenance?: boolean; groupName?: (id: string) => string | undefined } = {},
): { incident?: ImportedIncident; problem?: string; id?: string } {
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
  const parsed = StatuspageIncident.safeParse(raw);
  if (!parsed.success) return { problem: issues(parsed.error), id };
  const data = parsed.data;
  const notes: string[] = [];
  const maintenance =
    options.maintenance === true || Boolean(data.scheduled_for) || isMaintenanceStatus(data.status ?? '');
  let type: ImportedIncident['type'] = maintenance ? 'maintenance' : 'incident';
  let scheduled: ImportedIncident['scheduled'];
  if (maintenance) {
    if (data.scheduled_for && data.scheduled_until)
      scheduled = { start: at(data.scheduled_for), end: at(data.scheduled_until) };
    else {
      type = 'incident';
      notes.push('a maintenance without its window (scheduled_for and scheduled_until): imported as an incident');
    }
  }

  const updates: ImportedUpdate[] = [];
  let postmortem = data.postmortem_body?.trim() ? data.postmortem_body.replace(/\r\n?/g, '\n') : undefined;
  let updatesIn = 0;
  let leftOut = 0;
  const worst = new Map<string, { component: SourceComponent; statuses: ComponentStatus[] }>();
  const groupOf = (groupId: string | null | undefined) => (groupId ? options.groupName?.(groupId) : undefined);
  const affect = (component: SourceComponent, status?: ComponentStatus) => {
    const key = component.sourceId ?? component.name;
    const entry = worst.get(key) ?? { component, statuses: [] };
    if (status) entry.statuses.push(status);
    worst.set(key, entry);
  };
  for (const component of data.components ?? [])
    affect({ sourceId: component.id ?? undefined, name: component.name, group: groupOf(component.group_id) });

  for (const update of data.incident_updates) {
    updatesIn++;
    for (const affected of update.affected_components ?? []) {
      const known = data.components?.find((component) => component.id === affected.code);
      affect(
        { sourceId: affected.code ?? undefined, name: affected.name, group: groupOf(known?.group_id) },
        componentStatus(affected.new_status),
      );
      if (type === 'incident' && affected.old_status) {
        const before = componentStatus(affected.old_status);
        if (before) affect({ sourceId: affected.code ?? undefined, name: affected.name }, before);
      }
    }
    const when = at(update.display_at ?? update.created_at);
    if (update.status === 'postmortem') {
      // Statuspage's postmortem is a text of its own, not an update: it becomes the `## Postmortem` section.
      if (update.body?.trim() && !postmortem) postmortem = update.body.replace(/\r\n?/g, '\n');
      notes.push(`the postmortem notice of ${when.toISOString()} is the Postmortem section, not an update`);
      leftOut++;
      continue;
    }
    const mapped = updateStatus(update.status, type === 'maintenance');
    if (mapped.changed)
      notes.push(
        `update ${update.id ?? when.toISOString()}: status "${update.status}" ` +
          `written as ${STATUS_LABELS[mapped.status]}`,
      );
    let message = update.body?.replace(/\r\n?/g, '\n').trim() ?? '';
    if (message === '') {
      message = textOfEmptyUpdate(update);
      notes.push(`update ${update.id ?? when.toISOString()} had no text: written as "${message}"`);
    }
    updates.push({ status: mapped.status, at: when, message });
  }
  // Oldest first, in the order they were shown (Statuspage lists them newest first).
  updates.sort((a, b) => a.at.getTime() - b.at.getTime());

  const impact = (IMPACTS as readonly string[]).includes(data.impact ?? '') ? (data.impact as Impact) : undefined;
  // The worst status each component was in; one the updates never named takes the incident's impact.
  const anyKnown = [...worst.values()].some(({ statuses }) => statuses.length > 0);
  const components = [...worst.values()].map(({ component, statuses }) => {
    if (type === 'maintenance') return { component, status: 'under_maintenance' as ComponentStatus };
    if (!anyKnown) return { component };
    return {
      component,
      status: statuses.length > 0 ? worstComponentStatus(statuses) : STATUS_FROM_IMPACT[impact ?? 'none'],
    };
  });
  if (type === 'incident' && !impact)
    notes.push(`impact "${data.impact ?? ''}" is not one of ${IMPACTS.join(', ')}: written as none`);
  const started = data.started_at ? at(data.started_at) : undefined;
  const first = updates[0]?.at;
  return {
    id: data.id,
    incident: {
      source: 'statuspage',
      sourceId: data.id,
      label: `Statuspage ${type === 'maintenance' ? 'maintenance' : 'incident'} ${data.id}`,
      link: data.shortlink ?? undefined,
      title: data.name,
      type,
      impact: impact ?? (type === 'incident' ? 'none' : undefined),
      components,
      started: started && first && started < first ? started : undefined,
      scheduled,
      updates,
      postmortem,
      oldPaths: [`incidents/${data.id}`],
      updatesIn,
      counted: { merged: 0, leftOut, added: 0 },
      notes,
    },
  };
}
