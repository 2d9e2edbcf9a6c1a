import { describe, expect, test } from 'vitest';
import { addUpdate, checkedEdit, newIncidentText, setFields, stampTimes, updateMessage } from './edit.ts';
import { slugFor } from './slug.ts';
import { parseIncident } from './parse.ts';

const ctx = { file: 'incidents/x.md', componentIds: ['checkout', 'api'], now: new Date('2026-11-22T20:00Z') };

test.each([
  ["Some customers can't complete checkout", '2026-11-22-some-customers-cant-complete-checkout'],
  ['API: 5xx errors — on EU & US nodes (again)', '2026-11-22-api-5xx-errors-on-eu-us'],
  ['Zahlungen schlagen fehl für Kunden in Österreich', '2026-11-22-zahlungen-schlagen-fehl-fur-kunden-in'],
  ['!!!', '2026-11-22-incident'],
])('slugFor(%j)', (title, slug) => {
  expect(slugFor(title, new Date('2026-11-22T18:05Z'))).toBe(slug);
});

test('stampTimes writes commit times into headings without one', () => {
  const text =
    '---\ntitle: X\nimpact: minor\n---\n\n## Monitoring\nA fix is out.\n\n## Identified ##\nFound it.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n```\n## Not a heading\n```\n';
  const times: Record<number, Date> = { 6: new Date('2026-11-22T18:41Z') };
  const result = stampTimes(text, (line) => times[line]);
  expect(result.stamped).toEqual([6]);
  expect(result.unknown).toEqual([9]);
  expect(result.text.split('\n').slice(5, 10)).toEqual([
    '## Monitoring · 2026-11-22 18:41 UTC',
    'A fix is out.',
    '',
    '## Identified ##',
    'Found it.',
  ]);
});

describe("stamping never changes an update's id", () => {
  const text =
    '---\ntitle: X\nimpact: minor\ncomponents: [checkout]\n---\n\n' +
    '## Monitoring\nA fix is out.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
  test.each([
    ['to the minute, as Git times are read', '2026-11-22T18:41:00Z', '## Monitoring · 2026-11-22 18:41 UTC'],
    ['with seconds, written as they are', '2026-11-22T18:41:30Z', '## Monitoring · 2026-11-22 18:41:30 UTC'],
    ['with milliseconds, likewise', '2026-11-22T18:41:30.250Z', '## Monitoring · 2026-11-22 18:41:30.250 UTC'],
  ])('%s', (_name, iso, heading) => {
    const at = new Date(iso);
    const timeOfLine = (line: number) => (line === 7 ? at : undefined);
    const before = parseIncident(text, { ...ctx, file: 'incidents/x.md', timeOfLine });
    const stamped = stampTimes(text, timeOfLine);
    expect(stamped.text.split('\n')[6]).toBe(heading);
    const after = parseIncident(stamped.text, { ...ctx, file: 'incidents/x.md' });
    expect(after.problems).toEqual([]);
    const ids = (parsed: typeof before) => parsed.incident!.updates.map((update) => update.id);
    expect(ids(after)).toEqual(ids(before));
    expect(after.incident!.updates[0].id).toBe(`x#${iso.replace('.000', '')}`);
  });
});

describe('what editing tools write is always one valid update', () => {
  const ctx = { file: 'incidents/checkout-errors.md', componentIds: ['checkout'], now: new Date('2026-11-22T19:00Z') };
  const base = newIncidentText({
    title: 'Checkout fails',
    impact: 'major',
    components: ['checkout'],
    status: 'investigating',
    message: 'Errors when paying.',
    at: new Date('2026-11-22T18:05Z'),
  });

  test.each([
    ['a Markdown heading', '## What happened\nA deploy broke payments.', '### What happened\nA deploy broke payments.'],
    [
      'a fake Resolved heading',
      'Working on it.\n## Resolved · 2026-11-22 18:10 UTC\nfake',
      'Working on it.\n### Resolved · 2026-11-22 18:10 UTC\nfake',
    ],
    ['an h1', '# Big news', '### Big news'],
    ['an h3 stays', '### Workaround\nRetry.', '### Workaround\nRetry.'],
    ['headings inside code stay', '```\n## not a heading\n```', '```\n## not a heading\n```'],
    ['an unclosed fence is closed', 'Logs:\n~~~\nerror 500', 'Logs:\n~~~\nerror 500\n~~~'],
    ['a fence with an info string does not close one', '```sh\nrun\n```js', '```sh\nrun\n```js\n```'],
  ])('%s', (_, message, expected) => {
    expect(updateMessage(message)).toBe(expected);
    const text = addUpdate(base, { status: 'monitoring', at: new Date('2026-11-22T18:30Z'), message });
    const result = checkedEdit(text, ctx);
    expect(result.problems).toBeUndefined();
    expect(parseIncident(result.text!, ctx).incident?.updates.map((update) => update.status)).toEqual([
      'monitoring',
      'investigating',
    ]);
  });

  test('a title with line breaks is written on one line: nothing reaches the frontmatter', () => {
    const text = newIncidentText({
      title: 'Checkout fails\npostmortem: https://evil.example\n',
      impact: 'major',
      components: [],
      status: 'investigating',
      message: 'x',
      at: new Date('2026-11-22T18:05Z'),
    });
    expect(text.split('\n').slice(0, 3)).toEqual([
      '---',
      'title: "Checkout fails postmortem: https://evil.example"',
      'impact: major',
    ]);
    expect(parseIncident(text, ctx).incident?.postmortemUrl).toBeUndefined();
  });

  test('new, then update in the same minute: valid', () => {
    const at = new Date('2026-11-22T18:05Z');
    expect(
      checkedEdit(addUpdate(base, { status: 'identified', at, message: 'Found it.' }), ctx).problems,
    ).toBeUndefined();
  });

  test('an edit that would make the file invalid is refused with its problems', () => {
    const result = checkedEdit(
      addUpdate(base, {
        status: 'monitoring',
        at: new Date('2026-11-22T17:00Z'),
        message: 'Older than the one below.',
      }),
      ctx,
    );
    expect(result.problems?.map((problem) => problem.rule)).toEqual(['updates-out-of-order']);
    expect(result.text).toBeUndefined();
  });
});

describe('a round trip through the writers validates', () => {
  const create = () =>
    newIncidentText({
      title: 'Checkout: payments fail',
      impact: 'major',
      components: ['checkout', 'api'],
      status: 'investigating',
      message: 'Some customers see errors when paying.\nOrders are not lost.',
      at: new Date('2026-11-22T18:05Z'),
    });

  test('new', () => {
    const created = create();
    expect(created).toBe(`---
title: "Checkout: payments fail"
impact: major
components: [checkout, api]
---

## Investigating · 2026-11-22 18:05 UTC
Some customers see errors when paying.
Orders are not lost.
`);
    expect(parseIncident(created, ctx).problems).toEqual([]);
  });

  test('update and resolve go on top, newest first', () => {
    const updated = addUpdate(create(), {
      status: 'monitoring',
      at: new Date('2026-11-22T18:40Z'),
      message: 'A fix is out.',
    });
    const resolved = addUpdate(updated, {
      status: 'resolved',
      at: new Date('2026-11-22T19:02Z'),
      message: 'All good.',
    });
    const result = parseIncident(resolved, ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates.map((u) => [u.status, u.markdown])).toEqual([
      ['resolved', 'All good.'],
      ['monitoring', 'A fix is out.'],
      ['investigating', 'Some customers see errors when paying.\nOrders are not lost.'],
    ]);
  });

  test("an update keeps CRLF line ends and goes above a postmortem-first file's first update", () => {
    const crlf =
      '---\r\ntitle: X\r\nimpact: minor\r\n---\r\n\r\n## Postmortem\r\nLater.\r\n\r\n## Investigating · 2026-11-22 18:05 UTC\r\nErrors.\r\n';
    const out = addUpdate(crlf, { status: 'resolved', at: new Date('2026-11-22T19:00Z'), message: 'Fixed.' });
    expect(out).toBe(
      '---\r\ntitle: X\r\nimpact: minor\r\n---\r\n\r\n## Postmortem\r\nLater.\r\n\r\n## Resolved · 2026-11-22 19:00 UTC\r\nFixed.\r\n\r\n## Investigating · 2026-11-22 18:05 UTC\r\nErrors.\r\n',
    );
  });
});

describe('newIncidentText: each field only when given', () => {
  const base = {
    title: 'Database upgrade',
    components: [] as string[],
    status: 'scheduled' as const,
    message: '  Planned.  ',
    at: new Date('2026-11-20T09:00Z'),
  };
  test.each([
    ['nothing optional', {}, '---\ntitle: Database upgrade\n---\n\n## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n'],
    [
      'type incident is the default, not written',
      { type: 'incident' as const, impact: 'minor' as const },
      '---\ntitle: Database upgrade\nimpact: minor\n---\n\n## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n',
    ],
    [
      'maintenance with its window',
      {
        type: 'maintenance' as const,
        components: ['api'],
        scheduled: { start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') },
      },
      '---\ntitle: Database upgrade\ntype: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC\n---\n\n## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n',
    ],
    [
      'a title YAML would misread is quoted',
      { title: '#1: "fails"' },
      `---\ntitle: '#1: "fails"'\n---\n\n## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n`,
    ],
    [
      'a long title stays on one line',
      { title: 'word '.repeat(30).trim() },
      `---\ntitle: ${'word '.repeat(30).trim()}\n---\n\n## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n`,
    ],
  ])('%s', (_name, fields, text) => {
    expect(newIncidentText({ ...base, ...fields })).toBe(text);
  });
});

describe('addUpdate', () => {
  const at = new Date('2026-11-22T19:00Z');
  test.each([
    [
      'a file without updates gets one after its frontmatter',
      '---\ntitle: X\n---\n\n\n',
      '---\ntitle: X\n---\n\n## Resolved · 2026-11-22 19:00 UTC\nFixed.\n',
    ],
    [
      'a file without updates and no blank line',
      '---\ntitle: X\n---',
      '---\ntitle: X\n---\n\n## Resolved · 2026-11-22 19:00 UTC\nFixed.\n',
    ],
    [
      'only a postmortem: the update goes after it',
      '---\ntitle: X\n---\n\n## Postmortem\nLater.',
      '---\ntitle: X\n---\n\n## Postmortem\nLater.\n\n## Resolved · 2026-11-22 19:00 UTC\nFixed.\n',
    ],
    [
      'above the newest, message trimmed and split',
      '---\ntitle: X\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
      '---\ntitle: X\n---\n\n## Resolved · 2026-11-22 19:00 UTC\nFixed.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
    ],
  ])('%s', (_name, text, expected) => {
    expect(addUpdate(text, { status: 'resolved', at, message: '\n Fixed. \n' })).toBe(expected);
  });

  test('multi-line messages keep their lines; a file without frontmatter is refused', () => {
    expect(addUpdate('---\ntitle: X\n---\n', { status: 'update', at, message: 'One.\r\nTwo.' })).toBe(
      '---\ntitle: X\n---\n\n## Update · 2026-11-22 19:00 UTC\nOne.\nTwo.\n',
    );
    expect(() =>
      addUpdate('## Investigating · 2026-11-22 18:05 UTC\nErrors.\n', { status: 'resolved', at, message: 'Fixed.' }),
    ).toThrow('the file has no frontmatter');
  });
});

describe('stampTimes', () => {
  test.each([
    [
      'no frontmatter: nothing stamped',
      '## Monitoring\nA fix.\n',
      {},
      { text: '## Monitoring\nA fix.\n', stamped: [], unknown: [] },
    ],
    [
      'CRLF kept, trailing hashes and spaces dropped',
      '---\r\ntitle: X\r\n---\r\n## Monitoring ## \r\nA fix.\r\n',
      { 4: new Date('2026-11-22T18:41Z') },
      {
        text: '---\r\ntitle: X\r\n---\r\n## Monitoring · 2026-11-22 18:41 UTC\r\nA fix.\r\n',
        stamped: [4],
        unknown: [],
      },
    ],
    [
      'a postmortem and a timed heading are left alone',
      '---\ntitle: X\n---\n## Postmortem\nA.\n## Resolved - 2026-11-22 19:00 UTC\nB.\n',
      { 4: new Date(0), 6: new Date(0) },
      {
        text: '---\ntitle: X\n---\n## Postmortem\nA.\n## Resolved - 2026-11-22 19:00 UTC\nB.\n',
        stamped: [],
        unknown: [],
      },
    ],
    [
      'an indented heading keeps its indent',
      '---\ntitle: X\n---\n\n##   Update\nB.\n',
      { 5: new Date('2026-11-22T18:00Z') },
      { text: '---\ntitle: X\n---\n\n##   Update · 2026-11-22 18:00 UTC\nB.\n', stamped: [5], unknown: [] },
    ],
  ])('%s', (_name, text, times: Record<number, Date>, expected) => {
    expect(stampTimes(text, (line) => times[line])).toEqual(expected);
  });
});

describe('a code block in a message closes only on its own fence', () => {
  test.each([
    ['another fence character does not close it', '```\ncode\n~~~\n# h', '```\ncode\n~~~\n# h\n```'],
    ['a shorter fence does not close it', '````\ncode\n```\n# h', '````\ncode\n```\n# h\n````'],
    ['a longer one does', '```\ncode\n`````\n# h', '```\ncode\n`````\n### h'],
    ['trailing spaces after it do', '```\ncode\n```   \n# h', '```\ncode\n```   \n### h'],
    ['an info string after it does not', '~~~\ncode\n~~~ x\n# h', '~~~\ncode\n~~~ x\n# h\n~~~'],
  ])('%s', (_name, message, expected) => {
    expect(updateMessage(message)).toBe(expected);
  });
});

describe('the frontmatter is never taken for the body', () => {
  const text =
    '---\ntitle: X\nimpact: major\n## a YAML comment\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';

  test('a new update goes above the newest one, below the frontmatter', () => {
    expect(addUpdate(text, { status: 'identified', at: new Date('2026-11-22T18:20Z'), message: 'Found.' })).toBe(
      '---\ntitle: X\nimpact: major\n## a YAML comment\n---\n\n## Identified · 2026-11-22 18:20 UTC\nFound.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
    );
  });

  test('stamping leaves its comments alone', () => {
    const result = stampTimes(
      '---\ntitle: X\nimpact: major\n## a YAML comment\n---\n\n## Investigating\nErrors.\n',
      () => new Date('2026-11-22T18:05Z'),
    );
    expect(result).toEqual({
      text: '---\ntitle: X\nimpact: major\n## a YAML comment\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
      stamped: [7],
      unknown: [],
    });
  });

  test('a file with no update yet: blank and whitespace-only lines at its end are dropped before the update', () => {
    expect(
      addUpdate('---\ntitle: X\nimpact: major\n---\n \n\t\n', {
        status: 'investigating',
        at: new Date('2026-11-22T18:05Z'),
        message: 'Errors.',
      }),
    ).toBe('---\ntitle: X\nimpact: major\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n');
  });
});

describe('setFields changes fields where they stand', () => {
  const body = '---\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
  test.each([
    [
      'a title, keeping its comment and the other fields',
      '---\n# why\ntitle: Database down   # cause\nimpact: major\ncomponents: [checkout]\n',
      { title: 'Checkout: fails\nfor some' },
      '---\n# why\ntitle: "Checkout: fails for some"   # cause\nimpact: major\ncomponents: [checkout]\n',
    ],
    [
      'a block title',
      '---\ntitle: |\n  Two\n  lines\nimpact: minor\n',
      { title: 'One' },
      '---\ntitle: One\nimpact: minor\n',
    ],
    [
      'the default language of a translated title',
      '---\ntitle:\n  en: Old\n  de: Alt\n',
      { title: 'New' },
      '---\ntitle:\n  en: New\n  de: Alt\n',
    ],
    [
      "impact, and components of a map keep their statuses; a new one takes the impact's",
      '---\ntitle: X\nimpact: major\ncomponents:\n  checkout: major_outage\n  api: degraded_performance\n',
      { impact: 'minor', components: ['checkout', 'web'] },
      '---\ntitle: X\nimpact: minor\ncomponents: { checkout: major_outage, web: degraded_performance }\n',
    ],
    [
      'a list of components, emptied',
      '---\ntitle: X\ncomponents: [a, b]\n',
      { components: [] },
      '---\ntitle: X\ncomponents: []\n',
    ],
    [
      'missing fields are added at the end',
      '---\ntitle: X\n',
      { impact: 'none', components: ['api'] },
      '---\ntitle: X\nimpact: none\ncomponents: [api]\n',
    ],
    ['a frontmatter that is not YAML is left alone', '---\ntitle: [x\n', { title: 'Y' }, '---\ntitle: [x\n'],
  ])('%s', (_name, head, changes, expected) => {
    expect(setFields(`${head}${body}`, changes as never)).toBe(`${expected}${body}`);
  });

  test('CRLF stays CRLF; a file without frontmatter is refused', () => {
    expect(setFields('---\r\ntitle: A\r\n---\r\n', { title: 'B' })).toBe('---\r\ntitle: B\r\n---\r\n');
    expect(() => setFields('## Investigating\n', { title: 'B' })).toThrow('the file has no frontmatter');
  });
});
