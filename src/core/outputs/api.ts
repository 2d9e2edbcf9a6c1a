/**
 * Statuspage v2-compatible JSON documents, from the site view model. Ids of
 * components are their configured ids; incidents use their slugs; updates
 * their `<slug>#<time>` ids. Times are the incidents' own, never the build's,
 * so an unchanged site gives the same bytes.
 */
import type { z } from 'zod';
import { absoluteUrl } from './paths.ts';
import type * as Statuspage from './statuspage-schema.ts';
import { incidentStatusAt } from '../state/status.ts';
import { isoUtc } from '../incident/time.ts';
import type { IncidentView, SiteView, UpdateView } from './view-model.ts';
import { isTerminalStatus, type ComponentStatus, type UpdateStatus } from '../incident/vocabulary.ts';

type Page = z.output<typeof Statuspage.PageSchema>;
type ApiComponent = z.output<typeof Statuspage.ComponentSchema>;
type ApiIncident = z.output<typeof Statuspage.IncidentSchema>;
type ApiMaintenance = z.output<typeof Statuspage.ScheduledMaintenanceSchema>;
type ApiUpdate = z.output<typeof Statuspage.IncidentUpdateSchema>;
type ApiStatus = z.output<typeof Statuspage.StatusSchema>;

/** Statuspage lists this many incidents and maintenances, newest first. */
const LIST_LIMIT = 50;

const INDICATORS: Record<ComponentStatus, ApiStatus> = {
  operational: { indicator: 'none', description: 'All Systems Operational' },
  degraded_performance: { indicator: 'minor', description: 'Minor Service Outage' },
  partial_outage: { indicator: 'major', description: 'Partial System Outage' },
  major_outage: { indicator: 'critical', description: 'Major System Outage' },
  under_maintenance: { indicator: 'maintenance', description: 'Service Under Maintenance' },
};

// Every document of a site view is built together (they share their parts): once per view.
const documentsBySite = new WeakMap<SiteView, Record<string, unknown>>();

export function apiDocuments(site: SiteView): Record<string, unknown> {
  let documents = documentsBySite.get(site);
  if (!documents) documentsBySite.set(site, (documents = buildApiDocuments(site)));
  return documents;
}

function buildApiDocuments(site: SiteView): Record<string, unknown> {
  const api = new ApiBuilder(site);
  const incidents = site.incidents.filter((incident) => incident.type === 'incident' && incident.start <= site.now);
  const maintenances = site.incidents.filter((incident) => incident.type === 'maintenance');
  const unresolved = site.activeIncidents.map((incident) => api.incident(incident));
  const upcoming = site.upcomingMaintenance.map((incident) => api.maintenance(incident));
  const active = site.activeMaintenance.map((incident) => api.maintenance(incident));
  const page = api.page;
  const components = api.components();
  const status = INDICATORS[site.overall.status];
  return {
    'status.json': { page, status },
    'summary.json': {
      page,
      components,
      incidents: unresolved,
      scheduled_maintenances: [...active, ...upcoming],
      status,
    },
    'components.json': { page, components },
    'incidents.json': { page, incidents: incidents.slice(0, LIST_LIMIT).map((incident) => api.incident(incident)) },
    'incidents/unresolved.json': { page, incidents: unresolved },
    'scheduled-maintenances.json': {
      page,
      scheduled_maintenances: maintenances.slice(0, LIST_LIMIT).map((incident) => api.maintenance(incident)),
    },
    'scheduled-maintenances/upcoming.json': { page, scheduled_maintenances: upcoming },
    'scheduled-maintenances/active.json': { page, scheduled_maintenances: active },
  };
}

export function renderApiDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

class ApiBuilder {
  readonly page: Page;
  readonly #site: SiteView;
  readonly #since: Date;
  readonly #componentById: Map<string, ApiComponent>;
  /** Per component: when an incident naming it last began or ended (notices don't change status). */
  readonly #changed = new Map<string, Date>();
  #components?: ApiComponent[];

  constructor(site: SiteView) {
    this.#site = site;
    const newest = site.updatedAt;
    // The first update posted by now (or the newest time, with none).
    // Times as numbers, and the incident's own list of components (not the view's, with its pills): every incident
    // of the site is looked at here.
    const now = site.now.getTime();
    let since = newest;
    for (const incident of site.incidents)
      for (const at of incident.updateTimes) if (at.getTime() <= now && at.getTime() < since.getTime()) since = at;
    this.#since = since;
    for (const incident of site.incidents) {
      if (incident.type === 'notice') continue;
      for (const at of [incident.start, incident.end]) {
        if (!at || at.getTime() > now) continue;
        for (const { id } of incident.incident.components)
          if (at.getTime() > (this.#changed.get(id) ?? this.#since).getTime()) this.#changed.set(id, at);
      }
    }
    this.page = {
      id: new URL(site.config.url).host,
      name: site.config.name,
      url: site.config.url,
      time_zone: site.config.timeZone,
      updated_at: isoUtc(newest),
    };
    this.#componentById = new Map(this.components().map((component) => [component.id, component]));
  }

  components(): ApiComponent[] {
    return (this.#components ??= this.#buildComponents());
  }

  #buildComponents(): ApiComponent[] {
    const out: ApiComponent[] = [];
    let position = 1;
    for (const section of this.#site.sections) {
      if (section.id !== '') {
        out.push({
          ...this.#componentFields(
            section.id,
            section.name,
            section.description ?? null,
            section.status,
            null,
            position++,
            this.#changedAt(section.components.map((c) => c.id)),
          ),
          group: true,
          components: section.components.map((component) => component.id),
        });
      }
      for (const component of section.components) {
        out.push({
          ...this.#componentFields(
            component.id,
            component.name,
            component.description ?? null,
            component.status,
            section.id || null,
            position++,
            this.#changedAt([component.id]),
          ),
          group: false,
        });
      }
    }
    return out;
  }

  #componentFields(
    id: string,
    name: string,
    description: string | null,
    status: ComponentStatus,
    groupId: string | null,
    position: number,
    updatedAt: Date,
  ) {
    return {
      id,
      name,
      status,
      created_at: isoUtc(this.#since),
      updated_at: isoUtc(updatedAt),
      position,
      description,
      showcase: true,
      start_date: null,
      group_id: groupId,
      page_id: this.page.id,
      only_show_if_degraded: false,
    };
  }

  /** When the status of these components last changed: an incident naming one began or ended. */
  #changedAt(ids: string[]): Date {
    return ids.reduce((latest, id) => {
      const changed = this.#changed.get(id);
      return changed && changed > latest ? changed : latest;
    }, this.#since);
  }

  #fields(incident: IncidentView) {
    const updates = incident.updates.filter((update) => update.at <= this.#site.now);
    const oldest = updates[updates.length - 1] ?? incident.latest;
    const newest = updates[0] ?? incident.latest;
    const monitoring = [...updates].reverse().find((update) => update.status === 'monitoring');
    return {
      id: incident.slug,
      name: incident.title,
      created_at: isoUtc(oldest.at),
      updated_at: isoUtc(newest.at),
      monitoring_at: monitoring ? isoUtc(monitoring.at) : null,
      resolved_at: incident.end ? isoUtc(incident.end) : null,
      shortlink: absoluteUrl(this.#site.config.url, incident.url),
      started_at: isoUtc(incident.start),
      page_id: this.page.id,
      incident_updates: updates.map((update, index) => this.#update(incident, update, index === updates.length - 1)),
      components: incident.components
        .map((component) => this.#componentById.get(component.id))
        .filter((c): c is ApiComponent => c !== undefined),
    };
  }

  incident(incident: IncidentView): ApiIncident {
    return { ...this.#fields(incident), status: toIncidentStatus(incident.status), impact: incident.impact };
  }

  maintenance(incident: IncidentView): ApiMaintenance {
    const scheduled = incident.incident.scheduled!;
    return {
      ...this.#fields(incident),
      status: incident.status as ApiMaintenance['status'],
      impact: 'maintenance',
      scheduled_for: isoUtc(scheduled.start),
      scheduled_until: isoUtc(scheduled.end),
    };
  }

  #update(incident: IncidentView, update: UpdateView, first: boolean): ApiUpdate {
    // "Update" is ours, not Statuspage's: it reports the state the incident was in at that time.
    const status = update.status === 'update' ? incidentStatusAt(incident.incident, update.at) : update.status;
    const terminal = isTerminalStatus(status);
    const affected =
      first || terminal
        ? incident.components.map((component) => ({
            code: component.id,
            name: component.name,
            old_status: first ? 'operational' : component.status,
            new_status: terminal ? 'operational' : component.status,
          }))
        : null;
    return {
      id: update.id,
      status: incident.type === 'maintenance' ? (status as ApiUpdate['status']) : toIncidentStatus(status),
      body: update.text,
      incident_id: incident.slug,
      created_at: isoUtc(update.at),
      updated_at: isoUtc(update.at),
      display_at: isoUtc(update.at),
      affected_components: affected,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    };
  }
}

function toIncidentStatus(status: UpdateStatus): ApiIncident['status'] {
  return status === 'update' ? 'investigating' : (status as ApiIncident['status']);
}
