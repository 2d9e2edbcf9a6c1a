import { describe, expect, test } from 'vitest';
import { formatReport } from '../checks/problems.ts';
import { parseIncident, type ParseContext } from './parse.ts';

const ctx: ParseContext = { file: 'incidents/x.md', componentIds: ['checkout', 'api'], now: new Date('2026-11-22T19:30Z'), openIncidentDays: 7 };
const bilingual: ParseContext = { ...ctx, locales: ['en', 'de'] };
const UPDATE = '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
const file = (frontmatter: string, body = UPDATE) => `---\n${frontmatter}\n---\n\n${body}`;
const EXPECTED = '    expected: the text without it: letters, punctuation, tabs and line breaks are fine';
const CANT = "feeds, pages and calendars can't carry it";

// Each text an incident carries, with a control character in it: the error at its line and column, the fix.
describe('control characters in an incident file', () => {
  test.each([
    [
      'a title with a YAML escape: at the escape, on the title\'s line',
      ctx,
      file('title: "Checkout\\x0b"\nimpact: major'),
      [
        `incidents/x.md:2:17: error [control-character] title contains the control character U+000B (vertical tab), written \\x0b; ${CANT}`,
        EXPECTED,
        '    example:  title: Checkout',
      ],
    ],
    [
      'a title with the character itself',
      ctx,
      file('impact: major\ntitle: Check\u001bout'),
      [`incidents/x.md:3:13: error [control-character] title contains the control character U+001B (escape); ${CANT}`, EXPECTED, '    example:  title: Checkout'],
    ],
    [
      'a colour code written with YAML\'s short escape \\e, after an escaped backslash that is no escape',
      ctx,
      file('title: "C:\\\\x0b \\e[31mred\\e[0m"\nimpact: major'),
      [
        `incidents/x.md:2:17: error [control-character] title contains the control character U+001B (escape), written \\e, the start of a terminal colour code (and 1 more); ${CANT}`,
        EXPECTED,
        '    example:  title: C:\\x0b red',
      ],
    ],
    [
      'a single-quoted title, where \\x0b is text and the raw character is not',
      ctx,
      file("title: 'a\\x0b \u0007b'\nimpact: major"),
      [`incidents/x.md:2:15: error [control-character] title contains the control character U+0007 (bell); ${CANT}`, EXPECTED, '    example:  title: a\\x0b b'],
    ],
    [
      'a title in a block scalar, on the line of the character',
      ctx,
      file('impact: major\ntitle: >-\n  Checkout\n  fa\u0085ils'),
      [`incidents/x.md:5:5: error [control-character] title contains the control character U+0085 (next line); ${CANT}`, EXPECTED, '    example:  title: Checkout fails'],
    ],
    [
      'a lone surrogate written as an escape',
      ctx,
      file('title: "Outage \\ud83d"\nimpact: major'),
      [
        `incidents/x.md:2:16: error [control-character] title contains the control character U+D83D (half of a surrogate pair, alone: not a character), written \\ud83d; ${CANT}`,
        EXPECTED,
        '    example:  title: "Outage "',
      ],
    ],
    [
      'a title translation, at its language\'s line',
      bilingual,
      file('title:\n  en: Checkout fails\n  de: "Bezahlen \\U0000009b"\nimpact: major'),
      [
        `incidents/x.md:4:17: error [control-character] title.de contains the control character U+009B, written \\U0000009b; ${CANT}`,
        EXPECTED,
        '    example:  de: "Bezahlen "',
      ],
    ],
    [
      'a component status, with its other problem',
      ctx,
      file('title: X\nimpact: major\ncomponents:\n  api: "major_outage\\0"'),
      [
        `incidents/x.md:5:8: error [bad-component-status] "major_outage\\u0000" is not a component status; did you mean "major_outage"?`,
        '    expected: one of: operational, under_maintenance, degraded_performance, partial_outage, major_outage',
        '    example:    api: partial_outage',
        `incidents/x.md:5:21: error [control-character] components.api contains the control character U+0000 (null), written \\0; ${CANT}`,
        EXPECTED,
        '    example:  api: major_outage',
      ],
    ],
    [
      'an item of a list of components',
      ctx,
      file('title: X\nimpact: major\ncomponents: [api, "check\\aout"]'),
      [
        `incidents/x.md:4:19: error [unknown-component] "check\\u0007out" is not a component; did you mean "checkout"?`,
        "    expected: one of the site's components: checkout, api",
        '    example:  components: [checkout]',
        `incidents/x.md:4:25: error [control-character] components.1 contains the control character U+0007 (bell), written \\a; ${CANT}`,
        EXPECTED,
        '    example:  - checkout',
      ],
    ],
    [
      'a postmortem link, which the URL check lets through',
      ctx,
      file('title: X\nimpact: major\npostmortem: "https://example.com/pm\\x7f"'),
      [
        `incidents/x.md:4:36: error [control-character] postmortem contains the control character U+007F (delete), written \\x7f; ${CANT}`,
        EXPECTED,
        '    example:  postmortem: https://example.com/pm',
      ],
    ],
    [
      'a field that is not one, with its other problem: every value is text to check',
      ctx,
      file('title: X\nimpact: major\nnote: "\\f"'),
      [
        `incidents/x.md:4:1: error [unknown-field] "note" is not a field`,
        '    expected: one of: title, type, impact, components, started, postmortem, scheduled, until',
        `incidents/x.md:4:8: error [control-character] note contains the control character U+000C (form feed), written \\f; ${CANT}`,
        EXPECTED,
        '    example:  note: ""',
      ],
    ],
    [
      'a message with a pasted terminal colour code, at its column',
      ctx,
      file('title: X\nimpact: major', '## Investigating · 2026-11-22 18:05 UTC\nSome payments fail: \u001b[31mERROR 502\u001b[0m\n'),
      [
        `incidents/x.md:7:21: error [control-character] the message contains the control character U+001B (escape), the start of a terminal colour code (and 1 more); ${CANT}`,
        EXPECTED,
        '    example:  Some payments fail: ERROR 502',
      ],
    ],
    [
      'a line of code in a message, and a line of nothing but the character (no example: the line goes)',
      ctx,
      file('title: X\nimpact: major', '## Investigating · 2026-11-22 18:05 UTC\nErrors:\n```\nstatus\u0008 502\n```\n\u0000\n'),
      [
        `incidents/x.md:9:7: error [control-character] the message contains the control character U+0008 (backspace); ${CANT}`,
        EXPECTED,
        '    example:  status 502',
        `incidents/x.md:11:1: error [control-character] the message contains the control character U+0000 (null); ${CANT}`,
        EXPECTED,
      ],
    ],
    [
      'a heading',
      ctx,
      file('title: X\nimpact: major', '## Investigating · 2026-11-22 18:05 UTC\u009d\nErrors.\n'),
      [
        'incidents/x.md:6:20: error [bad-time] "2026-11-22 18:05 UTC\\u009d" is not a time',
        '    expected: YYYY-MM-DD HH:MM with a zone',
        '    example:  ## Investigating · 2026-11-22 18:05 UTC',
        `incidents/x.md:6:40: error [control-character] the heading contains the control character U+009D; ${CANT}`,
        EXPECTED,
        '    example:  ## Investigating · 2026-11-22 18:05 UTC',
      ],
    ],
    [
      'a translation of a message',
      bilingual,
      file('title: X\nimpact: major', '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n\n### de\nFehler\ufffe.\n'),
      [`incidents/x.md:10:7: error [control-character] the message contains the control character U+FFFE (a noncharacter); ${CANT}`, EXPECTED, '    example:  Fehler.'],
    ],
    [
      'a postmortem, with a lone surrogate',
      ctx,
      file('title: X\nimpact: major', `${UPDATE}\n## Postmortem\nA bad deploy \ud83d.\n`),
      [
        `incidents/x.md:10:14: error [control-character] the postmortem contains the control character U+D83D (half of a surrogate pair, alone: not a character); ${CANT}`,
        EXPECTED,
        '    example:  A bad deploy .',
      ],
    ],
  ])('%s', (_name, context, text, expected) => {
    const report = formatReport(parseIncident(text, context).problems).split('\n');
    expect(report.slice(0, -1)).toEqual(expected);
  });

  test('tab, line breaks in every spelling, emoji and U+2028 in a message are text: the incident is valid', () => {
    const text = file('title: "Checkout \\t fails 🚨"\nimpact: major', '## Investigating · 2026-11-22 18:05 UTC\r\nErrors\tin\rcheckout 🚨\u2028.\r\n');
    const result = parseIncident(text, ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.title).toBe('Checkout \t fails 🚨');
  });
});
