import { describe, expect, test } from 'vitest';
import { formatReport } from './problems.ts';
import { parseSiteConfig, validateIncidents, validateProject } from './validate.ts';
import { DEFAULT_JARGON } from '../config/guidance-rules.ts';

const valid = {
  name: 'Acme Status',
  url: 'https://status.example.com/',
  groups: [{ id: 'shop', name: 'Shop' }],
  components: [
    { id: 'checkout', name: 'Checkout', group: 'shop' },
    { id: 'api', name: 'API' },
  ],
};

describe('each kind of config problem, in words', () => {
  const base = { name: 'A', url: 'https://x.example/', components: [{ id: 'api', name: 'API' }] };
  test.each([
    [{ updateCadenceMinutes: 0 }, 'config-invalid-value', 'updateCadenceMinutes is 0, which is too small', 'a number greater than 0'],
    [{ feedLimit: -5 }, 'config-invalid-value', 'feedLimit is -5, which is too small', 'a number greater than 0'],
    [{ updateCadenceMinutes: 1.5 }, 'config-invalid-value', 'updateCadenceMinutes should be a whole number, not number 1.5', 'a whole number'],
    [{ openIncidentDays: '7' }, 'config-invalid-value', 'openIncidentDays should be a number, not string "7"', 'a number'],
    [{ guidance: { jargon: 'loud' } }, 'config-invalid-value', 'guidance.jargon is "loud", which is not allowed', 'one of: off, warn, error'],
    [{ guidance: { jargn: 'off' } }, 'config-unknown-field', '"jargn" is not a field of guidance; did you mean "jargon"?', 'one of: cliche, cause-not-impact, blame, overpromise, next-update, no-scope, stale, all-clear, jargon'],
    [{ groups: [{ id: 'g' }] }, 'config-missing-field', '"groups.0.name" is required', 'a string'],
    [{ groups: null }, 'config-invalid-value', 'groups should be a list, not empty', 'a list'],
    [{ groups: { a: 1 } }, 'config-invalid-value', 'groups should be a list, not a map', 'a list'],
    [{ groups: 'shop' }, 'config-invalid-value', 'groups should be a list, not string "shop"', 'a list'],
    [{ jargon: ['', 'x'] }, 'config-invalid-value', 'jargon.0 is empty', 'at least one character'],
    [{ jargon: [['x']] }, 'config-invalid-value', 'jargon.0 should be a string, not a list', 'a string'],
    [{ url: 'ftp://x.example/' }, 'config-invalid-value', 'url "ftp://x.example/" is not a URL', 'an http or https address'],
    [{ name: undefined }, 'config-missing-field', '"name" is required', 'a string'],
    [{ timeZone: 'Mars/Base' }, 'config-invalid-value', 'timeZone "Mars/Base" is not a time zone; use an IANA name like "UTC" or "Europe/Berlin"', undefined],
    [{ groups: [{ id: 'g', name: 'G' }, { id: 'g', name: 'G2' }] }, 'config-invalid-value', 'groups.1.id: "g" is used twice; ids must be unique', undefined],
    [{ groups: [{ id: 'api', name: 'G' }] }, 'config-invalid-value', 'components.0.id: "api" is used twice; component and group ids must be unique', undefined],
    [{ components: [{ id: 'api', name: 'API', group: 'nope' }] }, 'config-invalid-value', 'components.0.group: "nope" is not a group', 'one of: '],
    [{ components: [{ id: 'api', name: 'API', colour: 'red' }] }, 'config-unknown-field', '"colour" is not a field of components.0', 'one of: id, name, description, group'],
    [{ groups: [{ id: 'g', name: 'G', colour: 'x' }] }, 'config-unknown-field', '"colour" is not a field of groups.0', 'one of: id, name, description'],
  ])('%j', (extra, rule, message, expected) => {
    const { config, problems } = parseSiteConfig({ ...base, ...extra }, 'astro.config.mjs');
    expect(config).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule, p.message, p.expected])).toEqual([['astro.config.mjs', 0, 0, 'error', rule, message, expected]]);
    expect(problems[0].example).toContain("outpost({\n  name: 'Acme Status',");
  });

  test('no options at all: every required field', () => {
    expect(parseSiteConfig(undefined, 'astro.config.mjs').problems.map((p) => p.message)).toEqual(['"name" is required', '"url" is required', '"components" is required']);
    expect(parseSiteConfig(null, 'astro.config.mjs').problems).toHaveLength(3);
  });

  test('every default', () => {
    const { config } = parseSiteConfig({ ...base }, 'astro.config.mjs');
    expect(config).toEqual({
      ...base,
      components: [{ id: 'api', name: 'API' }],
      timeZone: 'UTC',
      updateCadenceMinutes: 30,
      openIncidentDays: 7,
      feedLimit: 100,
      historyPageSize: 25,
      incidentsDir: 'incidents',
      guidance: {},
      jargon: [...DEFAULT_JARGON],
      groups: [],
      links: [],
      customCss: [],
      strings: {},
      announce: [],
    });
  });
});

describe('validating incidents and the project', () => {
  const file = (path: string, body = '## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors. Next update by 18:35 UTC.\n', fm = 'title: Checkout fails\nimpact: major\ncomponents: [checkout]') => ({ path, text: `---\n${fm}\n---\n\n${body}` });
  const now = new Date('2026-11-22T18:10Z');

  test('duplicate slugs across folders, each file parsed, guidance added', () => {
    const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
    const result = validateIncidents([file('incidents/a.md'), file('incidents/2026/a.md'), file('incidents/b.md', '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience.\n')], config, { now });
    expect(result.incidents.map((i) => i.file)).toEqual(['incidents/a.md', 'incidents/2026/a.md', 'incidents/b.md']);
    expect(result.problems.map((p) => [p.file, p.rule, p.severity])).toEqual([
      ['incidents/2026/a.md', 'duplicate-slug', 'error'],
      ['incidents/b.md', 'cliche', 'warning'],
      ['incidents/b.md', 'next-update', 'warning'],
    ]);
    expect(result.problems[0]).toMatchObject({ line: 0, column: 0, message: 'the slug "a" is already used by incidents/a.md', example: 'a-2.md' });
  });

  test('commit times are asked for by path and line', () => {
    const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
    const asked: [string, number][] = [];
    const result = validateIncidents([file('incidents/c.md', '## Monitoring\nA fix is out. Next update by 18:40 UTC.\n')], config, {
      now,
      timeOfLine: (path, line) => (asked.push([path, line]), new Date('2026-11-22T18:07Z')),
    });
    expect(asked).toEqual([['incidents/c.md', 7]]);
    expect(result.incidents[0].updates[0].at).toEqual(new Date('2026-11-22T18:07Z'));
    expect(validateIncidents([file('incidents/c.md', '## Monitoring\nA fix is out.\n')], config, { now }).problems.map((p) => p.rule)).toEqual(['missing-time']);
  });

  test('a project: incidents only against a valid config; ok only without errors', () => {
    const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
    expect(validateProject({}, 'astro.config.mjs', [file('incidents/a.md')], { now })).toEqual({ ok: false, incidents: [], problems: parseSiteConfig({}, 'astro.config.mjs').problems });
    expect(validateProject(valid, 'astro.config.mjs', [file('incidents/a.md')], { now })).toMatchObject({ ok: true, problems: [], config });
    expect(validateProject(valid, 'astro.config.mjs', [file('incidents/b.md', '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience.\n')], { now }).ok).toBe(true);
    expect(validateProject({ ...valid, guidance: { cliche: 'error' } }, 'astro.config.mjs', [file('incidents/b.md', '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience. Next update by 18:35 UTC.\n')], { now })).toMatchObject({ ok: false, problems: [{ rule: 'cliche', severity: 'error' }] });
    expect(validateProject(valid, 'astro.config.mjs', [file('incidents/x.md', '')], { now })).toMatchObject({ ok: false, incidents: [] });
  });
});
