import { describe, expect, test } from 'vitest';
import { ComponentRegistry, idFromName } from './components.ts';
import {
  chooseSlug,
  configLines,
  exactTimestamp,
  importedFrom,
  importMarker,
  redirectPage,
  redirectTarget,
  renderIncident,
} from './render.ts';
import type { ImportedIncident } from './model.ts';

describe('exactTimestamp keeps the precision the source has', () => {
  test.each([
    ['2024-09-16T21:31:02.798Z', '2024-09-16 21:31:02.798 UTC'],
    ['2024-09-16T21:31:02.000Z', '2024-09-16 21:31:02 UTC'],
    ['2024-09-16T21:31:00.000Z', '2024-09-16 21:31 UTC'],
    ['2024-09-16T21:31:00.010Z', '2024-09-16 21:31:00.010 UTC'],
    ['2015-09-22T02:25:20.034-07:00', '2015-09-22 09:25:20.034 UTC'],
  ])('%s → %s', (input, output) => {
    expect(exactTimestamp(new Date(input))).toBe(output);
  });
});

describe('idFromName', () => {
  test.each([
    ['Git Operations', 'git-operations'],
    ['DNS 1 (hp1.cynderhost.com)', 'dns-1-hp1-cynderhost-com'],
    ["Customers' API", 'customers-api'],
    ['Zürich Büro', 'zurich-buro'],
    ['日本', ''],
  ])('%s → %j', (name, id) => expect(idFromName(name)).toBe(id));
});

describe('the component registry', () => {
  test("the site's own ids for known names; new ids otherwise, free of clashes, with their groups", () => {
    const registry = new ComponentRegistry({
      components: [{ id: 'api', name: 'REST API' }],
      groups: [{ id: 'us', name: 'US' }],
    });
    registry.describeGroup({ sourceId: 'g1', name: 'EU', description: 'Europe' });
    expect(registry.componentId({ name: 'REST API' })).toBe('api');
    expect(registry.componentId({ name: 'api' })).toBe('api');
    expect(registry.componentId({ sourceId: 'c1', name: 'Web', group: 'US' })).toBe('web');
    expect(registry.componentId({ sourceId: 'c2', name: 'Web', group: 'EU' })).toBe('eu-web');
    expect(registry.componentId({ sourceId: 'c2', name: 'renamed' })).toBe('eu-web');
    expect(registry.componentId({ name: '日本' })).toBe('component');
    expect(registry.newGroups()).toEqual([{ id: 'eu', name: 'EU', description: 'Europe' }]);
    expect(registry.newComponents()).toEqual([
      { id: 'web', name: 'Web', group: 'us' },
      { id: 'eu-web', name: 'Web', group: 'eu' },
      { id: 'component', name: '日本' },
    ]);
  });
});

const incident = (patch: Partial<ImportedIncident> = {}): ImportedIncident => ({
  source: 'statuspage',
  sourceId: 'abc123',
  label: 'Statuspage incident abc123',
  link: 'https://stspg.io/x',
  title: 'Checkout: errors',
  type: 'incident',
  impact: 'major',
  components: [{ component: { name: 'Checkout' }, status: 'partial_outage' }],
  updates: [
    { status: 'investigating', at: new Date('2026-11-22T18:05:00.250Z'), message: '# Big\nWe look.' },
    { status: 'resolved', at: new Date('2026-11-22T19:00Z'), message: 'Fixed.' },
  ],
  oldPaths: ['incidents/abc123'],
  updatesIn: 2,
  counted: { merged: 0, leftOut: 0, added: 0 },
  notes: [],
  ...patch,
});

describe('renderIncident', () => {
  test('the marker first, then the fields; updates newest first at their exact times; headings in messages demoted', () => {
    expect(renderIncident(incident({ started: new Date('2026-11-22T18:00:30Z') }), ['checkout'])).toBe(
      '---\n# outpost-import: statuspage abc123 (https://stspg.io/x); imported from Statuspage\ntitle: "Checkout: errors"\nimpact: major\n' +
        'components: { checkout: partial_outage }\nstarted: 2026-11-22 18:00:30 UTC\n---\n\n## Resolved · 2026-11-22 19:00 UTC\nFixed.\n\n' +
        '## Investigating · 2026-11-22 18:05:00.250 UTC\n### Big\nWe look.\n',
    );
  });

  test('components without statuses are a list; ids YAML would read as something else are quoted; maintenance has its window; a postmortem section', () => {
    const text = renderIncident(
      incident({
        type: 'maintenance',
        impact: undefined,
        components: [{ component: { name: 'x' } }, { component: { name: 'y' } }],
        scheduled: { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') },
        updates: [{ status: 'scheduled', at: new Date('2026-11-20T10:00Z'), message: 'Planned.' }],
        postmortem: '## Why\nA disk.',
      }),
      ['true', '2024'],
    );
    expect(text).toContain(
      'type: maintenance\ncomponents: ["true", "2024"]\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC\n---',
    );
    expect(text).toContain('## Postmortem\n### Why\nA disk.\n');
  });

  test('importedFrom reads the marker back, only from the frontmatter', () => {
    expect(importedFrom(renderIncident(incident(), ['checkout']))).toEqual({
      source: 'statuspage',
      sourceId: 'abc123',
    });
    expect(
      importedFrom(`---\n${importMarker({ source: 'cstate', sourceId: 'content/issues/a b.md' })}\ntitle: x\n---\n`),
    ).toEqual({ source: 'cstate', sourceId: 'content/issues/a' });
    expect(importedFrom('---\ntitle: x\n---\n# outpost-import: statuspage zzz\n')).toBeUndefined();
    expect(importedFrom('no frontmatter')).toBeUndefined();
  });
});

describe('chooseSlug', () => {
  test.each([
    [{}, [], '2026-11-22-checkout-errors'],
    [{}, ['2026-11-22-checkout-errors'], '2026-11-22-checkout-errors-2'],
    [{ preferredSlug: '2019-01-28-vela' }, [], '2019-01-28-vela'],
    [
      { preferredSlug: 'Not_A_Slug' },
      ['2026-11-22-checkout-errors', '2026-11-22-checkout-errors-2'],
      '2026-11-22-checkout-errors-3',
    ],
  ])('%j with %j taken → %s', (patch, taken, slug) => {
    expect(chooseSlug(incident(patch), (candidate) => taken.includes(candidate))).toBe(slug);
  });
});

describe('the redirect page', () => {
  test('a refresh, a canonical link and a plain link to the base path; no script; the target read back', () => {
    const page = redirectPage('/status/incidents/a-b/', 'https://x.example/status/incidents/a-b/', 'Cats & <dogs>');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/status/incidents/a-b/">');
    expect(page).toContain('<title>Cats &amp; &lt;dogs&gt;</title>');
    expect(page).not.toMatch(/<script/i);
    expect(redirectTarget(page)).toBe('https://x.example/status/incidents/a-b/');
    expect(redirectTarget("<p>someone else's page</p>")).toBeUndefined();
  });
});

test('configLines prints what to paste, quoting what needs it', () => {
  expect(configLines([{ id: 'eu', name: 'EU' }], [{ id: 'web', name: "Customers' web", group: 'eu' }])).toBe(
    "groups: [\n  { id: 'eu', name: 'EU' },\n],\ncomponents: [\n  { id: 'web', name: 'Customers\\' web', group: 'eu' },\n],",
  );
  expect(configLines([], [])).toBe('');
});
