/**
 * What every message says about one update, taken from the same view model
 * as the page, in the view's language: its words, dates and links come from
 * the language's catalogue and pages, and the languages of the texts travel
 * with them (a message not yet translated keeps the default language's tag).
 */
import { isoUtc } from '../incident/time.ts';
import { formatDateTime } from '../i18n/format.ts';
import { isTerminalStatus, STATUS_FROM_IMPACT, worstComponentStatus } from '../incident/vocabulary.ts';
import { affectedList } from '../outputs/feed.ts';
import { absoluteUrl } from '../outputs/paths.ts';
import type { SiteView } from '../outputs/view-model.ts';
import { incidentStatusAt } from '../state/status.ts';
import type { Announcement } from './due.ts';
import type { AnnouncementFacts } from '../channels/facts.ts';
import type { WebhookPayload } from '../channels/webhook-payload.ts';

export function announcementFacts(site: SiteView, announcement: Announcement): AnnouncementFacts {
  const { incident, update } = announcement;
  const tz = site.config.timeZone;
  const { i18n } = site;
  const time = (date: Date) => formatDateTime(date, tz, i18n.intl);
  const label =
    incident.type === 'maintenance'
      ? i18n.t('share.maintenanceStatus', {
          status: update.label,
          statusInline: update.label.toLocaleLowerCase(i18n.intl),
        })
      : update.label;
  const url = absoluteUrl(site.config.url, update.url);
  const worst =
    incident.components.length > 0
      ? worstComponentStatus(incident.components.map((component) => component.status))
      : STATUS_FROM_IMPACT[incident.impact];
  const facts: AnnouncementFacts = {
    updateId: update.id,
    siteName: site.config.name,
    siteUrl: site.config.url,
    title: incident.title,
    label,
    heading: i18n.t('share.label', { status: label, title: incident.title }),
    text: update.text.trim(),
    affected: affectedList(site, incident, (text) => text),
    posted: time(update.at),
    url,
    status: isTerminalStatus(update.status)
      ? 'operational'
      : incident.type === 'maintenance'
        ? 'under_maintenance'
        : worst,
    lang: i18n.lang,
    textLang: update.lang ?? i18n.lang,
    titleLang: incident.titleLang ?? i18n.lang,
    words: {
      readMore: i18n.t('announce.readMore'),
      view: i18n.t('announce.view'),
      affected: i18n.t('announce.affected'),
      impact: i18n.t('announce.impact'),
      window: i18n.t('announce.window'),
      posted: i18n.t('announce.posted'),
      follow: i18n.t('announce.follow', { url }),
      emailFooter: i18n.t('announce.emailFooter', { name: site.config.name }),
    },
    event: webhookEvent(site, announcement),
  };
  if (incident.type === 'incident') facts.impact = incident.impactLabel;
  const window = incident.incident.scheduled;
  if (window) facts.window = i18n.t('announce.windowRange', { start: time(window.start), end: time(window.end) });
  return facts;
}

/** The generic webhook's payload but its delivery id, which depends on the channel. */
function webhookEvent(site: SiteView, { incident, update }: Announcement): Omit<WebhookPayload, 'delivery_id'> {
  const scheduled = incident.incident.scheduled;
  return {
    event: 'update.published',
    language: site.i18n.lang,
    site: { name: site.config.name, url: site.config.url },
    incident: {
      id: incident.slug,
      type: incident.type,
      title: incident.title,
      impact: incident.impact,
      status: incidentStatusAt(incident.incident, update.at),
      url: absoluteUrl(site.config.url, incident.url),
      started_at: isoUtc(incident.start),
      ended_at: incident.end ? isoUtc(incident.end) : null,
      scheduled: scheduled ? { start: isoUtc(scheduled.start), end: isoUtc(scheduled.end) } : null,
      components: incident.components.map((component) => ({
        id: component.id,
        name: component.name,
        status: component.status,
      })),
    },
    update: {
      id: update.id,
      status: update.status,
      status_label: update.label,
      created_at: isoUtc(update.at),
      text: update.text,
      html: update.html,
      url: absoluteUrl(site.config.url, update.url),
      automatic: update.automatic ?? false,
    },
  };
}
