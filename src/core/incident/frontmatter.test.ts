import { describe, expect, test } from 'vitest';
import { formatReport } from '../checks/problems.ts';
import { parseIncident, type ParseContext } from './parse.ts';
import { fieldExample, incidentTypeOf, INCIDENT_FIELDS } from './schema.ts';

const ctx: ParseContext = { file: 'incidents/x.md', componentIds: ['checkout', 'api'], now: new Date('2026-11-22T19:30Z'), openIncidentDays: 7 };
const BODY = '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
const report = (frontmatter: string, body = BODY) => formatReport(parseIncident(`---\n${frontmatter}\n---\n\n${body}`, ctx).problems);

// Each broken frontmatter, and the report a person gets: line and column of the field, what was expected, the right form.
describe('frontmatter problems, where they are and how to fix them', () => {
  test.each([
    ['unknown field, a typo', 'title: X\nimpact: major\ncomponnets: [api]'],
    ['unknown component in a list', 'title: X\nimpact: major\ncomponents: [api, chekout]'],
    ['unknown component in a map, at its key', 'title: X\nimpact: major\ncomponents:\n  api: major_outage\n  paymnts: partial_outage'],
    ['a component that is not a string', 'title: X\nimpact: major\ncomponents: [api, 3]'],
    ['a bad component status', 'title: X\nimpact: major\ncomponents:\n  api: broken'],
    ['components as a number', 'title: X\nimpact: major\ncomponents: 5'],
    ['components empty', 'title: X\nimpact: major\ncomponents:'],
    ['a time without a zone', 'title: X\nimpact: major\nstarted: 2026-11-22 17:50'],
    ['a date alone', 'title: X\nimpact: major\nstarted: " 2026-11-22 "'],
    ['not a time', 'title: X\nimpact: major\nstarted: yesterday'],
    ['a window that ends before it starts', 'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  end: 2026-11-29 02:00 UTC'],
    ['a window of no time', 'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  end: 2026-11-29 03:00 UTC'],
    ['a window with an unknown key', 'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  ende: 2026-11-29 04:00 UTC'],
    ['a window with a bad time', 'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 03:00\n  end: 2026-11-29 04:00 UTC'],
    ['until on an incident', 'title: X\nimpact: major\nuntil: 2026-12-01 00:00 UTC'],
    ['scheduled on a notice', 'title: X\ntype: notice\nscheduled:\n  start: 2026-11-29 03:00 UTC\n  end: 2026-11-29 04:00 UTC'],
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
    expect(report('title: X\ntype: maintenance\nimpact: huge\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC', '## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n')).toMatchSnapshot();
    expect(report('title: X\ntype: notice\nimpact: huge', '## Update · 2026-11-20 09:00 UTC\nNote.\n')).toMatchSnapshot();
  });
});

describe('body problems', () => {
  test.each([
    ['text before the first update', 'Intro.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'],
    ['an update without a message', '## Monitoring · 2026-11-22 18:40 UTC\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'],
    ['updates out of order', '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n## Monitoring · 2026-11-22 18:40 UTC\nFix out.\n'],
    ['a time without a zone', '## Investigating · 2026-11-22 18:05\nErrors.\n'],
    ['not a time', '## Investigating · soon\nErrors.\n'],
    ['a status typo', '## Investigatin · 2026-11-22 18:05 UTC\nErrors.\n'],
    ['not a status, no time', '## Whatever\nErrors.\n'],
    ['a maintenance status in an incident', '## Completed · 2026-11-22 18:05 UTC\nErrors.\n'],
    ['only a postmortem', '## Postmortem\nA bad deploy.\n'],
    ['a postmortem heading in other spellings', '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n## Post-mortem\nA.\n\n##  post mortem \nB.\n'],
    ['an indented heading is text', '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n ## Monitoring · 2026-11-22 18:40 UTC\n'],
  ])('%s', (_name, body) => {
    expect(report('title: X\nimpact: major\ncomponents: [api]', body)).toMatchSnapshot();
  });
});

test('the fields, their examples and the type a body is read as', () => {
  expect(INCIDENT_FIELDS).toEqual(['title', 'type', 'impact', 'components', 'started', 'postmortem', 'scheduled', 'until']);
  expect(INCIDENT_FIELDS.map((field) => fieldExample(field))).toMatchSnapshot();
  expect(fieldExample('nope')).toBeUndefined();
  expect([incidentTypeOf({ type: 'maintenance' }), incidentTypeOf({ type: 'notice' }), incidentTypeOf({ type: 'outage' }), incidentTypeOf(null), incidentTypeOf(undefined)]).toEqual(['maintenance', 'notice', 'incident', 'incident', 'incident']);
});
