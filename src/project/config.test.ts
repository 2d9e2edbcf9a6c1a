import { expect, test } from 'vitest';
import { formatProblem } from '../core/base/problems.ts';
import { withUrlOverride } from './config.ts';

const options = { name: 'Acme Status', url: 'https://status.acme.example/', components: [{ id: 'api', name: 'API' }] };

test.each([
  [undefined, 'https://status.acme.example/'],
  ['', 'https://status.acme.example/'],
  ['  ', 'https://status.acme.example/'],
  // What actions/configure-pages reports: no trailing slash, for a project site and for a domain.
  ['https://acme.github.io/status', 'https://acme.github.io/status/'],
  ['https://acme.github.io', 'https://acme.github.io/'],
  ['https://status.acme.example/', 'https://status.acme.example/'],
  [' https://acme.netlify.app/ ', 'https://acme.netlify.app/'],
  ['http://localhost:4321/status/', 'http://localhost:4321/status/'],
])('OUTPOST_URL=%j builds for %s', (value, url) => {
  const result = withUrlOverride(options, { OUTPOST_URL: value });
  expect(result).toEqual({ options: { ...options, url }, problems: [] });
});

test('the options are not changed in place', () => {
  withUrlOverride(options, { OUTPOST_URL: 'https://acme.github.io/status' });
  expect(options.url).toBe('https://status.acme.example/');
});

test.each(['acme.github.io/status', 'ftp://acme.github.io/status/', 'javascript:alert(1)', 'https://'])(
  'OUTPOST_URL=%j is an error naming the variable',
  (value) => {
    const result = withUrlOverride(options, { OUTPOST_URL: value });
    expect(result.options).toBe(options);
    expect(result.problems.map((problem) => formatProblem(problem))).toEqual([
      `OUTPOST_URL: error [bad-url] OUTPOST_URL="${value}" is not an http or https URL; it replaces \`url\` of astro.config.mjs for this build
    expected: the full address the site is published at, with its base path, or nothing to use the config's url
    example:  OUTPOST_URL="https://acme.github.io/status/"`,
    ]);
  },
);
