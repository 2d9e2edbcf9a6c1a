/**
 * An incident's page below the site's header, as HTML text: what happened, every update, the postmortem. The page
 * at /incidents/<slug>/ is this inside the Base layout (src/site/components/IncidentArticle.astro), and a build writes
 * every incident's page from it and the page's shell (src/site/incident-pages.ts), without rendering a component per
 * incident. Written as Astro writes a template with `compressHTML` (its default): no white space between elements.
 */
import { escapeHtml } from '../core/base/html.ts';
import { slot } from '../core/i18n/translate.ts';
import type { IncidentView, SiteView } from '../core/outputs/view-model.ts';
import { attribute, messageHtml, pillHtml, timeHtml, updateMessageHtml } from './elements.ts';

export function incidentArticleHtml(incident: IncidentView, site: SiteView): string {
  const { i18n } = site;
  const text = (key: Parameters<typeof i18n.t>[0]) => escapeHtml(i18n.t(key));
  const time = (date: Date) => timeHtml(date, site);
  const scheduled = incident.incident.scheduled;
  const window = incident.upcoming ? scheduled : undefined;
  const duration = escapeHtml(incident.durationLabel);
  const { postmortemUrl, postmortemHtml } = incident;
  const html: string[] = [
    `<article${attribute('class', `incident impact-${incident.impact} type-${incident.type}`)}`,
    `${attribute('data-window-start', window?.start.toISOString())}${attribute('data-window-end', window?.end.toISOString())}>`,
    `<header><p class="kind">${text(`kind.${incident.type}`)} · `,
    `<strong${attribute('data-window-state', incident.upcoming ? '' : undefined)}>${escapeHtml(incident.statusLabel)}</strong></p>`,
    `<h1${attribute('lang', incident.titleLang)}>${escapeHtml(incident.title)}</h1><dl class="facts">`,
  ];
  if (incident.type === 'incident') {
    html.push(`<dt>${text('incident.impact')}</dt><dd>${escapeHtml(incident.impactLabel)}</dd>`);
  }
  if (incident.type === 'maintenance' && scheduled) {
    const range = i18n.parts('incident.windowRange', { start: slot('start'), end: slot('end') });
    const times = { start: time(scheduled.start), end: time(scheduled.end) };
    html.push(`<dt>${text('incident.window')}</dt><dd>${messageHtml(range, times)}</dd>`);
  }
  html.push(
    `<dt>${text(incident.upcoming ? 'incident.starts' : 'incident.started')}</dt><dd>${time(incident.start)}</dd>`,
  );
  if (incident.end) {
    html.push(`<dt>${text('incident.ended')}</dt><dd>${time(incident.end)}</dd>`);
    html.push(`<dt>${text('incident.duration')}</dt><dd>${duration}</dd>`);
  } else if (!incident.upcoming) html.push(`<dt>${text('incident.ongoingFor')}</dt><dd>${duration}</dd>`);
  if (incident.components.length > 0) {
    html.push(`<dt>${text('incident.affected')}</dt><dd><ul class="affected">`);
    for (const component of incident.components) {
      const pill = component.pill ? pillHtml(component.pill) : '';
      html.push(`<li><a${attribute('href', component.url)}>${escapeHtml(component.name)}</a> ${pill}</li>`);
    }
    html.push('</ul></dd>');
  }
  html.push('</dl></header>');
  if (incident.nextUpdate) {
    const next = messageHtml(i18n.parts('nextUpdate', { time: slot('time') }), { time: time(incident.nextUpdate) });
    html.push(`<p class="next-update">${next}</p>`);
  }
  if (incident.lastUpdateAgo) {
    const ago = i18n.t('lastUpdateAgo', { duration: incident.lastUpdateAgo });
    html.push(`<p class="next-update overdue">${escapeHtml(ago)}</p>`);
  }
  html.push(`<section aria-labelledby="updates"><h2 id="updates">${text('incident.updates')}</h2><ol class="updates">`);
  for (const update of incident.updates) {
    html.push(
      `<li${attribute('class', `update update-${update.status}`)}${attribute('id', update.anchor)}>`,
      `<h3><a${attribute('href', `#${update.anchor}`)}>${escapeHtml(update.label)}</a> `,
      `<span class="update-time">${time(update.at)}</span></h3>${updateMessageHtml(update, incident, site)}</li>`,
    );
  }
  html.push('</ol></section>');
  if (postmortemUrl || postmortemHtml) {
    html.push(
      `<section aria-labelledby="postmortem" class="postmortem"><h2 id="postmortem">${text('incident.postmortem')}</h2>`,
    );
    if (postmortemHtml)
      html.push(`<div class="prose"${attribute('lang', incident.postmortemLang)}>${postmortemHtml}</div>`);
    if (postmortemUrl) {
      html.push(`<p><a${attribute('href', postmortemUrl)} rel="noopener">${text('incident.readPostmortem')}</a></p>`);
    }
    html.push('</section>');
  }
  html.push(`</article><p><a${attribute('href', site.paths.history(1))}>${text('incident.all')}</a></p>`);
  return html.join('');
}
