import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { channelMessage, type AnnounceChannel } from './channels.ts';
import { announcementFacts } from '../announce/facts.ts';
import { buildSiteView, type SiteView } from '../outputs/view-model.ts';
import { STATUS_PALETTE } from '../theme/palette.ts';
import type { Incident } from '../incident/model.ts';
import { WebhookPayloadSchema } from './webhook-payload.ts';
import {
  blueskyMessage,
  discordMessage,
  emailMessage,
  LIMITS,
  mastodonLength,
  mastodonMessage,
  slackMessage,
  teamsMessage,
  webhookMessage,
  type AnnouncementFacts,
} from './messages.ts';
import { graphemeCount, measure } from './text.ts';

const config = parseSiteConfig(
  {
    name: 'Acme',
    url: 'https://status.acme.example/',
    timeZone: 'Europe/Berlin',
    components: [
      { id: 'checkout', name: 'Checkout' },
      { id: 'api', name: 'API' },
    ],
    announce: [
      { kind: 'slack', urlEnv: 'A' },
      { kind: 'discord', urlEnv: 'A' },
      { kind: 'teams', urlEnv: 'A' },
      { kind: 'webhook', urlEnv: 'A', secretEnv: 'B' },
      { kind: 'mastodon', instance: 'https://m.example', tokenEnv: 'T', visibility: 'unlisted' },
      { kind: 'bluesky', identifier: 'status.acme.example', passwordEnv: 'P' },
      { kind: 'email', id: 'list', to: 'list@acme.example', from: 'Acme <s@acme.example>', smtpUrlEnv: 'S' },
    ],
  },
  'astro.config.mjs',
).config!;
const channel = (kind: AnnounceChannel['kind']) => config.announce.find((c) => c.kind === kind)!;
const now = new Date('2026-11-22T18:30Z');
const withIds = (items: Incident[]) =>
  items.map((item) => ({
    ...item,
    updates: item.updates.map((u) => ({ ...u, id: `${item.slug}#${u.at.toISOString()}` })),
  }));
const site = buildSiteView(
  config,
  withIds([
    incident('checkout', {
      title: 'Checkout errors',
      impact: 'major',
      components: [
        { id: 'checkout', status: 'partial_outage' },
        { id: 'api', status: 'degraded_performance' },
      ],
      timeline: [
        update('investigating', '2026-11-22T18:05Z', 'We are *looking* at <it> & more.\n\nSecond para\nline.'),
        update('resolved', '2026-11-22T18:20Z', 'Fixed.'),
      ],
    }),
    incident('upgrade', {
      type: 'maintenance',
      impact: 'none',
      components: [],
      scheduled: { start: new Date('2026-11-22T18:15Z'), end: new Date('2026-11-22T18:25Z') },
      timeline: [update('scheduled', '2026-11-20T09:00Z')],
    }),
    incident('quiet', {
      impact: 'minor',
      components: [],
      timeline: [update('identified', '2026-11-22T18:10Z', 'Looking.')],
    }),
  ]),
  now,
);
const find = (s: SiteView, slug: string, status: string) => {
  const i = s.incidents.find((x) => x.slug === slug)!;
  return { incident: i, update: i.updates.find((u) => u.status === status)! };
};
const investigating = find(site, 'checkout', 'investigating');
const resolved = find(site, 'checkout', 'resolved');
const maintenanceStart = find(site, 'upgrade', 'in_progress');
const quiet = find(site, 'quiet', 'identified');

describe('what every message says', () => {
  test.each([
    [
      'an incident: its impact, affected components, worst component colour',
      investigating,
      {
        label: 'Investigating',
        heading: '[Investigating] Checkout errors',
        affected: 'Checkout (partial outage), API (degraded performance)',
        impact: 'Major',
        window: undefined,
        status: 'partial_outage',
        posted: '22 Nov 2026, 19:05 CET',
      },
    ],
    [
      'a resolved incident is green',
      resolved,
      {
        label: 'Resolved',
        heading: '[Resolved] Checkout errors',
        affected: 'Checkout (partial outage), API (degraded performance)',
        impact: 'Major',
        window: undefined,
        status: 'operational',
        posted: '22 Nov 2026, 19:20 CET',
      },
    ],
    [
      'maintenance: labelled as maintenance, its window, no impact',
      maintenanceStart,
      {
        label: 'Maintenance in progress',
        heading: '[Maintenance in progress] upgrade',
        affected: '',
        impact: undefined,
        window: '22 Nov 2026, 19:15 CET – 22 Nov 2026, 19:25 CET',
        status: 'under_maintenance',
        posted: '22 Nov 2026, 19:15 CET',
      },
    ],
    [
      'an incident without components takes its colour from its impact',
      quiet,
      {
        label: 'Identified',
        heading: '[Identified] quiet',
        affected: '',
        impact: 'Minor',
        window: undefined,
        status: 'degraded_performance',
        posted: '22 Nov 2026, 19:10 CET',
      },
    ],
  ])('%s', (_name, announcement, expected) => {
    const facts = announcementFacts(site, announcement);
    expect({
      label: facts.label,
      heading: facts.heading,
      affected: facts.affected,
      impact: facts.impact,
      window: facts.window,
      status: facts.status,
      posted: facts.posted,
    }).toEqual(expected);
    expect(facts.url).toBe(`https://status.acme.example${announcement.update.url}`);
    expect(facts.siteName).toBe('Acme');
    expect(facts.siteUrl).toBe('https://status.acme.example/');
    expect(facts.title).toBe(announcement.incident.title);
    expect(facts.text).toBe(announcement.update.text.trim());
    expect(facts.words).toEqual({
      readMore: 'Read more',
      view: 'View on the status page',
      affected: 'Affected',
      impact: 'Impact',
      window: 'Window',
      posted: 'Posted',
      follow: `Follow it on the status page: ${facts.url}`,
      emailFooter:
        "You receive this because you joined the mailing list for Acme. The list's own footer says how to leave it.",
    });
  });

  test('the text is trimmed', () => {
    const padded = buildSiteView(
      config,
      withIds([incident('pad', { timeline: [update('investigating', '2026-11-22T18:05Z', '\n\n  Padded.  \n')] })]),
      now,
    );
    expect(announcementFacts(padded, find(padded, 'pad', 'investigating')).text).toBe('Padded.');
  });
});

describe("each channel's message, exactly", () => {
  const kinds = config.announce.map((c) => c.kind);
  test.each(
    kinds.flatMap((kind) => [
      [kind, 'incident', investigating] as const,
      [kind, 'maintenance', maintenanceStart] as const,
      [kind, 'no components', quiet] as const,
    ]),
  )('%s, %s', (kind, _what, announcement) => {
    expect(channelMessage(channel(kind), announcementFacts(site, announcement))).toMatchSnapshot();
  });

  test('the webhook payload passes its own schema; an update that is not automatic says so', () => {
    const payload = (announcement: typeof investigating) =>
      webhookMessage(announcementFacts(site, announcement), 'webhook/x');
    expect(WebhookPayloadSchema.parse(payload(investigating))).toEqual(payload(investigating));
    expect(payload(investigating)).toMatchObject({
      delivery_id: 'webhook/x',
      language: 'en',
      update: { automatic: false },
      incident: { ended_at: '2026-11-22T18:20:00Z', scheduled: null },
    });
    expect(payload(quiet).incident.ended_at).toBeNull();
    expect(payload(maintenanceStart).update.automatic).toBe(true);
  });
});

/** Facts with a text of `length` graphemes, the rest as the incident's. */
const factsWith = (text: string, over: Partial<AnnouncementFacts> = {}): AnnouncementFacts => ({
  ...announcementFacts(site, investigating),
  text,
  ...over,
});

describe('shortening at each service\'s limit, with a "read more" link only when cut', () => {
  const more = (facts: AnnouncementFacts) => `\n<${facts.url}|Read more>`;

  test.each([
    ['fits exactly', 0, false],
    ['one over', 1, true],
  ])('Slack: %s', (_name, over, cut) => {
    const base = factsWith('');
    const room = LIMITS.slackSection - more(base).length;
    const facts = factsWith('x'.repeat(room + over));
    const section = slackMessage(facts).blocks[1].text!.text;
    expect(section.endsWith(more(facts))).toBe(cut);
    expect(section.length).toBeLessThanOrEqual(LIMITS.slackSection);
    if (!cut) expect(section).toBe('x'.repeat(room));
  });

  test('Slack counts what escaping adds', () => {
    const base = factsWith('');
    const room = LIMITS.slackSection - more(base).length;
    // "&" becomes "&amp;": five characters of the limit.
    const facts = factsWith('&'.repeat(Math.floor(room / 5) + 1));
    const section = slackMessage(facts).blocks[1].text!.text;
    expect(section.endsWith(more(facts))).toBe(true);
    expect(section.length).toBeLessThanOrEqual(LIMITS.slackSection);
  });

  test('Slack shortens the header and each context line in code units', () => {
    const facts = factsWith('x', {
      heading: '😀'.repeat(LIMITS.slackHeader),
      affected: 'a'.repeat(LIMITS.slackSection + 10),
    });
    const message = slackMessage(facts);
    expect(message.blocks[0].text!.text.length).toBeLessThanOrEqual(LIMITS.slackHeader);
    expect(message.blocks[0].text!.text.length).toBeGreaterThan(LIMITS.slackHeader - 3);
    const first = message.blocks[2].elements![0] as { text: string };
    expect(first.text.length).toBe(LIMITS.slackSection);
    expect(first.text.endsWith('…')).toBe(true);
  });

  test.each([
    ['fits exactly', 0, false],
    ['one over', 1, true],
  ])('Discord: %s', (_name, over, cut) => {
    const facts0 = factsWith('');
    const moreText = `\n\n[Read more](${facts0.url})`;
    const room = LIMITS.discordDescription - moreText.length;
    const facts = factsWith('x'.repeat(room + over));
    const embed = discordMessage(facts).embeds[0];
    expect(embed.description.endsWith(moreText)).toBe(cut);
    expect(embed.description.length).toBeLessThanOrEqual(LIMITS.discordDescription);
    if (!cut) expect(embed.description).toBe('x'.repeat(room));
  });

  test('Discord keeps the whole embed within its total limit', () => {
    const facts = factsWith('y'.repeat(5000), {
      heading: 'h'.repeat(300),
      siteName: 's'.repeat(2100),
      affected: 'a'.repeat(1100),
      window: 'w'.repeat(500),
      impact: 'Major',
    });
    const embed = discordMessage(facts).embeds[0];
    expect(embed.title).toHaveLength(LIMITS.discordTitle);
    expect(embed.footer.text).toHaveLength(2048);
    expect(embed.fields.map((field) => [field.name, field.value.length, field.inline])).toEqual([
      ['Affected', LIMITS.discordField, false],
      ['Window', 500, false],
      ['Impact', 5, true],
    ]);
    const total =
      embed.title.length +
      embed.description.length +
      embed.footer.text.length +
      embed.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.discordEmbed);
    expect(total).toBeGreaterThan(LIMITS.discordEmbed - 10);
    expect(embed.description).toMatch(
      /…\n\n\[Read more\]\(https:\/\/status\.acme\.example\/incidents\/checkout\/#update-[^)]+\)$/,
    );
  });

  test('Discord escapes Markdown in the text, at line starts too, and counts the escapes', () => {
    const embed = discordMessage(factsWith('# not a heading\n> nor a quote\n- nor a list\n*a* _b_ ~c~ `d` |e| [f] \\g'))
      .embeds[0];
    expect(embed.description).toBe(
      '\\# not a heading\n\\> nor a quote\n\\- nor a list\n\\*a\\* \\_b\\_ \\~c\\~ \\`d\\` \\|e\\| \\[f\\] \\\\g',
    );
    expect(embed.color).toBe(Number.parseInt(STATUS_PALETTE.partial_outage.light.slice(1), 16));
  });

  test.each([
    ['fits', LIMITS.teamsText, false, 'View on the status page'],
    ['cut', LIMITS.teamsText + 1, true, 'Read more'],
  ])('Teams: %s', (_name, length, cut, action) => {
    const card = teamsMessage(factsWith('t'.repeat(length))).attachments[0].content;
    expect(card.body[1].text!.length).toBeLessThanOrEqual(LIMITS.teamsText);
    expect(card.body[1].text!.endsWith('…')).toBe(cut);
    expect(card.actions[0].title).toBe(action);
  });

  test('Mastodon and Bluesky keep heading, text, affected list and link within the limit', () => {
    const facts = factsWith('word '.repeat(400), { heading: 'H'.repeat(400), affected: 'A'.repeat(400) });
    const status = mastodonMessage(facts, 'public').status;
    expect(mastodonLength(status)).toBeLessThanOrEqual(LIMITS.mastodon);
    expect(mastodonLength(status)).toBeGreaterThan(LIMITS.mastodon - 10);
    const lines = status.split('\n');
    expect(lines[0]).toHaveLength(Math.floor(LIMITS.mastodon / 3));
    expect(lines[1]).toBe('');
    expect(lines[3]).toBe('');
    expect(lines.at(-2)).toHaveLength(Math.floor(LIMITS.mastodon / 4));
    expect(lines.at(-2)!.startsWith('Affected: AAA')).toBe(true);
    expect(lines.at(-1)).toBe(facts.url);
    const post = blueskyMessage(facts);
    expect(graphemeCount(post.text)).toBeLessThanOrEqual(LIMITS.bluesky);
    expect(graphemeCount(post.text)).toBeGreaterThan(LIMITS.bluesky - 10);
    expect(post.embed.external.title).toHaveLength(LIMITS.blueskyCardDescription);
    expect(measure(post.embed.external.description)).toBeLessThanOrEqual(LIMITS.blueskyCardDescription);
  });

  test('Bluesky: the facet covers the shown link, in UTF-8 bytes after non-ASCII text', () => {
    const facts = factsWith('Grüße 👋', { heading: '[Investigating] Ärger' });
    const post = blueskyMessage(facts);
    const bytes = new TextEncoder().encode(post.text);
    const { byteStart, byteEnd } = post.facets[0].index;
    expect(new TextDecoder().decode(bytes.slice(byteStart, byteEnd))).toBe('status.acme.example/incidents/checkout/…');
    expect(byteEnd).toBe(bytes.length);
  });

  test.each([
    ['https://', 'https://status.acme.example/x', '', 1],
    ['http://, after text', 'go: http://a.example/b', 'go: ', 1],
    ['two links', 'see https://a.example and http://b.example/c', 'see  and ', 2],
  ])('Mastodon counts a link as 23: %s', (_name, status, rest, links) => {
    expect(mastodonLength(status)).toBe(graphemeCount(rest) + links * LIMITS.mastodonUrl);
  });
});

describe('email', () => {
  test('plain text and HTML carry the same facts; the Message-ID is stable per update and channel', () => {
    const list = { id: 'list', from: 'Acme <s@acme.example>', to: 'list@acme.example' };
    const email = emailMessage(announcementFacts(site, investigating), list);
    expect(email.subject).toBe('[Investigating] Checkout errors');
    expect(email.from).toBe('Acme <s@acme.example>');
    expect(email.to).toBe('list@acme.example');
    expect(email.messageId).toBe('<checkout.2026-11-22T18.05.00.000Z.list@status.acme.example>');
    expect(email.text.split('\n').slice(0, 6)).toEqual([
      'Checkout errors',
      '',
      'Investigating · 22 Nov 2026, 19:05 CET',
      'Impact: Major',
      'Affected: Checkout (partial outage), API (degraded performance)',
      '',
    ]);
    expect(email.html).toContain(
      '<p><strong>Impact:</strong> Major<br><strong>Affected:</strong> Checkout (partial outage), API (degraded performance)</p>',
    );
    expect(email.html).toContain('<p>We are looking at &amp; more. Second para line.</p>');
    const paragraphs = emailMessage(factsWith('One <b> & "two"\nthree\n\n\nFour'), list).html;
    expect(paragraphs).toContain('<p>One &lt;b&gt; &amp; &quot;two&quot;<br>three</p>\n<p>Four</p>');
    expect(email.html).toContain(
      `<strong style="color: ${STATUS_PALETTE.partial_outage.light};">Investigating</strong>`,
    );
  });

  test('without impact, components or window there is no facts paragraph', () => {
    const facts = factsWith('Just text.', { impact: undefined, affected: '', window: undefined, updateId: 'a b#c' });
    const email = emailMessage(facts, { id: 'list', from: 'Acme <s@acme.example>', to: 'list@acme.example' });
    expect(email.html.split('\n').filter((line) => line.startsWith('<p>'))).toEqual([
      '<p><strong style="color: #b04a0f;">Investigating</strong> · 22 Nov 2026, 19:05 CET</p>',
      '<p>Just text.</p>',
      `<p><a href="${facts.url}">View on the status page</a></p>`,
    ]);
    expect(email.text).toBe(
      `Checkout errors\n\nInvestigating · 22 Nov 2026, 19:05 CET\n\nJust text.\n\nFollow it on the status page: ${facts.url}\n\n-- \n${facts.words.emailFooter}`,
    );
    expect(email.messageId).toBe('<a.b.c.list@status.acme.example>');
  });
});

describe("messages in the channel's language", () => {
  const germanConfig = parseSiteConfig(
    {
      name: 'Acme',
      url: 'https://status.acme.example/',
      timeZone: 'Europe/Berlin',
      locales: ['en', 'de'],
      components: [{ id: 'checkout', name: 'Checkout' }],
      announce: [
        { kind: 'mastodon', instance: 'https://m.example', tokenEnv: 'T', locale: 'de' },
        { kind: 'bluesky', identifier: 'status.acme.example', passwordEnv: 'P', locale: 'de' },
        { kind: 'email', to: 'liste@acme.example', from: 'Acme <s@acme.example>', smtpUrlEnv: 'S', locale: 'de' },
        { kind: 'webhook', urlEnv: 'U', secretEnv: 'S', locale: 'de' },
      ],
    },
    'astro.config.mjs',
  ).config!;
  const translated = {
    ...update('investigating', '2026-11-22T18:05Z', 'Some payments fail.'),
    translations: { de: 'Einige Zahlungen schlagen fehl.' },
  };
  const untranslated = update('identified', '2026-11-22T18:10Z', 'We found the cause.');
  const german = buildSiteView(
    germanConfig,
    withIds([
      incident('pay', {
        title: 'Payments',
        components: [{ id: 'checkout', status: 'partial_outage' }],
        timeline: [translated, untranslated],
      }),
    ]),
    now,
    'de',
  );
  const of = (kind: AnnounceChannel['kind'], status: string) =>
    channelMessage(
      germanConfig.announce.find((c) => c.kind === kind)!,
      announcementFacts(german, find(german, 'pay', status)),
    );

  test('a translated update: German words, tags and link', () => {
    const facts = announcementFacts(german, find(german, 'pay', 'investigating'));
    expect({
      lang: facts.lang,
      textLang: facts.textLang,
      heading: facts.heading,
      affected: facts.affected,
      text: facts.text,
    }).toEqual({
      lang: 'de',
      textLang: 'de',
      heading: '[Wird untersucht] Payments',
      affected: 'Checkout (Teilausfall)',
      text: 'Einige Zahlungen schlagen fehl.',
    });
    expect(facts.url).toBe('https://status.acme.example/de/incidents/pay/#update-2026-11-22T18-05-00.000Z');
    expect(of('mastodon', 'investigating')).toMatchObject({ language: 'de' });
    expect((of('mastodon', 'investigating') as { status: string }).status).toContain(
      'Betroffen: Checkout (Teilausfall)',
    );
    expect(of('bluesky', 'investigating')).toMatchObject({ langs: ['de'] });
    const email = of('email', 'investigating') as ReturnType<typeof emailMessage>;
    expect(email.html).toContain('<html lang="de">');
    expect(email.html).toContain('<p>Einige Zahlungen schlagen fehl.</p>');
    expect(email.headers).toEqual({ 'Content-Language': 'de' });
    expect(email.text).toContain('Verfolgen Sie es auf der Statusseite: https://status.acme.example/de/incidents/pay/');
    expect(of('webhook', 'investigating')).toMatchObject({
      language: 'de',
      update: { status_label: 'Wird untersucht', text: 'Einige Zahlungen schlagen fehl.' },
    });
  });

  test('an update not translated yet: German words, the text tagged with its own language', () => {
    expect(of('mastodon', 'identified')).toMatchObject({ language: 'en' });
    expect(of('bluesky', 'identified')).toMatchObject({ langs: ['en', 'de'] });
    const email = of('email', 'identified') as ReturnType<typeof emailMessage>;
    expect(email.html).toContain('<html lang="de">');
    expect(email.html).toContain('<p lang="en">We found the cause.</p>');
    expect(email.html).toContain('<h1 style="font-size: 1.25em;" lang="en">Payments</h1>');
  });

  test('Mastodon gets a language without its region', () => {
    expect(mastodonMessage(factsWith('Olá', { textLang: 'pt-BR' }), 'public').language).toBe('pt');
  });
});
