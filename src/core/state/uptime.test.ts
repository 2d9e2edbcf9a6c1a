import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { componentUptimeDays, uptimePercent } from './uptime.ts';
import { formatPercent } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';

const outage = (slug: string, status: 'major_outage' | 'partial_outage' | 'degraded_performance', from: string, to: string) =>
  incident(slug, { components: [{ id: 'api', status }], timeline: [update('investigating', from), update('resolved', to)] });

describe('uptime with Statuspage weights', () => {
  const now = new Date('2026-11-23T00:00Z');
  test.each([
    ['major outage, 2.4 h', [outage('a', 'major_outage', '2026-11-22T10:00Z', '2026-11-22T12:24Z')], 0.9, 'major_outage'],
    ['partial outage, 2.4 h counts 30%', [outage('a', 'partial_outage', '2026-11-22T10:00Z', '2026-11-22T12:24Z')], 0.97, 'partial_outage'],
    ['degraded counts nothing', [outage('a', 'degraded_performance', '2026-11-22T10:00Z', '2026-11-22T12:24Z')], 1, 'degraded_performance'],
    [
      'overlap counts once, at the worst',
      [outage('a', 'major_outage', '2026-11-22T10:00Z', '2026-11-22T12:24Z'), outage('b', 'partial_outage', '2026-11-22T11:00Z', '2026-11-22T12:00Z')],
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
    expect(days.map((day) => [day.day, Math.round((1 - day.uptime) * 24 * 60)])).toEqual([['2026-11-21', 60], ['2026-11-22', 180], ['2026-11-23', 0]]);
  });

  test('an ongoing outage counts up to now', () => {
    const ongoing = incident('o', { components: [{ id: 'api', status: 'major_outage' }], timeline: [update('investigating', '2026-11-22T06:00Z')] });
    const [today] = componentUptimeDays('api', [ongoing], new Date('2026-11-22T12:00Z'), 'UTC', 1);
    expect(today.uptime).toBeCloseTo(0.5, 10);
  });

  test('percent over 90 days, never rounded up to 100%', () => {
    const incidents = [outage('a', 'major_outage', '2026-11-22T10:00Z', '2026-11-22T10:01Z')];
    const percent = uptimePercent(new Set(['api']), incidents, now, 'UTC', 90);
    expect(percent).toBeLessThan(100);
    expect(formatPercent(percent, translator('en'))).toBe('99.99%');
    expect(formatPercent(100, translator('en'))).toBe('100.00%');
    expect(formatPercent(percent, translator('de'))).toBe('99,99\u00a0%');
  });
});
