import { describe, expect, test } from 'vitest';
import { output, OUTPUTS, outputFiles, outputUrl, renderOutput } from './registry.ts';
import { renderBadge } from './badge.ts';
import { translator } from '../i18n/translate.ts';
import { shopSite } from '../../tests/site-fixture.ts';

describe('the outputs registry', () => {
  test('every file once, with its media type and label', () => {
    const site = shopSite();
    expect(OUTPUTS.map((file) => [file.path, file.type, file.label ?? '', file.scoped ?? false, file.alternate ?? false, file.footer ?? false])).toMatchInlineSnapshot(`
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
          true,
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
      ]
    `);
  });

  test('a path names one entry; a typo throws', () => {
    const site = shopSite();
    expect(output('history.atom').label).toBe('output.atom');
    expect(() => output('history.atmo')).toThrow('no output "history.atmo" in the outputs registry');
  });

  test('URLs of the site\'s files and of a scope\'s', () => {
    const site = shopSite();
    expect(outputUrl(site, output('history.rss'))).toBe('/status/history.rss');
    expect(outputUrl(site, output('history.rss'), 'api')).toBe('/status/components/api/history.rss');
  });

  test('files to write: the site\'s, then each scope\'s scoped ones', () => {
    const site = shopSite();
    const paths = outputFiles(site).map((file) => file.path);
    expect(paths).toHaveLength(OUTPUTS.length + 5 * OUTPUTS.filter((file) => file.scoped).length);
    expect(paths.slice(OUTPUTS.length, OUTPUTS.length + 4)).toEqual(['components/checkout/history.atom', 'components/checkout/history.rss', 'components/checkout/feed.json', 'components/checkout/badge.svg']);
    expect(paths.at(-1)).toBe('components/shop/badge.svg');
  });

  test.each([
    ['badge.svg', 'Acme Status', 'major_outage'],
    ['components/api/badge.svg', 'API', 'degraded_performance'],
    ['components/shop/badge.svg', 'Shop', 'major_outage'],
    ['components/search/badge.svg', 'Search', 'under_maintenance'],
  ] as const)('%s: %s, %s', async (path, label, status) => {
    expect(await renderOutput(shopSite(), path)).toEqual({ body: renderBadge(label, status, translator('en')), type: 'image/svg+xml' });
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
      { type: 'object', propertyNames: { type: 'string', enum: ['checkout', 'payments', 'api', 'search'] }, additionalProperties: { type: 'string', enum: ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'] } },
    ]);
    expect((await renderOutput(site, 'maintenance.ics'))!.body).toContain('URL:https://status.example.com/status/maintenance.ics');
  });
});
