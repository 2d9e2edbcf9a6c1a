import { describe, expect, test } from 'vitest';
import { parseIncident, type ParseContext } from './parse.ts';
import { parseTimestamp } from './time.ts';

const ctx: ParseContext = {
  file: 'incidents/checkout-errors.md',
  componentIds: ['checkout', 'api', 'payments'],
  now: new Date('2026-11-22T19:30Z'),
};

const file = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}`;
const FM = 'title: Checkout errors\nimpact: major\ncomponents: [checkout]';

describe('update headings', () => {
  test.each([
    ['## Resolved · 2026-11-22 19:02 UTC', 'resolved', '2026-11-22T19:02:00.000Z'],
    ['## Resolved - 2026-11-22 19:02 UTC', 'resolved', '2026-11-22T19:02:00.000Z'],
    ['## Resolved — 2026-11-22 19:02 UTC', 'resolved', '2026-11-22T19:02:00.000Z'],
    ['## Resolved | 2026-11-22 19:02 UTC', 'resolved', '2026-11-22T19:02:00.000Z'],
    ['## RESOLVED · 2026-11-22T19:02Z', 'resolved', '2026-11-22T19:02:00.000Z'],
    ['## monitoring · 2026-11-22 20:02 +01:00', 'monitoring', '2026-11-22T19:02:00.000Z'],
    ['## Identified - 2026-11-22 14:02 -05:00', 'identified', '2026-11-22T19:02:00.000Z'],
    ['##   Update ·2026-11-22 19:02 UTC  ', 'update', '2026-11-22T19:02:00.000Z'],
    ['## Investigating · 2026-11-22 19:02 UTC ##', 'investigating', '2026-11-22T19:02:00.000Z'],
  ])('%s', (heading, status, iso) => {
    const result = parseIncident(file(FM, `${heading}\nChecks out.\n`), ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates[0]).toMatchObject({ status, at: new Date(iso), line: 7, markdown: 'Checks out.' });
  });

  test.each([
    ['## Scheduled · 2026-11-20 09:00 UTC', 'scheduled'],
    ['## In progress · 2026-11-20 09:00 UTC', 'in_progress'],
    ['## in-progress · 2026-11-20 09:00 UTC', 'in_progress'],
    ['## Verifying · 2026-11-20 09:00 UTC', 'verifying'],
    ['## Completed · 2026-11-20 09:00 UTC', 'completed'],
  ])('maintenance: %s', (heading, status) => {
    const fm =
      'title: Upgrade\ntype: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC';
    const result = parseIncident(file(fm, `${heading}\nThe API may be slow.\n`), ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates[0].status).toBe(status);
    expect(result.incident?.components).toEqual([{ id: 'api', status: 'under_maintenance' }]);
  });

  test('an incident status in a maintenance file says which kind it belongs to', () => {
    const fm =
      'title: Upgrade\ntype: maintenance\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC';
    const [problem] = parseIncident(file(fm, '## Resolved · 2026-11-20 09:00 UTC\nDone.\n'), ctx).problems;
    expect(problem).toMatchObject({
      rule: 'bad-status',
      line: 9,
      column: 4,
      message: '"Resolved" is a status for incidents, not for maintenance',
    });
  });

  test('a heading without a time takes the commit time of its line', () => {
    const commit = new Date('2026-11-22T18:41:07Z');
    const result = parseIncident(
      file(FM, '## Monitoring\nA fix is out.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'),
      {
        ...ctx,
        timeOfLine: (line) => (line === 7 ? commit : undefined),
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates.map((update) => update.at)).toEqual([commit, new Date('2026-11-22T18:05Z')]);
  });

  test('a heading without a time and no commit says to write it', () => {
    const [problem] = parseIncident(file(FM, '## Monitoring\nA fix is out.\n'), ctx).problems;
    expect(problem).toMatchObject({
      rule: 'missing-time',
      line: 7,
      column: 14,
      example: '## Monitoring · 2026-11-22 19:30 UTC',
    });
  });

  test('a heading with a time but no status', () => {
    const [problem] = parseIncident(file(FM, '## 2026-11-22 18:05 UTC\nErrors.\n'), ctx).problems;
    expect(problem).toMatchObject({
      rule: 'bad-status',
      message: 'the heading "2026-11-22 18:05 UTC" has a time but no status word',
    });
  });

  test('## inside a fenced code block is not a heading; ### is part of the message', () => {
    const body =
      '## Investigating · 2026-11-22 18:05 UTC\nErrors like:\n\n```\n## not a heading\n```\n\n### Workaround\nRetry.\n';
    const result = parseIncident(file(FM, body), ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates).toHaveLength(1);
    expect(result.incident?.updates[0].markdown).toContain('### Workaround');
  });

  test('a ## Postmortem section is the postmortem, not an update', () => {
    const body =
      '## Resolved · 2026-11-22 19:00 UTC\nFixed.\n\n## Postmortem\nA bad deploy. We changed how we roll out.\n';
    const result = parseIncident(file(FM, body), ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates).toHaveLength(1);
    expect(result.incident?.postmortemMarkdown).toBe('A bad deploy. We changed how we roll out.');
  });
});

describe('files as people save them', () => {
  const text = file(
    FM,
    '## Resolved · 2026-11-22 19:02 UTC\nFixed.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
  );
  test.each([
    ['LF', text],
    ['CRLF', text.replace(/\n/g, '\r\n')],
    ['BOM + CRLF', `\uFEFF${text.replace(/\n/g, '\r\n')}`],
    ['CR only', text.replace(/\n/g, '\r')],
  ])('%s', (_name, input) => {
    const result = parseIncident(input, ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates.map((update) => [update.status, update.line, update.markdown])).toEqual([
      ['resolved', 7, 'Fixed.'],
      ['investigating', 10, 'Errors.'],
    ]);
  });
});

describe('frontmatter', () => {
  const body = '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';

  test('components as a list take their status from impact', () => {
    const cases = [
      ['none', 'operational'],
      ['minor', 'degraded_performance'],
      ['major', 'partial_outage'],
      ['critical', 'major_outage'],
    ];
    for (const [impact, status] of cases) {
      const result = parseIncident(file(`title: X\nimpact: ${impact}\ncomponents: [checkout, api]`, body), ctx);
      expect(result.incident?.components).toEqual([
        { id: 'checkout', status },
        { id: 'api', status },
      ]);
    }
  });

  test('components as a map keep their own statuses', () => {
    const result = parseIncident(
      file('title: X\nimpact: major\ncomponents:\n  checkout: major_outage\n  api: degraded_performance', body),
      ctx,
    );
    expect(result.incident?.components).toEqual([
      { id: 'checkout', status: 'major_outage' },
      { id: 'api', status: 'degraded_performance' },
    ]);
  });

  test('started, postmortem URL and a notice with until', () => {
    const result = parseIncident(
      file(
        'title: X\ntype: notice\nstarted: 2026-11-22 17:50 UTC\nuntil: 2026-12-01 00:00 +01:00\npostmortem: https://example.com/pm',
        body,
      ),
      ctx,
    );
    expect(result.problems).toEqual([]);
    expect(result.incident).toMatchObject({
      type: 'notice',
      impact: 'none',
      started: new Date('2026-11-22T17:50Z'),
      until: new Date('2026-11-30T23:00Z'),
      postmortemUrl: 'https://example.com/pm',
    });
  });

  test('YAML dates stay strings, so a date without a zone is an error, not midnight UTC', () => {
    const [problem] = parseIncident(file(`${FM}\nstarted: 2026-11-22`, body), ctx).problems;
    expect(problem).toMatchObject({
      rule: 'time-without-zone',
      line: 5,
      column: 10,
      example: 'started: 2026-11-22 00:00 UTC',
    });
  });

  test.each([
    ['title: X', 'missing-field', '"impact" is required for an incident'],
    ['impact: major', 'missing-field', '"title" is required'],
    ['title: ""\nimpact: major', 'invalid-value', 'title is empty'],
    [
      'title: X\nimpact: major\ncomponents: [checkout]\nuntil: 2026-12-01 00:00 UTC',
      'invalid-field',
      '"until" is only for notices',
    ],
    [
      'title: X\nimpact: major\nscheduled: { start: 2026-12-01 00:00 UTC, end: 2026-12-01 01:00 UTC }',
      'invalid-field',
      '"scheduled" is only for maintenance',
    ],
    ['title: X\ntype: maintenance', 'missing-field', '"scheduled" is required for maintenance'],
    ['title: X\ntype: outage\nimpact: major', 'invalid-value', 'type is "outage", which is not allowed'],
    [
      'title: X\nimpact: major\ncomponents:\n  checkout: down',
      'bad-component-status',
      '"down" is not a component status',
    ],
    [
      'title: X\nimpact: major\ncomponents: checkout',
      'invalid-value',
      'components should be a list of ids or a map of id: status',
    ],
    ['title: X\nimpact: major\ntitle: Y', 'yaml-syntax', 'YAML: Map keys must be unique'],
  ])('%j → %s', (frontmatter, rule, message) => {
    const problems = parseIncident(file(frontmatter, body), ctx).problems;
    expect(problems.map((problem) => [problem.rule, problem.message.slice(0, message.length)])).toContainEqual([
      rule,
      message,
    ]);
  });

  test('no frontmatter at all', () => {
    expect(parseIncident('## Investigating · 2026-11-22 18:05 UTC\nErrors.\n', ctx).problems[0]).toMatchObject({
      rule: 'missing-frontmatter',
      line: 1,
    });
  });

  test(
    'an update added above the frontmatter (the web editor\'s "top"): the error says updates go below the ' +
      'second ---',
    () => {
      const text =
        `\n## Monitoring\nWe rolled back.\n\n` + `${file(FM, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n')}`;
      expect(parseIncident(text, ctx).problems).toEqual([
        {
          file: 'incidents/checkout-errors.md',
          line: 2,
          column: 1,
          severity: 'error',
          rule: 'missing-frontmatter',
          message:
            'the file starts with the update "## Monitoring", but the frontmatter comes first: updates go below ' +
            'its second --- line',
          expected:
            'the frontmatter (a --- line, the fields, another --- line) at the top, then the updates, newest first',
          example:
            "---\ntitle: Some customers can't complete checkout\nimpact: major\ncomponents: [checkout]\n---\n\n" +
            '## Monitoring\nWhat customers see now.',
        },
      ]);
      // A `###` heading or plain text first is not an update: the general message.
      expect(parseIncident('### Notes\n', ctx).problems[0].message).toBe(
        'the file must start with frontmatter ' + 'between two lines of ---',
      );
    },
  );

  test('an update from the future', () => {
    const [problem] = parseIncident(file(FM, '## Investigating · 2026-11-23 18:05 UTC\nErrors.\n'), ctx).problems;
    expect(problem).toMatchObject({ rule: 'future-time', line: 7 });
  });

  test('updates in the same minute are valid; the order in the file decides and ids stay unique and stable', () => {
    const two = '## Monitoring · 2026-11-22 18:05 UTC\nA.\n\n## Investigating · 2026-11-22 18:05 UTC\nB.\n';
    const result = parseIncident(file(FM, two), ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates.map((update) => [update.status, update.id])).toEqual([
      ['monitoring', 'checkout-errors#2026-11-22T18:05:00Z-2'],
      ['investigating', 'checkout-errors#2026-11-22T18:05:00Z'],
    ]);
    // A third in the same minute, added on top, leaves the older ids alone.
    const three = parseIncident(
      file(FM, `## Resolved · 2026-11-22 18:05 UTC\nAll good again; nothing was lost.\n\n${two}`),
      ctx,
    );
    expect(three.incident?.updates.map((update) => update.id)).toEqual([
      'checkout-errors#2026-11-22T18:05:00Z-3',
      'checkout-errors#2026-11-22T18:05:00Z-2',
      'checkout-errors#2026-11-22T18:05:00Z',
    ]);
  });

  test('times may carry seconds', () => {
    const result = parseIncident(
      file(FM, '## Monitoring · 2026-11-22 18:05:30 UTC\nA.\n\n## Investigating · 2026-11-22 18:05:10 UTC\nB.\n'),
      ctx,
    );
    expect(result.problems).toEqual([]);
    expect(result.incident?.updates.map((update) => update.id)).toEqual([
      'checkout-errors#2026-11-22T18:05:30Z',
      'checkout-errors#2026-11-22T18:05:10Z',
    ]);
  });

  test('a code block that never closes is an error at its line, instead of swallowing the older updates', () => {
    const body =
      '## Monitoring · 2026-11-22 18:30 UTC\nWe ran:\n```sh\nrestart\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
    const problems = parseIncident(file(FM, body), ctx).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'unclosed-fence',
        line: 9,
        message: 'the code block opened on line 9 is never closed, so every line after it is code',
      }),
    ]);
    expect(problems[0].example).toBe('```\nthe code\n```');
    // An info string does not close a fence; a bare fence of the same kind does.
    const closed = parseIncident(file(FM, body.replace('restart\n', 'restart\n```\n')), ctx);
    expect(closed.problems).toEqual([]);
    expect(closed.incident?.updates).toHaveLength(2);
  });

  test.each([
    [
      'an alias bomb',
      'title: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nimpact: major',
      'yaml-syntax',
      'YAML: Excessive alias count',
    ],
    [
      'a key named constructor',
      'title: x\nimpact: major\nconstructor: 1',
      'unknown-field',
      '"constructor" is not a field',
    ],
    [
      'a key named __proto__',
      'title: x\nimpact: major\n__proto__: { impact: none }',
      'unknown-field',
      '"__proto__" is not a field',
    ],
    ['a key named toString', 'title: x\nimpact: major\ntoString: 1', 'unknown-field', '"toString" is not a field'],
    [
      'a component named constructor',
      'title: x\nimpact: major\ncomponents: { constructor: major_outage }',
      'unknown-component',
      '"constructor" is not a component',
    ],
    [
      'a title on two lines',
      'title: "Checkout fails\\npostmortem: https://evil.example"\nimpact: major',
      'invalid-value',
      'the title is on more than one line',
    ],
  ])('hostile frontmatter is a problem, never a crash: %s', (_, frontmatter, rule, message) => {
    const problems = parseIncident(
      `---\n${frontmatter}\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n`,
      ctx,
    ).problems;
    expect(problems.map((problem) => [problem.rule, problem.message.slice(0, message.length)])).toContainEqual([
      rule,
      message,
    ]);
  });

  test('no updates', () => {
    const [problem] = parseIncident(file(FM, ''), ctx).problems;
    expect(problem).toMatchObject({ rule: 'no-updates', line: 6 });
  });

  test('update ids are stable: slug and time', () => {
    const result = parseIncident(file(FM, body), ctx);
    expect(result.incident?.updates[0].id).toBe('checkout-errors#2026-11-22T18:05:00Z');
  });
});

describe('translations on a site in several languages', () => {
  const bilingual: ParseContext = { ...ctx, locales: ['en', 'de'] };
  const translated = [
    '---',
    'title:',
    "  en: Some customers can't complete checkout",
    '  de: Einige Kundinnen und Kunden können nicht bezahlen',
    'impact: major',
    'components: [checkout]',
    '---',
    '',
    '## Identified · 2026-11-22 18:20 UTC',
    'We found the cause.',
    '',
    '```md',
    '### de',
    'a heading in code is text',
    '```',
    '',
    '### de',
    'Wir haben die Ursache gefunden.',
    '',
    '## Investigating · 2026-11-22 18:05 UTC',
    'Some customers see errors.',
    '',
  ].join('\n');

  test('title as a map of language to text, and a ### part per language in an update', () => {
    const { incident, problems } = parseIncident(translated, bilingual);
    expect(problems).toEqual([]);
    expect(incident).toMatchObject({
      title: "Some customers can't complete checkout",
      titleTranslations: { de: 'Einige Kundinnen und Kunden können nicht bezahlen' },
      titleLine: 3,
    });
    expect(incident?.updates[0]).toMatchObject({
      markdown: 'We found the cause.\n\n```md\n### de\na heading in code is text\n```',
      translations: { de: 'Wir haben die Ursache gefunden.' },
      line: 9,
    });
    expect(incident?.updates[1].translations).toBeUndefined();
  });

  test('on a site in one language, ### de is an ordinary heading', () => {
    const { incident, problems } = parseIncident(
      file(FM, '## Identified · 2026-11-22 18:20 UTC\nText.\n\n### de\nMore.\n'),
      ctx,
    );
    expect(problems).toEqual([]);
    expect(incident?.updates[0].markdown).toBe('Text.\n\n### de\nMore.');
  });

  test.each([
    [
      'title:\n  de: Nur Deutsch\nimpact: major',
      '## Identified · 2026-11-22 18:20 UTC\nText.',
      '2:1 missing-field the title has no "en" text',
    ],
    [
      'title:\n  en: Checkout errors\n  fr: Erreurs\nimpact: major',
      '## Identified · 2026-11-22 18:20 UTC\nText.',
      '4:3 unknown-language "fr" is not a language of this site (en, de)',
    ],
    [
      FM,
      '## Identified · 2026-11-22 18:20 UTC\nText.\n\n### en\nMore.',
      '10:1 translation-of-default "### en" starts a translation into the default language, en',
    ],
    [
      FM,
      '## Identified · 2026-11-22 18:20 UTC\nText.\n\n### de\nMehr.\n\n### DE\nNoch mehr.',
      '13:1 duplicate-translation this update already has a de part on line 10',
    ],
    [FM, '## Identified · 2026-11-22 18:20 UTC\nText.\n\n### de\n', '10:1 empty-message the de part has no text'],
  ])('%j with %j: %s', (frontmatter, body, expected) => {
    const { problems } = parseIncident(file(frontmatter, body), bilingual);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule} ${problem.message}`)).toEqual([
      expect.stringContaining(expected),
    ]);
  });

  test('a title map on a site in one language is refused', () => {
    const { problems } = parseIncident(
      file('title:\n  en: Checkout errors\n  de: Fehler\nimpact: major', '## Identified · 2026-11-22 18:20 UTC\nText.'),
      ctx,
    );
    expect(problems.map((problem) => `${problem.line} ${problem.rule} ${problem.message}`)).toEqual([
      '3 invalid-value a title in several languages needs a site in several languages (`locales` in the config)',
    ]);
  });
});

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
    expect(result.incident?.updates.map((u) => [u.status, u.line])).toEqual([
      ['monitoring', 7],
      ['investigating', expect.any(Number)],
    ]);
    expect(result.incident?.updates[0].markdown).toContain('## not a heading');
  });

  test.each([
    ['a shorter closing fence', '````\n## not a heading\n```\n'],
    ['the other kind of fence', '```\n## not a heading\n~~~\n'],
  ])(
    '%s does not close it: the fence is reported as never closed, instead of swallowing the older updates',
    (_name, fence) => {
      const result = parseIncident(file(FM, `## Monitoring · 2026-11-22 18:40 UTC\nLogs:\n${fence}\n${older}`), ctx);
      expect(result.incident).toBeUndefined();
      expect(result.problems.map((problem) => [problem.rule, problem.line])).toEqual([['unclosed-fence', 9]]);
    },
  );

  test('a four-space indent is not a fence', () => {
    const result = parseIncident(
      file(FM, `## Monitoring · 2026-11-22 18:40 UTC\nLogs:\n\n    \`\`\`\n\n${older}`),
      ctx,
    );
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
      file: 'incidents/checkout-errors.md',
      line: 7,
      column: 1,
      severity: 'error',
      rule: 'future-time',
      message: 'this update is dated 2026-11-22 20:00 UTC, after now (2026-11-22 19:30 UTC)',
      expected: 'the time the update was posted, with its zone',
      example: '## Identified · 2026-11-22 19:30 UTC',
    });
  });
});

describe('an unresolved incident left open: the parser never judges by the clock', () => {
  test.each(['2026-11-15 19:29 UTC', '2026-11-01 19:29 UTC'])(
    'newest at %s: parsed, no problem (guidance warns)',
    (time) => {
      const result = parseIncident(file(FM, `## Monitoring · ${time}\nErrors.\n`), ctx);
      expect([result.problems, result.incident?.updates.length]).toEqual([[], 1]);
    },
  );

  test.each(['2026-11-23T19:30Z', '2027-12-27T00:00Z'])('the same file at %s parses the same', (later) => {
    const text = file(FM, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n');
    expect(parseIncident(text, { ...ctx, now: new Date(later) })).toEqual(parseIncident(text, ctx));
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
    const result = parseIncident(
      file(
        `${FM}\nstarted: ${started}`,
        '## Monitoring · 2026-11-22 18:30 UTC\nBetter.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
      ),
      ctx,
    );
    expect(result.problems.map((p) => p.rule)).toEqual(rules);
    if (rules.length === 0)
      expect(result.incident?.started).toEqual(
        parseTimestamp(started).ok ? (parseTimestamp(started) as { date: Date }).date : undefined,
      );
  });

  test('the problem points at the started line and suggests the oldest update', () => {
    const [problem] = parseIncident(
      file(
        `title: X\nimpact: major\nstarted: 2026-11-22 18:30 UTC\ncomponents: [api]`,
        '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
      ),
      ctx,
    ).problems;
    expect(problem).toMatchObject({
      line: 4,
      column: 1,
      message: 'started (2026-11-22 18:30 UTC) is after the first update (2026-11-22 18:05 UTC)',
      example: 'started: 2026-11-22 18:05 UTC',
    });
  });
});

describe('what the parsed incident holds', () => {
  test('an incident: every field, nothing extra', () => {
    const result = parseIncident(
      file(
        'title: Checkout errors\nimpact: critical\ncomponents: [checkout]\npostmortem: https://example.com/pm',
        '## Resolved · 2026-11-22 19:02 UTC\nFixed.\n\n## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n## Postmortem\nA bad deploy.\n',
      ),
      ctx,
    );
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
          {
            id: 'checkout-errors#2026-11-22T19:02:00Z',
            status: 'resolved',
            at: new Date('2026-11-22T19:02Z'),
            markdown: 'Fixed.',
            line: 8,
            bodyLine: 9,
          },
          {
            id: 'checkout-errors#2026-11-22T18:05:00Z',
            status: 'investigating',
            at: new Date('2026-11-22T18:05Z'),
            markdown: 'Errors.',
            line: 11,
            bodyLine: 12,
          },
        ],
      },
    });
  });

  test('maintenance keeps its window; other types drop it', () => {
    const fm =
      'title: Upgrade\ntype: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC';
    const result = parseIncident(file(fm, '## Scheduled · 2026-11-20 09:00 UTC\nThe API may be slow.\n'), ctx);
    expect(result.incident?.scheduled).toEqual({
      start: new Date('2026-11-29T02:00Z'),
      end: new Date('2026-11-29T03:00Z'),
    });
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
    const result = parseIncident(file(FM, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'), {
      ...ctx,
      file: path,
    });
    expect(result.problems.map((p) => p.rule)).toEqual(rules);
  });

  test.each([
    ['incidents/Checkout Errors.md', 'checkout-errors.md'],
    ['incidents/--Über!!.md', 'ber.md'],
    ['incidents/!!!.md', '2026-11-22-checkout-errors.md'],
  ])('%s suggests %s', (path, example) => {
    const [problem] = parseIncident(file(FM, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'), {
      ...ctx,
      file: path,
    }).problems;
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
    [
      'an incident with started',
      `${FM}\nstarted: 2026-11-22 18:00 UTC`,
      '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n',
      ['started'],
    ],
    [
      'maintenance',
      'title: X\ntype: maintenance\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC',
      '## Scheduled · 2026-11-20 09:00 UTC\nPlanned.\n',
      ['scheduled'],
    ],
    ['a notice without until', 'title: X\ntype: notice', '## Update · 2026-11-20 09:00 UTC\nNote.\n', []],
    [
      'a notice with until',
      'title: X\ntype: notice\nuntil: 2026-12-01 00:00 UTC',
      '## Update · 2026-11-20 09:00 UTC\nNote.\n',
      ['until'],
    ],
    [
      'a postmortem section',
      `${FM}`,
      '## Resolved · 2026-11-22 19:00 UTC\nFixed.\n\n## Postmortem\nLater.\n',
      ['postmortemMarkdown'],
    ],
  ])('%s', (_name, frontmatter, body, optional) => {
    const result = parseIncident(file(frontmatter, body), ctx);
    expect(result.problems).toEqual([]);
    const keys = Object.keys(result.incident!).filter(
      (key) => !['slug', 'file', 'type', 'title', 'impact', 'components', 'updates', 'titleLine'].includes(key),
    );
    expect(keys).toEqual(optional);
  });

  test('with a problem in the body, the rules across frontmatter and body are not run, and there is no incident', () => {
    const stale = parseIncident(file(FM, 'Intro.\n\n## Investigating · 2026-11-01 18:05 UTC\nErrors.\n'), ctx);
    expect(stale.problems.map((p) => p.rule)).toEqual(['text-before-updates']);
    expect(stale.incident).toBeUndefined();
    const late = parseIncident(
      file(`${FM}\nstarted: 2026-11-22 18:30 UTC`, '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n'),
      ctx,
    );
    expect(late.problems.map((p) => p.rule)).toEqual(['started-after-first-update']);
    expect(late).not.toHaveProperty('incident');
  });
});
