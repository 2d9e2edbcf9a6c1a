import { describe, expect, test } from 'vitest';
import { formatReport } from '../base/problems.ts';
import { parseIncident, type ParseContext } from './parse.ts';

const NOW = new Date('2026-11-22T19:30Z');
const ctx: ParseContext = { file: 'incidents/x.md', componentIds: ['checkout', 'api'], now: NOW };
const bilingual: ParseContext = { ...ctx, locales: ['en', 'de'] };
const HEADING = '## Investigating · 2026-11-22 18:05 UTC';
const UPDATE = `${HEADING}\nErrors.\n`;
const file = (frontmatter: string, body = UPDATE) => `---\n${frontmatter}\n---\n\n${body}`;
const HAS = 'contains the control character';
const SURROGATE = 'half of a surrogate pair, alone: not a character';
const COLOUR_CODE = 'the start of a terminal colour code';

/** The lines of a control-character problem, as the validator prints them. */
function control(at: string, sentence: string, example?: string): string[] {
  return [
    `incidents/x.md:${at}: error [control-character] ${sentence}; feeds, pages and calendars can't carry it`,
    '    expected: the text without it: letters, punctuation, tabs and line breaks are fine',
    ...(example === undefined ? [] : [`    example:  ${example}`]),
  ];
}

// Each text an incident carries, with a control character in it: the error at its line and column, the fix.
describe('control characters in an incident file', () => {
  test.each([
    [
      "a title with a YAML escape: at the escape, on the title's line",
      ctx,
      file('title: "Checkout\\x0b"\nimpact: major'),
      control('2:17', `title ${HAS} U+000B (vertical tab), written \\x0b`, 'title: Checkout'),
    ],
    [
      'a title with the character itself',
      ctx,
      file('impact: major\ntitle: Check\u001bout'),
      control('3:13', `title ${HAS} U+001B (escape)`, 'title: Checkout'),
    ],
    [
      "a colour code written with YAML's short escape \\e, after an escaped backslash that is no escape",
      ctx,
      file('title: "C:\\\\x0b \\e[31mred\\e[0m"\nimpact: major'),
      control('2:17', `title ${HAS} U+001B (escape), written \\e, ${COLOUR_CODE} (and 1 more)`, 'title: C:\\x0b red'),
    ],
    [
      'a single-quoted title, where \\x0b is text and the raw character is not',
      ctx,
      file("title: 'a\\x0b \u0007b'\nimpact: major"),
      control('2:15', `title ${HAS} U+0007 (bell)`, 'title: a\\x0b b'),
    ],
    [
      'a title in a block scalar, on the line of the character',
      ctx,
      file('impact: major\ntitle: >-\n  Checkout\n  fa\u0085ils'),
      control('5:5', `title ${HAS} U+0085 (next line)`, 'title: Checkout fails'),
    ],
    [
      'a lone surrogate written as an escape',
      ctx,
      file('title: "Outage \\ud83d"\nimpact: major'),
      control('2:16', `title ${HAS} U+D83D (${SURROGATE}), written \\ud83d`, 'title: "Outage "'),
    ],
    [
      "a title translation, at its language's line",
      bilingual,
      file('title:\n  en: Checkout fails\n  de: "Bezahlen \\U0000009b"\nimpact: major'),
      control('4:17', `title.de ${HAS} U+009B, written \\U0000009b`, 'de: "Bezahlen "'),
    ],
    [
      'a component status, with its other problem',
      ctx,
      file('title: X\nimpact: major\ncomponents:\n  api: "major_outage\\0"'),
      [
        'incidents/x.md:5:8: error [bad-component-status] "major_outage\\u0000" is not a component status;' +
          ' did you mean "major_outage"?',
        '    expected: one of: operational, under_maintenance, degraded_performance, partial_outage, major_outage',
        '    example:    api: partial_outage',
        ...control('5:21', `components.api ${HAS} U+0000 (null), written \\0`, 'api: major_outage'),
      ],
    ],
    [
      'an item of a list of components',
      ctx,
      file('title: X\nimpact: major\ncomponents: [api, "check\\aout"]'),
      [
        'incidents/x.md:4:19: error [unknown-component] "check\\u0007out" is not a component; did you mean "checkout"?',
        "    expected: one of the site's components: checkout, api",
        '    example:  components: [checkout]',
        ...control('4:25', `components.1 ${HAS} U+0007 (bell), written \\a`, '- checkout'),
      ],
    ],
    [
      'a postmortem link, which the URL check lets through',
      ctx,
      file('title: X\nimpact: major\npostmortem: "https://example.com/pm\\x7f"'),
      control('4:36', `postmortem ${HAS} U+007F (delete), written \\x7f`, 'postmortem: https://example.com/pm'),
    ],
    [
      'a field that is not one, with its other problem: every value is text to check',
      ctx,
      file('title: X\nimpact: major\nnote: "\\f"'),
      [
        'incidents/x.md:4:1: error [unknown-field] "note" is not a field',
        '    expected: one of: title, type, impact, components, started, postmortem, scheduled, until, example',
        ...control('4:8', `note ${HAS} U+000C (form feed), written \\f`, 'note: ""'),
      ],
    ],
    [
      'a message with a pasted terminal colour code, at its column',
      ctx,
      file('title: X\nimpact: major', `${HEADING}\nSome payments fail: \u001b[31mERROR 502\u001b[0m\n`),
      control(
        '7:21',
        `the message ${HAS} U+001B (escape), ${COLOUR_CODE} (and 1 more)`,
        'Some payments fail: ERROR 502',
      ),
    ],
    [
      'a line of code in a message, and a line of nothing but the character (no example: the line goes)',
      ctx,
      file('title: X\nimpact: major', `${HEADING}\nErrors:\n\`\`\`\nstatus\u0008 502\n\`\`\`\n\u0000\n`),
      [
        ...control('9:7', `the message ${HAS} U+0008 (backspace)`, 'status 502'),
        ...control('11:1', `the message ${HAS} U+0000 (null)`),
      ],
    ],
    [
      'a heading, with its other problem',
      ctx,
      file('title: X\nimpact: major', '## Investigating · 2026-11-22 18:05 UTC\u009d\nErrors.\n'),
      [
        'incidents/x.md:6:20: error [bad-time] "2026-11-22 18:05 UTC\\u009d" is not a time',
        '    expected: YYYY-MM-DD HH:MM with a zone',
        '    example:  ## Investigating · 2026-11-22 18:05 UTC',
        ...control('6:40', `the heading ${HAS} U+009D`, '## Investigating · 2026-11-22 18:05 UTC'),
      ],
    ],
    [
      'a character reference to one in a message with HTML, which decodes it (with or without the ;)',
      ctx,
      file('title: X\nimpact: major', `${HEADING}\n<b>Errors</b> "z3C&#5 and &#x1B;[31m; not &#65; nor &amp;#5;\n`),
      control(
        '7:19',
        `the message ${HAS} U+0005, written &#5 (and 1 more)`,
        '<b>Errors</b> "z3C and [31m; not &#65; nor &amp;#5;',
      ),
    ],
    [
      'a translation of a message',
      bilingual,
      file('title: X\nimpact: major', `${UPDATE}\n### de\nFehler\ufffe.\n`),
      control('10:7', `the message ${HAS} U+FFFE (a noncharacter)`, 'Fehler.'),
    ],
    [
      'a postmortem, with a lone surrogate',
      ctx,
      file('title: X\nimpact: major', `${UPDATE}\n## Postmortem\nA bad deploy \ud83d.\n`),
      control('10:14', `the postmortem ${HAS} U+D83D (${SURROGATE})`, 'A bad deploy .'),
    ],
  ])('%s', (_name, context, text, expected) => {
    const report = formatReport(parseIncident(text, context).problems).split('\n');
    expect(report.slice(0, -1)).toEqual(expected);
  });

  test('tab, line breaks in every spelling, emoji and U+2028 are text: the incident is valid', () => {
    const body = '## Investigating · 2026-11-22 18:05 UTC\r\nErrors\tin\rcheckout 🚨\u2028.\r\n';
    const result = parseIncident(file('title: "Checkout \\t fails 🚨"\nimpact: major', body), ctx);
    expect(result.problems).toEqual([]);
    expect(result.incident?.title).toBe('Checkout \t fails 🚨');
  });
});
