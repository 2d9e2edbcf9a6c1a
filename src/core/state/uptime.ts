/**
 * Uptime per component (or group of components) and day, with Statuspage's
 * weights: a major outage counts fully down, a partial outage 30%, degraded
 * performance and maintenance not at all. Overlapping incidents count once,
 * at the worst. One pass collects each scope's spans; days then cut them.
 *
 * Days before a scope was tracked (`trackedFrom`, a `YYYY-MM-DD` day in the
 * display zone) have no data: they are drawn as such and left out of the
 * percentage. Examples written by `outpost init` count nothing.
 */
import type { Incident } from '../incident/model.ts';
import { incidentInterval } from './history.ts';
import { incidentStart } from './status.ts';
import { memoize } from '../base/memo.ts';
import { addDays, dayKey, startOfDay } from '../incident/time.ts';
import { componentStatusRank, worstComponentStatus, type ComponentStatus } from '../incident/vocabulary.ts';

export const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

export interface UptimeDay {
  day: string;
  /** Worst status any of the scope's components had that day. */
  worst: ComponentStatus;
  /** 0..1, over the part of the day that has passed. */
  uptime: number;
  /** False before the scope was tracked: no data, not "no incidents". */
  tracked: boolean;
  /** Minutes with a partial or major outage that day. */
  outageMinutes: number;
  incidents: Incident[];
}

export interface Span {
  start: number;
  end: number;
  status: ComponentStatus;
  incident: Incident;
}

/** An incident as uptime counts it: from its start to its end (now while ongoing), never shorter than nothing. */
export interface CountedIncident {
  incident: Incident;
  start: number;
  end: number;
}

/**
 * The incidents uptime counts, in the order given: not notices nor examples, begun by `now`. `interval` gives
 * an incident's start and end at `now` (the site state passes the ones it has computed).
 */
export function countedIncidents(
  incidents: readonly Incident[],
  now: Date,
  interval: (incident: Incident) => { start: Date; end: Date } = (incident) => incidentInterval(incident, now),
): CountedIncident[] {
  const counted: CountedIncident[] = [];
  for (const incident of incidents) {
    if (incident.type === 'notice' || incident.example || incidentStart(incident) > now) continue;
    const { start, end } = interval(incident);
    counted.push({ incident, start: start.getTime(), end: Math.max(end.getTime(), start.getTime()) });
  }
  return counted;
}

/** Of the counted incidents, the spans in which any of `ids` was affected, at its worst status per incident. */
export function scopeSpans(ids: ReadonlySet<string>, counted: readonly CountedIncident[]): Span[] {
  const spans: Span[] = [];
  for (const { incident, start, end } of counted) {
    const affected = incident.components.filter((component) => ids.has(component.id));
    if (affected.length > 0)
      spans.push({ start, end, status: worstComponentStatus(affected.map((c) => c.status)), incident });
  }
  return spans;
}

/** The spans in which any of `ids` was affected, at its worst status per incident. */
function spansFor(ids: ReadonlySet<string>, incidents: readonly Incident[], now: Date): Span[] {
  return scopeSpans(ids, countedIncidents(incidents, now));
}

/** Over [from, to): weighted downtime and minutes of outage, the worst covering status counting at each moment. */
function measure(spans: readonly Span[], from: number, to: number): { down: number; outage: number } {
  const points = new Set<number>([from, to]);
  for (const span of spans) {
    if (span.start > from && span.start < to) points.add(span.start);
    if (span.end > from && span.end < to) points.add(span.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  let down = 0;
  let outage = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i],
      b = sorted[i + 1];
    let worst: ComponentStatus = 'operational';
    for (const span of spans)
      if (span.start <= a && span.end >= b && componentStatusRank(span.status) > componentStatusRank(worst))
        worst = span.status;
    down += DOWNTIME_WEIGHT[worst] * (b - a);
    if (worst === 'partial_outage' || worst === 'major_outage') outage += b - a;
  }
  return { down, outage };
}

/**
 * The first day a scope has data: the configured day (`since`), or the day of its first incident when that is
 * earlier (a history imported from before the page existed). Undefined when nothing is configured: tracked always.
 */
export function trackedFrom(
  ids: ReadonlySet<string>,
  incidents: readonly Incident[],
  now: Date,
  timeZone: string,
  since: string | undefined,
): string | undefined {
  if (since === undefined) return undefined;
  let first = since;
  for (const span of spansFor(ids, incidents, now)) {
    const day = dayKey(new Date(span.start), timeZone);
    if (day < first) first = day;
  }
  return first;
}

/** The last `days` days of a component or group, oldest first (the order bars are drawn in). */
export function uptimeDays(
  ids: ReadonlySet<string>,
  incidents: readonly Incident[],
  now: Date,
  timeZone: string,
  days: number,
  tracked?: string,
): UptimeDay[] {
  return daysOf(spansFor(ids, incidents, now), now, timeZone, days, tracked);
}

/**
 * The last `days` days at `now` in a zone, oldest first: each day's key and the instants it begins and ends (today
 * ends at `now`). Every scope (each component, group and the whole site) cuts its spans by the same days, so they
 * are worked out once per build, not once per scope: each takes a few of `Intl`'s zone look-ups.
 */
const lastDays = memoize((nowMs: string, timeZone: string, count: string) => {
  const now = Number(nowMs);
  const today = dayKey(new Date(now), timeZone);
  const days = Array.from({ length: Number(count) + 1 }, (_, index) => addDays(today, index - Number(count) + 1));
  const starts = days.map((day) => startOfDay(day, timeZone).getTime());
  return days.slice(0, -1).map((day, index): Readonly<{ day: string; from: number; to: number }> => ({
    day,
    from: starts[index],
    to: Math.min(starts[index + 1], now),
  }));
}, 16);

/** The last `days` days from a scope's spans (scopeSpans), oldest first. */
export function daysOf(
  spans: readonly Span[],
  now: Date,
  timeZone: string,
  days: number,
  tracked?: string,
): UptimeDay[] {
  const out: UptimeDay[] = [];
  for (const { day, from, to } of lastDays(String(now.getTime()), timeZone, String(days))) {
    const touching = spans.filter((span) => touches(span, from, to));
    const { down, outage } = measure(touching, from, to);
    out.push({
      day,
      worst: worstComponentStatus(touching.map((span) => span.status)),
      uptime: 1 - down / Math.max(1, to - from),
      tracked: tracked === undefined || day >= tracked,
      outageMinutes: Math.round(outage / 60_000),
      incidents: [...new Set(touching.map((span) => span.incident))],
    });
  }
  return out;
}

/**
 * Of the counted incidents, those that can touch the last `days` days (the longest window a scope's days
 * or percentages cover): a scope's spans are then cut from a few, not from the whole history.
 */
export function inWindow(
  counted: readonly CountedIncident[],
  now: Date,
  timeZone: string,
  days: number,
): CountedIncident[] {
  // From the start of the first of the days the bars cut (`lastDays`), to now.
  const from = lastDays(String(now.getTime()), timeZone, String(days))[0].from;
  return counted.filter((span) => touches(span, from, now.getTime()));
}

/** Whether a span reaches into [from, to): overlaps it, or is an instant inside it. */
function touches(span: { start: number; end: number }, from: number, to: number): boolean {
  return span.start < to && (span.end > from || (span.start === span.end && span.start >= from));
}

export function componentUptimeDays(
  componentId: string,
  incidents: readonly Incident[],
  now: Date,
  timeZone: string,
  days: number,
): UptimeDay[] {
  return uptimeDays(new Set([componentId]), incidents, now, timeZone, days);
}

/**
 * Uptime over a window of days, in percent, weighted by time; from the first tracked day when that is later than
 * the window's first. Undefined when no part of the window was tracked yet.
 */
export function uptimePercent(
  ids: ReadonlySet<string>,
  incidents: readonly Incident[],
  now: Date,
  timeZone: string,
  days: number,
  tracked?: string,
): number | undefined {
  return percentOf(spansFor(ids, incidents, now), now, timeZone, days, tracked);
}

/** Uptime over the last `days` days from a scope's spans (scopeSpans), as uptimePercent. */
export function percentOf(
  spans: readonly Span[],
  now: Date,
  timeZone: string,
  days: number,
  tracked?: string,
): number | undefined {
  const first = addDays(dayKey(now, timeZone), -(days - 1));
  const from = startOfDay(tracked !== undefined && tracked > first ? tracked : first, timeZone).getTime();
  const to = now.getTime();
  if (from > to) return undefined;
  const { down } = measure(
    spans.filter((span) => span.start < to && span.end > from),
    from,
    to,
  );
  return 100 * (1 - down / Math.max(1, to - from));
}
