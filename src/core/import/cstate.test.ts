import { describe, expect, test } from 'vitest';
import { readCstateConfig, readCstateIssue, readCstateTime } from './cstate.ts';

describe("readCstateTime: zone-less times in the site's zone, as Hugo reads them", () => {
  test.each([
    ['2019-01-21 14:20:00', 'UTC', '2019-01-21T14:20:00.000Z', false, true],
    ['2021-10-13T07:45:18.497Z', 'UTC', '2021-10-13T07:45:18.497Z', true, true],
    ['2022-09-01T01:00:00+02:00', 'UTC', '2022-08-31T23:00:00.000Z', true, true],
    ['2015-06-29', 'UTC', '2015-06-29T00:00:00.000Z', false, false],
    ['2024-07-01 12:00', 'Europe/Berlin', '2024-07-01T10:00:00.000Z', false, true],
    ['2024-01-15 12:00', 'Europe/Berlin', '2024-01-15T11:00:00.000Z', false, true],
    ['2024-03-31 03:30', 'Europe/Berlin', '2024-03-31T01:30:00.000Z', false, true],
  ])('%s in %s', (text, zone, iso, zoned, timed) => {
    expect(readCstateTime(text, zone)).toEqual({ date: new Date(iso), zoned, timed });
  });

  test.each(['yesterday', '2019-02-30 10:00', '2019-01-21 25:00', ''])('%j is not a time', (text) => {
    expect(readCstateTime(text, 'UTC')).toBeUndefined();
  });
});

const issue = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n${body}`;
const read = (text: string) => readCstateIssue(text, { zone: 'UTC', path: 'content/issues/2026-01-02-x.md' });

describe('readCstateIssue', () => {
  test('markers with and without times, a track shortcode, a plain "Update <time>:" line, code blocks left alone', () => {
    const { incident } = read(
      issue(
        'title: X\ndate: 2026-01-02 10:00:00\nresolved: "true"\nresolvedWhen: 2026-01-02 12:00:00\nseverity: down\naffected: [API]',
        [
          'First words.',
          '',
          '*Identified* - Found it. {{< track "2026-01-02 10:30:00" >}}',
          '```',
          '*Resolved* - not a marker in code',
          '```',
          '_Update_ - no time: stays with the one before',
          'Update 2026-01-02 11:15: plain form.',
          '**Resolved:** All good.',
        ].join('\n'),
      ),
    );
    expect(incident!.updates.map((update) => [update.status, update.at.toISOString(), update.message])).toEqual([
      ['investigating', '2026-01-02T10:00:00.000Z', 'First words.'],
      [
        'identified',
        '2026-01-02T10:30:00.000Z',
        'Found it.\n```\n*Resolved* - not a marker in code\n```\n\n**Update** – no time: stays with the one before',
      ],
      ['update', '2026-01-02T11:15:00.000Z', 'plain form.'],
      ['resolved', '2026-01-02T12:00:00.000Z', 'All good.'],
    ]);
    expect(incident!.counted).toEqual({ merged: 1, leftOut: 0, added: 0 });
    expect(incident).toMatchObject({
      impact: 'critical',
      type: 'incident',
      oldPaths: ['issues/2026-01-02-x'],
      preferredSlug: '2026-01-02-x',
    });
  });

  test('a word that is not a status stays in the text; a closing Resolved part takes resolvedWhen; a post mortem is its section', () => {
    const { incident } = read(
      issue(
        'title: X\ndate: 2026-01-02 10:00:00\nresolved: true\nresolvedWhen: 2026-01-02 12:00:00\nseverity: disrupted',
        '*Emergency Maintenance Underway* - Power.\n\n*Resolved -* Back.\n\n**Post Mortem:**\nA fuse.',
      ),
    );
    expect(incident!.updates.map((update) => [update.status, update.message])).toEqual([
      ['update', '**Emergency Maintenance Underway** – Power.'],
      ['resolved', 'Back.'],
    ]);
    expect(incident!.postmortem).toBe('A fuse.');
  });

  test('resolved without its text: a Resolved update at resolvedWhen, counted as added', () => {
    const { incident } = read(
      issue('title: X\ndate: 2026-01-02 10:00:00\nresolved: true\nresolvedWhen: 2026-01-02 12:00:00', 'Down.'),
    );
    expect(incident!.updates.at(-1)).toEqual({
      status: 'resolved',
      at: new Date('2026-01-02T12:00Z'),
      message: 'This issue is resolved.',
    });
    expect(incident!.counted.added).toBe(1);
    expect(incident!.notes).toContain('no severity: impact minor');
  });

  test.each([
    [
      'a draft',
      issue('title: X\ndate: 2026-01-02\ndraft: true', 'x'),
      { skipped: 'a draft (draft: true): cState does not publish it' },
    ],
    [
      'another section',
      issue('title: X\ndate: 2026-01-02\nsection: page', 'x'),
      { skipped: 'section "page" is not a cState issue' },
    ],
    ['no title', issue('date: 2026-01-02', 'x'), { problem: 'no title' }],
    ['no date', issue('title: X', 'x'), { problem: 'no date' }],
    ['a bad date', issue('title: X\ndate: soon', 'x'), { problem: 'date "soon" is not a time' }],
    ['TOML', '+++\ntitle = "x"\n+++\n', { problem: 'TOML frontmatter (+++) is not how cState writes issues' }],
    ['unclosed frontmatter', '---\ntitle: X\n', { problem: 'the frontmatter is never closed with ---' }],
    ['YAML that does not parse', issue('title: [x', 'x'), { problem: expect.stringMatching(/^YAML: /) }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

test('readCstateConfig: systems, categories and the time zone', () => {
  expect(
    readCstateConfig(
      'timeZone: Europe/Berlin\nparams:\n  categories:\n    - name: Website\n      description: Sites\n  systems:\n    - name: CMS\n      description: Frontend\n      category: Website\n    - name: Redis\n',
    ),
  ).toEqual({
    site: {
      timeZone: 'Europe/Berlin',
      categories: [{ name: 'Website', description: 'Sites' }],
      systems: [
        { name: 'CMS', description: 'Frontend', group: 'Website' },
        { name: 'Redis', description: undefined, group: undefined },
      ],
    },
  });
  expect(readCstateConfig('a: [')).toEqual({ problem: expect.stringMatching(/^YAML: /) });
});
