/**
 * Ready-to-send texts for every incident, built with the site: a short post
 * (at most 280 characters with the link), an email, and a recap for support
 * agents answering a customer. Plain text, from the same view model.
 */
import { absoluteUrl } from './paths.ts';
import { formatDateTime, formatTimestamp } from '../incident/time.ts';
import type { IncidentView, SiteView } from './view-model.ts';

export const POST_LIMIT = 280;

export interface ShareTexts {
  post: string;
  email: { subject: string; body: string };
  recap: string;
}

/** Sentences that tell customers what to do meanwhile. */
const WORKAROUND = /\b(?:please|you can|retry|try again|instead|meanwhile|use the|choose|switch to|in the meantime)\b/i;

function sentences(text: string): string[] {
  return text.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];
}

function fit(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, Math.max(0, room - 1));
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), room - 20)).trimEnd()}…`;
}

export function shareTexts(site: SiteView, incident: IncidentView): ShareTexts {
  const url = absoluteUrl(site.config.url, incident.url);
  const latest = incident.latest.text;
  const tz = site.config.timeZone;
  const components = incident.components.map((component) => component.name).join(', ');
  const label = incident.type === 'maintenance' ? `Maintenance ${incident.statusLabel.toLowerCase()}` : incident.statusLabel;

  const head = `[${label}] ${incident.title}: `;
  const tail = ` ${url}`;
  const post = `${head}${fit(latest, POST_LIMIT - head.length - tail.length)}${tail}`;

  const lines = [incident.title, '', `Status: ${incident.statusLabel} (${formatDateTime(incident.latest.at, tz)})`];
  if (components) lines.push(`Affected: ${incident.components.map((c) => `${c.name} (${c.statusLabel.toLowerCase()})`).join(', ')}`);
  lines.push('', latest);
  if (incident.nextUpdate) lines.push('', `Next update by ${formatDateTime(incident.nextUpdate, tz)} (${formatTimestamp(incident.nextUpdate)}).`);
  lines.push('', `Follow this incident: ${url}`);
  const email = { subject: `[${label}] ${incident.title}`, body: lines.join('\n') };

  const recap: string[] = ['Hi, thanks for reaching out.', ''];
  if (incident.end) {
    recap.push(`${incident.title}: this was resolved at ${formatDateTime(incident.end, tz)}. ${latest}`);
  } else {
    const allText = incident.updates.map((update) => update.text).join(' ');
    const workarounds = [...new Set(sentences(allText).filter((sentence) => WORKAROUND.test(sentence)))].slice(0, 2);
    recap.push(`We know about this: ${incident.title}.${components ? ` It affects ${components}.` : ''}`, '', `Right now: ${latest}`);
    if (workarounds.length > 0) recap.push('', `What you can do meanwhile: ${workarounds.join(' ')}`);
    recap.push('', incident.nextUpdate ? `The next update is expected by ${formatDateTime(incident.nextUpdate, tz)}.` : 'We post updates on our status page as soon as we know more.');
  }
  recap.push('', `You can follow it live here: ${url}`, '', 'If anything else is unclear, just reply and we will help.');
  return { post, email, recap: recap.join('\n') };
}
