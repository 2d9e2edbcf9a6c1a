/**
 * The one view model every output renders from: pages now, feeds and the
 * API later. Built once per build from the config, the incidents and `now`.
 */
import type { Incident, IncidentUpdate } from '../incident/model.ts';
import { historyPages, recentDays, sortIncidentsNewestFirst, type HistoryPage } from '../state/history.ts';
import { renderMarkdownBoth, type RenderedMarkdown } from './markdown.ts';
import { promisedNextUpdate } from '../checks/next-update.ts';
import { basePath, sitePaths, updateAnchor, type SitePaths } from './paths.ts';
import type { ComponentConfig, GroupConfig, SiteConfig } from '../config/schema.ts';
import {
  componentStatusAt,
  incidentDurationMs,
  incidentEnd,
  incidentStart,
  incidentStatusAt,
  isActiveAt,
  isSettledAt,
  isUpcomingMaintenance,
  maintenanceTransitions,
  OVERALL_STATUS_LABELS,
  overallStatusAt,
} from '../state/status.ts';
import { formatDuration, startOfDay } from '../incident/time.ts';
import { formatUptime, uptimeDays, uptimePercent, type UptimeDay } from '../state/uptime.ts';
import { COMPONENT_STATUS_LABELS, IMPACT_LABELS, STATUS_LABELS, worstComponentStatus, type ComponentStatus, type UpdateStatus } from '../incident/vocabulary.ts';

export const UPTIME_DAYS = 90;
export const RECENT_DAYS = 14;

export interface UpdateView extends IncidentUpdate {
  label: string;
  anchor: string;
  url: string;
  /** Sanitized HTML of the message, rendered once on first use. */
  readonly html: string;
  /** Plain text of the message, for feeds, the API and share texts; rendered once on first use. */
  readonly text: string;
}

export interface IncidentView {
  incident: Incident;
  slug: string;
  url: string;
  title: string;
  type: Incident['type'];
  impact: Incident['impact'];
  impactLabel: string;
  status: UpdateStatus;
  statusLabel: string;
  active: boolean;
  upcoming: boolean;
  /** Over, and the same at any later clock (see isSettledAt). */
  settled: boolean;
  start: Date;
  end?: Date;
  durationLabel: string;
  components: { id: string; name: string; status: ComponentStatus; statusLabel: string; url: string }[];
  updates: UpdateView[];
  latest: UpdateView;
  /** While active: when the newest update promised the next one. */
  nextUpdate?: Date;
  postmortemUrl?: string;
  postmortemHtml?: string;
}

export interface ComponentView extends ComponentConfig {
  url: string;
  status: ComponentStatus;
  statusLabel: string;
  uptimeDays: UptimeDay[];
  uptimeLabel: string;
  incidents: IncidentView[];
  /** Its incidents in the uptime window (from local midnight of the first bar's day) and planned ones. */
  windowIncidents: IncidentView[];
}

export interface GroupView extends GroupConfig {
  components: ComponentView[];
  status: ComponentStatus;
  uptimeDays: UptimeDay[];
  uptimeLabel: string;
}

export interface SiteView {
  config: SiteConfig;
  now: Date;
  paths: SitePaths;
  overall: { status: ComponentStatus; label: string };
  /** Active incidents, most recently updated first. */
  activeIncidents: IncidentView[];
  activeMaintenance: IncidentView[];
  upcomingMaintenance: IncidentView[];
  notices: IncidentView[];
  components: ComponentView[];
  /** Groups in config order; components without a group come as a group of their own with an empty id. */
  sections: GroupView[];
  recentDays: { day: string; incidents: IncidentView[] }[];
  incidents: IncidentView[];
  history: HistoryPage[];
  incidentBySlug: Map<string, IncidentView>;
  /** The newest update on the site at `now` (window transitions too): the page's version stamp. */
  updatedAt: Date;
}

export function buildSiteView(config: SiteConfig, incidents: readonly Incident[], now: Date): SiteView {
  const paths = sitePaths(basePath(config.url));
  const componentById = new Map(config.components.map((component) => [component.id, component]));
  const sorted = sortIncidentsNewestFirst(incidents);

  const views = sorted.map((incident) => incidentView(incident, now, paths, componentById));
  const bySlug = new Map(views.map((view) => [view.slug, view]));
  const viewOf = (incident: Incident) => bySlug.get(incident.slug)!;

  const components: ComponentView[] = config.components.map((component) => {
    const status = componentStatusAt(component.id, incidents, now);
    const ids = new Set([component.id]);
    const days = uptimeDays(ids, incidents, now, config.timeZone, UPTIME_DAYS);
    const windowStart = startOfDay(days[0].day, config.timeZone);
    const affecting = views.filter((view) => view.components.some((affected) => affected.id === component.id));
    return {
      ...component,
      url: paths.component(component.id),
      status,
      statusLabel: COMPONENT_STATUS_LABELS[status],
      uptimeDays: days,
      uptimeLabel: formatUptime(uptimePercent(ids, incidents, now, config.timeZone, UPTIME_DAYS)),
      incidents: affecting,
      windowIncidents: affecting.filter((view) => view.upcoming || (view.end ?? now) >= windowStart),
    };
  });

  const section = (group: GroupConfig, members: ComponentView[]): GroupView => {
    const ids = new Set(members.map((member) => member.id));
    return {
      ...group,
      components: members,
      status: worstComponentStatus(members.map((member) => member.status)),
      uptimeDays: group.id ? uptimeDays(ids, incidents, now, config.timeZone, UPTIME_DAYS) : [],
      uptimeLabel: group.id ? formatUptime(uptimePercent(ids, incidents, now, config.timeZone, UPTIME_DAYS)) : '',
    };
  };
  const sections: GroupView[] = config.groups.map((group) => section(group, components.filter((component) => component.group === group.id)));
  const ungrouped = components.filter((component) => component.group === undefined);
  if (ungrouped.length > 0) sections.push(section({ id: '', name: '' }, ungrouped));

  const overall = overallStatusAt(config.components.map((component) => component.id), incidents, now);
  const active = views.filter((view) => view.active && view.type === 'incident');
  active.sort((a, b) => b.latest.at.getTime() - a.latest.at.getTime());

  return {
    config,
    now,
    paths,
    overall: { status: overall, label: OVERALL_STATUS_LABELS[overall] },
    activeIncidents: active,
    activeMaintenance: views.filter((view) => view.active && view.type === 'maintenance'),
    upcomingMaintenance: views.filter((view) => view.upcoming).sort((a, b) => a.start.getTime() - b.start.getTime()),
    notices: views.filter((view) => view.active && view.type === 'notice'),
    components,
    sections: sections.filter((section) => section.components.length > 0),
    recentDays: recentDays(incidents.filter((incident) => incident.type !== 'notice'), now, config.timeZone, RECENT_DAYS).map((day) => ({
      day: day.day,
      incidents: day.incidents.map(viewOf),
    })),
    incidents: views,
    history: historyPages(incidents.filter((incident) => incidentStart(incident) <= now || incident.type === 'maintenance'), config.timeZone, config.historyPageSize),
    incidentBySlug: bySlug,
    updatedAt: views.reduce((latest, view) => {
      const newest = view.updates.find((update) => update.at <= now);
      return newest && newest.at > latest ? newest.at : latest;
    }, new Date(0)),
  };
}


/** Rendering Markdown is the costliest step of a build: each message is rendered once, and only when a page or feed needs it. */
function updateView(update: IncidentUpdate, slug: string, paths: SitePaths): UpdateView {
  let rendered: RenderedMarkdown | undefined;
  return {
    ...update,
    label: STATUS_LABELS[update.status],
    anchor: updateAnchor(update.id),
    url: paths.update(slug, update.id),
    get html() {
      return (rendered ??= renderMarkdownBoth(update.markdown)).html;
    },
    get text() {
      return (rendered ??= renderMarkdownBoth(update.markdown)).text;
    },
  };
}

function incidentView(incident: Incident, now: Date, paths: SitePaths, componentById: Map<string, ComponentConfig>): IncidentView {
  const posted = [...incident.updates.filter((update) => update.at <= now), ...maintenanceTransitions(incident, now)].sort(
    (a, b) => b.at.getTime() - a.at.getTime(),
  );
  const shown = posted.length > 0 ? posted : incident.updates;
  const updates: UpdateView[] = shown.map((update) => updateView(update, incident.slug, paths));
  const status = incidentStatusAt(incident, now);
  const end = incidentEnd(incident, now);
  const view: IncidentView = {
    incident,
    slug: incident.slug,
    url: paths.incident(incident.slug),
    title: incident.title,
    type: incident.type,
    impact: incident.impact,
    impactLabel: IMPACT_LABELS[incident.impact],
    status,
    statusLabel: STATUS_LABELS[status],
    active: isActiveAt(incident, now),
    upcoming: isUpcomingMaintenance(incident, now),
    settled: isSettledAt(incident, now),
    start: incidentStart(incident),
    end,
    durationLabel: formatDuration(incidentDurationMs(incident, now)),
    components: incident.components.map((affected) => ({
      id: affected.id,
      name: componentById.get(affected.id)?.name ?? affected.id,
      status: affected.status,
      statusLabel: COMPONENT_STATUS_LABELS[affected.status],
      url: paths.component(affected.id),
    })),
    updates,
    latest: updates[0],
  };
  if (view.active && incident.type === 'incident') {
    const promised = promisedNextUpdate(view.latest);
    if (promised) view.nextUpdate = promised;
  }
  if (incident.postmortemUrl) view.postmortemUrl = incident.postmortemUrl;
  if (incident.postmortemMarkdown) view.postmortemHtml = renderMarkdownBoth(incident.postmortemMarkdown).html;
  return view;
}
