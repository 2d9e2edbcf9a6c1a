import { describe, expect, test } from 'vitest';
import { apiDocuments, renderApiDocument } from './api.ts';
import { API_DOCUMENTS } from './statuspage-schema.ts';
import {
  apiSlow,
  checkoutErrors,
  dbUpgrade,
  NOW,
  oldOutage,
  searchReindex,
  shopSite,
} from '../../tests/site-fixture.ts';
import { incident, update } from '../../tests/builders.ts';

describe('Statuspage v2 documents of the shop', () => {
  test('one object per site view, every document', () => {
    const documents = apiDocuments(shopSite()) as Record<string, Record<string, unknown>>;
    const site = shopSite();
    expect(apiDocuments(site)).toBe(apiDocuments(site));
    expect(Object.keys(documents)).toEqual([
      'status.json',
      'summary.json',
      'components.json',
      'incidents.json',
      'incidents/unresolved.json',
      'scheduled-maintenances.json',
      'scheduled-maintenances/upcoming.json',
      'scheduled-maintenances/active.json',
    ]);
  });

  test('status.json', () => {
    const documents = apiDocuments(shopSite()) as Record<string, Record<string, unknown>>;
    expect(documents['status.json']).toMatchInlineSnapshot(`
      {
        "page": {
          "id": "status.example.com",
          "name": "Acme Status",
          "time_zone": "Europe/Berlin",
          "updated_at": "2026-11-22T19:20:00Z",
          "url": "https://status.example.com/status/",
        },
        "status": {
          "description": "Major System Outage",
          "indicator": "critical",
        },
      }
    `);
  });

  test('components.json: groups first, then their members, positions in order', () => {
    const documents = apiDocuments(shopSite()) as Record<string, Record<string, unknown>>;
    expect(documents['components.json']).toMatchInlineSnapshot(`
      {
        "components": [
          {
            "components": [
              "checkout",
              "payments",
            ],
            "created_at": "2026-10-01T10:00:00Z",
            "description": "Buying things",
            "group": true,
            "group_id": null,
            "id": "shop",
            "name": "Shop",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 1,
            "showcase": true,
            "start_date": null,
            "status": "major_outage",
            "updated_at": "2026-11-22T19:02:00Z",
          },
          {
            "created_at": "2026-10-01T10:00:00Z",
            "description": "Paying for orders",
            "group": false,
            "group_id": "shop",
            "id": "checkout",
            "name": "Checkout",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 2,
            "showcase": true,
            "start_date": null,
            "status": "major_outage",
            "updated_at": "2026-11-22T19:02:00Z",
          },
          {
            "created_at": "2026-10-01T10:00:00Z",
            "description": null,
            "group": false,
            "group_id": "shop",
            "id": "payments",
            "name": "Payments",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 3,
            "showcase": true,
            "start_date": null,
            "status": "operational",
            "updated_at": "2026-10-01T11:00:00Z",
          },
          {
            "created_at": "2026-10-01T10:00:00Z",
            "description": null,
            "group": false,
            "group_id": null,
            "id": "api",
            "name": "API",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 4,
            "showcase": true,
            "start_date": null,
            "status": "degraded_performance",
            "updated_at": "2026-11-22T19:02:00Z",
          },
          {
            "created_at": "2026-10-01T10:00:00Z",
            "description": null,
            "group": false,
            "group_id": null,
            "id": "search",
            "name": "Search",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 5,
            "showcase": true,
            "start_date": null,
            "status": "under_maintenance",
            "updated_at": "2026-11-22T19:00:00Z",
          },
        ],
        "page": {
          "id": "status.example.com",
          "name": "Acme Status",
          "time_zone": "Europe/Berlin",
          "updated_at": "2026-11-22T19:20:00Z",
          "url": "https://status.example.com/status/",
        },
      }
    `);
  });

  test('incidents.json and unresolved: incidents only, begun, newest first', () => {
    const documents = apiDocuments(shopSite()) as Record<string, Record<string, unknown>>;
    const list = (name: string) =>
      (documents[name].incidents as { id: string; status: string }[]).map((i) => [i.id, i.status]);
    expect(list('incidents.json')).toEqual([
      ['api-slow', 'investigating'],
      ['checkout-down', 'identified'],
      ['checkout-errors', 'resolved'],
      ['old-outage', 'resolved'],
    ]);
    expect(list('incidents/unresolved.json')).toEqual([
      ['checkout-down', 'identified'],
      ['api-slow', 'investigating'],
    ]);
    expect((documents['incidents.json'].incidents as unknown[])[2]).toMatchInlineSnapshot(`
      {
        "components": [
          {
            "created_at": "2026-10-01T10:00:00Z",
            "description": "Paying for orders",
            "group": false,
            "group_id": "shop",
            "id": "checkout",
            "name": "Checkout",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 2,
            "showcase": true,
            "start_date": null,
            "status": "major_outage",
            "updated_at": "2026-11-22T19:02:00Z",
          },
          {
            "created_at": "2026-10-01T10:00:00Z",
            "description": null,
            "group": false,
            "group_id": null,
            "id": "api",
            "name": "API",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 4,
            "showcase": true,
            "start_date": null,
            "status": "degraded_performance",
            "updated_at": "2026-11-22T19:02:00Z",
          },
        ],
        "created_at": "2026-11-22T18:05:00Z",
        "id": "checkout-errors",
        "impact": "major",
        "incident_updates": [
          {
            "affected_components": [
              {
                "code": "checkout",
                "name": "Checkout",
                "new_status": "operational",
                "old_status": "partial_outage",
              },
              {
                "code": "api",
                "name": "API",
                "new_status": "operational",
                "old_status": "degraded_performance",
              },
            ],
            "body": "Checkout works normally again. Orders were kept.",
            "created_at": "2026-11-22T19:02:00Z",
            "custom_tweet": null,
            "deliver_notifications": true,
            "display_at": "2026-11-22T19:02:00Z",
            "id": "x#2026-11-22T19:02Z",
            "incident_id": "checkout-errors",
            "status": "resolved",
            "tweet_id": null,
            "updated_at": "2026-11-22T19:02:00Z",
          },
          {
            "affected_components": null,
            "body": "A fix is out. Next update by 19:10 UTC.",
            "created_at": "2026-11-22T18:40:00Z",
            "custom_tweet": null,
            "deliver_notifications": true,
            "display_at": "2026-11-22T18:40:00Z",
            "id": "x#2026-11-22T18:40Z",
            "incident_id": "checkout-errors",
            "status": "monitoring",
            "tweet_id": null,
            "updated_at": "2026-11-22T18:40:00Z",
          },
          {
            "affected_components": null,
            "body": "Still looking.",
            "created_at": "2026-11-22T18:20:00Z",
            "custom_tweet": null,
            "deliver_notifications": true,
            "display_at": "2026-11-22T18:20:00Z",
            "id": "x#2026-11-22T18:20Z",
            "incident_id": "checkout-errors",
            "status": "investigating",
            "tweet_id": null,
            "updated_at": "2026-11-22T18:20:00Z",
          },
          {
            "affected_components": [
              {
                "code": "checkout",
                "name": "Checkout",
                "new_status": "partial_outage",
                "old_status": "operational",
              },
              {
                "code": "api",
                "name": "API",
                "new_status": "degraded_performance",
                "old_status": "operational",
              },
            ],
            "body": "Some customers see errors when paying. Please retry in a few minutes. Next update by 18:40 UTC.",
            "created_at": "2026-11-22T18:05:00Z",
            "custom_tweet": null,
            "deliver_notifications": true,
            "display_at": "2026-11-22T18:05:00Z",
            "id": "x#2026-11-22T18:05Z",
            "incident_id": "checkout-errors",
            "status": "investigating",
            "tweet_id": null,
            "updated_at": "2026-11-22T18:05:00Z",
          },
        ],
        "monitoring_at": "2026-11-22T18:40:00Z",
        "name": "Some customers cannot pay",
        "page_id": "status.example.com",
        "resolved_at": "2026-11-22T19:02:00Z",
        "shortlink": "https://status.example.com/status/incidents/checkout-errors/",
        "started_at": "2026-11-22T18:05:00Z",
        "status": "resolved",
        "updated_at": "2026-11-22T19:02:00Z",
      }
    `);
  });

  test('maintenances: all, upcoming, active', () => {
    const documents = apiDocuments(shopSite()) as Record<string, Record<string, unknown>>;
    const list = (name: string) =>
      (documents[name].scheduled_maintenances as { id: string; status: string }[]).map((i) => [i.id, i.status]);
    expect(list('scheduled-maintenances.json')).toEqual([
      ['db-upgrade', 'scheduled'],
      ['search-reindex', 'in_progress'],
    ]);
    expect(list('scheduled-maintenances/upcoming.json')).toEqual([['db-upgrade', 'scheduled']]);
    expect(list('scheduled-maintenances/active.json')).toEqual([['search-reindex', 'in_progress']]);
    expect((documents['scheduled-maintenances/active.json'].scheduled_maintenances as unknown[])[0])
      .toMatchInlineSnapshot(`
      {
        "components": [
          {
            "created_at": "2026-10-01T10:00:00Z",
            "description": null,
            "group": false,
            "group_id": null,
            "id": "search",
            "name": "Search",
            "only_show_if_degraded": false,
            "page_id": "status.example.com",
            "position": 5,
            "showcase": true,
            "start_date": null,
            "status": "under_maintenance",
            "updated_at": "2026-11-22T19:00:00Z",
          },
        ],
        "created_at": "2026-11-21T10:00:00Z",
        "id": "search-reindex",
        "impact": "maintenance",
        "incident_updates": [
          {
            "affected_components": null,
            "body": "The maintenance has started. It is scheduled to end at 2026-11-22 20:00 UTC.",
            "created_at": "2026-11-22T19:00:00Z",
            "custom_tweet": null,
            "deliver_notifications": true,
            "display_at": "2026-11-22T19:00:00Z",
            "id": "search-reindex#2026-11-22T19:00:00Z",
            "incident_id": "search-reindex",
            "status": "in_progress",
            "tweet_id": null,
            "updated_at": "2026-11-22T19:00:00Z",
          },
          {
            "affected_components": [
              {
                "code": "search",
                "name": "Search",
                "new_status": "under_maintenance",
                "old_status": "operational",
              },
            ],
            "body": "Search results may be stale.",
            "created_at": "2026-11-21T10:00:00Z",
            "custom_tweet": null,
            "deliver_notifications": true,
            "display_at": "2026-11-21T10:00:00Z",
            "id": "x#2026-11-21T10:00Z",
            "incident_id": "search-reindex",
            "status": "scheduled",
            "tweet_id": null,
            "updated_at": "2026-11-21T10:00:00Z",
          },
        ],
        "monitoring_at": null,
        "name": "Search reindex",
        "page_id": "status.example.com",
        "resolved_at": null,
        "scheduled_for": "2026-11-22T19:00:00Z",
        "scheduled_until": "2026-11-22T20:00:00Z",
        "shortlink": "https://status.example.com/status/incidents/search-reindex/",
        "started_at": "2026-11-22T19:00:00Z",
        "status": "in_progress",
        "updated_at": "2026-11-22T19:00:00Z",
      }
    `);
    expect((documents['summary.json'].scheduled_maintenances as { id: string }[]).map((m) => m.id)).toEqual([
      'search-reindex',
      'db-upgrade',
    ]);
  });

  test.each(Object.entries(API_DOCUMENTS))("%s matches Statuspage's schema", (name, schema) => {
    const documents = apiDocuments(shopSite()) as Record<string, Record<string, unknown>>;
    expect(schema.safeParse(documents[name]).error).toBeUndefined();
  });

  test('rendered as indented JSON with a final newline', () => {
    expect(renderApiDocument({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

describe('the overall indicator for each worst status', () => {
  test.each([
    ['operational', [], { indicator: 'none', description: 'All Systems Operational' }],
    ['degraded', [apiSlow], { indicator: 'minor', description: 'Minor Service Outage' }],
    ['maintenance', [searchReindex], { indicator: 'maintenance', description: 'Service Under Maintenance' }],
    [
      'partial',
      [
        incident('p', {
          components: [{ id: 'api', status: 'partial_outage' }],
          timeline: [update('investigating', '2026-11-22T19:00Z')],
        }),
      ],
      { indicator: 'major', description: 'Partial System Outage' },
    ],
    [
      'major',
      [
        incident('m', {
          components: [{ id: 'api', status: 'major_outage' }],
          timeline: [update('investigating', '2026-11-22T19:00Z')],
        }),
      ],
      { indicator: 'critical', description: 'Major System Outage' },
    ],
  ])('%s', (_name, incidents, status) => {
    expect((apiDocuments(shopSite(incidents)) as Record<string, { status: unknown }>)['status.json'].status).toEqual(
      status,
    );
  });
});

describe('times come from the incidents, never the build', () => {
  test('the same site at a later clock with nothing new gives the same components', () => {
    const at = (now: Date) =>
      (apiDocuments(shopSite([checkoutErrors, oldOutage], now)) as Record<string, unknown>)['components.json'];
    expect(at(new Date('2026-11-23T00:00Z'))).toEqual(at(new Date('2026-11-24T00:00Z')));
  });

  test("a component's updated_at is when an incident naming it last began or ended; created_at the oldest update", () => {
    const components = (
      apiDocuments(shopSite([checkoutErrors, oldOutage, dbUpgrade], NOW)) as Record<
        string,
        { components: { id: string; created_at: string; updated_at: string }[] }
      >
    )['components.json'].components;
    expect(components.map((c) => [c.id, c.created_at, c.updated_at])).toEqual([
      ['shop', '2026-10-01T10:00:00Z', '2026-11-22T19:02:00Z'],
      ['checkout', '2026-10-01T10:00:00Z', '2026-11-22T19:02:00Z'],
      ['payments', '2026-10-01T10:00:00Z', '2026-10-01T11:00:00Z'],
      ['api', '2026-10-01T10:00:00Z', '2026-11-22T19:02:00Z'],
      ['search', '2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z'],
    ]);
  });

  test('affected components: from operational on the first update, back to operational on the last', () => {
    const [resolved] = (
      apiDocuments(shopSite([checkoutErrors])) as Record<
        string,
        { incidents: { incident_updates: { status: string; affected_components: unknown }[] }[] }
      >
    )['incidents.json'].incidents;
    expect(resolved.incident_updates.map((u) => [u.status, u.affected_components])).toEqual([
      [
        'resolved',
        [
          { code: 'checkout', name: 'Checkout', old_status: 'partial_outage', new_status: 'operational' },
          { code: 'api', name: 'API', old_status: 'degraded_performance', new_status: 'operational' },
        ],
      ],
      ['monitoring', null],
      ['investigating', null],
      [
        'investigating',
        [
          { code: 'checkout', name: 'Checkout', old_status: 'operational', new_status: 'partial_outage' },
          { code: 'api', name: 'API', old_status: 'operational', new_status: 'degraded_performance' },
        ],
      ],
    ]);
  });

  test("a notice changes no component's updated_at; an incident not begun is not listed", () => {
    const notice = incident('n', {
      type: 'notice',
      components: [{ id: 'api', status: 'major_outage' }],
      timeline: [update('update', '2026-11-22T19:00Z')],
    });
    const later = incident('later', {
      started: new Date('2026-11-23T00:00Z'),
      components: [{ id: 'search', status: 'major_outage' }],
      timeline: [update('investigating', '2026-11-22T19:00Z')],
    });
    const docs = apiDocuments(shopSite([oldOutage, notice, later])) as Record<
      string,
      { components?: { id: string; updated_at: string }[]; incidents?: { id: string }[] }
    >;
    expect(docs['components.json'].components!.find((c) => c.id === 'api')!.updated_at).toBe('2026-10-01T10:00:00Z');
    expect(docs['components.json'].components!.find((c) => c.id === 'search')!.updated_at).toBe('2026-10-01T10:00:00Z');
    expect(docs['incidents.json'].incidents!.map((i) => i.id)).toEqual(['old-outage']);
  });

  test('a list holds at most 50', () => {
    const many = Array.from({ length: 55 }, (_, i) =>
      incident(`i${String(i).padStart(2, '0')}`, {
        timeline: [
          update('investigating', new Date(Date.parse('2026-11-01T00:00Z') + i * 3_600_000).toISOString()),
          update('resolved', new Date(Date.parse('2026-11-01T00:30Z') + i * 3_600_000).toISOString()),
        ],
      }),
    );
    const docs = apiDocuments(shopSite(many)) as Record<string, { incidents: { id: string }[] }>;
    expect(docs['incidents.json'].incidents).toHaveLength(50);
    expect(docs['incidents.json'].incidents[0].id).toBe('i54');
  });
});

describe('"Update" is ours: the API reports the state the incident was in', () => {
  test.each([
    [
      'after Identified',
      [update('identified', '2026-11-22T18:00Z'), update('update', '2026-11-22T18:30Z')],
      'identified',
      ['identified', 'identified'],
    ],
    [
      'after Monitoring',
      [
        update('investigating', '2026-11-22T18:00Z'),
        update('monitoring', '2026-11-22T18:10Z'),
        update('update', '2026-11-22T18:30Z'),
      ],
      'monitoring',
      ['monitoring', 'monitoring', 'investigating'],
    ],
    ['alone', [update('update', '2026-11-22T18:00Z')], 'investigating', ['investigating']],
  ])('%s', (_name, timeline, status, updates) => {
    const subject = incident('u', { components: [{ id: 'api', status: 'partial_outage' }], timeline });
    const [listed] = (
      apiDocuments(shopSite([subject])) as Record<
        string,
        { incidents: { status: string; incident_updates: { status: string }[] }[] }
      >
    )['incidents.json'].incidents;
    expect(listed.status).toBe(status);
    expect(listed.incident_updates.map((u) => u.status)).toEqual(updates);
  });

  test('a maintenance update keeps the maintenance state', () => {
    const subject = incident('m', {
      type: 'maintenance',
      scheduled: { start: new Date('2026-11-22T18:00Z'), end: new Date('2026-11-22T20:00Z') },
      timeline: [
        update('scheduled', '2026-11-20T10:00Z'),
        update('verifying', '2026-11-22T19:00Z'),
        update('update', '2026-11-22T19:10Z'),
      ],
    });
    const [listed] = (
      apiDocuments(shopSite([subject])) as Record<
        string,
        { scheduled_maintenances: { status: string; incident_updates: { status: string }[] }[] }
      >
    )['scheduled-maintenances.json'].scheduled_maintenances;
    expect(listed.status).toBe('verifying');
    expect(listed.incident_updates.map((u) => u.status)).toEqual(['verifying', 'verifying', 'scheduled']);
  });
});
