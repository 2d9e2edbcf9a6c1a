import { describe, expect, test } from 'vitest';
import { formatReport } from './problems.ts';
import { parseSiteConfig, validateIncidents } from './validate.ts';

const valid = {
  name: 'Acme Status',
  url: 'https://status.example.com/',
  groups: [{ id: 'shop', name: 'Shop' }],
  components: [
    { id: 'checkout', name: 'Checkout', group: 'shop' },
    { id: 'api', name: 'API' },
  ],
};

describe('site config', () => {
  test('defaults', () => {
    const { config, problems } = parseSiteConfig(valid, 'astro.config.mjs');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ timeZone: 'UTC', updateCadenceMinutes: 30, historyPageSize: 25, incidentsDir: 'incidents', openIncidentDays: 7 });
  });

  test('every problem, one a line, prefixed by its dotted path', () => {
    const { problems } = parseSiteConfig(
      {
        ...valid,
        url: 'status.example.com',
        timeZone: 'Europe/Berln',
        colour: 'red',
        components: [
          { id: 'Checkout', name: 'Checkout', group: 'shpo' },
          { id: 'api', name: '' },
          { id: 'api', name: 'API again', descripton: 'typo' },
        ],
      },
      'astro.config.mjs',
    );
    expect(formatReport(problems.map((problem) => ({ ...problem, example: undefined })))).toMatchInlineSnapshot(`
      "astro.config.mjs: error [config-invalid-value] url "status.example.com" is not a URL
          expected: an http or https address
      astro.config.mjs: error [config-invalid-value] timeZone "Europe/Berln" is not a time zone; use an IANA name like "UTC" or "Europe/Berlin"
      astro.config.mjs: error [config-invalid-value] components.0.id "Checkout" is not allowed
          expected: use lowercase letters, digits and dashes, like "checkout-api"
      astro.config.mjs: error [config-invalid-value] components.1.name is empty
          expected: at least one character
      astro.config.mjs: error [config-unknown-field] "descripton" is not a field of components.2; did you mean "description"?
          expected: one of: id, name, description, group
      astro.config.mjs: error [config-unknown-field] "colour" is not a field
          expected: one of: name, url, description, timeZone, updateCadenceMinutes, openIncidentDays, feedLimit, historyPageSize, incidentsDir, guidance, jargon, groups, components, announce
      astro.config.mjs: error [config-invalid-value] components.0.group: "shpo" is not a group; did you mean "shop"?
          expected: one of: shop
      astro.config.mjs: error [config-invalid-value] components.2.id: "api" is used twice; component and group ids must be unique
      8 errors, 0 warnings"
    `);
  });

  test('a config with no components', () => {
    const { problems } = parseSiteConfig({ name: 'X', url: 'https://x.example/', components: [] }, 'astro.config.mjs');
    expect(problems.map((problem) => problem.message)).toEqual(['components is empty']);
  });
});

describe('what would fail the build fails validation first', () => {
  const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
  const at = (text: string) => validateIncidents([{ path: 'incidents/deep.md', text }], config, { now: new Date('2026-11-22T19:00Z') });
  const file = (message: string) => `---\ntitle: Checkout fails\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\n${message}\n`;

  test.each([
    ['5,000 nested divs', `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}`],
    ['5,000 unclosed spans', `${'<span>'.repeat(5000)}x`],
    ['65 nested blockquote tags', `${'<blockquote>'.repeat(65)}x`],
  ])('%s: a problem at the message line, and the incident is left out', (_, message) => {
    const result = at(file(message));
    expect(result.incidents).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'unrenderable-message', line: 8, message: "this message can't be published: its HTML is nested more than 64 levels deep" }),
    ]);
  });

  test('HTML nested 64 levels renders and passes', () => {
    const result = at(file(`${'<div>'.repeat(64)}x${'</div>'.repeat(64)}`));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.incidents).toHaveLength(1);
  });

  test('an error thrown while checking a file is reported against that file; the others are still checked', () => {
    const broken = { path: 'incidents/a.md', get text(): string { throw new Error('disk on fire'); } };
    const result = validateIncidents([broken, { path: 'incidents/b.md', text: file('Errors when paying. Next update by 18:40 UTC.') }], config, { now: new Date('2026-11-22T19:00Z') });
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'incidents/a.md', rule: 'internal-error', message: 'Outpost failed on this file: disk on fire' }));
    expect(result.incidents.map((incident) => incident.slug)).toEqual(['b']);
  });
});
