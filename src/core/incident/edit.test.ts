import { describe, expect, test } from 'vitest';
import { addUpdate, newIncidentText, stampTimes } from './edit.ts';
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

describe('a round trip through the writers validates', () => {
  const create = () => newIncidentText({
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
    const updated = addUpdate(create(), { status: 'monitoring', at: new Date('2026-11-22T18:40Z'), message: 'A fix is out.' });
    const resolved = addUpdate(updated, { status: 'resolved', at: new Date('2026-11-22T19:02Z'), message: 'All good.' });
    const result = parseIncident(resolved, ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates.map((u) => [u.status, u.markdown])).toEqual([
      ['resolved', 'All good.'],
      ['monitoring', 'A fix is out.'],
      ['investigating', 'Some customers see errors when paying.\nOrders are not lost.'],
    ]);
  });

  test('an update keeps CRLF line ends and goes above a postmortem-first file\'s first update', () => {
    const crlf = '---\r\ntitle: X\r\nimpact: minor\r\n---\r\n\r\n## Postmortem\r\nLater.\r\n\r\n## Investigating · 2026-11-22 18:05 UTC\r\nErrors.\r\n';
    const out = addUpdate(crlf, { status: 'resolved', at: new Date('2026-11-22T19:00Z'), message: 'Fixed.' });
    expect(out).toBe('---\r\ntitle: X\r\nimpact: minor\r\n---\r\n\r\n## Postmortem\r\nLater.\r\n\r\n## Resolved · 2026-11-22 19:00 UTC\r\nFixed.\r\n\r\n## Investigating · 2026-11-22 18:05 UTC\r\nErrors.\r\n');
  });
});

test('stampTimes writes commit times into headings without one', () => {
  const text = '---\ntitle: X\nimpact: minor\n---\n\n## Monitoring\nA fix is out.\n\n## Identified ##\nFound it.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n```\n## Not a heading\n```\n';
  const times: Record<number, Date> = { 6: new Date('2026-11-22T18:41:30Z') };
  const result = stampTimes(text, (line) => times[line]);
  expect(result.stamped).toEqual([6]);
  expect(result.unknown).toEqual([9]);
  expect(result.text.split('\n').slice(5, 10)).toEqual(['## Monitoring · 2026-11-22 18:41 UTC', 'A fix is out.', '', '## Identified ##', 'Found it.']);
});
