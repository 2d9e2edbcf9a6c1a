import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { overdueIncidents, promisedNextUpdate } from './next-update.ts';

describe('promisedNextUpdate', () => {
  const at = new Date('2026-11-22T18:05Z');
  test.each([
    ['Next update by 18:35 UTC.', '2026-11-22T18:35:00.000Z'],
    ['We will post the next update at 19:00 UTC', '2026-11-22T19:00:00.000Z'],
    ['Next update by 00:10 UTC.', '2026-11-23T00:10:00.000Z'],
    ['Next update in 30 minutes.', '2026-11-22T18:35:00.000Z'],
    ['next update in an hour', '2026-11-22T19:05:00.000Z'],
    ['Next update in 2 hours.', '2026-11-22T20:05:00.000Z'],
    ['Next update within the hour.', '2026-11-22T19:05:00.000Z'],
    ['We are looking into it.', undefined],
    ['Next update by 17:00 CEST (15:00 UTC).', undefined],
  ])('%s', (markdown, expected) => {
    expect(promisedNextUpdate({ markdown, at })?.toISOString()).toBe(expected);
  });
});

test('overdue: promised time passed, or silent past the cadence; resolved ones never', () => {
  const promised = incident('promised', {
    timeline: [update('investigating', '2026-11-22T18:05Z', 'Errors. Next update by 18:35 UTC.')],
  });
  const silent = incident('silent', { timeline: [update('investigating', '2026-11-22T18:00Z', 'Errors.')] });
  const fresh = incident('fresh', { timeline: [update('investigating', '2026-11-22T18:30Z', 'Errors.')] });
  const resolved = incident('resolved', {
    timeline: [update('investigating', '2026-11-22T17:00Z'), update('resolved', '2026-11-22T17:30Z')],
  });
  const now = new Date('2026-11-22T18:40Z');
  expect(
    overdueIncidents([promised, silent, fresh, resolved], now, 30).map((o) => [
      o.incident.slug,
      o.reason,
      o.due.toISOString(),
    ]),
  ).toEqual([
    ['promised', 'promised', '2026-11-22T18:35:00.000Z'],
    ['silent', 'cadence', '2026-11-22T18:30:00.000Z'],
  ]);
});

describe('overdue: only incidents in progress, never maintenance or notices', () => {
  const now = new Date('2026-11-22T18:40Z');
  const old = '2026-11-22T17:00Z';
  test.each([
    [
      'an incident silent past the cadence',
      incident('a', { timeline: [update('investigating', old, 'Errors.')] }),
      ['a'],
    ],
    [
      'maintenance in progress',
      incident('m', {
        type: 'maintenance',
        scheduled: { start: new Date(old), end: new Date('2026-11-22T20:00Z') },
        timeline: [update('in_progress', old, 'Started.')],
      }),
      [],
    ],
    [
      'maintenance verifying, promised long ago',
      incident('v', {
        type: 'maintenance',
        scheduled: { start: new Date(old), end: new Date('2026-11-22T20:00Z') },
        timeline: [update('verifying', old, 'Next update by 17:10 UTC.')],
      }),
      [],
    ],
    [
      'an active notice',
      incident('n', {
        type: 'notice',
        until: new Date('2026-12-01T00:00Z'),
        timeline: [update('update', old, 'Black Friday.')],
      }),
      [],
    ],
    ['an open notice', incident('n', { type: 'notice', timeline: [update('update', old, 'Black Friday.')] }), []],
    [
      'a resolved incident',
      incident('r', { timeline: [update('investigating', '2026-11-22T16:00Z'), update('resolved', old)] }),
      [],
    ],
    [
      'an incident not begun yet',
      incident('f', { started: new Date('2026-11-22T19:00Z'), timeline: [update('investigating', old, 'Errors.')] }),
      [],
    ],
  ])('%s', (_name, subject, slugs) => {
    expect(overdueIncidents([subject], now, 30).map((o) => o.incident.slug)).toEqual(slugs);
  });

  test.each([
    // newest update at, cadence, overdue?
    ['2026-11-22T18:10Z', 30, false],
    ['2026-11-22T18:09:59Z', 30, true],
    ['2026-11-22T17:40Z', 60, false],
    ['2026-11-22T17:39Z', 60, true],
  ])('newest at %s, cadence %i min: overdue %s', (iso, cadence, overdue) => {
    const subject = incident('c', { timeline: [update('investigating', iso, 'Errors.')] });
    const found = overdueIncidents([subject], now, cadence);
    expect(found.length > 0).toBe(overdue);
    if (overdue)
      expect(found[0]).toMatchObject({ reason: 'cadence', due: new Date(new Date(iso).getTime() + cadence * 60_000) });
  });

  test('a promise is due at its time, not at the cadence; the newest update posted by now is the one that counts', () => {
    const subject = incident('p', {
      timeline: [
        update('investigating', '2026-11-22T18:00Z', 'Next update by 18:40 UTC.'),
        update('identified', '2026-11-22T19:00Z', 'Next update in 2 hours.'),
      ],
    });
    expect(overdueIncidents([subject], now, 5)).toEqual([]);
    expect(overdueIncidents([subject], new Date('2026-11-22T18:40:01Z'), 5)).toEqual([
      { incident: subject, due: new Date('2026-11-22T18:40Z'), reason: 'promised' },
    ]);
    expect(overdueIncidents([subject], new Date('2026-11-22T21:00Z'), 5)).toEqual([]);
    expect(overdueIncidents([subject], new Date('2026-11-22T21:00:01Z'), 5)).toEqual([
      { incident: subject, due: new Date('2026-11-22T21:00Z'), reason: 'promised' },
    ]);
  });
});

describe('promised times, word by word', () => {
  const at = new Date('2026-11-22T23:50Z');
  test.each([
    ['Next update around 23:55 UTC.', '2026-11-22T23:55:00.000Z'],
    ['Next update before 23:49 UTC.', '2026-11-22T23:49:00.000Z'],
    ['Next update before 23:48 UTC.', '2026-11-23T23:48:00.000Z'],
    ['Next update at 00:10 GMT.', '2026-11-23T00:10:00.000Z'],
    ['Next update by 0.30 Z.', '2026-11-23T00:30:00.000Z'],
    ['The next update will be posted by 23:59 UTC', '2026-11-22T23:59:00.000Z'],
    ['Next update in 1 hour.', '2026-11-23T00:50:00.000Z'],
    ['Next update in one hour.', '2026-11-23T00:50:00.000Z'],
    ['Next update in a hour.', '2026-11-23T00:50:00.000Z'],
    ['Next update in 3h.', '2026-11-23T02:50:00.000Z'],
    ['Next update in 45 min.', '2026-11-23T00:35:00.000Z'],
    ['Next update in 1 minute.', '2026-11-22T23:51:00.000Z'],
    ['Next update in 20 mins.', '2026-11-23T00:10:00.000Z'],
    ['NEXT UPDATE WITHIN THE HOUR', '2026-11-23T00:50:00.000Z'],
    ['Next update: soon.', undefined],
    ['Next update in a while.', undefined],
    ['Fixed. The next update. By 23:55 UTC we expect more.', undefined],
    ['An update by 23:55 UTC.', undefined],
    ['Next update\nby 23:55 UTC.', undefined],
  ])('%j at 23:50 UTC', (markdown, expected) => {
    expect(promisedNextUpdate({ markdown, at })?.toISOString()).toBe(expected);
  });
});
