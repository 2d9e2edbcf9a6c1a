import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import {
  componentStatusAt,
  incidentDurationMs,
  incidentEnd,
  incidentStart,
  incidentStatusAt,
  isActiveAt,
  isResolvedAt,
  isSettledAt,
  isUpcomingMaintenance,
  maintenanceStatusAt,
  maintenanceTransitions,
  overallStatusAt,
  updatesAt,
} from './status.ts';

const checkout = incident('checkout', {
  components: [
    { id: 'checkout', status: 'partial_outage' },
    { id: 'api', status: 'degraded_performance' },
  ],
  timeline: [
    update('investigating', '2026-11-22T18:05Z'),
    update('update', '2026-11-22T18:20Z'),
    update('monitoring', '2026-11-22T18:40Z'),
    update('resolved', '2026-11-22T19:02Z'),
  ],
});

describe('incident state at a time', () => {
  test.each([
    ['2026-11-22T18:00Z', 'investigating', false],
    ['2026-11-22T18:05Z', 'investigating', true],
    ['2026-11-22T18:30Z', 'investigating', true], // "Update" keeps the status before it
    ['2026-11-22T18:40Z', 'monitoring', true],
    ['2026-11-22T19:01:59Z', 'monitoring', true],
    ['2026-11-22T19:02Z', 'resolved', false],
  ])('at %s: %s, active %s', (iso, status, active) => {
    const now = new Date(iso);
    expect(incidentStatusAt(checkout, now)).toBe(status);
    expect(isActiveAt(checkout, now)).toBe(active);
  });

  test('start, end and duration', () => {
    expect(incidentStart(checkout)).toEqual(new Date('2026-11-22T18:05Z'));
    expect(incidentEnd(checkout, new Date('2026-11-22T18:50Z'))).toBeUndefined();
    expect(incidentDurationMs(checkout, new Date('2026-11-22T18:50Z'))).toBe(45 * 60_000);
    expect(incidentEnd(checkout, new Date('2026-11-23T00:00Z'))).toEqual(new Date('2026-11-22T19:02Z'));
    expect(incidentDurationMs(checkout, new Date('2026-11-23T00:00Z'))).toBe(57 * 60_000);
  });

  test('started: moves the start earlier', () => {
    const early = { ...checkout, started: new Date('2026-11-22T17:50Z') };
    expect(incidentStart(early)).toEqual(new Date('2026-11-22T17:50Z'));
    expect(incidentDurationMs(early, new Date('2026-11-23T00:00Z'))).toBe(72 * 60_000);
  });
});

describe('maintenance follows its window unless updates move it further', () => {
  const window = { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') };
  const planned = incident('upgrade', {
    type: 'maintenance',
    scheduled: window,
    components: [{ id: 'api', status: 'under_maintenance' }],
    timeline: [update('scheduled', '2026-11-20T09:00Z')],
  });
  const early = incident('upgrade', {
    ...planned,
    timeline: [update('scheduled', '2026-11-20T09:00Z'), update('completed', '2026-11-29T02:25Z')],
  });
  const verifying = incident('upgrade', {
    ...planned,
    timeline: [update('scheduled', '2026-11-20T09:00Z'), update('verifying', '2026-11-29T02:40Z')],
  });

  test.each([
    [planned, '2026-11-29T01:59Z', 'scheduled'],
    [planned, '2026-11-29T02:00Z', 'in_progress'],
    [planned, '2026-11-29T02:59Z', 'in_progress'],
    [planned, '2026-11-29T03:00Z', 'completed'],
    [early, '2026-11-29T02:30Z', 'completed'],
    [verifying, '2026-11-29T02:45Z', 'verifying'],
    [verifying, '2026-11-29T03:01Z', 'completed'],
  ])('%#: at %s it is %s', (maintenance, iso, status) => {
    expect(maintenanceStatusAt(maintenance, new Date(iso))).toBe(status);
  });

  test('upcoming, active, and its component under maintenance only inside the window', () => {
    expect(isUpcomingMaintenance(planned, new Date('2026-11-28T00:00Z'))).toBe(true);
    expect(componentStatusAt('api', [planned], new Date('2026-11-28T00:00Z'))).toBe('operational');
    expect(componentStatusAt('api', [planned], new Date('2026-11-29T02:30Z'))).toBe('under_maintenance');
    expect(isActiveAt(planned, new Date('2026-11-29T02:30Z'))).toBe(true);
    expect(componentStatusAt('api', [planned], new Date('2026-11-29T03:30Z'))).toBe('operational');
    expect(incidentEnd(planned, new Date('2026-11-29T03:30Z'))).toEqual(window.end);
    expect(incidentEnd(early, new Date('2026-11-29T03:30Z'))).toEqual(new Date('2026-11-29T02:25Z'));
  });
});

describe('component and overall status', () => {
  const apiDown = incident('api-down', {
    components: [{ id: 'api', status: 'major_outage' }],
    timeline: [update('investigating', '2026-11-22T18:10Z'), update('resolved', '2026-11-22T18:30Z')],
  });
  const notice = incident('notice', {
    type: 'notice',
    components: [{ id: 'checkout', status: 'major_outage' }],
    timeline: [update('update', '2026-11-22T00:00Z')],
  });
  const all = [checkout, apiDown, notice];

  test.each([
    ['2026-11-22T18:00Z', 'operational', 'operational', 'operational'],
    ['2026-11-22T18:06Z', 'partial_outage', 'degraded_performance', 'partial_outage'],
    ['2026-11-22T18:15Z', 'partial_outage', 'major_outage', 'major_outage'],
    ['2026-11-22T18:45Z', 'partial_outage', 'degraded_performance', 'partial_outage'],
    ['2026-11-22T19:05Z', 'operational', 'operational', 'operational'],
  ])('at %s checkout is %s, api %s, overall %s', (iso, checkoutStatus, apiStatus, overall) => {
    const now = new Date(iso);
    expect(componentStatusAt('checkout', all, now)).toBe(checkoutStatus);
    expect(componentStatusAt('api', all, now)).toBe(apiStatus);
    expect(overallStatusAt(['checkout', 'api', 'search'], all, now)).toBe(overall);
  });
});

describe('maintenance window transitions become updates', () => {
  const window = { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') };
  const planned = incident('upgrade', {
    type: 'maintenance',
    scheduled: window,
    timeline: [update('scheduled', '2026-11-20T09:00Z')],
  });
  test.each([
    ['2026-11-29T01:00Z', []],
    ['2026-11-29T02:30Z', [['in_progress', '2026-11-29T02:00:00.000Z']]],
    [
      '2026-11-29T04:00Z',
      [
        ['completed', '2026-11-29T03:00:00.000Z'],
        ['in_progress', '2026-11-29T02:00:00.000Z'],
      ],
    ],
  ])('at %s', (iso, expected) => {
    expect(maintenanceTransitions(planned, new Date(iso)).map((u) => [u.status, u.at.toISOString()])).toEqual(expected);
  });

  test('written updates are not duplicated', () => {
    const written = incident('upgrade', {
      ...planned,
      timeline: [
        update('scheduled', '2026-11-20T09:00Z'),
        update('in_progress', '2026-11-29T02:01Z'),
        update('completed', '2026-11-29T02:40Z'),
      ],
    });
    expect(maintenanceTransitions(written, new Date('2026-11-29T04:00Z'))).toEqual([]);
  });
});

describe('settled: over, with every time it names in the past (its page can be reused by later builds)', () => {
  const maintenance = incident('db', {
    type: 'maintenance',
    scheduled: { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') },
    timeline: [update('scheduled', '2026-11-20T09:00Z'), update('completed', '2026-11-29T02:40Z')],
  });
  const notice = incident('peak', {
    type: 'notice',
    until: new Date('2026-12-01T00:00Z'),
    timeline: [update('update', '2026-11-17T08:00Z'), update('resolved', '2026-11-25T00:00Z')],
  });
  const scheduledPost = incident('later', {
    timeline: [
      update('investigating', '2026-11-22T18:00Z'),
      update('resolved', '2026-11-22T19:00Z'),
      update('update', '2026-11-22T20:00Z'),
    ],
  });

  test.each([
    ['an incident while active', checkout, '2026-11-22T19:00Z', false],
    ['an incident from its resolution on', checkout, '2026-11-22T19:02Z', true],
    ['maintenance completed early, before its window ends', maintenance, '2026-11-29T02:50Z', false],
    ['maintenance once its window has ended', maintenance, '2026-11-29T03:00Z', true],
    ['a resolved notice before its `until`', notice, '2026-11-30T00:00Z', false],
    ['a resolved notice after its `until`', notice, '2026-12-01T00:00Z', true],
    ['a resolved incident with an update still to come', scheduledPost, '2026-11-22T19:30Z', false],
    ['the same once that update is out', scheduledPost, '2026-11-22T20:00Z', true],
  ])('%s: %s at %s is %s', (_, subject, iso, settled) => {
    expect(isSettledAt(subject, new Date(iso))).toBe(settled);
  });
});

describe('notices: active from their first update until `until`, or until resolved', () => {
  const pinned = incident('peak', {
    type: 'notice',
    until: new Date('2026-12-01T00:00Z'),
    components: [{ id: 'api', status: 'major_outage' }],
    timeline: [update('update', '2026-11-17T08:00Z')],
  });
  const resolvedEarly = incident('peak', {
    ...pinned,
    timeline: [update('update', '2026-11-17T08:00Z'), update('resolved', '2026-11-20T00:00Z')],
  });
  const open = incident('hello', { type: 'notice', timeline: [update('update', '2026-11-17T08:00Z')] });
  const closed = incident('hello', {
    type: 'notice',
    timeline: [update('update', '2026-11-17T08:00Z'), update('resolved', '2026-11-18T08:00Z')],
  });

  test.each([
    ['pinned, before its first update', pinned, '2026-11-17T07:59:59Z', false],
    ['pinned, at its first update', pinned, '2026-11-17T08:00Z', true],
    ['pinned, a moment before until', pinned, '2026-11-30T23:59:59.999Z', true],
    ['pinned, at until', pinned, '2026-12-01T00:00Z', false],
    ['pinned, after until', pinned, '2026-12-05T00:00Z', false],
    ['pinned but resolved early', resolvedEarly, '2026-11-20T00:00Z', false],
    ['pinned, before the early resolution', resolvedEarly, '2026-11-19T23:59Z', true],
    ['without until, open', open, '2027-06-01T00:00Z', true],
    ['without until, resolved', closed, '2026-11-18T08:00Z', false],
  ])('%s: at %s active is %s', (_name, notice, iso, active) => {
    expect(isActiveAt(notice, new Date(iso))).toBe(active);
  });

  test('a notice never changes a component status, even while active', () => {
    expect(componentStatusAt('api', [pinned], new Date('2026-11-20T00:00Z'))).toBe('operational');
    expect(overallStatusAt(['api'], [pinned], new Date('2026-11-20T00:00Z'))).toBe('operational');
  });
});

describe('every maintenance status through its window', () => {
  const window = { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') };
  const withUpdate = (status: 'scheduled' | 'in_progress' | 'verifying' | 'completed' | 'update', iso: string) =>
    incident('db', {
      type: 'maintenance',
      scheduled: window,
      components: [{ id: 'db', status: 'under_maintenance' }],
      timeline: [update('scheduled', '2026-11-20T09:00Z'), ...(status === 'scheduled' ? [] : [update(status, iso)])],
    });
  const before = '2026-11-29T01:30Z',
    inside = '2026-11-29T02:40Z',
    after = '2026-11-29T03:00Z';

  test.each([
    // written status, when written, now, state, active, upcoming, component
    ['scheduled', before, before, 'scheduled', false, true, 'operational'],
    ['scheduled', before, inside, 'in_progress', true, false, 'under_maintenance'],
    ['scheduled', before, after, 'completed', false, false, 'operational'],
    ['update', '2026-11-29T02:20Z', inside, 'in_progress', true, false, 'under_maintenance'],
    ['in_progress', '2026-11-29T01:50Z', before, 'scheduled', false, true, 'operational'],
    ['in_progress', '2026-11-29T02:10Z', after, 'completed', false, false, 'operational'],
    ['verifying', '2026-11-29T02:30Z', inside, 'verifying', true, false, 'under_maintenance'],
    ['verifying', '2026-11-29T02:30Z', '2026-11-29T02:59:59Z', 'verifying', true, false, 'under_maintenance'],
    ['verifying', '2026-11-29T02:30Z', after, 'completed', false, false, 'operational'],
    ['completed', '2026-11-29T02:30Z', inside, 'completed', false, false, 'operational'],
    ['completed', '2026-11-29T02:30Z', '2026-11-29T02:29Z', 'in_progress', true, false, 'under_maintenance'],
  ] as const)(
    '%s written at %s; at %s: %s, active %s, upcoming %s, component %s',
    (written, writtenAt, iso, state, active, upcoming, component) => {
      const maintenance = withUpdate(written, writtenAt);
      const now = new Date(iso);
      expect(maintenanceStatusAt(maintenance, now)).toBe(state);
      expect(incidentStatusAt(maintenance, now)).toBe(state);
      expect(isActiveAt(maintenance, now)).toBe(active);
      expect(isUpcomingMaintenance(maintenance, now)).toBe(upcoming);
      expect(componentStatusAt('db', [maintenance], now)).toBe(component);
      expect(isResolvedAt(maintenance, now)).toBe(state === 'completed');
    },
  );

  test('without a window it stays as its updates say', () => {
    const unplanned = incident('db', {
      type: 'maintenance',
      timeline: [update('scheduled', '2026-11-20T09:00Z'), update('verifying', '2026-11-21T09:00Z')],
    });
    expect(maintenanceStatusAt(unplanned, new Date('2026-11-20T10:00Z'))).toBe('scheduled');
    expect(maintenanceStatusAt(unplanned, new Date('2026-11-21T09:00Z'))).toBe('verifying');
    expect(incidentStart(unplanned)).toEqual(new Date('2026-11-20T09:00Z'));
    expect(maintenanceTransitions(unplanned, new Date('2026-11-22T00:00Z'))).toEqual([]);
  });

  test('maintenance starts at its window, unless `started` says otherwise', () => {
    const maintenance = withUpdate('scheduled', before);
    expect(incidentStart(maintenance)).toEqual(window.start);
    expect(incidentStart({ ...maintenance, started: new Date('2026-11-29T01:45Z') })).toEqual(
      new Date('2026-11-29T01:45Z'),
    );
    expect(incidentDurationMs(maintenance, new Date('2026-11-29T02:30Z'))).toBe(30 * 60_000);
    expect(incidentDurationMs(maintenance, new Date('2026-11-29T05:00Z'))).toBe(60 * 60_000);
    expect(incidentDurationMs(maintenance, new Date('2026-11-29T01:00Z'))).toBe(0);
  });
});

describe('incident statuses in order, each through the same timeline', () => {
  test.each([
    ['investigating', false],
    ['identified', false],
    ['monitoring', false],
    ['update', false],
    ['resolved', true],
  ] as const)('newest %s: resolved %s', (status, resolved) => {
    const subject = incident('x', {
      components: [{ id: 'api', status: 'partial_outage' }],
      timeline: [update('investigating', '2026-11-22T18:00Z'), update(status, '2026-11-22T18:30Z')],
    });
    const now = new Date('2026-11-22T18:30Z');
    expect(incidentStatusAt(subject, now)).toBe(status === 'update' ? 'investigating' : status);
    expect(isResolvedAt(subject, now)).toBe(resolved);
    expect(isActiveAt(subject, now)).toBe(!resolved);
    expect(componentStatusAt('api', [subject], now)).toBe(resolved ? 'operational' : 'partial_outage');
    expect(incidentEnd(subject, now)).toEqual(resolved ? now : undefined);
    expect(isUpcomingMaintenance(subject, now)).toBe(false);
  });

  test('before any update an incident reads as investigating', () => {
    const subject = incident('x', { timeline: [update('identified', '2026-11-22T18:00Z')] });
    expect(incidentStatusAt(subject, new Date('2026-11-22T17:00Z'))).toBe('investigating');
    expect(updatesAt(subject, new Date('2026-11-22T17:59:59.999Z'))).toEqual([]);
    expect(updatesAt(subject, new Date('2026-11-22T18:00Z'))).toHaveLength(1);
  });

  test('only "update"s so far: the newest one', () => {
    const subject = incident('x', { timeline: [update('update', '2026-11-22T18:00Z')] });
    expect(incidentStatusAt(subject, new Date('2026-11-22T18:10Z'))).toBe('update');
  });

  test('an end before the start counts as no time at all', () => {
    const subject = incident('x', {
      started: new Date('2026-11-22T19:00Z'),
      timeline: [update('investigating', '2026-11-22T18:00Z'), update('resolved', '2026-11-22T18:30Z')],
    });
    expect(incidentDurationMs(subject, new Date('2026-11-23T00:00Z'))).toBe(0);
  });
});

describe('several components and incidents at once', () => {
  const at = (iso: string) => new Date(iso);
  const a = incident('a', {
    components: [
      { id: 'api', status: 'degraded_performance' },
      { id: 'web', status: 'partial_outage' },
    ],
    timeline: [update('investigating', '2026-11-22T10:00Z'), update('resolved', '2026-11-22T12:00Z')],
  });
  const b = incident('b', {
    components: [{ id: 'api', status: 'major_outage' }],
    timeline: [update('investigating', '2026-11-22T11:00Z'), update('resolved', '2026-11-22T11:30Z')],
  });
  const m = incident('m', {
    type: 'maintenance',
    scheduled: { start: at('2026-11-22T09:00Z'), end: at('2026-11-22T13:00Z') },
    components: [
      { id: 'db', status: 'under_maintenance' },
      { id: 'web', status: 'under_maintenance' },
    ],
    timeline: [update('scheduled', '2026-11-20T00:00Z')],
  });
  const all = [a, b, m];

  test.each([
    ['2026-11-22T08:00Z', 'operational', 'operational', 'operational', 'operational'],
    ['2026-11-22T09:30Z', 'operational', 'under_maintenance', 'under_maintenance', 'under_maintenance'],
    ['2026-11-22T10:30Z', 'degraded_performance', 'partial_outage', 'under_maintenance', 'partial_outage'],
    ['2026-11-22T11:15Z', 'major_outage', 'partial_outage', 'under_maintenance', 'major_outage'],
    ['2026-11-22T12:30Z', 'operational', 'under_maintenance', 'under_maintenance', 'under_maintenance'],
    ['2026-11-22T13:00Z', 'operational', 'operational', 'operational', 'operational'],
  ])('at %s: api %s, web %s, db %s, overall %s', (iso, api, web, db, overall) => {
    expect([
      componentStatusAt('api', all, at(iso)),
      componentStatusAt('web', all, at(iso)),
      componentStatusAt('db', all, at(iso)),
    ]).toEqual([api, web, db]);
    expect(overallStatusAt(['api', 'web', 'db'], all, at(iso))).toBe(overall);
    expect(overallStatusAt([], all, at(iso))).toBe('operational');
  });
});

describe('settled', () => {
  test.each([
    ['started in the future', { started: new Date('2026-11-24T00:00Z') }, false],
    [
      'a maintenance window still ahead',
      {
        type: 'maintenance' as const,
        scheduled: { start: new Date('2026-11-22T17:00Z'), end: new Date('2026-11-24T00:00Z') },
      },
      false,
    ],
    [
      'a window starting ahead',
      {
        type: 'maintenance' as const,
        scheduled: { start: new Date('2026-11-24T00:00Z'), end: new Date('2026-11-25T00:00Z') },
      },
      false,
    ],
    ['nothing ahead', {}, true],
  ])('%s', (_name, fields, settled) => {
    const subject = incident('x', {
      ...fields,
      timeline: [
        update('investigating', '2026-11-22T18:00Z'),
        update('type' in fields ? 'completed' : 'resolved', '2026-11-22T19:00Z'),
      ],
    });
    expect(isSettledAt(subject, new Date('2026-11-23T00:00Z'))).toBe(settled);
  });
});

describe('window transitions', () => {
  const window = { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') };
  const base = { type: 'maintenance' as const, scheduled: window };
  test.each([
    [
      'completed early: no in-progress either',
      [update('scheduled', '2026-11-20T09:00Z'), update('completed', '2026-11-29T01:30Z')],
      '2026-11-29T04:00Z',
      [],
    ],
    [
      'completed at the start: nothing added',
      [update('scheduled', '2026-11-20T09:00Z'), update('completed', '2026-11-29T02:00Z')],
      '2026-11-29T04:00Z',
      [],
    ],
    [
      'an update written at the start takes its place',
      [update('update', '2026-11-29T02:00Z')],
      '2026-11-29T02:30Z',
      [],
    ],
    [
      'an update written at the end takes its place',
      [update('scheduled', '2026-11-20T09:00Z'), update('update', '2026-11-29T03:00Z')],
      '2026-11-29T03:30Z',
      [['in_progress', '2026-11-29T02:00:00.000Z']],
    ],
    ['verifying written: no in-progress', [update('verifying', '2026-11-29T02:30Z')], '2026-11-29T02:45Z', []],
    [
      'at the start exactly',
      [update('scheduled', '2026-11-20T09:00Z')],
      '2026-11-29T02:00Z',
      [['in_progress', '2026-11-29T02:00:00.000Z']],
    ],
    [
      'a moment before the end',
      [update('scheduled', '2026-11-20T09:00Z')],
      '2026-11-29T02:59:59Z',
      [['in_progress', '2026-11-29T02:00:00.000Z']],
    ],
    [
      'at the end exactly',
      [update('scheduled', '2026-11-20T09:00Z')],
      '2026-11-29T03:00Z',
      [
        ['completed', '2026-11-29T03:00:00.000Z'],
        ['in_progress', '2026-11-29T02:00:00.000Z'],
      ],
    ],
  ])('%s', (_name, timeline, iso, expected) => {
    const subject = incident('db', { ...base, timeline });
    expect(maintenanceTransitions(subject, new Date(iso)).map((u) => [u.status, u.at.toISOString()])).toEqual(expected);
  });

  test('written by the window, with ids, lines and words of their own', () => {
    const subject = incident('db', { ...base, timeline: [update('scheduled', '2026-11-20T09:00Z')] });
    expect(maintenanceTransitions(subject, new Date('2026-11-29T04:00Z'))).toEqual([
      {
        id: 'db#2026-11-29T03:00:00Z',
        status: 'completed',
        at: window.end,
        line: 0,
        automatic: true,
        markdown: 'The maintenance window has ended.',
      },
      {
        id: 'db#2026-11-29T02:00:00Z',
        status: 'in_progress',
        at: window.start,
        line: 0,
        automatic: true,
        markdown: 'The maintenance has started. It is scheduled to end at 2026-11-29 03:00 UTC.',
      },
    ]);
    expect(
      maintenanceTransitions(
        incident('x', { timeline: [update('investigating', '2026-11-29T02:00Z')] }),
        new Date('2026-11-29T04:00Z'),
      ),
    ).toEqual([]);
  });
});
