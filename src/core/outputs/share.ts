/**
 * Ready-to-send texts for every incident, built with the site: a short post
 * (at most 280 characters with the link), an email, and a recap for support
 * agents answering a customer. Plain text, from the same view model.
 */
import { absoluteUrl } from './paths.ts';
import { formatDateTime, formatTimestamp } from '../incident/time.ts';
import type { IncidentView, SiteView } from './view-model.ts';
import { affectedList } from './feed.ts';

export const POST_LIMIT = 280;

export interface ShareTexts {
  post: string;
  email: { subject: string; body: string };
  recap: string;
}

const workaroundPatterns = new Map<string, RegExp>();

/** Sentences that tell customers what to do meanwhile, by the language's words (`share.workaroundWords`). */
function workaroundPattern(words: string): RegExp {
  let pattern = workaroundPatterns.get(words);
  if (!pattern) {
    const alternatives = words.split('|').map((word) => word.trim().replace(/[.*+?^${}()[\]\\]/g, '\\$&')).join('|');
    // \b needs word characters on both sides; Japanese has no spaces, so its words match anywhere.
    workaroundPatterns.set(words, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])|(?:${alternatives})(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}。、]|$)`, 'iu')));
  }
  return pattern;
}

function sentences(text: string): string[] {
  return text.match(/[^.!?。！？]+(?:[.!?]+(?=\s|$)|[。！？]+)|[^.!?。！？]+$/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];
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
  const { i18n } = site;
  const time = (date: Date) => formatDateTime(date, tz, i18n.intl);
  const components = i18n.list(incident.components.map((component) => component.name));
  const label = incident.type === 'maintenance' ? i18n.t('share.maintenanceStatus', { status: incident.statusLabel, statusInline: incident.statusLabel.toLocaleLowerCase(i18n.intl) }) : incident.statusLabel;

  const subject = i18n.t('share.label', { status: label, title: incident.title });
  const head = `${subject}: `;
  const tail = ` ${url}`;
  const post = `${head}${fit(latest, POST_LIMIT - head.length - tail.length)}${tail}`;

  const lines = [incident.title, '', i18n.t('share.status', { status: incident.statusLabel, time: time(incident.latest.at) })];
  if (components) lines.push(i18n.t('share.affected', { components: affectedList(site, incident, (text) => text) }));
  lines.push('', latest);
  if (incident.nextUpdate) lines.push('', i18n.t('share.nextUpdate', { time: time(incident.nextUpdate), utc: formatTimestamp(incident.nextUpdate) }));
  lines.push('', i18n.t('share.follow', { url }));
  const email = { subject, body: lines.join('\n') };

  const recap: string[] = [i18n.t('share.greeting'), ''];
  if (incident.end) {
    recap.push(i18n.t('share.resolved', { title: incident.title, time: time(incident.end), latest }));
  } else {
    const allText = incident.updates.map((update) => update.text).join(' ');
    const workaround = workaroundPattern(i18n.t('share.workaroundWords'));
    const workarounds = [...new Set(sentences(allText).filter((sentence) => workaround.test(sentence)))].slice(0, 2);
    recap.push(components ? i18n.t('share.knownAffects', { title: incident.title, components }) : i18n.t('share.known', { title: incident.title }), '', i18n.t('share.rightNow', { latest }));
    if (workarounds.length > 0) recap.push('', i18n.t('share.meanwhile', { workarounds: workarounds.join(' ') }));
    recap.push('', incident.nextUpdate ? i18n.t('share.nextExpected', { time: time(incident.nextUpdate) }) : i18n.t('share.noNext'));
  }
  recap.push('', i18n.t('share.live', { url }), '', i18n.t('share.closing'));
  return { post, email, recap: recap.join('\n') };
}
