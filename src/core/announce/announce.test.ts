import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { buildSiteView } from '../outputs/view-model.ts';
import { dueAnnouncements, emptyState, openState, recordSent, RETAIN_DAYS } from './due.ts';
import { announcementFacts } from './facts.ts';
import {
  blueskyMessage,
  discordMessage,
  LIMITS,
  mastodonLength,
  mastodonMessage,
  slackMessage,
} from '../channels/messages.ts';
import { graphemeCount, perCodeUnit, shorten } from '../channels/text.ts';

describe('shorten', () => {
  test.each([
    ['fits', 'short text', 20, 'short text', false],
    ['cut at a word, with an ellipsis', 'one two three four five', 12, 'one two…', true],
    ['a long word is cut inside', 'abcdefghijklmnopqrstuvwxyz', 6, 'abcde…', true],
    ['an emoji family counts one grapheme and is never split', '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 2, '👨‍👩‍👧…', true],
    ['accents stay on their letter', 'e\u0301e\u0301e\u0301e\u0301', 3, 'e\u0301e\u0301…', true],
  ])('%s', (_name, text, limit, expected, cut) => {
    const result = shorten(text, limit);
    expect(result).toEqual({ text: expected, cut });
    expect(graphemeCount(result.text)).toBeLessThanOrEqual(limit);
  });

  test('in code units, an emoji weighs what it takes', () => {
    const result = shorten('😀😀😀😀', 5, perCodeUnit);
    expect(result.text).toBe('😀😀…');
    expect(result.text.length).toBeLessThanOrEqual(5);
  });
});

const config = parseSiteConfig(
  {
    name: 'Acme',
    url: 'https://status.acme.example/',
    groups: [{ id: 'shop', name: 'Shop' }],
    components: [
      { id: 'checkout', name: 'Checkout', group: 'shop' },
      { id: 'api', name: 'API' },
    ],
    announce: [
      { kind: 'slack', urlEnv: 'A' },
      { kind: 'slack', id: 'major', urlEnv: 'A', minImpact: 'major' },
      { kind: 'slack', id: 'shop', urlEnv: 'A', components: ['shop'] },
      { kind: 'slack', id: 'maintenance', urlEnv: 'A', types: ['maintenance'] },
      { kind: 'slack', id: 'wide', urlEnv: 'A', lookbackMinutes: 24 * 60 },
    ],
  },
  'astro.config.mjs',
).config!;
const [all, major, shop, maintenance, wide] = config.announce;
const now = new Date('2026-11-22T18:30Z');
const incidents = [
  incident('checkout', {
    impact: 'major',
    components: [{ id: 'checkout', status: 'partial_outage' }],
    timeline: [update('investigating', '2026-11-22T18:05Z'), update('monitoring', '2026-11-22T18:20Z')],
  }),
  incident('api', {
    impact: 'minor',
    components: [{ id: 'api', status: 'degraded_performance' }],
    timeline: [update('investigating', '2026-11-22T18:10Z')],
  }),
  incident('yesterday', {
    impact: 'critical',
    components: [{ id: 'api', status: 'major_outage' }],
    timeline: [update('investigating', '2026-11-21T20:00Z'), update('resolved', '2026-11-21T21:00Z')],
  }),
  incident('upgrade', {
    type: 'maintenance',
    impact: 'none',
    components: [{ id: 'api', status: 'under_maintenance' }],
    scheduled: { start: new Date('2026-11-22T18:15Z'), end: new Date('2026-11-22T18:25Z') },
    timeline: [update('scheduled', '2026-11-20T09:00Z')],
  }),
].map((item) => ({ ...item, updates: item.updates.map((u) => ({ ...u, id: `${item.slug}#${u.at.toISOString()}` })) }));
const site = buildSiteView(config, incidents, now);
const ids = (channel: (typeof config.announce)[number], state = openState(emptyState(), config.announce, now)) =>
  dueAnnouncements(site, channel, state).map(
    ({ incident: i, update: u }) => `${i.slug}#${u.at.toISOString().slice(0, 16)}`,
  );

describe('which updates a channel is owed', () => {
  test.each([
    [
      'every type, oldest first, within the look-back; maintenance start and end come from the window',
      all,
      [
        'checkout#2026-11-22T18:05',
        'api#2026-11-22T18:10',
        'upgrade#2026-11-22T18:15',
        'checkout#2026-11-22T18:20',
        'upgrade#2026-11-22T18:25',
      ],
    ],
    [
      'minImpact major: the minor incident is left out, maintenance is not',
      major,
      [
        'checkout#2026-11-22T18:05',
        'upgrade#2026-11-22T18:15',
        'checkout#2026-11-22T18:20',
        'upgrade#2026-11-22T18:25',
      ],
    ],
    ['a group stands for its components', shop, ['checkout#2026-11-22T18:05', 'checkout#2026-11-22T18:20']],
    ['types: maintenance only', maintenance, ['upgrade#2026-11-22T18:15', 'upgrade#2026-11-22T18:25']],
    [
      'a longer look-back reaches yesterday, not the maintenance scheduled days ago',
      wide,
      [
        'yesterday#2026-11-21T20:00',
        'yesterday#2026-11-21T21:00',
        'checkout#2026-11-22T18:05',
        'api#2026-11-22T18:10',
        'upgrade#2026-11-22T18:15',
        'checkout#2026-11-22T18:20',
        'upgrade#2026-11-22T18:25',
      ],
    ],
  ])('%s', (_name, channel, expected) => {
    expect(ids(channel)).toEqual(expected);
  });

  test('what was sent is not owed again; a channel keeps its start across runs', () => {
    let state = openState(emptyState(), config.announce, now);
    const first = dueAnnouncements(site, all, state)[0];
    state = recordSent(state, all, first.update, now);
    expect(ids(all, state)).not.toContain('checkout#2026-11-22T18:05');
    const later = openState(state, config.announce, new Date('2026-11-22T23:00Z'));
    expect(later.channels.slack.since).toBe('2026-11-22T17:30:00Z');
  });

  test(`sent updates older than ${RETAIN_DAYS} days are forgotten`, () => {
    const state = recordSent(openState(emptyState(), config.announce, now), all, site.incidents[0].updates[0], now);
    const muchLater = openState(state, config.announce, new Date(now.getTime() + (RETAIN_DAYS + 1) * 86_400_000));
    expect(muchLater.channels.slack.sent).toEqual({});
  });
});

describe("messages stay within each service's limit", () => {
  const long = incident('long', {
    title: 'A title that goes on and on '.repeat(12),
    components: [{ id: 'checkout', status: 'major_outage' }],
    timeline: [update('investigating', '2026-11-22T18:00Z', 'Many words 👩‍💻 & 5 < 6 in snake_case. '.repeat(400))],
  });
  const longSite = buildSiteView(config, [long], now);
  const facts = announcementFacts(longSite, {
    incident: longSite.incidents[0],
    update: longSite.incidents[0].updates[0],
  });

  test('Slack, Discord, Mastodon and Bluesky', () => {
    const slack = slackMessage(facts);
    expect(slack.blocks[0].text!.text.length).toBeLessThanOrEqual(LIMITS.slackHeader);
    expect(slack.blocks[1].text!.text.length).toBeLessThanOrEqual(LIMITS.slackSection);
    expect(slack.blocks[1].text!.text).toContain('&amp; 5 &lt; 6');
    const embed = discordMessage(facts).embeds[0];
    expect(embed.description.length).toBeLessThanOrEqual(LIMITS.discordDescription);
    expect(embed.description).toContain('snake\\_case');
    expect(mastodonLength(mastodonMessage(facts, 'public').status)).toBeLessThanOrEqual(LIMITS.mastodon);
    const post = blueskyMessage(facts);
    expect(graphemeCount(post.text)).toBeLessThanOrEqual(LIMITS.bluesky);
    expect(post.text.split('\n').at(-1)).toBe('status.acme.example/incidents/long/#upd…');
    expect(post.facets[0].features[0].uri).toBe(facts.url);
  });
});
