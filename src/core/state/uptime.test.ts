import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { componentUptimeDays, trackedFrom, uptimePercent, DOWNTIME_WEIGHT, uptimeDays } from './uptime.ts';
import { formatPercent } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';

const outage = (
  slug: string,
  status: 'major_outage' | 'partial_outage' | 'degraded_performance',
  from: string,
  to: string,
) =>
  incident(slug, {
    components: [{ id: 'api', status }],
    timeline: [update('investigating', from), update('resolved', to)],
  });

describe('uptime with Statuspage weights', () => {
  const now = new Date('2026-11-23T00:00Z');
  test.each([
    [
      'major outage, 2.4 h',
      [outage('a', 'major_outage', '2026-11-22T10:00Z', '2026-11-22T12:24Z')],
      0.9,
      'major_outage',
    ],
    [
      'partial outage, 2.4 h counts 30%',
      [outage('a', 'partial_outage', '2026-11-22T10:00Z', '2026-11-22T12:24Z')],
      0.97,
      'partial_outage',
    ],
    [
      'degraded counts nothing',
      [outage('a', 'degraded_performance', '2026-11-22T10:00Z', '2026-11-22T12:24Z')],
      1,
      'degraded_performance',
    ],
    [
      'overlap counts once, at the worst',
      [
        outage('a', 'major_outage', '2026-11-22T10:00Z', '2026-11-22T12:24Z'),
        outage('b', 'partial_outage', '2026-11-22T11:00Z', '2026-11-22T12:00Z'),
      ],
      0.9,
      'major_outage',
    ],
  ])('%s', (_name, incidents, uptime, worst) => {
    const [day] = componentUptimeDays('api', incidents, now, 'UTC', 2).slice(-2);
    expect(day.day).toBe('2026-11-22');
    expect(day.uptime).toBeCloseTo(uptime, 10);
    expect(day.worst).toBe(worst);
  });

  test('an incident over midnight counts on both days, in the display zone', () => {
    const incidents = [outage('a', 'major_outage', '2026-11-21T22:00Z', '2026-11-22T02:00Z')];
    // 22:00Z-02:00Z is 23:00-03:00 in Berlin: 1 h on 21 Nov, 3 h on 22 Nov; now is Berlin's midnight of 23 Nov.
    const days = componentUptimeDays('api', incidents, new Date('2026-11-22T23:00Z'), 'Europe/Berlin', 3);
    expect(days.map((day) => [day.day, Math.round((1 - day.uptime) * 24 * 60)])).toEqual([
      ['2026-11-21', 60],
      ['2026-11-22', 180],
      ['2026-11-23', 0],
    ]);
  });

  test('an ongoing outage counts up to now', () => {
    const ongoing = incident('o', {
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-22T06:00Z')],
    });
    const [today] = componentUptimeDays('api', [ongoing], new Date('2026-11-22T12:00Z'), 'UTC', 1);
    expect(today.uptime).toBeCloseTo(0.5, 10);
  });

  test('percent over 90 days, never rounded up to 100%', () => {
    const incidents = [outage('a', 'major_outage', '2026-11-22T10:00Z', '2026-11-22T10:01Z')];
    const percent = uptimePercent(new Set(['api']), incidents, now, 'UTC', 90)!;
    expect(percent).toBeLessThan(100);
    expect(formatPercent(percent, translator('en'))).toBe('99.99%');
    expect(formatPercent(100, translator('en'))).toBe('100.00%');
    expect(formatPercent(percent, translator('de'))).toBe('99,99\u00a0%');
  });
});

describe("one component's outage is not another's", () => {
  const now = new Date('2026-11-23T00:00Z');
  const mixed = [
    incident('web-down', {
      components: [{ id: 'web', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-22T00:00Z'), update('resolved', '2026-11-22T12:00Z')],
    }),
    incident('both', {
      components: [
        { id: 'api', status: 'partial_outage' },
        { id: 'db', status: 'major_outage' },
      ],
      timeline: [update('investigating', '2026-11-22T18:00Z'), update('resolved', '2026-11-22T20:00Z')],
    }),
  ];
  test.each([
    // ids, uptime on 22 Nov, worst, outage minutes, incidents
    [['api'], 1 - (0.3 * 120) / 1440, 'partial_outage', 120, ['both']],
    [['db'], 1 - 120 / 1440, 'major_outage', 120, ['both']],
    [['web'], 0.5, 'major_outage', 720, ['web-down']],
    [['search'], 1, 'operational', 0, []],
    [['api', 'db'], 1 - 120 / 1440, 'major_outage', 120, ['both']],
    [['api', 'web'], 1 - (720 + 0.3 * 120) / 1440, 'major_outage', 840, ['web-down', 'both']],
  ])('%j', (ids, uptime, worst, minutes, slugs) => {
    const [day] = uptimeDays(new Set(ids), mixed, now, 'UTC', 2);
    expect(day.day).toBe('2026-11-22');
    expect(day.uptime).toBeCloseTo(uptime, 12);
    expect(day.worst).toBe(worst);
    expect(day.outageMinutes).toBe(minutes);
    expect(day.incidents.map((i) => i.slug)).toEqual(slugs);
  });

  test("a component's own days", () => {
    expect(
      componentUptimeDays('web', mixed, now, 'UTC', 2).map((day) => [day.day, day.uptime, day.outageMinutes]),
    ).toEqual([
      ['2026-11-22', 0.5, 720],
      ['2026-11-23', 1, 0],
    ]);
  });
});

describe("outage minutes, as the bars' tooltips show them", () => {
  const now = new Date('2026-11-23T00:00Z');
  test.each([
    ['major_outage', 90, 90, 1 - 90 / 1440],
    ['partial_outage', 90, 90, 1 - 27 / 1440],
    ['degraded_performance', 90, 0, 1],
    ['major_outage', 1, 1, 1 - 1 / 1440],
  ] as const)('%s for %i min: %i outage minutes', (status, length, minutes, uptime) => {
    const end = new Date(Date.parse('2026-11-22T10:00Z') + length * 60_000).toISOString();
    const [day] = componentUptimeDays('api', [outage('a', status, '2026-11-22T10:00Z', end)], now, 'UTC', 2);
    expect(day.outageMinutes).toBe(minutes);
    expect(day.uptime).toBeCloseTo(uptime, 12);
  });

  test('maintenance counts as up, and its minutes are no outage', () => {
    const maintenance = incident('m', {
      type: 'maintenance',
      scheduled: { start: new Date('2026-11-22T02:00Z'), end: new Date('2026-11-22T04:00Z') },
      components: [{ id: 'api', status: 'under_maintenance' }],
      timeline: [update('scheduled', '2026-11-20T00:00Z')],
    });
    const [day] = componentUptimeDays('api', [maintenance], now, 'UTC', 2);
    expect([day.uptime, day.outageMinutes, day.worst, day.incidents.length]).toEqual([1, 0, 'under_maintenance', 1]);
  });

  test('notices and incidents not yet begun count nothing', () => {
    const notice = incident('n', {
      type: 'notice',
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [update('update', '2026-11-22T10:00Z')],
    });
    const later = incident('l', {
      started: new Date('2026-11-23T01:00Z'),
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-22T23:00Z')],
    });
    for (const subject of [notice, later]) {
      expect(
        componentUptimeDays('api', [subject], now, 'UTC', 2).map((day) => [
          day.uptime,
          day.worst,
          day.incidents.length,
        ]),
      ).toEqual([
        [1, 'operational', 0],
        [1, 'operational', 0],
      ]);
      expect(uptimePercent(new Set(['api']), [subject], now, 'UTC', 2)).toBe(100);
    }
  });
});

describe('day boundaries: an outage belongs to the days it overlaps, and only to them', () => {
  const now = new Date('2026-11-24T12:00Z');
  const days = (incidents: ReturnType<typeof outage>[], zone = 'UTC') =>
    componentUptimeDays('api', incidents, now, zone, 3).map((day) => [
      day.day,
      day.worst,
      day.outageMinutes,
      day.incidents.length,
    ]);
  test.each([
    [
      'ending at midnight stays on its day',
      '2026-11-22T22:00Z',
      '2026-11-23T00:00Z',
      [
        ['2026-11-22', 'major_outage', 120, 1],
        ['2026-11-23', 'operational', 0, 0],
        ['2026-11-24', 'operational', 0, 0],
      ],
    ],
    [
      'starting at midnight starts its day',
      '2026-11-23T00:00Z',
      '2026-11-23T02:00Z',
      [
        ['2026-11-22', 'operational', 0, 0],
        ['2026-11-23', 'major_outage', 120, 1],
        ['2026-11-24', 'operational', 0, 0],
      ],
    ],
    [
      'a whole day, midnight to midnight',
      '2026-11-23T00:00Z',
      '2026-11-24T00:00Z',
      [
        ['2026-11-22', 'operational', 0, 0],
        ['2026-11-23', 'major_outage', 1440, 1],
        ['2026-11-24', 'operational', 0, 0],
      ],
    ],
    [
      'a minute either side of midnight',
      '2026-11-22T23:59Z',
      '2026-11-23T00:01Z',
      [
        ['2026-11-22', 'major_outage', 1, 1],
        ['2026-11-23', 'major_outage', 1, 1],
        ['2026-11-24', 'operational', 0, 0],
      ],
    ],
    [
      'over two midnights',
      '2026-11-22T12:00Z',
      '2026-11-24T06:00Z',
      [
        ['2026-11-22', 'major_outage', 720, 1],
        ['2026-11-23', 'major_outage', 1440, 1],
        ['2026-11-24', 'major_outage', 360, 1],
      ],
    ],
    [
      'no time at all, at midnight: on the day it begins',
      '2026-11-23T00:00Z',
      '2026-11-23T00:00Z',
      [
        ['2026-11-22', 'operational', 0, 0],
        ['2026-11-23', 'major_outage', 0, 1],
        ['2026-11-24', 'operational', 0, 0],
      ],
    ],
  ])('%s', (_name, from, to, expected) => {
    expect(days([outage('a', 'major_outage', from, to)])).toEqual(expected);
  });

  test('a whole day down is 0% that day', () => {
    expect(
      componentUptimeDays(
        'api',
        [outage('a', 'major_outage', '2026-11-23T00:00Z', '2026-11-24T00:00Z')],
        now,
        'UTC',
        3,
      ).map((day) => day.uptime),
    ).toEqual([1, 0, 1]);
  });

  test('midnight in the display zone, not in UTC', () => {
    // 23:00Z is Berlin's midnight: the outage is on 23 Nov there and on 22 Nov in UTC.
    expect(days([outage('a', 'major_outage', '2026-11-22T23:00Z', '2026-11-23T01:00Z')], 'Europe/Berlin')).toEqual([
      ['2026-11-22', 'operational', 0, 0],
      ['2026-11-23', 'major_outage', 120, 1],
      ['2026-11-24', 'operational', 0, 0],
    ]);
  });

  test('a DST day has 23 hours: its uptime is over those', () => {
    // Berlin springs forward on 2026-03-29: 23 h from 2026-03-28T23:00Z.
    const dst = componentUptimeDays(
      'api',
      [outage('a', 'major_outage', '2026-03-29T10:00Z', '2026-03-29T12:18Z')],
      new Date('2026-03-30T12:00Z'),
      'Europe/Berlin',
      2,
    );
    expect(dst[0].day).toBe('2026-03-29');
    expect(dst[0].uptime).toBeCloseTo(0.9, 12);
    expect(dst[0].outageMinutes).toBe(138);
  });

  test('today counts only the part that has passed', () => {
    const [today] = componentUptimeDays(
      'api',
      [outage('a', 'partial_outage', '2026-11-24T00:00Z', '2026-11-24T06:00Z')],
      now,
      'UTC',
      1,
    );
    expect(today.uptime).toBeCloseTo(1 - (0.3 * 6) / 12, 12);
    const [start] = componentUptimeDays('api', [], new Date('2026-11-24T00:00Z'), 'UTC', 1);
    expect(start.uptime).toBe(1);
  });
});

describe('uptimePercent over a window of days, to the minute', () => {
  const ids = new Set(['api']);
  test.each([
    // now, days, outages: window is from the start of the first day to now
    ['2026-11-23T00:00Z', 11, [outage('a', 'major_outage', '2026-11-20T10:00Z', '2026-11-20T12:24Z')], 99],
    ['2026-11-23T00:00Z', 11, [outage('a', 'partial_outage', '2026-11-20T10:00Z', '2026-11-20T12:24Z')], 99.7],
    ['2026-11-23T00:00Z', 11, [outage('a', 'major_outage', '2026-11-13T00:00Z', '2026-11-13T14:24Z')], 94],
    ['2026-11-23T00:00Z', 11, [outage('a', 'major_outage', '2026-11-12T00:00Z', '2026-11-13T14:24Z')], 94],
    ['2026-11-23T00:00Z', 11, [outage('a', 'major_outage', '2026-11-22T12:00Z', '2026-11-23T12:00Z')], 95],
    ['2026-11-22T12:00Z', 1, [outage('a', 'major_outage', '2026-11-22T06:00Z', '2026-11-22T09:00Z')], 75],
    ['2026-11-22T12:00Z', 2, [outage('a', 'major_outage', '2026-11-22T06:00Z', '2026-11-22T09:00Z')], 100 - 300 / 36],
    ['2026-11-23T00:00Z', 90, [], 100],
  ])('at %s over %i days', (iso, days, incidents, percent) => {
    expect(uptimePercent(ids, incidents, new Date(iso), 'UTC', days)).toBeCloseTo(percent, 10);
  });

  test('an outage on another component leaves it at 100%', () => {
    const other = incident('w', {
      components: [{ id: 'web', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-20T10:00Z'), update('resolved', '2026-11-20T12:00Z')],
    });
    expect(uptimePercent(ids, [other], new Date('2026-11-23T00:00Z'), 'UTC', 11)).toBe(100);
    expect(uptimePercent(new Set(['api', 'web']), [other], new Date('2026-11-23T00:00Z'), 'UTC', 11)).toBeCloseTo(
      100 - (100 * 120) / 14400,
      10,
    );
  });

  test('at the very start of the window nothing has passed: 100%, not a division by zero', () => {
    expect(
      uptimePercent(
        ids,
        [outage('a', 'major_outage', '2026-11-22T00:00Z', '2026-11-22T00:00Z')],
        new Date('2026-11-22T00:00Z'),
        'UTC',
        1,
      ),
    ).toBe(100);
  });
});

test.each([
  [100, '100.00%'],
  [99.999, '99.99%'],
  [99.995, '99.99%'],
  [99.5, '99.50%'],
  [0, '0.00%'],
])('formatPercent(%d) is %s', (percent, text) => {
  expect(formatPercent(percent, translator('en'))).toBe(text);
});

test("Statuspage's weights: major counts fully, partial 30%, the rest nothing", () => {
  expect(DOWNTIME_WEIGHT).toEqual({
    operational: 0,
    under_maintenance: 0,
    degraded_performance: 0,
    partial_outage: 0.3,
    major_outage: 1,
  });
});

describe('days before the scope was tracked have no data', () => {
  const ids = new Set(['api']);
  const now = new Date('2026-11-22T12:00Z');
  const outageOn = (day: string) => outage(`o-${day}`, 'major_outage', `${day}T10:00Z`, `${day}T10:30Z`);

  test('the bars: no data before the first tracked day, data from it on', () => {
    const days = uptimeDays(ids, [], now, 'UTC', 5, '2026-11-20');
    expect(days.map((day) => [day.day, day.tracked])).toEqual([
      ['2026-11-18', false],
      ['2026-11-19', false],
      ['2026-11-20', true],
      ['2026-11-21', true],
      ['2026-11-22', true],
    ]);
    expect(uptimeDays(ids, [], now, 'UTC', 2).every((day) => day.tracked)).toBe(true);
  });

  test.each([
    ['tracked all along', undefined, 100 - (100 * 30) / (3 * 1440 + 720)],
    ["tracked since the outage's day", '2026-11-21', 100 - (100 * 30) / (1440 + 720)],
    ['tracked since today: the outage was before, and is not counted', '2026-11-22', 100],
  ])('the percentage covers the tracked days only: %s', (_name, since, percent) => {
    expect(uptimePercent(ids, [outageOn('2026-11-21')], now, 'UTC', 4, since)).toBeCloseTo(percent, 10);
  });

  test('a first tracked day still to come: no percentage at all', () => {
    expect(uptimePercent(ids, [], now, 'UTC', 4, '2026-11-23')).toBeUndefined();
    expect(uptimePercent(ids, [], now, 'UTC', 4, '2026-11-22')).toBe(100);
  });

  test.each([
    ['nothing configured: tracked always', undefined, [outageOn('2026-11-01')], undefined],
    ['the configured day', '2026-11-20', [outageOn('2026-11-21')], '2026-11-20'],
    [
      'an earlier incident makes its day data (an imported history)',
      '2026-11-20',
      [outageOn('2026-11-10')],
      '2026-11-10',
    ],
    [
      "another component's incident does not",
      '2026-11-20',
      [
        incident('w', {
          components: [{ id: 'web', status: 'major_outage' }],
          timeline: [update('investigating', '2026-11-10T10:00Z'), update('resolved', '2026-11-10T11:00Z')],
        }),
      ],
      '2026-11-20',
    ],
  ])('trackedFrom: %s', (_name, since, incidents, first) => {
    expect(trackedFrom(ids, incidents, now, 'UTC', since)).toBe(first);
  });

  test('the example `outpost init` writes counts nothing: not in the bars, not in the percentage, not as the first day', () => {
    const example = { ...outageOn('2026-11-21'), example: true };
    expect(uptimePercent(ids, [example], now, 'UTC', 4)).toBe(100);
    expect(uptimeDays(ids, [example], now, 'UTC', 2)[0]).toMatchObject({
      day: '2026-11-21',
      worst: 'operational',
      incidents: [],
    });
    expect(trackedFrom(ids, [example], now, 'UTC', '2026-11-22')).toBe('2026-11-22');
  });
});
