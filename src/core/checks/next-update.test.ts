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
  const promised = incident('promised', { timeline: [update('investigating', '2026-11-22T18:05Z', 'Errors. Next update by 18:35 UTC.')] });
  const silent = incident('silent', { timeline: [update('investigating', '2026-11-22T18:00Z', 'Errors.')] });
  const fresh = incident('fresh', { timeline: [update('investigating', '2026-11-22T18:30Z', 'Errors.')] });
  const resolved = incident('resolved', { timeline: [update('investigating', '2026-11-22T17:00Z'), update('resolved', '2026-11-22T17:30Z')] });
  const now = new Date('2026-11-22T18:40Z');
  expect(overdueIncidents([promised, silent, fresh, resolved], now, 30).map((o) => [o.incident.slug, o.reason, o.due.toISOString()])).toEqual([
    ['promised', 'promised', '2026-11-22T18:35:00.000Z'],
    ['silent', 'cadence', '2026-11-22T18:30:00.000Z'],
  ]);
});
