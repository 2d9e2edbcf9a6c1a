/**
 * The small elements an incident's article is made of, as HTML text: a time, a status pill, a catalogue message
 * with elements inside it, an update's message. The components of the same names (src/site/components/) are these,
 * and so is every incident page a build writes in bulk (src/site/incident-article.ts). The text is written as
 * Astro writes its templates' text (`escapeHtml`: `& < > " '`) and attributes (`attribute`), so that an element is
 * the same whichever of the two wrote the page around it.
 */
import { escapeHtml } from '../core/base/html.ts';
import { isoUtc } from '../core/incident/time.ts';
import { formatDateTime } from '../core/i18n/format.ts';
import { slot, type Part } from '../core/i18n/translate.ts';
import type { IncidentView, Pill, SiteView, UpdateView } from '../core/outputs/view-model.ts';

const ATTRIBUTE_ESCAPES = /[&"]/;

/** An attribute's value as Astro writes it (`toAttributeString`): `&` and `"` escaped, nothing else. */
export function attributeValue(value: string): string {
  return ATTRIBUTE_ESCAPES.test(value) ? value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : value;
}

/**
 * An attribute as Astro writes one (`addAttribute`): nothing for undefined, the name alone for an empty value, else
 * the value quoted (`attributeValue`). Preceded by its space.
 */
export function attribute(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${attributeValue(value)}"`;
}

/** A time in the site's zone and language; `relative`: the enhancement script adds "x minutes ago". */
export function timeHtml(date: Date, site: SiteView, relative = false): string {
  const text = formatDateTime(date, site.config.timeZone, site.i18n.intl);
  return `<time${attribute('datetime', isoUtc(date))}${attribute('data-relative', relative ? '' : undefined)}>${escapeHtml(text)}</time>`;
}

/**
 * A status pill. One of maintenance still to come carries what it says during and after the window, for the
 * script to switch by the reader's clock between rebuilds.
 */
export function pillHtml(pill: Pill): string {
  const { during, after } = pill;
  const later =
    during && after
      ? JSON.stringify([
          [during.tone, during.label],
          [after.tone, after.label],
        ])
      : undefined;
  return (
    `<span${attribute('class', `status status-${pill.tone}`)}${attribute('data-window-pill', later)}>` +
    `<span class="dot" aria-hidden="true"></span>${escapeHtml(pill.label)}</span>`
  );
}

/**
 * A catalogue message with elements inside it: `parts` from `site.i18n.parts(key, { time: slot('time') })`, and
 * each slot's element as HTML. The text is escaped.
 */
export function messageHtml(parts: readonly Part[], slots: Readonly<Record<string, string>>): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      const html = slots[part.slot];
      if (html === undefined) throw new Error(`the message's slot "${part.slot}" was given no element`);
      return html;
    })
    .join('');
}

/**
 * An update's message: the author's words as written (sanitized HTML), or, for the window's own "has started"
 * update, Outpost's words with the end as a time element.
 */
export function updateMessageHtml(update: UpdateView, incident: IncidentView, site: SiteView): string {
  const end = update.automatic && update.status === 'in_progress' ? incident.incident.scheduled?.end : undefined;
  if (!end) return `<div class="prose"${attribute('lang', update.lang)}>${update.html}</div>`;
  const started = messageHtml(site.i18n.parts('maintenance.started', { end: slot('end') }), {
    end: timeHtml(end, site),
  });
  return `<div class="prose"><p>${started}</p></div>`;
}
