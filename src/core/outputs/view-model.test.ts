import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { buildSiteView } from './view-model.ts';

describe("a component's incidents in its uptime window", () => {
  // Auckland is 12 hours ahead of UTC in August (NZST) and 13 in November (NZDT).
  const config = parseSiteConfig({ name: 'Kiwi', url: 'https://status.kiwi.example/', timeZone: 'Pacific/Auckland', components: [{ id: 'api', name: 'API' }] }, 'astro.config.mjs').config!;
  const now = new Date('2026-11-22T12:00Z'); // 23 Nov, 01:00 in Auckland
  const affects = { components: [{ id: 'api', status: 'partial_outage' as const }] };
  // Ends at 02:00 on 26 Aug in Auckland, the first day of the 90 bars (14:00 UTC the day before).
  const inside = incident('inside', { ...affects, timeline: [update('investigating', '2026-08-25T10:00Z'), update('resolved', '2026-08-25T14:00Z')] });
  // Ends at 23:00 on 25 Aug in Auckland: the day before the first bar.
  const before = incident('before', { ...affects, timeline: [update('investigating', '2026-08-25T08:00Z'), update('resolved', '2026-08-25T11:00Z')] });
  const site = buildSiteView(config, [inside, before], now);
  const api = site.components[0];

  test('start at local midnight of the first bar, so the list matches the bars', () => {
    expect(api.uptimeDays[0].day).toBe('2026-08-26');
    expect(api.uptimeDays[0].incidents.map((shown) => shown.slug)).toEqual(['inside']);
    expect(api.windowIncidents.map((shown) => shown.slug)).toEqual(['inside']);
    expect(api.incidents.map((shown) => shown.slug)).toEqual(['inside', 'before']);
  });
});
