import { describe, expect, test } from 'vitest';
import { formatReport } from '../base/problems.ts';
import { parseIncident, type ParseContext } from './parse.ts';
import { fieldExample, incidentTypeOf, INCIDENT_FIELDS } from './schema.ts';
import { parseFrontmatter } from './frontmatter.ts';

const ctx: ParseContext = {
  file: 'incidents/x.md',
  componentIds: ['checkout', 'api'],
  now: new Date('2026-11-22T19:30Z'),
};
const BODY = '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
const report = (frontmatter: string, body = BODY) =>
  formatReport(parseIncident(`---\n${frontmatter}\n---\n\n${body}`, ctx).problems);

// Each broken frontmatter, and the report a person gets: line and column of the field, what was expected, the right form.
describe('frontmatter problems, where they are and how to fix them', () => {
  test.each([
    ['unknown field, a typo', 'title: X\nimpact: major\ncomponnets: [api]'],
    ['unknown component in a list', 'title: X\nimpact: major\ncomponents: [api, chekout]'],
    [
      'unknown component in a map, at its key',
      'title: X\nimpact: major\ncomponents:\n  api: major_outage\n  paymnts: partial_outage',
    ],
    ['a component that is not a string', 'title: X\nimpact: major\ncomponents: [api, 3]'],
    ['a bad component status', 'title: X\nimpact: major\ncomponents:\n  api: broken'],
    ['components as a number', 'title: X\nimpact: major\ncomponents: 5'],
    ['components empty', 'title: X\nimpact: major\ncomponents:'],
    ['a time without a zone', 'title: X\nimpact: major\nstarted: 2026-11-22 17:50'],
    ['a date alone', 'title: X\nimpact: major\nstarted: " 2026-11-22 "'],
    ['not a time', 'title: X\nimpact: major\nstarted: yesterday'],
    [
      'a window that ends before it starts',
      'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  end: 2026-11-29 02:00 UTC',
    ],
    [
      'a window of no time',
      'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  end: 2026-11-29 03:00 UTC',
    ],
    [
      'a window with an unknown key',
      'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  ende: 2026-11-29 04:00 UTC',
    ],
    [
      'a window with a bad time',
      'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00\n  end: 2026-11-29 04:00 UTC',
    ],
    ['until on an incident', 'title: X\nimpact: major\nuntil: 2026-12-01 00:00 UTC'],
    [
      'scheduled on a notice',
      'title: X\ntype: notice\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  end: 2026-11-29 04:00 UTC',
    ],
    ['a postmortem that is not a web address', 'title: X\nimpact: major\npostmortem: ftp://example.com/pm'],
    ['a wrong type, a typo', 'title: X\ntype: maintainance'],
    ['a wrong impact', 'title: X\nimpact: huge'],
    ['a title that is a list', 'title: [a, b]\nimpact: major'],
    ['a title of spaces', 'title: "   "\nimpact: major'],
    ['YAML that is a list', '- title\n- impact'],
    ['YAML that is a scalar', 'just words'],
    ['YAML syntax', 'title: Checkout: fails\nimpact: major'],
    ['an empty frontmatter', ''],
  ])('%s', (_name, frontmatter) => {
    expect(report(frontmatter)).toMatchSnapshot();
  });

  test('a maintenance body is read as maintenance even when its frontmatter has errors', () => {
    expect(
      report(
        'title: X\ntype: maintenance\nimpact: huge\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC',
        '## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n',
      ),
    ).toMatchSnapshot();
    expect(
      report('title: X\ntype: notice\nimpact: huge', '## Update · 2026-11-20 09:00 UTC\nNote.\n'),
    ).toMatchSnapshot();
  });
});

describe('body problems', () => {
  test.each([
    ['text before the first update', 'Intro.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'],
    [
      'an update without a message',
      '## Monitoring · 2026-11-22 18:40 UTC\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
    ],
    [
      'updates out of order',
      '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n## Monitoring · 2026-11-22 18:40 UTC\nFix out.\n',
    ],
    ['a time without a zone', '## Investigating · 2026-11-22 18:05\nErrors.\n'],
    ['not a time', '## Investigating · soon\nErrors.\n'],
    ['a status typo', '## Investigatin · 2026-11-22 18:05 UTC\nErrors.\n'],
    ['not a status, no time', '## Whatever\nErrors.\n'],
    ['a maintenance status in an incident', '## Completed · 2026-11-22 18:05 UTC\nErrors.\n'],
    ['only a postmortem', '## Postmortem\nA bad deploy.\n'],
    [
      'a postmortem heading in other spellings',
      '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n## Post-mortem\nA.\n\n##  post mortem \nB.\n',
    ],
    [
      'an indented heading is text',
      '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n ## Monitoring · 2026-11-22 18:40 UTC\n',
    ],
  ])('%s', (_name, body) => {
    expect(report('title: X\nimpact: major\ncomponents: [api]', body)).toMatchSnapshot();
  });
});

test('the fields, their examples and the type a body is read as', () => {
  expect(INCIDENT_FIELDS).toEqual([
    'title',
    'type',
    'impact',
    'components',
    'started',
    'postmortem',
    'scheduled',
    'until',
    'example',
  ]);
  expect(INCIDENT_FIELDS.map((field) => fieldExample(field))).toMatchSnapshot();
  expect(fieldExample('nope')).toBeUndefined();
  expect([
    incidentTypeOf({ type: 'maintenance' }),
    incidentTypeOf({ type: 'notice' }),
    incidentTypeOf({ type: 'outage' }),
    incidentTypeOf(null),
    incidentTypeOf(undefined),
  ]).toEqual(['maintenance', 'notice', 'incident', 'incident', 'incident']);
});

describe('what parseFrontmatter reads, and where problems point', () => {
  const ctx: ParseContext = {
    file: 'incidents/x.md',
    componentIds: ['checkout', 'api'],
    now: new Date('2026-11-22T19:30Z'),
  };
  const several: ParseContext = { ...ctx, locales: ['en', 'de'] };
  const parse = (yaml: string, context = ctx, firstLine = 2) => {
    const problems: string[] = [];
    const result = parseFrontmatter(yaml, firstLine, context, ({ line, column, rule, message }) =>
      problems.push(`${line}:${column} ${rule} ${message}`),
    );
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
    expect(parse('title: A\nimpact: major\ntitle: B').problems).toEqual([
      '4:1 yaml-syntax YAML: Map keys must be unique',
    ]);
  });

  test.each([
    [
      "a list takes the impact's status",
      'title: A\nimpact: major\ncomponents: [api]',
      [{ id: 'api', status: 'partial_outage' }],
    ],
    [
      'a list in maintenance is under maintenance',
      'title: A\ntype: maintenance\nimpact: major\ncomponents: [api]\nscheduled: { start: 2026-11-29 02:00 UTC, end: 2026-11-29 03:00 UTC }',
      [{ id: 'api', status: 'under_maintenance' }],
    ],
    [
      'a list without impact (a notice) is operational',
      'title: A\ntype: notice\ncomponents: [api]',
      [{ id: 'api', status: 'operational' }],
    ],
    [
      'a map says each',
      'title: A\nimpact: minor\ncomponents: { api: major_outage, checkout: degraded_performance }',
      [
        { id: 'api', status: 'major_outage' },
        { id: 'checkout', status: 'degraded_performance' },
      ],
    ],
    ['none', 'title: A\nimpact: minor', []],
  ])('components: %s', (_name, yaml, components) => {
    const result = parse(yaml);
    expect(result.problems).toEqual([]);
    expect(result.components).toEqual(components);
  });

  test.each([
    ['on one line', 'title: A\nimpact: minor\nstarted: 2026-11-22 17:50 UTC', ctx, 4, 2],
    ["the value below its key: the key's line", 'title: A\nimpact: minor\nstarted:\n  2026-11-22 17:50 UTC', ctx, 4, 2],
    ['no started: the first line', 'impact: minor\n\ntitle: A', ctx, 2, 4],
    ["a title in languages: the default language's line", 'impact: minor\ntitle:\n  de: B\n  en: A', several, 2, 5],
    ['a plain title on a site in several languages', 'impact: minor\ntitle:\n  A', several, 2, 4],
  ])('the lines of started and title: %s', (_name, yaml, context, startedLine, titleLine) => {
    const result = parse(yaml, context);
    expect(result.problems).toEqual([]);
    expect([result.startedLine, result.titleLine]).toEqual([startedLine, titleLine]);
  });

  test.each([
    ['an empty value: where it would be', 'title: A\nimpact:', ['3:8 invalid-value']],
    ["a key without value (YAML's explicit key): at the key", 'title: A\n? impact', ['3:3 invalid-value']],
    [
      'a map where a value belongs: at the map, not inside it',
      'title: A\nimpact:\n  undefined: 1',
      ['4:3 invalid-value'],
    ],
    ['a value below its key: at the value', 'title: A\nimpact:\n  huge', ['4:3 invalid-value']],
    [
      'an item of a list: at the item',
      'title: A\nimpact: major\ncomponents:\n  - api\n  - nope',
      ['6:5 unknown-component'],
    ],
    ['a title in an unknown language: at its key', 'impact: major\ntitle:\n  en: A\n  xx: B', ['5:3 unknown-language']],
  ])('where a problem is: %s', (_name, yaml, problems) => {
    expect(parse(yaml, several).problems.map((problem) => problem.split(' ').slice(0, 2).join(' '))).toEqual(problems);
  });
});
