/**
 * Scheduled maintenance as an iCalendar feed (RFC 5545), with
 * ical-generator: CRLF line ends, folded lines, UTC times. UIDs and DTSTAMPs
 * come from the maintenance itself, so an unchanged site gives the same bytes.
 * It holds what is ahead and the past year, so it doesn't grow with history.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { absoluteUrl } from './paths.ts';
import type { SiteView } from './view-model.ts';

/** Windows that ended longer ago than this are left out (they stay in the history). */
export const CALENDAR_PAST_DAYS = 365;

/** `self`: the calendar's own path on the site (from the outputs registry). */
export function renderCalendar(site: SiteView, self: string): string {
  const host = new URL(site.config.url).host;
  const { i18n } = site;
  const calendar = ical({
    name: i18n.t('calendar.name', { name: site.config.name }),
    description: i18n.t('calendar.description', { name: site.config.name }),
    prodId: { company: 'Outpost', product: host, language: i18n.lang.toUpperCase() },
    url: absoluteUrl(site.config.url, self),
    ttl: 60 * 60,
  });
  const since = site.now.getTime() - CALENDAR_PAST_DAYS * 86_400_000;
  const maintenances = site.incidents.filter(
    (incident) =>
      incident.type === 'maintenance' &&
      incident.incident.scheduled &&
      incident.incident.scheduled.end.getTime() >= since,
  );
  for (const maintenance of [...maintenances].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || (a.slug < b.slug ? -1 : 1),
  )) {
    const { start, end } = maintenance.incident.scheduled!;
    const written = maintenance.incident.updates;
    const latest = written[0]?.at ?? start;
    const affected = i18n.list(maintenance.components.map((component) => component.name));
    calendar.createEvent({
      id: `${maintenance.slug}@${host}`,
      start,
      end,
      stamp: latest,
      lastModified: latest,
      created: written[written.length - 1]?.at ?? start,
      summary: maintenance.title,
      description: [
        maintenance.updates[maintenance.updates.length - 1]?.text ?? '',
        affected && i18n.t('calendar.affected', { components: affected }),
        absoluteUrl(site.config.url, maintenance.url),
      ]
        .filter(Boolean)
        .join('\n\n'),
      url: absoluteUrl(site.config.url, maintenance.url),
      status: ICalEventStatus.CONFIRMED,
      timezone: null,
    });
  }
  return calendar.toString();
}
