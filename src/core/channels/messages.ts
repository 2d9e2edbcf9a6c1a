/**
 * One update as each service wants it, from the same view model as the page:
 * title, status, the update's text, affected components, the link. Where a
 * service limits length the text is shortened and a "read more" link added.
 * Shapes follow each service's documentation:
 *   Slack incoming webhooks with Block Kit (a section's text ≤ 3,000 characters, a header's ≤ 150),
 *   Discord webhooks with one embed (title ≤ 256, description ≤ 4,096, a field ≤ 1,024, all ≤ 6,000),
 *   Teams Workflows webhooks with an Adaptive Card 1.4 attachment,
 *   Mastodon statuses (≤ 500 characters, a link counting 23),
 *   Bluesky posts (≤ 300 graphemes, the link as a facet and a card),
 *   email (plain text and HTML), and Outpost's own webhook payload.
 */
import { escapeHtml } from '../base/html.ts';
import { STATUS_PALETTE } from '../theme/palette.ts';
import type { AnnouncementFacts } from './facts.ts';
import { measure, perCodeUnit, shorten, type Weight } from './text.ts';
import type { WebhookPayload } from './webhook-payload.ts';

export type { AnnouncementFacts } from './facts.ts';

export const LIMITS = {
  slackSection: 3000,
  slackHeader: 150,
  discordTitle: 256,
  discordDescription: 4096,
  discordField: 1024,
  discordEmbed: 6000,
  /** Teams accepts about 28 KB per message; the card keeps well under. */
  teamsText: 10_000,
  mastodon: 500,
  /** Mastodon counts every link as 23 characters, whatever its length. */
  mastodonUrl: 23,
  bluesky: 300,
  /** How much of a link a Bluesky post shows. */
  blueskyLink: 40,
  blueskyCardDescription: 300,
} as const;

// ---------------------------------------------------------------- Slack

/** Slack's mrkdwn needs only these three escaped. */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slackWeight: Weight = (grapheme) => slackEscape(grapheme).length;

export function slackMessage(facts: AnnouncementFacts) {
  const more = `\n<${facts.url}|${facts.words.readMore}>`;
  const body = shorten(facts.text, LIMITS.slackSection - more.length, slackWeight);
  const context = [
    facts.affected && `*${facts.words.affected}:* ${slackEscape(facts.affected)}`,
    facts.window && `*${facts.words.window}:* ${slackEscape(facts.window)}`,
    `${facts.words.posted} ${slackEscape(facts.posted)}`,
  ].filter((text): text is string => Boolean(text));
  return {
    text: slackEscape(facts.heading),
    blocks: [
      {
        type: 'header',
        text: { type: 'plain_text', text: shorten(facts.heading, LIMITS.slackHeader, perCodeUnit).text },
      },
      { type: 'section', text: { type: 'mrkdwn', text: `${slackEscape(body.text)}${body.cut ? more : ''}` } },
      {
        type: 'context',
        elements: context.map((text) => ({
          type: 'mrkdwn',
          text: shorten(text, LIMITS.slackSection, perCodeUnit).text,
        })),
      },
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: facts.words.view }, url: facts.url }],
      },
    ],
    unfurl_links: false,
  };
}

// ---------------------------------------------------------------- Discord

/** Discord renders Markdown in embeds: the update's plain text is escaped so `*` and `_` stay themselves. */
const discordEscape = (text: string) => text.replace(/([\\*_~`|[\]])/g, '\\$1').replace(/^(\s*)([#>-])/gm, '$1\\$2');
const discordWeight: Weight = (grapheme) => discordEscape(grapheme).length;

function hexToInt(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}

export function discordMessage(facts: AnnouncementFacts) {
  const title = shorten(facts.heading, LIMITS.discordTitle, perCodeUnit).text;
  const fields = [
    facts.affected && {
      name: facts.words.affected,
      value: shorten(facts.affected, LIMITS.discordField, perCodeUnit).text,
      inline: false,
    },
    facts.window && { name: facts.words.window, value: facts.window, inline: false },
    facts.impact && { name: facts.words.impact, value: facts.impact, inline: true },
  ].filter((field): field is { name: string; value: string; inline: boolean } => Boolean(field));
  const footer = { text: facts.siteName.slice(0, 2048) };
  const others =
    title.length + footer.text.length + fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const more = `\n\n[${facts.words.readMore}](${facts.url})`;
  const room = Math.min(LIMITS.discordDescription, LIMITS.discordEmbed - others) - more.length;
  const body = shorten(facts.text, room, discordWeight);
  return {
    // Nothing in an update may ping @everyone or a role.
    allowed_mentions: { parse: [] as string[] },
    embeds: [
      {
        title,
        url: facts.url,
        description: `${discordEscape(body.text)}${body.cut ? more : ''}`,
        color: hexToInt(STATUS_PALETTE[facts.status].light),
        fields,
        footer,
      },
    ],
  };
}

// ---------------------------------------------------------------- Teams

export function teamsMessage(facts: AnnouncementFacts) {
  const body = shorten(facts.text, LIMITS.teamsText, perCodeUnit);
  const facts_ = [
    facts.affected && { title: facts.words.affected, value: facts.affected },
    facts.window && { title: facts.words.window, value: facts.window },
    facts.impact && { title: facts.words.impact, value: facts.impact },
    { title: facts.words.posted, value: facts.posted },
  ].filter((fact): fact is { title: string; value: string } => Boolean(fact));
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: facts.heading, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: body.text, wrap: true },
            { type: 'FactSet', facts: facts_ },
          ],
          actions: [
            { type: 'Action.OpenUrl', title: body.cut ? facts.words.readMore : facts.words.view, url: facts.url },
          ],
        },
      },
    ],
  };
}

// ---------------------------------------------------------------- Mastodon and Bluesky

/**
 * A short post: heading, as much of the text as fits, what is affected, the
 * link last (the link is the "read more"). `urlWeight`: what the link counts.
 */
function shortPost(facts: AnnouncementFacts, limit: number, link: string, linkWeight: number): string {
  const heading = shorten(facts.heading, Math.floor(limit / 3)).text;
  const affected = facts.affected
    ? shorten(`${facts.words.affected}: ${facts.affected}`, Math.floor(limit / 4)).text
    : '';
  const fixed = measure(heading) + (affected ? measure(affected) + 1 : 0) + linkWeight + 5;
  const body = shorten(facts.text, limit - fixed).text;
  return [heading, '', body, '', ...(affected ? [affected] : []), link].join('\n');
}

/** Mastodon takes one ISO 639 code for a status: the language of its text, without a region. */
export function mastodonMessage(facts: AnnouncementFacts, visibility: 'public' | 'unlisted') {
  const language = facts.textLang.split('-')[0].toLowerCase();
  return { status: shortPost(facts, LIMITS.mastodon, facts.url, LIMITS.mastodonUrl), visibility, language };
}

/** What Mastodon counts for a status: graphemes, every http(s) link as 23. */
export function mastodonLength(status: string): number {
  const links = status.match(/https?:\/\/\S+/g) ?? [];
  return measure(status.replace(/https?:\/\/\S+/g, '')) + links.length * LIMITS.mastodonUrl;
}

const utf8 = new TextEncoder();

/**
 * Bluesky counts every grapheme of a link: the post shows it
 * short, as Bluesky's own app does, and the facet holds it whole.
 */
export function blueskyMessage(facts: AnnouncementFacts) {
  const shown = shorten(facts.url.replace(/^https?:\/\//, ''), LIMITS.blueskyLink).text;
  const text = shortPost(facts, LIMITS.bluesky, shown, measure(shown));
  const at = text.lastIndexOf(shown);
  const byteStart = utf8.encode(text.slice(0, at)).length;
  return {
    $type: 'app.bsky.feed.post' as const,
    text,
    // Bluesky takes up to three BCP 47 tags: the text's, then the words' when they differ.
    langs: [...new Set([facts.textLang, facts.lang])],
    facets: [
      {
        index: { byteStart, byteEnd: byteStart + utf8.encode(shown).length },
        features: [{ $type: 'app.bsky.richtext.facet#link' as const, uri: facts.url }],
      },
    ],
    embed: {
      $type: 'app.bsky.embed.external' as const,
      external: {
        uri: facts.url,
        title: shorten(facts.heading, LIMITS.blueskyCardDescription).text,
        description: shorten(facts.text, LIMITS.blueskyCardDescription).text,
      },
    },
  };
}

// ---------------------------------------------------------------- Email

/** ` lang="en"` where a text's language is not the message's (a message not translated yet). */
const langAttribute = (lang: string, around: string) => (lang === around ? '' : ` lang="${escapeHtml(lang)}"`);

export function emailMessage(facts: AnnouncementFacts, channel: { id: string; from: string; to: string }) {
  const lines = [facts.title, '', `${facts.label} · ${facts.posted}`];
  if (facts.impact) lines.push(`${facts.words.impact}: ${facts.impact}`);
  if (facts.affected) lines.push(`${facts.words.affected}: ${facts.affected}`);
  if (facts.window) lines.push(`${facts.words.window}: ${facts.window}`);
  lines.push('', facts.text, '', facts.words.follow, '', '-- ', facts.words.emailFooter);
  const textLang = langAttribute(facts.textLang, facts.lang);
  const paragraphs = facts.text
    .split(/\n{2,}/)
    .map((paragraph) => `<p${textLang}>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  const rows = [
    facts.impact && [facts.words.impact, facts.impact],
    facts.affected && [facts.words.affected, facts.affected],
    facts.window && [facts.words.window, facts.window],
  ].filter((row): row is string[] => Boolean(row));
  const title = escapeHtml(facts.heading);
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(facts.lang)}"><head><meta charset="utf-8"><title>${title}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em;">',
    `<h1 style="font-size: 1.25em;"${langAttribute(facts.titleLang, facts.lang)}>${escapeHtml(facts.title)}</h1>`,
    `<p><strong style="color: ${STATUS_PALETTE[facts.status].light};">${escapeHtml(facts.label)}</strong> · ` +
      `${escapeHtml(facts.posted)}</p>`,
    ...(rows.length
      ? [
          `<p>${rows
            .map(([name, value]) => `<strong>${escapeHtml(name)}:</strong> ${escapeHtml(value)}`)
            .join('<br>')}</p>`,
        ]
      : []),
    ...paragraphs,
    `<p><a href="${escapeHtml(facts.url)}">${escapeHtml(facts.words.view)}</a></p>`,
    `<p style="color: #595959; font-size: 0.875em;">${escapeHtml(facts.words.emailFooter)}</p>`,
    '</body></html>',
  ].join('\n');
  // Lists drop a second copy with the same Message-ID: a retry of a send that did arrive is not read twice.
  const host = new URL(facts.siteUrl).hostname;
  const messageId = `<${facts.updateId.replace(/[^A-Za-z0-9.-]+/g, '.')}.${channel.id}@${host}>`;
  const headers = { 'Content-Language': facts.lang };
  return {
    from: channel.from,
    to: channel.to,
    subject: facts.heading,
    text: lines.join('\n'),
    html,
    messageId,
    headers,
  };
}

// ---------------------------------------------------------------- Webhook

/** Outpost's own payload (schema at `/schema/webhook.json`); `deliveryId` is the same on every retry. */
export function webhookMessage(facts: AnnouncementFacts, deliveryId: string): WebhookPayload {
  return { delivery_id: deliveryId, ...facts.event };
}
