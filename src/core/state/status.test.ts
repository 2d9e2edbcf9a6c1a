import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import {
  componentStatusAt,
  incidentDurationMs,
  incidentEnd,
  incidentStart,
  incidentStatusAt,
  isActiveAt,
  isSettledAt,
  isUpcomingMaintenance,
  maintenanceStatusAt,
  maintenanceTransitions,
  overallStatusAt,
} from './status.ts';

const checkout = incident('checkout', {
  components: [{ id: 'checkout', status: 'partial_outage' }, { id: 'api', status: 'degraded_performance' }],
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
  const early = incident('upgrade', { ...planned, timeline: [update('scheduled', '2026-11-20T09:00Z'), update('completed', '2026-11-29T02:25Z')] });
  const verifying = incident('upgrade', { ...planned, timeline: [update('scheduled', '2026-11-20T09:00Z'), update('verifying', '2026-11-29T02:40Z')] });

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
  const notice = incident('notice', { type: 'notice', components: [{ id: 'checkout', status: 'major_outage' }], timeline: [update('update', '2026-11-22T00:00Z')] });
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
  const planned = incident('upgrade', { type: 'maintenance', scheduled: window, timeline: [update('scheduled', '2026-11-20T09:00Z')] });
  test.each([
    ['2026-11-29T01:00Z', []],
    ['2026-11-29T02:30Z', [['in_progress', '2026-11-29T02:00:00.000Z']]],
    ['2026-11-29T04:00Z', [['completed', '2026-11-29T03:00:00.000Z'], ['in_progress', '2026-11-29T02:00:00.000Z']]],
  ])('at %s', (iso, expected) => {
    expect(maintenanceTransitions(planned, new Date(iso)).map((u) => [u.status, u.at.toISOString()])).toEqual(expected);
  });

  test('written updates are not duplicated', () => {
    const written = incident('upgrade', { ...planned, timeline: [update('scheduled', '2026-11-20T09:00Z'), update('in_progress', '2026-11-29T02:01Z'), update('completed', '2026-11-29T02:40Z')] });
    expect(maintenanceTransitions(written, new Date('2026-11-29T04:00Z'))).toEqual([]);
  });
});

describe('settled: over, with every time it names in the past (its page can be reused by later builds)', () => {
  const maintenance = incident('db', {
    type: 'maintenance',
    scheduled: { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') },
    timeline: [update('scheduled', '2026-11-20T09:00Z'), update('completed', '2026-11-29T02:40Z')],
  });
  const notice = incident('peak', { type: 'notice', until: new Date('2026-12-01T00:00Z'), timeline: [update('update', '2026-11-17T08:00Z'), update('resolved', '2026-11-25T00:00Z')] });
  const scheduledPost = incident('later', { timeline: [update('investigating', '2026-11-22T18:00Z'), update('resolved', '2026-11-22T19:00Z'), update('update', '2026-11-22T20:00Z')] });

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
