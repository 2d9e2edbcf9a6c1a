import { describe, expect, test } from 'vitest';
import { parseIncident, type ParseContext } from './parse.ts';
import { parseTimestamp } from './time.ts';

const ctx: ParseContext = {
  file: 'incidents/checkout-errors.md',
  componentIds: ['checkout', 'api', 'payments'],
  now: new Date('2026-11-22T19:30Z'),
  openIncidentDays: 7,
};

const file = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}`;
const FM = 'title: Checkout errors\nimpact: major\ncomponents: [checkout]';

describe('fenced code in messages', () => {
  const older = '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
  test.each([
    ['backticks', '```\n## not a heading\n```\n'],
    ['tildes', '~~~\n## not a heading\n~~~\n'],
    ['a longer closing fence', '```\n## not a heading\n`````\n'],
    ['an indented fence', '   ```\n## not a heading\n   ```\n'],
    ['four backticks closed by four', '````\n```\n## not a heading\n````\n'],
    ['tildes inside backticks', '```\n~~~\n## not a heading\n```\n'],
    ['a fence with an info string', '```sh\n## not a heading\n```\n'],
  ])('%s: the fence closes and the older update is still read', (_name, fence) => {
    const result = parseIncident(file(FM, `## Monitoring · 2026-11-22 18:40 UTC\nLogs:\n${fence}\n${older}`), ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates.map((u) => [u.status, u.line])).toEqual([['monitoring', 7], ['investigating', expect.any(Number)]]);
    expect(result.incident?.updates[0].markdown).toContain('## not a heading');
  });

  test.each([
    ['a shorter closing fence', '````\n## not a heading\n```\n'],
    ['the other kind of fence', '```\n## not a heading\n~~~\n'],
  ])('%s does not close it: the fence is reported as never closed, instead of swallowing the older updates', (_name, fence) => {
    const result = parseIncident(file(FM, `## Monitoring · 2026-11-22 18:40 UTC\nLogs:\n${fence}\n${older}`), ctx);
    expect(result.incident).toBeUndefined();
    expect(result.problems.map((problem) => [problem.rule, problem.line])).toEqual([['unclosed-fence', 9]]);
  });

  test('a four-space indent is not a fence', () => {
    const result = parseIncident(file(FM, `## Monitoring · 2026-11-22 18:40 UTC\nLogs:\n\n    \`\`\`\n\n${older}`), ctx);
    expect(result.incident?.updates.map((u) => u.status)).toEqual(['monitoring', 'investigating']);
  });
});

describe('times near now', () => {
  // now is 19:30 UTC: up to 15 minutes ahead is a clock skew, more is a mistake.
  test.each([
    ['2026-11-22 19:30 UTC', true],
    ['2026-11-22 19:44 UTC', true],
    ['2026-11-22T19:45:00Z', true],
    ['2026-11-22T19:45:01Z', false],
    ['2026-11-22 19:46 UTC', false],
    ['2026-11-22 20:45 +01:00', true],
  ])('%s accepted: %s', (time, accepted) => {
    const result = parseIncident(file(FM, `## Investigating · ${time}\nErrors.\n`), ctx);
    expect(result.problems.map((p) => p.rule)).toEqual(accepted ? [] : ['future-time']);
  });

  test('the future-time problem shows the heading with now', () => {
    const [problem] = parseIncident(file(FM, '## Identified · 2026-11-22 20:00 UTC\nErrors.\n'), ctx).problems;
    expect(problem).toEqual({
      file: 'incidents/checkout-errors.md', line: 7, column: 1, severity: 'error', rule: 'future-time',
      message: 'this update is dated 2026-11-22 20:00 UTC, after now (2026-11-22 19:30 UTC)',
      expected: 'the time the update was posted, with its zone',
      example: '## Identified · 2026-11-22 19:30 UTC',
    });
  });
});

describe('an unresolved incident left open too long', () => {
  test.each([
    ['2026-11-15 19:30 UTC', 'investigating', []],
    ['2026-11-15 19:29 UTC', 'investigating', ['missing-resolved']],
    ['2026-11-01 19:29 UTC', 'monitoring', ['missing-resolved']],
    ['2026-11-01 19:29 UTC', 'resolved', []],
  ])('newest at %s, %s', (time, status, rules) => {
    const heading = status === 'resolved' ? `## Resolved · ${time}\nFixed.\n\n## Investigating · 2026-10-31 10:00 UTC\nErrors.\n` : `## ${status[0].toUpperCase()}${status.slice(1)} · ${time}\nErrors.\n`;
    const result = parseIncident(file(FM, heading), ctx);
    expect(result.problems.map((p) => p.rule)).toEqual(rules);
  });

  test('the message counts whole days and names the limit', () => {
    const [problem] = parseIncident(file(FM, '## Monitoring · 2026-11-01 19:29 UTC\nErrors.\n'), ctx).problems;
    expect(problem).toMatchObject({
      line: 7,
      message: 'this incident has had no update for 21 days and is not resolved',
      expected: 'a Resolved update at the top once it is over (or a new update within 7 days)',
      example: '## Resolved · 2026-11-22 19:30 UTC\nEverything works normally again.',
    });
  });

  test('maintenance and notices may stay open', () => {
    const notice = parseIncident(file('title: Peak\ntype: notice', '## Update · 2026-10-01 10:00 UTC\nBusy.\n'), ctx);
    expect(notice.problems).toEqual([]);
    expect(notice.incident?.impact).toBe('none');
  });
});

describe('started', () => {
  test.each([
    ['2026-11-22 18:05 UTC', []],
    ['2026-11-22 18:04 UTC', []],
    ['2026-11-22 18:06 UTC', ['started-after-first-update']],
  ])('started %s with the first update at 18:05', (started, rules) => {
    const result = parseIncident(file(`${FM}\nstarted: ${started}`, '## Monitoring · 2026-11-22 18:30 UTC\nBetter.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'), ctx);
    expect(result.problems.map((p) => p.rule)).toEqual(rules);
    if (rules.length === 0) expect(result.incident?.started).toEqual(parseTimestamp(started).ok ? (parseTimestamp(started) as { date: Date }).date : undefined);
  });

  test('the problem points at the started line and suggests the oldest update', () => {
    const [problem] = parseIncident(file(`title: X\nimpact: major\nstarted: 2026-11-22 18:30 UTC\ncomponents: [api]`, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'), ctx).problems;
    expect(problem).toMatchObject({ line: 4, column: 1, message: 'started (2026-11-22 18:30 UTC) is after the first update (2026-11-22 18:05 UTC)', example: 'started: 2026-11-22 18:05 UTC' });
  });
});

describe('what the parsed incident holds', () => {
  test('an incident: every field, nothing extra', () => {
    const result = parseIncident(file('title: Checkout errors\nimpact: critical\ncomponents: [checkout]\npostmortem: https://example.com/pm', '## Resolved · 2026-11-22 19:02 UTC\nFixed.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n## Postmortem\nA bad deploy.\n'), ctx);
    // Strict: a field the file does not have is absent, not undefined.
    expect(result).toStrictEqual({
      problems: [],
      incident: {
        slug: 'checkout-errors',
        file: 'incidents/checkout-errors.md',
        type: 'incident',
        title: 'Checkout errors',
        impact: 'critical',
        components: [{ id: 'checkout', status: 'major_outage' }],
        titleLine: 2,
        postmortemUrl: 'https://example.com/pm',
        postmortemMarkdown: 'A bad deploy.',
        updates: [
          { id: 'checkout-errors#2026-11-22T19:02:00Z', status: 'resolved', at: new Date('2026-11-22T19:02Z'), markdown: 'Fixed.', line: 8, bodyLine: 9 },
          { id: 'checkout-errors#2026-11-22T18:05:00Z', status: 'investigating', at: new Date('2026-11-22T18:05Z'), markdown: 'Errors.', line: 11, bodyLine: 12 },
        ],
      },
    });
  });

  test('maintenance keeps its window; other types drop it', () => {
    const fm = 'title: Upgrade\ntype: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC';
    const result = parseIncident(file(fm, '## Scheduled · 2026-11-20 09:00 UTC\nThe API may be slow.\n'), ctx);
    expect(result.incident?.scheduled).toEqual({ start: new Date('2026-11-29T02:00Z'), end: new Date('2026-11-29T03:00Z') });
    expect(result.incident?.until).toBeUndefined();
    expect(result.incident?.started).toBeUndefined();
    expect(result.incident?.impact).toBe('none');
  });

  test('the message starts at its first line of text', () => {
    const result = parseIncident(file(FM, '## Investigating · 2026-11-22 18:05 UTC\n\n\nErrors.\nMore.\n'), ctx);
    expect(result.incident?.updates[0]).toMatchObject({ line: 7, bodyLine: 10, markdown: 'Errors.\nMore.' });
  });
});

describe('slugs from file names', () => {
  test.each([
    ['incidents/2026-11-22-checkout.md', []],
    ['incidents/Checkout Errors.md', ['bad-slug']],
    ['incidents/-x-.md', ['bad-slug']],
  ])('%s', (path, rules) => {
    const result = parseIncident(file(FM, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'), { ...ctx, file: path });
    expect(result.problems.map((p) => p.rule)).toEqual(rules);
  });

  test.each([
    ['incidents/Checkout Errors.md', 'checkout-errors.md'],
    ['incidents/--Über!!.md', 'ber.md'],
    ['incidents/!!!.md', '2026-11-22-checkout-errors.md'],
  ])('%s suggests %s', (path, example) => {
    const [problem] = parseIncident(file(FM, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'), { ...ctx, file: path }).problems;
    expect(problem).toMatchObject({ rule: 'bad-slug', line: 0, column: 0, example });
  });
});

describe('files that are not incidents', () => {
  test.each([
    ['', 'missing-frontmatter'],
    ['title: X\n', 'missing-frontmatter'],
    ['---\ntitle: X\nimpact: major\n', 'unclosed-frontmatter'],
    ['---\n- a\n- b\n---\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n', 'invalid-frontmatter'],
    ['---\n---\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n', 'missing-field'],
    [`---\n${FM}\n...\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n`, undefined],
    [`---  \n${FM}\n---\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n`, undefined],
  ])('%j', (text, rule) => {
    const result = parseIncident(text, ctx);
    expect(result.problems[0]?.rule).toBe(rule);
    if (rule) expect(result.incident).toBeUndefined();
  });

  test('problems in the frontmatter and the body are reported together, and no incident', () => {
    const result = parseIncident(file('title: X', '## Fixed · 2026-11-22 18:05 UTC\nErrors.\n'), ctx);
    expect(result.problems.map((p) => p.rule)).toEqual(['missing-field', 'bad-status']);
    expect(result.incident).toBeUndefined();
  });
});

describe('optional fields are absent unless the file has them', () => {
  test.each([
    ['an incident', `${FM}`, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n', []],
    ['an incident with started', `${FM}\nstarted: 2026-11-22 18:00 UTC`, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n', ['started']],
    ['maintenance', 'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC', '## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n', ['scheduled']],
    ['a notice without until', 'title: X\ntype: notice', '## Update · 2026-11-20 09:00 UTC\nNote.\n', []],
    ['a notice with until', 'title: X\ntype: notice\nuntil: 2026-12-01 00:00 UTC', '## Update · 2026-11-20 09:00 UTC\nNote.\n', ['until']],
    ['a postmortem section', `${FM}`, '## Resolved · 2026-11-22 19:00 UTC\nFixed.\n\n## Postmortem\nLater.\n', ['postmortemMarkdown']],
  ])('%s', (_name, frontmatter, body, optional) => {
    const result = parseIncident(file(frontmatter, body), ctx);
    expect(result.problems).toEqual([]);
    const keys = Object.keys(result.incident!).filter((key) => !['slug', 'file', 'type', 'title', 'impact', 'components', 'updates', 'titleLine'].includes(key));
    expect(keys).toEqual(optional);
  });

  test('with a problem in the body, the rules across frontmatter and body are not run, and there is no incident', () => {
    const stale = parseIncident(file(FM, 'Intro.\n\n## Investigating · 2026-11-01 18:05 UTC\nErrors.\n'), ctx);
    expect(stale.problems.map((p) => p.rule)).toEqual(['text-before-updates']);
    expect(stale.incident).toBeUndefined();
    const late = parseIncident(file(`${FM}\nstarted: 2026-11-22 18:30 UTC`, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'), ctx);
    expect(late.problems.map((p) => p.rule)).toEqual(['started-after-first-update']);
    expect(late).not.toHaveProperty('incident');
  });
});
