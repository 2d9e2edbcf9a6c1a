import { describe, expect, test } from 'vitest';
import { formatReport } from './problems.ts';
import { parseSiteConfig } from './validate.ts';

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
          expected: one of: name, url, description, timeZone, updateCadenceMinutes, openIncidentDays, feedLimit, historyPageSize, incidentsDir, guidance, jargon, groups, components
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
