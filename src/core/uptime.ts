/**
 * Uptime per component and day, with Statuspage's weights: a major outage
 * counts fully down, a partial outage 30%, degraded performance and
 * maintenance not at all. Overlapping incidents count once, at the worst.
 */
import type { Incident } from './model.ts';
import { incidentInterval } from './history.ts';
import { incidentStart } from './status.ts';
import { addDays, dayKey, startOfDay } from './time.ts';
import { worstComponentStatus, type ComponentStatus } from './vocabulary.ts';

export const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

export interface UptimeDay {
  day: string;
  /** Worst status the component had that day. */
  worst: ComponentStatus;
  /** 0..1, over the part of the day that has passed. */
  uptime: number;
  incidents: Incident[];
}

interface Span {
  start: number;
  end: number;
  status: ComponentStatus;
  incident: Incident;
}

function spansFor(componentId: string, incidents: readonly Incident[], now: Date): Span[] {
  const spans: Span[] = [];
  for (const incident of incidents) {
    if (incident.type === 'notice' || incidentStart(incident) > now) continue;
    const affected = incident.components.find((component) => component.id === componentId);
    if (!affected) continue;
    const { start, end } = incidentInterval(incident, now);
    spans.push({ start: start.getTime(), end: Math.max(end.getTime(), start.getTime()), status: affected.status, incident });
  }
  return spans;
}

/** Weighted downtime in ms over [from, to): at each moment the worst covering status counts. */
function weightedDowntime(spans: readonly Span[], from: number, to: number): number {
  const points = new Set<number>([from, to]);
  for (const span of spans) {
    if (span.start > from && span.start < to) points.add(span.start);
    if (span.end > from && span.end < to) points.add(span.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  let down = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i], b = sorted[i + 1];
    let weight = 0;
    for (const span of spans) if (span.start <= a && span.end >= b) weight = Math.max(weight, DOWNTIME_WEIGHT[span.status]);
    down += weight * (b - a);
  }
  return down;
}

/** The last `days` days of one component, oldest first (the order bars are drawn in). */
export function componentUptimeDays(componentId: string, incidents: readonly Incident[], now: Date, timeZone: string, days: number): UptimeDay[] {
  const spans = spansFor(componentId, incidents, now);
  const today = dayKey(now, timeZone);
  const out: UptimeDay[] = [];
  for (let offset = days - 1; offset >= 0; offset--) {
    const day = addDays(today, -offset);
    const from = startOfDay(day, timeZone).getTime();
    const to = Math.min(startOfDay(addDays(day, 1), timeZone).getTime(), now.getTime());
    const touching = spans.filter((span) => span.start < to && (span.end > from || (span.start === span.end && span.start >= from)));
    const length = Math.max(1, to - from);
    out.push({
      day,
      worst: worstComponentStatus(touching.map((span) => span.status)),
      uptime: 1 - weightedDowntime(touching, from, to) / length,
      incidents: [...new Set(touching.map((span) => span.incident))],
    });
  }
  return out;
}

/** Uptime over a window of days, weighted by each day's length so far. */
export function uptimePercent(componentId: string, incidents: readonly Incident[], now: Date, timeZone: string, days: number): number {
  const spans = spansFor(componentId, incidents, now);
  const today = dayKey(now, timeZone);
  const from = startOfDay(addDays(today, -(days - 1)), timeZone).getTime();
  const to = now.getTime();
  const relevant = spans.filter((span) => span.start < to && span.end > from);
  return 100 * (1 - weightedDowntime(relevant, from, to) / Math.max(1, to - from));
}

/** "99.95%": never rounds a bad day up to 100%. */
export function formatUptime(percent: number): string {
  const floored = Math.floor(percent * 100) / 100;
  return `${floored.toFixed(2)}%`;
}
