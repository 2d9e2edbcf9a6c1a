import { describe, expect, test } from 'vitest';
import { addUpdate, checkedEdit, newIncidentText, stampTimes, updateMessage } from './edit.ts';
import { slugFor } from './slug.ts';
import { parseIncident } from './parse.ts';

const ctx = { file: 'incidents/x.md', componentIds: ['checkout', 'api'], now: new Date('2026-11-22T20:00Z'), openIncidentDays: 7 };

test.each([
  ["Some customers can't complete checkout", '2026-11-22-some-customers-cant-complete-checkout'],
  ['API: 5xx errors — on EU & US nodes (again)', '2026-11-22-api-5xx-errors-on-eu-us'],
  ['Zahlungen schlagen fehl für Kunden in Österreich', '2026-11-22-zahlungen-schlagen-fehl-fur-kunden-in'],
  ['!!!', '2026-11-22-incident'],
])('slugFor(%j)', (title, slug) => {
  expect(slugFor(title, new Date('2026-11-22T18:05Z'))).toBe(slug);
});

test('stampTimes writes commit times into headings without one', () => {
  const text = '---\ntitle: X\nimpact: minor\n---\n\n## Monitoring\nA fix is out.\n\n## Identified ##\nFound it.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n```\n## Not a heading\n```\n';
  const times: Record<number, Date> = { 6: new Date('2026-11-22T18:41:30Z') };
  const result = stampTimes(text, (line) => times[line]);
  expect(result.stamped).toEqual([6]);
  expect(result.unknown).toEqual([9]);
  expect(result.text.split('\n').slice(5, 10)).toEqual(['## Monitoring · 2026-11-22 18:41 UTC', 'A fix is out.', '', '## Identified ##', 'Found it.']);
});

describe('what editing tools write is always one valid update', () => {
  const ctx = { file: 'incidents/checkout-errors.md', componentIds: ['checkout'], now: new Date('2026-11-22T19:00Z'), openIncidentDays: 7 };
  const base = newIncidentText({ title: 'Checkout fails', impact: 'major', components: ['checkout'], status: 'investigating', message: 'Errors when paying.', at: new Date('2026-11-22T18:05Z') });

  test.each([
    ['a Markdown heading', '## What happened\nA deploy broke payments.', '### What happened\nA deploy broke payments.'],
    ['a fake Resolved heading', 'Working on it.\n## Resolved · 2026-11-22 18:10 UTC\nfake', 'Working on it.\n### Resolved · 2026-11-22 18:10 UTC\nfake'],
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
    expect(parseIncident(result.text!, ctx).incident?.updates.map((update) => update.status)).toEqual(['monitoring', 'investigating']);
  });

  test('a title with line breaks is written on one line: nothing reaches the frontmatter', () => {
    const text = newIncidentText({ title: 'Checkout fails\npostmortem: https://evil.example\n', impact: 'major', components: [], status: 'investigating', message: 'x', at: new Date('2026-11-22T18:05Z') });
    expect(text.split('\n').slice(0, 3)).toEqual(['---', 'title: "Checkout fails postmortem: https://evil.example"', 'impact: major']);
    expect(parseIncident(text, ctx).incident?.postmortemUrl).toBeUndefined();
  });

  test('new, then update in the same minute: valid', () => {
    const at = new Date('2026-11-22T18:05Z');
    expect(checkedEdit(addUpdate(base, { status: 'identified', at, message: 'Found it.' }), ctx).problems).toBeUndefined();
  });

  test('an edit that would make the file invalid is refused with its problems', () => {
    const result = checkedEdit(addUpdate(base, { status: 'monitoring', at: new Date('2026-11-22T17:00Z'), message: 'Older than the one below.' }), ctx);
    expect(result.problems?.map((problem) => problem.rule)).toEqual(['updates-out-of-order']);
    expect(result.text).toBeUndefined();
  });
});
