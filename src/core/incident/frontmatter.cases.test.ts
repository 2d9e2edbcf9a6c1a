import { expect, test } from 'vitest';
import type { ParseContext } from './context.ts';
import { parseFrontmatter } from './frontmatter.ts';

const ctx: ParseContext = { file: 'incidents/x.md', componentIds: ['checkout', 'api'], now: new Date('2026-11-22T19:30Z'), openIncidentDays: 7 };
const several: ParseContext = { ...ctx, locales: ['en', 'de'] };
const parse = (yaml: string, context = ctx, firstLine = 2) => {
  const problems: string[] = [];
  const result = parseFrontmatter(yaml, firstLine, context, (line, column, rule, message) => problems.push(`${line}:${column} ${rule} ${message}`));
  return { ...result, problems };
};

test.each([
  ['YAML syntax', 'title: a: b'],
  ['a duplicate key', 'title: A\ntitle: B\nimpact: major'],
  ['a list', '- a'],
  ['a scalar', 'words'],
])('%s: nothing is read, lines default to the first', (_name, yaml) => {
  const result = parse(yaml, ctx, 5);
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.data).toBeUndefined();
  expect(result.components).toEqual([]);
  expect(result.startedLine).toBe(5);
  expect(result.titleLine).toBe(5);
});

test('a duplicate key is an error at the second', () => {
  expect(parse('title: A\nimpact: major\ntitle: B').problems).toEqual(['4:1 yaml-syntax YAML: Map keys must be unique']);
});

test.each([
  ['a list takes the impact\'s status', 'title: A\nimpact: major\ncomponents: [api]', [{ id: 'api', status: 'partial_outage' }]],
  ['a list in maintenance is under maintenance', 'title: A\ntype: maintenance\nimpact: major\ncomponents: [api]\nscheduled: { start: 2026-11-29 02:00 UTC, end: 2026-11-29 03:00 UTC }', [{ id: 'api', status: 'under_maintenance' }]],
  ['a list without impact (a notice) is operational', 'title: A\ntype: notice\ncomponents: [api]', [{ id: 'api', status: 'operational' }]],
  ['a map says each', 'title: A\nimpact: minor\ncomponents: { api: major_outage, checkout: degraded_performance }', [{ id: 'api', status: 'major_outage' }, { id: 'checkout', status: 'degraded_performance' }]],
  ['none', 'title: A\nimpact: minor', []],
])('components: %s', (_name, yaml, components) => {
  const result = parse(yaml);
  expect(result.problems).toEqual([]);
  expect(result.components).toEqual(components);
});

test.each([
  ['on one line', 'title: A\nimpact: minor\nstarted: 2026-11-22 17:50 UTC', ctx, 4, 2],
  ['the value below its key: the key\'s line', 'title: A\nimpact: minor\nstarted:\n  2026-11-22 17:50 UTC', ctx, 4, 2],
  ['no started: the first line', 'impact: minor\n\ntitle: A', ctx, 2, 4],
  ['a title in languages: the default language\'s line', 'impact: minor\ntitle:\n  de: B\n  en: A', several, 2, 5],
  ['a plain title on a site in several languages', 'impact: minor\ntitle:\n  A', several, 2, 4],
])('the lines of started and title: %s', (_name, yaml, context, startedLine, titleLine) => {
  const result = parse(yaml, context);
  expect(result.problems).toEqual([]);
  expect([result.startedLine, result.titleLine]).toEqual([startedLine, titleLine]);
});

test.each([
  ['an empty value: where it would be', 'title: A\nimpact:', ['3:8 invalid-value']],
  ['a key without value (YAML\'s explicit key): at the key', 'title: A\n? impact', ['3:3 invalid-value']],
  ['a map where a value belongs: at the map, not inside it', 'title: A\nimpact:\n  undefined: 1', ['4:3 invalid-value']],
  ['a value below its key: at the value', 'title: A\nimpact:\n  huge', ['4:3 invalid-value']],
  ['an item of a list: at the item', 'title: A\nimpact: major\ncomponents:\n  - api\n  - nope', ['6:5 unknown-component']],
  ['a title in an unknown language: at its key', 'impact: major\ntitle:\n  en: A\n  xx: B', ['5:3 unknown-language']],
])('where a problem is: %s', (_name, yaml, problems) => {
  expect(parse(yaml, several).problems.map((problem) => problem.split(' ').slice(0, 2).join(' '))).toEqual(problems);
});
