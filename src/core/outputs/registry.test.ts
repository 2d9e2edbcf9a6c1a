import { describe, expect, test } from 'vitest';
import { output, OUTPUTS, outputFiles, outputUrl, renderOutput } from './registry.ts';
import { renderBadge } from './badge.ts';
import { translator } from '../i18n/translate.ts';
import { shopSite } from '../../tests/site-fixture.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { buildSiteViews } from './view-model.ts';

describe('the outputs registry', () => {
  test('every file once, with its media type and label', () => {
    expect(
      OUTPUTS.map((file) => [
        file.path,
        file.type,
        file.label ?? '',
        file.scoped ?? false,
        file.alternate ?? false,
        file.footer ?? false,
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          "history.atom",
          "application/atom+xml",
          "output.atom",
          true,
          true,
          true,
        ],
        [
          "history.rss",
          "application/rss+xml",
          "output.rss",
          true,
          true,
          true,
        ],
        [
          "feed.json",
          "application/feed+json",
          "output.jsonFeed",
          true,
          true,
          true,
        ],
        [
          "maintenance.ics",
          "text/calendar",
          "output.calendar",
          false,
          false,
          true,
        ],
        [
          "badge.svg",
          "image/svg+xml",
          "output.badge",
          true,
          false,
          false,
        ],
        [
          "api/v2/status.json",
          "application/json",
          "",
          false,
          false,
          false,
        ],
        [
          "api/v2/summary.json",
          "application/json",
          "output.api",
          false,
          false,
          false,
        ],
        [
          "api/v2/components.json",
          "application/json",
          "",
          false,
          false,
          false,
        ],
        [
          "api/v2/incidents.json",
          "application/json",
          "",
          false,
          false,
          false,
        ],
        [
          "api/v2/incidents/unresolved.json",
          "application/json",
          "",
          false,
          false,
          false,
        ],
        [
          "api/v2/scheduled-maintenances.json",
          "application/json",
          "",
          false,
          false,
          false,
        ],
        [
          "api/v2/scheduled-maintenances/upcoming.json",
          "application/json",
          "",
          false,
          false,
          false,
        ],
        [
          "api/v2/scheduled-maintenances/active.json",
          "application/json",
          "",
          false,
          false,
          false,
        ],
        [
          "schema/incident.json",
          "application/schema+json",
          "",
          false,
          false,
          false,
        ],
        [
          "schema/webhook.json",
          "application/schema+json",
          "",
          false,
          false,
          false,
        ],
        [
          "embed.js",
          "text/javascript",
          "",
          false,
          false,
          false,
        ],
        [
          "embed/index.html",
          "text/html",
          "",
          false,
          false,
          false,
        ],
        [
          "_headers",
          "text/plain",
          "",
          false,
          false,
          false,
        ],
        [
          "status-icon.svg",
          "image/svg+xml",
          "",
          false,
          false,
          false,
        ],
      ]
    `);
  });

  test('a path names one entry; a typo throws', () => {
    expect(output('history.atom').label).toBe('output.atom');
    expect(() => output('history.atmo')).toThrow('no output "history.atmo" in the outputs registry');
  });

  test("URLs of the site's files and of a scope's", () => {
    const site = shopSite();
    expect(outputUrl(site, output('history.rss'))).toBe('/status/history.rss');
    expect(outputUrl(site, output('history.rss'), 'api')).toBe('/status/components/api/history.rss');
  });

  test("files to write: the site's, then each scope's scoped ones", () => {
    const site = shopSite();
    const paths = outputFiles(site).map((file) => file.path);
    expect(paths).toHaveLength(OUTPUTS.length + 5 * OUTPUTS.filter((file) => file.scoped).length);
    expect(paths.slice(OUTPUTS.length, OUTPUTS.length + 4)).toEqual([
      'components/checkout/history.atom',
      'components/checkout/history.rss',
      'components/checkout/feed.json',
      'components/checkout/badge.svg',
    ]);
    expect(paths.at(-1)).toBe('components/shop/badge.svg');
  });

  test.each([
    ['badge.svg', 'Acme Status', 'major_outage'],
    ['components/api/badge.svg', 'API', 'degraded_performance'],
    ['components/shop/badge.svg', 'Shop', 'major_outage'],
    ['components/search/badge.svg', 'Search', 'under_maintenance'],
  ] as const)('%s: %s, %s', async (path, label, status) => {
    expect(await renderOutput(shopSite(), path)).toEqual({
      body: renderBadge(label, status, translator('en')),
      type: 'image/svg+xml',
    });
  });

  test('every file renders; unknown paths are undefined', async () => {
    const site = shopSite();
    for (const { path, file } of outputFiles(site)) {
      const rendered = await renderOutput(site, path);
      expect(rendered?.type).toBe(file.type);
      expect(rendered?.body.length).toBeGreaterThan(100);
    }
    expect(await renderOutput(site, 'nothing.txt')).toBeUndefined();
    expect(JSON.parse((await renderOutput(site, 'api/v2/status.json'))!.body).status.indicator).toBe('critical');
    const schema = JSON.parse((await renderOutput(site, 'schema/incident.json'))!.body);
    expect(schema.$id).toBe('https://status.example.com/status/schema/incident.json');
    expect(schema.title).toBe('Outpost incident frontmatter');
    expect(schema.properties.components.anyOf).toEqual([
      { type: 'array', items: { type: 'string', enum: ['checkout', 'payments', 'api', 'search'] } },
      {
        type: 'object',
        propertyNames: { type: 'string', enum: ['checkout', 'payments', 'api', 'search'] },
        additionalProperties: {
          type: 'string',
          enum: ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'],
        },
      },
    ]);
    expect((await renderOutput(site, 'maintenance.ics'))!.body).toContain(
      'URL:https://status.example.com/status/maintenance.ics',
    );
  });
});

describe('a site in two languages', () => {
  const config = parseSiteConfig(
    {
      name: 'Acme',
      url: 'https://status.acme.example/',
      locales: ['en', 'de'],
      groups: [
        { id: 'shop', name: 'Shop' },
        { id: 'ops', name: 'Ops' },
      ],
      components: [
        { id: 'api', name: 'API', group: 'shop' },
        { id: 'db', name: 'DB', group: 'ops' },
      ],
    },
    'astro.config.mjs',
  ).config!;
  const [en, de] = buildSiteViews(config, [], new Date('2026-11-22T18:30Z'));

  test('which files are written in each language, and which once', () => {
    expect(OUTPUTS.map((file) => [file.path, Boolean(file.scoped), Boolean(file.localized)])).toEqual([
      ['history.atom', true, true],
      ['history.rss', true, true],
      ['feed.json', true, true],
      ['maintenance.ics', false, true],
      ['badge.svg', true, true],
      ['api/v2/status.json', false, false],
      ['api/v2/summary.json', false, false],
      ['api/v2/components.json', false, false],
      ['api/v2/incidents.json', false, false],
      ['api/v2/incidents/unresolved.json', false, false],
      ['api/v2/scheduled-maintenances.json', false, false],
      ['api/v2/scheduled-maintenances/upcoming.json', false, false],
      ['api/v2/scheduled-maintenances/active.json', false, false],
      ['schema/incident.json', false, false],
      ['schema/webhook.json', false, false],
      ['embed.js', false, true],
      ['embed/index.html', false, true],
      ['_headers', false, false],
      ['status-icon.svg', false, false],
    ]);
    expect(outputFiles(de).map((file) => file.path)).toEqual([
      'de/history.atom',
      'de/history.rss',
      'de/feed.json',
      'de/maintenance.ics',
      'de/badge.svg',
      'de/embed.js',
      'de/embed/index.html',
      'de/components/api/history.atom',
      'de/components/api/history.rss',
      'de/components/api/feed.json',
      'de/components/api/badge.svg',
      'de/components/db/history.atom',
      'de/components/db/history.rss',
      'de/components/db/feed.json',
      'de/components/db/badge.svg',
      'de/components/shop/history.atom',
      'de/components/shop/history.rss',
      'de/components/shop/feed.json',
      'de/components/shop/badge.svg',
      'de/components/ops/history.atom',
      'de/components/ops/history.rss',
      'de/components/ops/feed.json',
      'de/components/ops/badge.svg',
    ]);
    expect(
      outputFiles(en)
        .filter((file) => !file.path.startsWith('components/'))
        .map((file) => file.path),
    ).toEqual(OUTPUTS.map((file) => file.path));
  });

  test('URLs in another language: localized files in its folder, the API at the root', () => {
    expect(outputUrl(de, output('feed.json'))).toBe('/de/feed.json');
    expect(outputUrl(de, output('feed.json'), 'api')).toBe('/de/components/api/feed.json');
    expect(outputUrl(de, output('api/v2/summary.json'))).toBe('/api/v2/summary.json');
    expect(outputUrl(en, output('feed.json'))).toBe('/feed.json');
  });

  test.each([
    ['de/components/shop/badge.svg', 'Shop'],
    ['de/components/ops/badge.svg', 'Ops'],
    ['de/components/api/badge.svg', 'API'],
    ['de/badge.svg', 'Acme'],
  ])('%s is the badge of %s, in German', async (path, label) => {
    expect(await renderOutput(de, path)).toEqual({
      body: renderBadge(label, 'operational', translator('de')),
      type: 'image/svg+xml',
    });
  });

  test('the API is not written again in another language', async () => {
    expect(await renderOutput(de, 'api/v2/summary.json')).toBeUndefined();
    expect(await renderOutput(de, 'de/api/v2/summary.json')).toBeUndefined();
  });
});
