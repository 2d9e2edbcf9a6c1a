import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import type { Incident } from '../incident/model.ts';
import { buildSiteView, type SiteView } from '../outputs/view-model.ts';
import {
  AnnounceStateSchema,
  channelSince,
  channelWants,
  dueAnnouncements,
  emptyState,
  openState,
  recordSent,
  RETAIN_DAYS,
  type AnnounceState,
} from './due.ts';

const config = parseSiteConfig(
  {
    name: 'Acme',
    url: 'https://status.acme.example/',
    groups: [{ id: 'shop', name: 'Shop' }],
    components: [
      { id: 'checkout', name: 'Checkout', group: 'shop' },
      { id: 'cart', name: 'Cart', group: 'shop' },
      { id: 'api', name: 'API' },
    ],
    announce: [
      { kind: 'slack', urlEnv: 'A' },
      { kind: 'slack', id: 'minor', urlEnv: 'A', minImpact: 'minor' },
      { kind: 'slack', id: 'major', urlEnv: 'A', minImpact: 'major' },
      { kind: 'slack', id: 'shop', urlEnv: 'A', components: ['shop'] },
      { kind: 'slack', id: 'api', urlEnv: 'A', components: ['api'] },
      { kind: 'slack', id: 'notices', urlEnv: 'A', types: ['notice', 'incident'] },
      { kind: 'slack', id: 'none', urlEnv: 'A', lookbackMinutes: 0 },
    ],
  },
  'astro.config.mjs',
).config!;
const byId = (id: string) => config.announce.find((channel) => (channel.id ?? channel.kind) === id)!;
const now = new Date('2026-11-22T18:30Z');
const withIds = (items: Incident[]) =>
  items.map((item) => ({
    ...item,
    updates: item.updates.map((u) => ({ ...u, id: `${item.slug}#${u.at.toISOString()}` })),
  }));

describe('which incidents a channel wants', () => {
  const site = buildSiteView(
    config,
    withIds([
      incident('minor-cart', {
        impact: 'minor',
        components: [{ id: 'cart', status: 'degraded_performance' }],
        timeline: [update('investigating', '2026-11-22T18:05Z')],
      }),
      incident('major-api', {
        impact: 'major',
        components: [{ id: 'api', status: 'partial_outage' }],
        timeline: [update('investigating', '2026-11-22T18:05Z')],
      }),
      incident('none-api', {
        impact: 'none',
        components: [{ id: 'api', status: 'operational' }],
        timeline: [update('investigating', '2026-11-22T18:05Z')],
      }),
      incident('notice', {
        type: 'notice',
        impact: 'none',
        components: [],
        timeline: [update('investigating', '2026-11-22T18:05Z')],
      }),
      incident('maintenance', {
        type: 'maintenance',
        impact: 'none',
        components: [{ id: 'checkout', status: 'under_maintenance' }],
        scheduled: { start: new Date('2026-11-22T20:00Z'), end: new Date('2026-11-22T21:00Z') },
        timeline: [update('scheduled', '2026-11-22T18:05Z')],
      }),
    ]),
    now,
  );
  const wanted = (id: string) =>
    site.incidents
      .filter((view) => channelWants(byId(id), view, site))
      .map((view) => view.slug)
      .sort();

  test.each([
    ['no filters: everything', 'slack', ['maintenance', 'major-api', 'minor-cart', 'none-api', 'notice']],
    [
      'minImpact minor: the impact itself passes, "none" does not; other types are not judged by impact',
      'minor',
      ['maintenance', 'major-api', 'minor-cart', 'notice'],
    ],
    ['minImpact major', 'major', ['maintenance', 'major-api', 'notice']],
    ['a group stands for its components', 'shop', ['maintenance', 'minor-cart']],
    ['a component by its id', 'api', ['major-api', 'none-api']],
    ['types', 'notices', ['major-api', 'minor-cart', 'none-api', 'notice']],
  ])('%s', (_name, id, expected) => {
    expect(wanted(id)).toEqual(expected);
  });
});

describe('when a channel starts and what it is owed', () => {
  test.each([
    ['first run: now minus the look-back', emptyState(), 'slack', '2026-11-22T17:30:00.000Z'],
    ['a look-back of 0: now', emptyState(), 'none', '2026-11-22T18:30:00.000Z'],
    [
      'a later run: what was recorded',
      { version: 1, channels: { slack: { since: '2026-11-01T00:00:00Z', sent: {} } } } as AnnounceState,
      'slack',
      '2026-11-01T00:00:00.000Z',
    ],
    [
      "another channel's record does not count",
      { version: 1, channels: { other: { since: '2026-11-01T00:00:00Z', sent: {} } } } as AnnounceState,
      'slack',
      '2026-11-22T17:30:00.000Z',
    ],
  ])('%s', (_name, state, id, expected) => {
    expect(channelSince(byId(id), state, now).toISOString()).toBe(expected);
  });

  const site = buildSiteView(
    config,
    withIds([
      incident('a', {
        timeline: [
          update('investigating', '2026-11-22T17:29Z'),
          update('identified', '2026-11-22T17:30Z'),
          update('monitoring', '2026-11-22T18:30Z'),
        ],
      }),
      incident('b', { timeline: [update('investigating', '2026-11-22T17:30Z')] }),
    ]),
    now,
  );
  const due = (s: SiteView, state: AnnounceState, id = 'slack') =>
    dueAnnouncements(s, byId(id), state).map(({ update: u }) => u.id);

  test("the look-back's first minute and `now` itself are in; oldest first, ties by id", () => {
    expect(due(site, emptyState())).toEqual([
      'a#2026-11-22T17:30:00.000Z',
      'b#2026-11-22T17:30:00.000Z',
      'a#2026-11-22T18:30:00.000Z',
    ]);
  });

  test('ties by id whatever the order of incidents', () => {
    const reversed = { ...site, incidents: [...site.incidents].reverse() };
    expect(due(reversed, emptyState())).toEqual([
      'a#2026-11-22T17:30:00.000Z',
      'b#2026-11-22T17:30:00.000Z',
      'a#2026-11-22T18:30:00.000Z',
    ]);
  });

  test('an update after `now` is not owed yet, even in a view that has it', () => {
    const [a, b] = site.incidents;
    const future = { ...a.updates[0], id: 'a#2026-11-22T18:31:00.000Z', at: new Date('2026-11-22T18:31Z') };
    const withFuture = { ...site, incidents: [{ ...a, updates: [future, ...a.updates] }, b] };
    expect(due(withFuture, emptyState())).not.toContain('a#2026-11-22T18:31:00.000Z');
  });

  test('sent updates are not owed; older than the retention they are not owed even when the channel started earlier', () => {
    const state: AnnounceState = {
      version: 1,
      channels: {
        slack: { since: '2026-01-01T00:00:00Z', sent: { 'a#2026-11-22T17:30:00.000Z': '2026-11-22T17:31:00Z' } },
      },
    };
    const old = buildSiteView(
      config,
      withIds([
        incident('old', {
          timeline: [
            update('investigating', new Date(now.getTime() - RETAIN_DAYS * 86_400_000 - 60_000).toISOString()),
            update('identified', new Date(now.getTime() - RETAIN_DAYS * 86_400_000).toISOString()),
          ],
        }),
        ...site.incidents.map((view) => view.incident),
      ]),
      now,
    );
    expect(due(old, state)).toEqual([
      'old#2026-10-23T18:30:00.000Z',
      'a#2026-11-22T17:29:00.000Z',
      'b#2026-11-22T17:30:00.000Z',
      'a#2026-11-22T18:30:00.000Z',
    ]);
  });

  test('a channel that wants none of them is owed nothing', () => {
    expect(due(site, emptyState(), 'api')).toEqual([]);
  });
});

describe('the state file', () => {
  test.each([
    ['empty', { version: 1, channels: {} }, true],
    [
      'a channel',
      {
        version: 1,
        channels: {
          slack: { since: '2026-11-22T17:30:00Z', sent: { 'a#2026-11-22T17:30:00Z': '2026-11-22T17:31:00+01:00' } },
        },
      },
      true,
    ],
    ['another version', { version: 2, channels: {} }, false],
    ['an unknown field', { version: 1, channels: {}, extra: 1 }, false],
    ['a time without zone', { version: 1, channels: { slack: { since: '2026-11-22T17:30:00', sent: {} } } }, false],
    [
      'an unknown field in a channel',
      { version: 1, channels: { slack: { since: '2026-11-22T17:30:00Z', sent: {}, more: 1 } } },
      false,
    ],
  ])('%s', (_name, value, ok) => {
    expect(AnnounceStateSchema.safeParse(value).success).toBe(ok);
  });

  test('opening keeps records of removed channels, adds new ones, forgets sent updates past the retention (its first minute is kept)', () => {
    const horizon = new Date(now.getTime() - RETAIN_DAYS * 86_400_000).toISOString();
    const before = new Date(now.getTime() - RETAIN_DAYS * 86_400_000 - 1000).toISOString();
    const state: AnnounceState = {
      version: 1,
      channels: {
        gone: {
          since: '2026-01-01T00:00:00Z',
          sent: { [`x#${horizon}`]: horizon, [`y#${before}`]: before, 'no-time': horizon },
        },
        slack: { since: '2026-11-01T00:00:00Z', sent: {} },
      },
    };
    const opened = openState(state, [byId('slack'), byId('none')], now);
    expect(opened).toEqual({
      version: 1,
      channels: {
        gone: { since: '2026-01-01T00:00:00Z', sent: { [`x#${horizon}`]: horizon, 'no-time': horizon } },
        slack: { since: '2026-11-01T00:00:00Z', sent: {} },
        none: { since: '2026-11-22T18:30:00Z', sent: {} },
      },
    });
  });

  test('recording a send', () => {
    const view = { id: 'a#2026-11-22T17:30:00Z' } as Parameters<typeof recordSent>[2];
    const sentAt = new Date('2026-11-22T18:31Z');
    expect(recordSent(emptyState(), byId('major'), view, sentAt)).toEqual({
      version: 1,
      channels: {
        major: { since: '2026-11-22T18:31:00Z', sent: { 'a#2026-11-22T17:30:00Z': '2026-11-22T18:31:00Z' } },
      },
    });
    const opened = openState(emptyState(), [byId('major')], now);
    const twice = recordSent(recordSent(opened, byId('major'), view, sentAt), byId('major'), { ...view, id: 'b' }, now);
    expect(twice.channels.major).toEqual({
      since: '2026-11-22T17:30:00Z',
      sent: { 'a#2026-11-22T17:30:00Z': '2026-11-22T18:31:00Z', b: '2026-11-22T18:30:00Z' },
    });
  });
});
