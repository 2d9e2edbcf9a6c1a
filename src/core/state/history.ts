/**
 * Incidents arranged in time: by calendar day in the display zone, by month,
 * in pages. Pure; `now` and the zone are arguments.
 */
import type { Incident } from '../incident/model.ts';
import { incidentEnd, incidentStart, isSettledAt } from './status.ts';
import { addDays, dayKey, monthKey, startOfDay } from '../incident/time.ts';
import { memoize } from '../base/memo.ts';

/** Newest first by start; ties by slug so the order never depends on file order. */
export function sortIncidentsNewestFirst(incidents: readonly Incident[]): Incident[] {
  // Each start read once, not twice per comparison: the site's history is sorted more than once a build.
  return incidents
    .map((incident) => ({ incident, start: incidentStart(incident).getTime() }))
    .sort(
      (a, b) =>
        b.start - a.start || (a.incident.slug < b.incident.slug ? -1 : a.incident.slug > b.incident.slug ? 1 : 0),
    )
    .map(({ incident }) => incident);
}

/** The half-open interval an incident covers, up to `now` while ongoing. */
export function incidentInterval(incident: Incident, now: Date): { start: Date; end: Date } {
  return { start: incidentStart(incident), end: incidentEnd(incident, now) ?? now };
}

export interface Day {
  /** `YYYY-MM-DD` in the display zone. */
  day: string;
  start: Date;
  end: Date;
  incidents: Incident[];
}

/** The last `count` days (today first), each with the incidents that overlap it. */
export function recentDays(incidents: readonly Incident[], now: Date, timeZone: string, count: number): Day[] {
  const today = dayKey(now, timeZone);
  const sorted = sortIncidentsNewestFirst(incidents);
  const days: Day[] = [];
  for (let offset = 0; offset < count; offset++) {
    const day = addDays(today, -offset);
    const start = startOfDay(day, timeZone);
    const end = startOfDay(addDays(day, 1), timeZone);
    const overlapping = sorted.filter((incident) => {
      if (incidentStart(incident) > now) return false;
      const interval = incidentInterval(incident, now);
      return (
        interval.start < end &&
        (interval.end > start || (interval.start.getTime() === interval.end.getTime() && interval.start >= start))
      );
    });
    days.push({ day, start, end, incidents: overlapping });
  }
  return days;
}

/** A day, or a run of days (`from` its oldest) on which the same incidents only went on. */
export type RecentDay = Day & { from?: string };

/**
 * Days on which the listed incidents only went on (each began on an earlier day, and had no update and
 * no end that day) are joined with the neighbouring days on which the same incidents only went on: an
 * incident open for two weeks is one entry for the quiet days, "23 Nov – 6 Dec 2026", not fourteen.
 * Days come and go today first.
 */
export function joinQuietDays(days: readonly Day[], now: Date): RecentDay[] {
  const quiet = (day: Day) =>
    day.incidents.length > 0 &&
    day.incidents.every(
      (incident) =>
        incidentStart(incident) < day.start &&
        !incident.updates.some((update) => update.at >= day.start && update.at < day.end && update.at <= now) &&
        (incidentEnd(incident, now)?.getTime() ?? Infinity) >= day.end.getTime(),
    );
  const slugs = (day: Day) => day.incidents.map((incident) => incident.slug).join('\n');
  const joined: RecentDay[] = [];
  let run: RecentDay | undefined;
  for (const day of days) {
    const isQuiet = quiet(day);
    if (run && isQuiet && slugs(day) === slugs(run)) {
      run.from = day.day;
      run.start = day.start;
      continue;
    }
    const entry: RecentDay = { ...day };
    joined.push(entry);
    run = isQuiet ? entry : undefined;
  }
  return joined;
}

export interface Month {
  /** `YYYY-MM` in the display zone. */
  month: string;
  incidents: Incident[];
}

export function groupByMonth(incidents: readonly Incident[], timeZone: string): Month[] {
  return monthsOf(sortIncidentsNewestFirst(incidents), timeZone);
}

/**
 * The month of each start, per zone, kept with the start itself: an incident is in the site's history and in the
 * history of each component it names, and the month is worked out once (Intl's formatting is most of the cost).
 */
const monthsOfStarts = memoize((_timeZone: string) => new WeakMap<Date, string>());

/** Incidents already sorted newest first, grouped by month. */
function monthsOf(sorted: readonly Incident[], timeZone: string): Month[] {
  const known = monthsOfStarts(timeZone);
  const months: Month[] = [];
  for (const incident of sorted) {
    const start = incidentStart(incident);
    let month = known.get(start);
    if (month === undefined) known.set(start, (month = monthKey(start, timeZone)));
    const last = months[months.length - 1];
    if (last?.month === month) last.incidents.push(incident);
    else months.push({ month, incidents: [incident] });
  }
  return months;
}

export interface HistoryPage {
  page: number;
  pageCount: number;
  months: Month[];
}

/**
 * An archive page of history: past the first, with every incident on it settled at `now` (over, every time it names in
 * the past). It says nothing about the site's current state, so it reads the same at every later build while its
 * incidents and the number of pages stay as they are. (The first page is where readers land, with the maintenance
 * still to come: it always shows the current state.)
 */
export function isArchivePage(
  page: HistoryPage,
  now: Date,
  /** Whether an incident is settled at `now`, where the caller has worked it out already. */
  settled: (incident: Incident) => boolean = (incident) => isSettledAt(incident, now),
): boolean {
  return page.page > 1 && page.months.every((month) => month.incidents.every(settled));
}

/** Pages of `pageSize` incidents, newest first, each grouped by month. Always at least one page. */
export function historyPages(incidents: readonly Incident[], timeZone: string, pageSize: number): HistoryPage[] {
  const sorted = sortIncidentsNewestFirst(incidents);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const pages: HistoryPage[] = [];
  for (let page = 1; page <= pageCount; page++) {
    pages.push({
      page,
      pageCount,
      months: monthsOf(sorted.slice((page - 1) * pageSize, page * pageSize), timeZone),
    });
  }
  return pages;
}
