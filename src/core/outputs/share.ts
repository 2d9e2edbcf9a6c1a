/**
 * Ready-to-send texts for an incident, for the team (never on a public page):
 * a short post (at most 280 characters with the link), an email, and a recap
 * for support agents answering a customer. Plain text, from the same view
 * model, times in the site's zone. They reach the team through `outpost recap`,
 * the issue-ops replies and the deploy's job summary (`teamTextsMarkdown`).
 */
import { absoluteUrl } from './paths.ts';
import { formatTimestamp } from '../incident/time.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { IncidentView, SiteView, UpdateView } from './view-model.ts';
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
    const alternatives = words
      .split('|')
      .map((word) => word.trim().replace(/[.*+?^${}()[\]\\]/g, '\\$&'))
      .join('|');
    // \b needs word characters on both sides; Japanese has no spaces, so its words match anywhere.
    workaroundPatterns.set(
      words,
      (pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])|` +
          `(?:${alternatives})(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}。、]|$)`,
        'iu',
      )),
    );
  }
  return pattern;
}

function sentences(text: string): string[] {
  return (
    text
      .match(/[^.!?。！？]+(?:[.!?]+(?=\s|$)|[。！？]+)|[^.!?。！？]+$/g)
      ?.map((sentence) => sentence.trim())
      .filter(Boolean) ?? []
  );
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
  const label =
    incident.type === 'maintenance'
      ? i18n.t('share.maintenanceStatus', {
          status: incident.statusLabel,
          statusInline: incident.statusLabel.toLocaleLowerCase(i18n.intl),
        })
      : incident.statusLabel;

  const subject = i18n.t('share.label', { status: label, title: incident.title });
  const head = `${subject}: `;
  const tail = ` ${url}`;
  const post = `${head}${fit(latest, POST_LIMIT - head.length - tail.length)}${tail}`;

  const lines = [
    incident.title,
    '',
    i18n.t('share.status', { status: incident.statusLabel, time: time(incident.latest.at) }),
  ];
  if (components) lines.push(i18n.t('share.affected', { components: affectedList(site, incident, (text) => text) }));
  lines.push('', latest);
  if (incident.nextUpdate)
    lines.push(
      '',
      i18n.t('share.nextUpdate', { time: time(incident.nextUpdate), utc: formatTimestamp(incident.nextUpdate) }),
    );
  lines.push('', i18n.t('share.follow', { url }));
  const email = { subject, body: lines.join('\n') };

  const recap: string[] = [i18n.t('share.greeting'), ''];
  if (incident.end) {
    recap.push(i18n.t('share.resolved', { title: incident.title, time: time(incident.end), latest }));
  } else {
    const allText = incident.updates.map((update) => update.text).join(' ');
    const workaround = workaroundPattern(i18n.t('share.workaroundWords'));
    const workarounds = [...new Set(sentences(allText).filter((sentence) => workaround.test(sentence)))].slice(0, 2);
    recap.push(
      components
        ? i18n.t('share.knownAffects', { title: incident.title, components })
        : i18n.t('share.known', { title: incident.title }),
      '',
      i18n.t('share.rightNow', { latest }),
    );
    if (workarounds.length > 0) recap.push('', i18n.t('share.meanwhile', { workarounds: workarounds.join(' ') }));
    recap.push(
      '',
      incident.nextUpdate ? i18n.t('share.nextExpected', { time: time(incident.nextUpdate) }) : i18n.t('share.noNext'),
    );
  }
  recap.push('', i18n.t('share.live', { url }), '', i18n.t('share.closing'));
  return { post, email, recap: recap.join('\n') };
}

/**
 * The three texts as GitHub Markdown, folded in a `<details>`: for the issue-ops replies and the job summary.
 * Each text is in a fence longer than any run of backticks inside it, so it shows exactly as it will be sent.
 */
export function teamTextsMarkdown(texts: ShareTexts): string {
  const block = (text: string) => {
    const fence = '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));
    return `${fence}text\n${text}\n${fence}`;
  };
  return [
    '<details><summary>Texts for the team: a short post, an email, a recap for support</summary>',
    '',
    `**Short post** (${texts.post.length} of ${POST_LIMIT} characters)`,
    '',
    block(texts.post),
    '',
    '**Email**',
    '',
    block(`Subject: ${texts.email.subject}\n\n${texts.email.body}`),
    '',
    '**Recap for support** (answering a customer)',
    '',
    block(texts.recap),
    '',
    '</details>',
  ].join('\n');
}

/**
 * The deploy's job summary for the team: each incident with an update `isNew` (readers see it since this
 * deploy), which updates, and its texts as they now read. Undefined when nothing is new.
 */
export function teamSummaryMarkdown(site: SiteView, isNew: (update: UpdateView) => boolean): string | undefined {
  const time = (date: Date) => formatDateTime(date, site.config.timeZone, site.i18n.intl);
  const sections = site.incidents.flatMap((incident) => {
    const fresh = incident.updates.filter((update) => update.at <= site.now && isNew(update));
    if (fresh.length === 0) return [];
    const texts = shareTexts(site, incident);
    const news = fresh.map((update) => `${update.label} (${time(update.at)})`).join(', ');
    const link = absoluteUrl(site.config.url, incident.url);
    return [
      [
        `### ${markdownLine(incident.title)}`,
        '',
        `New on the page: ${news}. [Open it](${link})`,
        '',
        teamTextsMarkdown(texts),
      ].join('\n'),
    ];
  });
  if (sections.length === 0) return undefined;
  const intro =
    'For each incident with an update new on the page: a post, an email and a recap for support, ready to copy.';
  return ['## Texts for the team', '', intro, '', ...sections.flatMap((section) => [section, ''])].join('\n');
}

/** A title as one Markdown line: no markup of its own. */
function markdownLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#!]/g, (char) => `\\${char}`);
}
