import { expect, test } from 'vitest';
import { parseSiteConfig } from '../checks/validate.ts';
import { OUTPUTS, outputFiles, outputUrl, output, renderOutput } from './registry.ts';
import { renderBadge } from './badge.ts';
import { buildSiteViews } from './view-model.ts';
import { translator } from '../i18n/translate.ts';

const config = parseSiteConfig(
  { name: 'Acme', url: 'https://status.acme.example/', locales: ['en', 'de'], groups: [{ id: 'shop', name: 'Shop' }, { id: 'ops', name: 'Ops' }], components: [{ id: 'api', name: 'API', group: 'shop' }, { id: 'db', name: 'DB', group: 'ops' }] },
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
  expect(outputFiles(en).filter((file) => !file.path.startsWith('components/')).map((file) => file.path)).toEqual(OUTPUTS.map((file) => file.path));
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
  expect(await renderOutput(de, path)).toEqual({ body: renderBadge(label, 'operational', translator('de')), type: 'image/svg+xml' });
});

test('the API is not written again in another language', async () => {
  expect(await renderOutput(de, 'api/v2/summary.json')).toBeUndefined();
  expect(await renderOutput(de, 'de/api/v2/summary.json')).toBeUndefined();
});
