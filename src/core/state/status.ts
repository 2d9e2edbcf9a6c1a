/**
 * What is true at a moment: an incident's state, start, end and duration;
 * a component's status; the overall status. Every function takes `now`.
 */
import type { Incident, IncidentUpdate } from '../incident/model.ts';
import { formatTimestamp, isoUtc } from '../incident/time.ts';
import {
  isTerminalStatus,
  MAINTENANCE_STATUSES,
  worstComponentStatus,
  type ComponentStatus,
  type UpdateStatus,
} from '../incident/vocabulary.ts';

/** Updates posted at or before `now`, newest first. */
export function updatesAt(incident: Incident, now: Date) {
  return incident.updates.filter((update) => update.at.getTime() <= now.getTime());
}

/** The first of `updatesAt(incident, now)` that `test` accepts, without making the list. */
function postedWhere(
  incident: Incident,
  now: Date,
  test: (update: IncidentUpdate) => boolean,
): IncidentUpdate | undefined {
  return incident.updates.find((update) => update.at.getTime() <= now.getTime() && test(update));
}

/** The state of an incident at `now`: its newest update's status ("Update" keeps the one before). */
export function incidentStatusAt(incident: Incident, now: Date): UpdateStatus {
  if (incident.type === 'maintenance') return maintenanceStatusAt(incident, now);
  // The first posted update that is not an "Update", else the first posted (a loop: asked for every incident, often).
  let newest: IncidentUpdate | undefined;
  for (const update of incident.updates) {
    if (update.at.getTime() > now.getTime()) continue;
    if (update.status !== 'update') return update.status;
    newest ??= update;
  }
  return newest?.status ?? 'investigating';
}

/**
 * Maintenance moves scheduled → in progress → completed by its window; an
 * update can move it further along (verifying, completed early) but not back.
 */
export function maintenanceStatusAt(incident: Incident, now: Date): UpdateStatus {
  const order = MAINTENANCE_STATUSES as readonly string[];
  let byWindow: UpdateStatus = 'scheduled';
  if (incident.scheduled) {
    if (now >= incident.scheduled.end) byWindow = 'completed';
    else if (now >= incident.scheduled.start) byWindow = 'in_progress';
  }
  const stated = postedWhere(incident, now, (update) => order.includes(update.status))?.status ?? 'scheduled';
  return order.indexOf(stated) > order.indexOf(byWindow) ? stated : byWindow;
}

export function isResolvedAt(incident: Incident, now: Date): boolean {
  return isTerminalStatus(incidentStatusAt(incident, now));
}

/**
 * Over, with every time it names in the past: it reads the same at any later
 * `now`, so its page can be kept from one build to the next.
 */
export function isSettledAt(incident: Incident, now: Date): boolean {
  const past = (time: Date | undefined) => time === undefined || time.getTime() <= now.getTime();
  return (
    isResolvedAt(incident, now) &&
    incident.updates.every((update) => past(update.at)) &&
    [incident.started, incident.scheduled?.start, incident.scheduled?.end, incident.until].every(past)
  );
}

/** Has begun and not ended at `now`. Notices are active until `until` (or until resolved). */
export function isActiveAt(incident: Incident, now: Date): boolean {
  const start = incidentStart(incident);
  if (start > now) return false;
  if (incident.type === 'notice' && incident.until) return now < incident.until && !isResolvedAt(incident, now);
  if (incident.type === 'maintenance') {
    const status = maintenanceStatusAt(incident, now);
    return status === 'in_progress' || status === 'verifying';
  }
  return !isResolvedAt(incident, now);
}

export function isUpcomingMaintenance(incident: Incident, now: Date): boolean {
  return incident.type === 'maintenance' && maintenanceStatusAt(incident, now) === 'scheduled';
}

/** When the impact began: `started`, else the window start for maintenance, else the oldest update. */
export function incidentStart(incident: Incident): Date {
  if (incident.started) return incident.started;
  if (incident.type === 'maintenance' && incident.scheduled) return incident.scheduled.start;
  const oldest = incident.updates[incident.updates.length - 1];
  return oldest.at;
}

/** When it ended, as of `now`: the Resolved (or Completed) update, the window's end, or undefined while ongoing. */
export function incidentEnd(incident: Incident, now: Date): Date | undefined {
  if (!isResolvedAt(incident, now)) return undefined;
  const terminal = postedWhere(incident, now, (update) => isTerminalStatus(update.status));
  if (terminal) return terminal.at;
  return incident.scheduled?.end;
}

/** Milliseconds from start to end, or to `now` while ongoing. */
export function incidentDurationMs(incident: Incident, now: Date): number {
  const end = incidentEnd(incident, now) ?? now;
  return Math.max(0, end.getTime() - incidentStart(incident).getTime());
}

/** Whether an incident counts toward component status: notices inform, they don't degrade. */
function affectsStatus(incident: Incident): boolean {
  return incident.type !== 'notice';
}

/** A component's status at `now`: the worst among the active incidents and maintenance that name it. */
export function componentStatusAt(componentId: string, incidents: readonly Incident[], now: Date): ComponentStatus {
  const statuses: ComponentStatus[] = [];
  for (const incident of incidents) {
    if (!affectsStatus(incident) || !isActiveAt(incident, now)) continue;
    for (const component of incident.components) if (component.id === componentId) statuses.push(component.status);
  }
  return worstComponentStatus(statuses);
}

/** The overall status: the worst component's. */
export function overallStatusAt(
  componentIds: readonly string[],
  incidents: readonly Incident[],
  now: Date,
): ComponentStatus {
  return worstComponentStatus(componentIds.map((id) => componentStatusAt(id, incidents, now)));
}

/**
 * The window's own transitions of a maintenance, as updates, where nobody
 * wrote one: "In progress" at its start and "Completed" at its end, once
 * `now` has passed them. Feeds and pages show them like written updates.
 */
export function maintenanceTransitions(incident: Incident, now: Date): IncidentUpdate[] {
  if (incident.type !== 'maintenance' || !incident.scheduled) return [];
  const { start, end } = incident.scheduled;
  const written = updatesAt(incident, now);
  const has = (statuses: UpdateStatus[]) => written.some((update) => statuses.includes(update.status));
  const taken = (at: Date) => incident.updates.some((update) => update.at.getTime() === at.getTime());
  const out: IncidentUpdate[] = [];
  const ended = incidentEnd(incident, now);
  if (now >= end && !has(['completed']) && !taken(end)) {
    out.push({
      id: `${incident.slug}#${isoUtc(end)}`,
      status: 'completed',
      at: end,
      line: 0,
      automatic: true,
      markdown: 'The maintenance window has ended.',
    });
  }
  if (now >= start && !has(['in_progress', 'verifying', 'completed']) && !taken(start) && !(ended && ended <= start)) {
    out.push({
      id: `${incident.slug}#${isoUtc(start)}`,
      status: 'in_progress',
      at: start,
      line: 0,
      automatic: true,
      markdown: `The maintenance has started. It is scheduled to end at ${formatTimestamp(end)}.`,
    });
  }
  return out;
}
