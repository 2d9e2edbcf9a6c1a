/**
 * An incident as a line of history: its title, then its kind and when it happened, how long it lasted or that it
 * is ongoing; maintenance still to come with its window, a pinned notice until when. The IncidentLine component is
 * this, and a page of history writes its lines with it directly (src/site/components/HistoryMonths.astro), without
 * a component per line. Written as Astro writes a template with `compressHTML` (see src/site/elements.ts).
 */
import { escapeHtml } from '../core/base/html.ts';
import { memoizeByReference } from '../core/base/memo.ts';
import { slot } from '../core/i18n/translate.ts';
import type { IncidentView, SiteView } from '../core/outputs/view-model.ts';
import { attribute, messageHtml, timeHtml } from './elements.ts';

export function incidentLineHtml(incident: IncidentView, site: SiteView): string {
  return linesOf(site)(incident);
}

/**
 * A language's lines, each written once: an incident's line is the same on every page of history it is on (the
 * site's, and each of its components').
 */
const linesOf = memoizeByReference((site: SiteView) =>
  memoizeByReference((incident: IncidentView) => lineHtml(incident, site)),
);

function lineHtml(incident: IncidentView, site: SiteView): string {
  const { i18n } = site;
  const kind =
    incident.type === 'incident'
      ? i18n.t('kind.impact', { impact: incident.impactLabel })
      : i18n.t(`kind.${incident.type}`);
  const { until, scheduled } = incident.incident;
  const time = (date: Date) => timeHtml(date, site);
  let when: string;
  if (incident.end) {
    when = `${time(incident.start)} · ${escapeHtml(i18n.t('line.lasted', { duration: incident.durationLabel }))}`;
  } else if (incident.upcoming && scheduled) {
    // Maintenance still to come says so with its window.
    const window = i18n.parts('line.scheduled', { start: slot('start'), end: slot('end') });
    when = messageHtml(window, { start: time(scheduled.start), end: time(scheduled.end) });
  } else if (incident.type === 'notice' && until) {
    // A pinned notice, until when.
    when = `${time(incident.start)} · ${messageHtml(i18n.parts('line.until', { time: slot('time') }), { time: time(until) })}`;
  } else {
    const ongoing = i18n.t('line.ongoing', { status: incident.statusLabel, duration: incident.durationLabel });
    when = `${time(incident.start)} · ${escapeHtml(ongoing)}`;
  }
  return (
    `<li${attribute('class', `incident-line impact-${incident.impact} type-${incident.type}`)}>` +
    `<a${attribute('href', incident.url)}${attribute('lang', incident.titleLang)}>${escapeHtml(incident.title)}</a>` +
    `<span class="meta">${escapeHtml(kind)} · ${when}</span></li>`
  );
}
