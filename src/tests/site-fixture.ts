/** A small site of hand-made incidents at a fixed clock, for unit tests of the view model and every output. */
import { parseSiteConfig } from '../core/checks/validate.ts';
import type { SiteConfigInput } from '../core/config/schema.ts';
import type { Incident } from '../core/incident/model.ts';
import { buildSiteView, type SiteView } from '../core/outputs/view-model.ts';
import { incident, update } from './builders.ts';

export const NOW = new Date('2026-11-22T19:30Z');

export const SHOP_CONFIG: SiteConfigInput = {
  name: 'Acme Status',
  url: 'https://status.example.com/status/',
  description: 'Acme shop and API',
  timeZone: 'Europe/Berlin',
  groups: [{ id: 'shop', name: 'Shop', description: 'Buying things' }],
  components: [
    { id: 'checkout', name: 'Checkout', group: 'shop', description: 'Paying for orders' },
    { id: 'payments', name: 'Payments', group: 'shop' },
    { id: 'api', name: 'API' },
    { id: 'search', name: 'Search' },
  ],
};

/** Resolved an hour ago: checkout partly down, the API slow. */
export const checkoutErrors = incident('checkout-errors', {
  title: 'Some customers cannot pay',
  impact: 'major',
  components: [
    { id: 'checkout', status: 'partial_outage' },
    { id: 'api', status: 'degraded_performance' },
  ],
  postmortemMarkdown: 'A **bad** deploy.',
  postmortemUrl: 'https://example.com/pm',
  timeline: [
    update(
      'investigating',
      '2026-11-22T18:05Z',
      'Some customers see errors when paying. Please retry in a few minutes. Next update by 18:40 UTC.',
    ),
    update('update', '2026-11-22T18:20Z', 'Still looking.'),
    update('monitoring', '2026-11-22T18:40Z', 'A fix is out.\nNext update by 19:10 UTC.'),
    update('resolved', '2026-11-22T19:02Z', 'Checkout works normally again. Orders were kept.'),
  ],
});

/** Ongoing: the API is slow. */
export const apiSlow = incident('api-slow', {
  title: 'The API is slow',
  impact: 'minor',
  components: [{ id: 'api', status: 'degraded_performance' }],
  timeline: [update('investigating', '2026-11-22T19:00Z', 'Requests take up to 20 seconds. Next update by 19:45 UTC.')],
});

/** Ongoing, older: checkout down for some. */
export const checkoutDown = incident('checkout-down', {
  title: 'Checkout fails for some',
  impact: 'critical',
  components: [{ id: 'checkout', status: 'major_outage' }],
  timeline: [
    update('investigating', '2026-11-22T18:50Z', 'Checkout fails.'),
    update('identified', '2026-11-22T19:20Z', 'Found it.'),
  ],
});

/** Planned for next week. */
export const dbUpgrade = incident('db-upgrade', {
  title: 'Database upgrade',
  type: 'maintenance',
  impact: 'none',
  scheduled: { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') },
  components: [{ id: 'payments', status: 'under_maintenance' }],
  timeline: [update('scheduled', '2026-11-20T09:00Z', 'Payments may pause for a minute.')],
});

/** In its window now. */
export const searchReindex = incident('search-reindex', {
  title: 'Search reindex',
  type: 'maintenance',
  impact: 'none',
  scheduled: { start: new Date('2026-11-22T19:00Z'), end: new Date('2026-11-22T20:00Z') },
  components: [{ id: 'search', status: 'under_maintenance' }],
  timeline: [update('scheduled', '2026-11-21T10:00Z', 'Search results may be stale.')],
});

export const peakNotice = incident('peak', {
  title: 'Black Friday hours',
  type: 'notice',
  impact: 'none',
  until: new Date('2026-12-01T00:00Z'),
  timeline: [update('update', '2026-11-17T08:00Z', 'Support answers within the hour.')],
});

/** Last month, on payments. */
export const oldOutage = incident('old-outage', {
  title: 'Payments were down',
  impact: 'critical',
  components: [{ id: 'payments', status: 'major_outage' }],
  timeline: [
    update('investigating', '2026-10-01T10:00Z', 'Payments fail.'),
    update('resolved', '2026-10-01T11:00Z', 'Payments work normally again.'),
  ],
});

export const SHOP_INCIDENTS: readonly Incident[] = [
  checkoutErrors,
  apiSlow,
  checkoutDown,
  dbUpgrade,
  searchReindex,
  peakNotice,
  oldOutage,
];

export function shopSite(
  incidents: readonly Incident[] = SHOP_INCIDENTS,
  now = NOW,
  overrides: Partial<SiteConfigInput> = {},
): SiteView {
  const { config, problems } = parseSiteConfig({ ...SHOP_CONFIG, ...overrides }, 'astro.config.mjs');
  if (!config) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return buildSiteView(config, incidents, now);
}
