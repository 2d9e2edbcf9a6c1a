/**
 * The shapes of Atlassian Statuspage's public v2 API
 * (https://metastatuspage.com/api/v2/), written from its documentation and
 * real responses, independently of the code that emits ours. Tests check
 * our output against these; clients written for Statuspage read it.
 */
import { z } from 'zod';

const time = z.iso.datetime({ offset: true });
const nullableTime = time.nullable();

export const PageSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  url: z.url(),
  time_zone: z.string(),
  updated_at: time,
});

export const StatusSchema = z.strictObject({
  indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  description: z.string(),
});

export const ComponentSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  status: z.enum(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']),
  created_at: time,
  updated_at: time,
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.iso.date().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  /** Only on groups: the ids of their components. */
  components: z.array(z.string()).optional(),
});

export const AffectedComponentSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  old_status: z.string(),
  new_status: z.string(),
});

const incidentStatus = z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']);
const maintenanceStatus = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);

export const IncidentUpdateSchema = z.strictObject({
  id: z.string(),
  status: z.union([incidentStatus, maintenanceStatus]),
  body: z.string(),
  incident_id: z.string(),
  created_at: time,
  updated_at: time,
  display_at: time,
  affected_components: z.array(AffectedComponentSchema).nullable(),
  deliver_notifications: z.boolean(),
  custom_tweet: z.string().nullable(),
  tweet_id: z.string().nullable(),
});

const incidentFields = {
  id: z.string(),
  name: z.string(),
  created_at: time,
  updated_at: time,
  monitoring_at: nullableTime,
  resolved_at: nullableTime,
  shortlink: z.url(),
  started_at: time,
  page_id: z.string(),
  incident_updates: z.array(IncidentUpdateSchema),
  components: z.array(ComponentSchema),
};

export const IncidentSchema = z.strictObject({
  ...incidentFields,
  status: incidentStatus,
  impact: z.enum(['none', 'minor', 'major', 'critical']),
});

export const ScheduledMaintenanceSchema = z.strictObject({
  ...incidentFields,
  status: maintenanceStatus,
  impact: z.enum(['none', 'maintenance', 'minor', 'major', 'critical']),
  scheduled_for: time,
  scheduled_until: time,
});

export const StatusDocumentSchema = z.strictObject({ page: PageSchema, status: StatusSchema });
export const ComponentsDocumentSchema = z.strictObject({ page: PageSchema, components: z.array(ComponentSchema) });
export const IncidentsDocumentSchema = z.strictObject({ page: PageSchema, incidents: z.array(IncidentSchema) });
export const ScheduledMaintenancesDocumentSchema = z.strictObject({
  page: PageSchema,
  scheduled_maintenances: z.array(ScheduledMaintenanceSchema),
});
export const SummaryDocumentSchema = z.strictObject({
  page: PageSchema,
  components: z.array(ComponentSchema),
  incidents: z.array(IncidentSchema),
  scheduled_maintenances: z.array(ScheduledMaintenanceSchema),
  status: StatusSchema,
});

/** Each file under /api/v2/ and the schema it must satisfy. */
export const API_DOCUMENTS = {
  'status.json': StatusDocumentSchema,
  'summary.json': SummaryDocumentSchema,
  'components.json': ComponentsDocumentSchema,
  'incidents.json': IncidentsDocumentSchema,
  'incidents/unresolved.json': IncidentsDocumentSchema,
  'scheduled-maintenances.json': ScheduledMaintenancesDocumentSchema,
  'scheduled-maintenances/upcoming.json': ScheduledMaintenancesDocumentSchema,
  'scheduled-maintenances/active.json': ScheduledMaintenancesDocumentSchema,
} as const;
