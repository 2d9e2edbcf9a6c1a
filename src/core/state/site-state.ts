/**
 * The site's state at `now`: every fact that does not depend on the language (statuses, uptime,
 * history, what is active or to come), computed once per build. Each language's view
 * (outputs/view-model.ts `localize`) is a thin layer of words over it. Pure.
 *
 * Scans are windowed: each incident's start, end and status are worked out once, and the uptime
 * bars and the recent days look only at the incidents that reach into their days, not at the
 * whole history once per component.
 */
import type { ComponentConfig, GroupConfig, SiteConfig } from '../config/schema.ts';
import type { Incident, IncidentUpdate } from '../incident/model.ts';
import { addDays, dayKey, startOfDay } from '../incident/time.ts';
import { worstComponentStatus, type ComponentStatus, type UpdateStatus } from '../incident/vocabulary.ts';
import { nextUpdateDue } from './next-update.ts';
import { historyPages, joinQuietDays, recentDays, sortIncidentsNewestFirst, type HistoryPage } from './history.ts';
import {
  incidentDurationMs,
  incidentEnd,
  incidentStart,
  incidentStatusAt,
  isActiveAt,
  isSettledAt,
  isUpcomingMaintenance,
  maintenanceTransitions,
} from './status.ts';
import {
  countedIncidents,
  daysOf,
  inWindow,
  percentOf,
  scopeSpans,
  type CountedIncident,
  type UptimeDay,
} from './uptime.ts';

export const UPTIME_DAYS = 90;
/** The periods the uptime bars cover, widest first: 90 days on a wide screen, the last 60 or 30 on narrower ones. */
export const UPTIME_PERIODS = [90, 60, 30] as const;
export const RECENT_DAYS = 14;

export interface IncidentState {
  incident: Incident;
  status: UpdateStatus;
  active: boolean;
  upcoming: boolean;
  /** Over, and the same at any later clock (see isSettledAt). */
  settled: boolean;
  start: Date;
  end?: Date;
  durationMs: number;
  /** What is shown: the updates posted by now with the window's own transitions, newest first; all when none is yet. */
  updates: IncidentUpdate[];
  /** While active (incidents): the next update its newest one promised, while that is still ahead. */
  nextUpdate?: Date;
  /** While active and overdue (the promise passed, or silent past the cadence): milliseconds since the last update. */
  silentMs?: number;
}

/** Uptime over one of UPTIME_PERIODS. */
export interface PeriodState {
  days: (typeof UPTIME_PERIODS)[number];
  /** Undefined when no day of the period has data yet. */
  percent?: number;
  /** The first tracked day, when tracking began within the period. */
  since?: string;
}

export interface UptimeState {
  /** The last UPTIME_DAYS days, oldest first. */
  days: UptimeDay[];
  /** Widest first. */
  periods: PeriodState[];
}

export interface ComponentState {
  component: ComponentConfig;
  status: ComponentStatus;
  uptime: UptimeState;
  /** The incidents that name it, newest first. */
  incidents: IncidentState[];
  /** Its past and current incidents in the uptime window (from local midnight of the first bar's day). */
  windowIncidents: IncidentState[];
  /** Its maintenance still to come, soonest first. */
  upcoming: IncidentState[];
  /** Its own paged history, newest first. */
  history: HistoryPage[];
}

export interface SectionState {
  /** Components without a group come as a group with an empty id. */
  group: GroupConfig;
  components: ComponentState[];
  status: ComponentStatus;
  /** None for the section of components without a group. */
  uptime?: UptimeState;
}

export interface SiteState {
  config: SiteConfig;
  now: Date;
  /** Newest first. */
  incidents: IncidentState[];
  bySlug: Map<string, IncidentState>;
  components: ComponentState[];
  /** Groups in config order, then the components without a group; only sections with components. */
  sections: SectionState[];
  overall: ComponentStatus;
  /** Active incidents, most recently updated first. */
  activeIncidents: IncidentState[];
  activeMaintenance: IncidentState[];
  /** Soonest first. */
  upcomingMaintenance: IncidentState[];
  notices: IncidentState[];
  /** The last RECENT_DAYS days, today first; `tracked` is false before the site's first tracked day. */
  /** Today first; `from`: the oldest day of a run of days on which the same incidents only went on. */
  recentDays: { day: string; from?: string; incidents: Incident[]; tracked: boolean }[];
  /** What has begun, newest first, in pages. */
  history: HistoryPage[];
  /** The newest update on the site at `now` (window transitions too). */
  updatedAt: Date;
}

function incidentState(incident: Incident, now: Date, cadenceMinutes: number): IncidentState {
  const posted = [
    ...incident.updates.filter((update) => update.at <= now),
    ...maintenanceTransitions(incident, now),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const state: IncidentState = {
    incident,
    status: incidentStatusAt(incident, now),
    active: isActiveAt(incident, now),
    upcoming: isUpcomingMaintenance(incident, now),
    settled: isSettledAt(incident, now),
    start: incidentStart(incident),
    end: incidentEnd(incident, now),
    durationMs: incidentDurationMs(incident, now),
    updates: posted.length > 0 ? posted : incident.updates,
  };
  if (state.active && incident.type === 'incident') {
    // The promise is read from the update as written, in the default language.
    const latest = state.updates[0];
    const { due, reason } = nextUpdateDue(latest, cadenceMinutes);
    // A promise still ahead is shown; once it has passed (or the incident went quiet), how long ago the last word was.
    if (now > due) state.silentMs = now.getTime() - latest.at.getTime();
    else if (reason === 'promised') state.nextUpdate = due;
  }
  return state;
}

/** The state of the site at `now`, for every language's view. */
export function buildSiteState(config: SiteConfig, incidents: readonly Incident[], now: Date): SiteState {
  const { timeZone } = config;
  const states = new Map<Incident, IncidentState>();
  for (const incident of incidents) states.set(incident, incidentState(incident, now, config.updateCadenceMinutes));
  const stateOf = (incident: Incident) => states.get(incident)!;
  const sorted = sortIncidentsNewestFirst(incidents).map(stateOf);
  const bySlug = new Map(sorted.map((state) => [state.incident.slug, state]));
  const begun = (state: IncidentState) => state.start <= now && !state.upcoming;

  // Uptime: every counted incident's span once; each scope cuts its own from those in the window.
  const counted = countedIncidents(incidents, now, (incident) => ({
    start: stateOf(incident).start,
    end: stateOf(incident).end ?? now,
  }));
  const window = inWindow(counted, now, timeZone, UPTIME_DAYS);
  const earliest = earliestSpans(counted);
  const trackedFrom = (ids: Iterable<string>, since: string | undefined): string | undefined => {
    if (since === undefined) return undefined;
    let first = since;
    for (const id of ids) {
      const start = earliest.get(id);
      if (start === undefined) continue;
      const day = dayKey(new Date(start), timeZone);
      if (day < first) first = day;
    }
    return first;
  };
  const uptime = (ids: ReadonlySet<string>, since: string | undefined): UptimeState => {
    const tracked = trackedFrom(ids, since);
    const spans = scopeSpans(ids, window);
    const days = daysOf(spans, now, timeZone, UPTIME_DAYS, tracked);
    const periods = UPTIME_PERIODS.map((count): PeriodState => {
      const period: PeriodState = { days: count };
      const percent = percentOf(spans, now, timeZone, count, tracked);
      if (percent !== undefined) period.percent = percent;
      if (tracked !== undefined && tracked > days[UPTIME_DAYS - count].day) period.since = tracked;
      return period;
    });
    return { days, periods };
  };

  // A component's status: the worst among the active incidents and maintenance that name it (notices inform only).
  const activeStatuses = new Map<string, ComponentStatus[]>();
  for (const state of sorted) {
    if (!state.active || state.incident.type === 'notice') continue;
    for (const { id, status } of state.incident.components) {
      const statuses = activeStatuses.get(id);
      if (statuses) statuses.push(status);
      else activeStatuses.set(id, [status]);
    }
  }
  const affecting = new Map<string, IncidentState[]>(config.components.map((component) => [component.id, []]));
  for (const state of sorted) {
    for (const id of new Set(state.incident.components.map((affected) => affected.id))) affecting.get(id)?.push(state);
  }

  const components = config.components.map((component): ComponentState => {
    const scope = uptime(new Set([component.id]), component.trackedSince ?? config.trackedSince);
    const windowStart = startOfDay(scope.days[0].day, timeZone);
    const own = affecting.get(component.id)!;
    return {
      component,
      status: worstComponentStatus(activeStatuses.get(component.id) ?? []),
      uptime: scope,
      incidents: own,
      windowIncidents: own.filter(
        (state) => !state.upcoming && state.start <= now && (state.end ?? now) >= windowStart,
      ),
      upcoming: own.filter((state) => state.upcoming).sort((a, b) => a.start.getTime() - b.start.getTime()),
      history: historyPages(
        own.filter(begun).map((state) => state.incident),
        timeZone,
        config.historyPageSize,
      ),
    };
  });

  const section = (group: GroupConfig, members: ComponentState[]): SectionState => {
    // A group has data from its first member's first tracked day; a member tracked always makes it tracked always.
    const starts = members.map((member) => member.component.trackedSince ?? config.trackedSince);
    const since = starts.includes(undefined) ? undefined : starts.sort()[0];
    const state: SectionState = {
      group,
      components: members,
      status: worstComponentStatus(members.map((member) => member.status)),
    };
    if (group.id) state.uptime = uptime(new Set(members.map((member) => member.component.id)), since);
    return state;
  };
  const sections: SectionState[] = [];
  for (const group of config.groups) {
    const members = components.filter((component) => component.component.group === group.id);
    if (members.length > 0) sections.push(section(group, members));
  }
  const ungrouped = components.filter((component) => component.component.group === undefined);
  if (ungrouped.length > 0) sections.push(section({ id: '', name: '' }, ungrouped));

  const siteTracked = trackedFrom(
    config.components.map((component) => component.id),
    config.trackedSince,
  );
  const active = sorted.filter((state) => state.active && state.incident.type === 'incident');
  active.sort((a, b) => b.updates[0].at.getTime() - a.updates[0].at.getTime());

  return {
    config,
    now,
    incidents: sorted,
    bySlug,
    components,
    sections,
    overall: worstComponentStatus(components.map((component) => component.status)),
    activeIncidents: active,
    activeMaintenance: sorted.filter((state) => state.active && state.incident.type === 'maintenance'),
    upcomingMaintenance: sorted.filter((state) => state.upcoming).sort((a, b) => a.start.getTime() - b.start.getTime()),
    notices: sorted.filter((state) => state.active && state.incident.type === 'notice'),
    recentDays: joinQuietDays(recentDays(recentCandidates(sorted, now, timeZone), now, timeZone, RECENT_DAYS), now).map(
      (day) => ({
        day: day.day,
        ...(day.from ? { from: day.from } : {}),
        incidents: day.incidents,
        tracked: siteTracked === undefined || day.day >= siteTracked || day.incidents.length > 0,
      }),
    ),
    history: historyPages(
      sorted.filter(begun).map((state) => state.incident),
      timeZone,
      config.historyPageSize,
    ),
    updatedAt: sorted.reduce((latest, state) => {
      const newest = state.updates.find((update) => update.at <= now);
      // Stryker disable next-line EqualityOperator: on a tie both are the same instant
      return newest && newest.at > latest ? newest.at : latest;
    }, new Date(0)),
  };
}

/** Per component id: the earliest start of a counted incident naming it (for the first tracked day). */
function earliestSpans(counted: readonly CountedIncident[]): Map<string, number> {
  const earliest = new Map<string, number>();
  for (const { incident, start } of counted) {
    for (const { id } of incident.components) if (start < (earliest.get(id) ?? Infinity)) earliest.set(id, start);
  }
  return earliest;
}

/** The incidents (no notices) that can fall on one of the last RECENT_DAYS days: recentDays sorts them into days. */
function recentCandidates(sorted: readonly IncidentState[], now: Date, timeZone: string): Incident[] {
  const today = dayKey(now, timeZone);
  const from = startOfDay(addDays(today, -(RECENT_DAYS - 1)), timeZone);
  const to = startOfDay(addDays(today, 1), timeZone);
  return sorted
    .filter(({ incident, start, end = now }) => {
      if (incident.type === 'notice' || start > now || start >= to) return false;
      return end > from || (start.getTime() === end.getTime() && start >= from);
    })
    .map((state) => state.incident);
}
