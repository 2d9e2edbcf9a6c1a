/**
 * The closed vocabularies of the file format and of Statuspage's API, with
 * their orderings. Everything that compares severities imports them from here.
 */

export const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

export const INCIDENT_TYPES = ['incident', 'maintenance', 'notice'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** Component statuses, in Statuspage's words, from best to worst. */
export const COMPONENT_STATUSES = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'update', 'resolved'] as const;
export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];
export type UpdateStatus = IncidentStatus | MaintenanceStatus;
export const UPDATE_STATUSES: readonly UpdateStatus[] = [...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES];

/** The status words an update of this type may have: maintenance moves through its own, plus Update. */
export function statusesFor(type: IncidentType): readonly UpdateStatus[] {
  return type === 'maintenance' ? [...MAINTENANCE_STATUSES, 'update'] : INCIDENT_STATUSES;
}

/** The status a word names ("In progress", "in-progress", "RESOLVED"), if it is one of `allowed`. */
export function statusFromWord(
  word: string,
  allowed: readonly UpdateStatus[] = UPDATE_STATUSES,
): UpdateStatus | undefined {
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
  return allowed.find((candidate) => candidate === key);
}

/**
 * How each status word is written in a heading: the file format's words, English in every
 * language (pages show them from the catalogue, src/core/i18n).
 */
export const STATUS_LABELS: Record<UpdateStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  update: 'Update',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};

/** The status a listed component takes from the incident's impact (`components: [a, b]`). */
export const STATUS_FROM_IMPACT: Record<Impact, ComponentStatus> = {
  none: 'operational',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
};

export function componentStatusRank(status: ComponentStatus): number {
  return COMPONENT_STATUSES.indexOf(status);
}

export function worstComponentStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const status of statuses) {
    if (componentStatusRank(status) > componentStatusRank(worst)) worst = status;
  }
  return worst;
}

export function isTerminalStatus(status: UpdateStatus): boolean {
  return status === 'resolved' || status === 'completed';
}
