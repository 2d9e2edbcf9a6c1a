import { describe, expect, test } from 'vitest';
import { formatReport } from '../base/problems.ts';
import {
  parseSiteConfig,
  validateIncidents,
  validateProject,
  type ParsedContext,
  type ParsedIncidents,
  type SourceFile,
} from './validate.ts';
import type { Incident } from '../incident/model.ts';
import type { Problem } from '../base/problems.ts';
import { DEFAULT_JARGON } from '../config/guidance-rules.ts';

const valid = {
  name: 'Acme Status',
  url: 'https://status.example.com/',
  groups: [{ id: 'shop', name: 'Shop' }],
  components: [
    { id: 'checkout', name: 'Checkout', group: 'shop' },
    { id: 'api', name: 'API' },
  ],
};

describe('site config', () => {
  test('defaults', () => {
    const { config, problems } = parseSiteConfig(valid, 'astro.config.mjs');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      timeZone: 'UTC',
      updateCadenceMinutes: 30,
      historyPageSize: 25,
      incidentsDir: 'incidents',
      openIncidentDays: 7,
    });
  });

  test('every problem, one a line, prefixed by its dotted path', () => {
    const { problems } = parseSiteConfig(
      {
        ...valid,
        url: 'status.example.com',
        timeZone: 'Europe/Berln',
        colour: 'red',
        components: [
          { id: 'Checkout', name: 'Checkout', group: 'shpo' },
          { id: 'api', name: '' },
          { id: 'api', name: 'API again', descripton: 'typo' },
        ],
      },
      'astro.config.mjs',
    );
    expect(formatReport(problems.map((problem) => ({ ...problem, example: undefined })))).toMatchInlineSnapshot(`
      "astro.config.mjs: error [config-invalid-value] url "status.example.com" is not a URL
          expected: an http or https address
      astro.config.mjs: error [config-invalid-value] timeZone "Europe/Berln" is not a time zone; use an IANA name like "UTC" or "Europe/Berlin"
      astro.config.mjs: error [config-invalid-value] components.0.id "Checkout" is not allowed
          expected: use lowercase letters, digits and dashes, like "checkout-api"
      astro.config.mjs: error [config-invalid-value] components.1.name is empty
          expected: at least one character
      astro.config.mjs: error [config-unknown-field] "descripton" is not a field of components.2; did you mean "description"?
          expected: one of: id, name, description, group, trackedSince
      astro.config.mjs: error [config-unknown-field] "colour" is not a field
          expected: one of: name, url, description, timeZone, trackedSince, updateCadenceMinutes, openIncidentDays, feedLimit, historyPageSize, incidentsDir, guidance, jargon, groups, components, logo, accentColor, links, customCss, locale, locales, strings, announce, alerts
      astro.config.mjs: error [config-invalid-value] components.0.group: "shpo" is not a group; did you mean "shop"?
          expected: one of: shop
      astro.config.mjs: error [config-invalid-value] components.2.id: "api" is used twice; component and group ids must be unique
      8 errors, 0 warnings"
    `);
  });

  test('a config with no components', () => {
    const { problems } = parseSiteConfig({ name: 'X', url: 'https://x.example/', components: [] }, 'astro.config.mjs');
    expect(problems.map((problem) => problem.message)).toEqual(['components is empty']);
  });
});

describe('branding in the site config', () => {
  const report = (extra: Record<string, unknown>) =>
    formatReport(parseSiteConfig({ ...valid, ...extra }, 'astro.config.mjs').problems);

  test('an accent colour that fails WCAG AA says which mode, the ratio and the nearest shade that passes', () => {
    expect(report({ accentColor: '#7ab4ff' })).toMatchInlineSnapshot(`
      "astro.config.mjs: error [config-low-contrast] accentColor "#7ab4ff" has a contrast of 2.01:1 against the light mode background (#f7f8fa); WCAG AA needs 4.5:1. The nearest shade that passes is #006af4
          expected: a colour with at least 4.5:1 against #ffffff and #f7f8fa in light mode
          example:  accentColor: '#006af4'
      1 error, 0 warnings"
    `);
    expect(report({ accentColor: { light: '#0b5fff', dark: '#0b5fff' } })).toMatchInlineSnapshot(`
      "astro.config.mjs: error [config-low-contrast] accentColor.dark "#0b5fff" has a contrast of 3.22:1 against the dark mode background (#1b1f24); WCAG AA needs 4.5:1. The nearest shade that passes is #3d80ff
          expected: a colour with at least 4.5:1 against #121417 and #1b1f24 in dark mode
          example:  accentColor: { light: '#0b5fff', dark: '#3d80ff' }
      1 error, 0 warnings"
    `);
  });

  test('one colour sets light mode; dark mode takes its nearest shade that passes', () => {
    expect(parseSiteConfig({ ...valid, accentColor: '#0B5FFF' }, 'astro.config.mjs').config?.accentColor).toEqual({
      light: '#0b5fff',
      dark: '#3d80ff',
    });
  });

  test('files are local, links are web, mail or site paths', () => {
    expect(
      report({
        logo: { src: 'https://cdn.example.com/logo.svg', alt: 'Acme' },
        links: [{ label: 'x', href: 'javascript:alert(1)' }],
        customCss: ['/etc/site.css', './a.scss'],
        accentColor: 'blue',
      }),
    ).toMatchInlineSnapshot(`
      "astro.config.mjs: error [config-not-local] logo.src "https://cdn.example.com/logo.svg" is not a local file: the site loads nothing from other origins
          expected: a path relative to the project root
          example:  logo: { src: './public/logo.svg', alt: 'Acme' }
      astro.config.mjs: error [config-invalid-value] accentColor "blue" is not a colour
          expected: a hex colour
          example:  accentColor: '#0b5fff'
      astro.config.mjs: error [config-invalid-value] links.0.href "javascript:alert(1)" is not a link
          expected: an https:// or mailto: address, or a path starting with /
          example:  links: [{ label: 'Support', href: 'mailto:support@acme.com' }]
      astro.config.mjs: error [config-not-local] customCss.0 "/etc/site.css" is an absolute path
          expected: a path relative to the project root
          example:  customCss: ['./src/styles/status.css']
      astro.config.mjs: error [config-not-local] customCss.1 "./a.scss" is not a css file
          expected: a file ending in .css
          example:  customCss: ['./src/styles/status.css']
      5 errors, 0 warnings"
    `);
  });
});

describe('languages in the site config', () => {
  const report = (extra: Record<string, unknown>) =>
    formatReport(parseSiteConfig({ ...valid, ...extra }, 'astro.config.mjs').problems);

  test('a language Outpost does not ship, a default outside locales, a repeat, unknown keys and parameters', () => {
    expect(report({ locale: 'dk' })).toContain(
      'error [config-invalid-value] locale is "dk", which is not allowed; did you mean "de"?\n    expected: one of: en, de, fr, es, pt-BR, ja',
    );
    expect(
      report({
        locales: ['en', 'de', 'de'],
        locale: 'fr',
        strings: {
          ja: { 'nav.status': 'x' },
          de: { 'home.component': 'Dienste', 'footer.statusAsOf': 'Stand {zeit}' },
        },
      }),
    ).toMatchInlineSnapshot(`
      "astro.config.mjs: error [config-invalid-value] locale: "fr" is not one of locales (en, de, de)
          expected: the default language, one of locales
          example:  locales: ['en', 'de', 'fr']
      astro.config.mjs: error [config-invalid-value] locales.2: "de" is listed twice
          example:  locales: ['en', 'de']
      astro.config.mjs: error [config-invalid-value] strings.ja: strings has texts for "ja", which is not a language of this site (fr, en, de)
          expected: one of: fr, en, de
          example:  strings: { fr: { 'home.components': '…' } }
      astro.config.mjs: error [config-unknown-field] strings.de.home.component: strings.de has "home.component", which is not a text of Outpost's; did you mean "home.components"?
          expected: a key of the catalogue, src/core/i18n/en.ts
          example:  strings: { de: { 'home.components': '…' } }
      astro.config.mjs: error [config-invalid-value] strings.de.footer.statusAsOf: the text of "footer.statusAsOf" uses {zeit}, which Outpost does not fill in
          expected: only {time}
          example:  'footer.statusAsOf': 'Stand: {time}.'
      5 errors, 0 warnings"
    `);
  });
});

describe('what would fail the build fails validation first', () => {
  const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
  const at = (text: string) =>
    validateIncidents([{ path: 'incidents/deep.md', text }], config, { now: new Date('2026-11-22T19:00Z') });
  const file = (message: string) =>
    `---\ntitle: Checkout fails\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\n${message}\n`;

  test.each([
    ['5,000 nested divs', `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}`],
    ['5,000 unclosed spans', `${'<span>'.repeat(5000)}x`],
    ['65 nested blockquote tags', `${'<blockquote>'.repeat(65)}x`],
  ])('%s: a problem at the message line, and the incident is left out', (_, message) => {
    const result = at(file(message));
    expect(result.incidents).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        rule: 'unrenderable-message',
        line: 8,
        message: "this message can't be published: its HTML is nested more than 64 levels deep",
      }),
    ]);
  });

  test('HTML nested 64 levels renders and passes', () => {
    const result = at(file(`${'<div>'.repeat(64)}x${'</div>'.repeat(64)}`));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.incidents).toHaveLength(1);
  });

  test('an error thrown while checking a file is reported against that file; the others are still checked', () => {
    const broken = {
      path: 'incidents/a.md',
      get text(): string {
        throw new Error('disk on fire');
      },
    };
    const result = validateIncidents(
      [broken, { path: 'incidents/b.md', text: file('Errors when paying. Next update by 18:40 UTC.') }],
      config,
      { now: new Date('2026-11-22T19:00Z') },
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: 'incidents/a.md',
        rule: 'internal-error',
        message: 'Outpost failed on this file: disk on fire',
      }),
    );
    expect(result.incidents.map((incident) => incident.slug)).toEqual(['b']);
  });
});

describe('each kind of config problem, in words', () => {
  const base = { name: 'A', url: 'https://x.example/', components: [{ id: 'api', name: 'API' }] };
  test.each([
    [
      { updateCadenceMinutes: 0 },
      'config-invalid-value',
      'updateCadenceMinutes is 0, which is too small',
      'a number greater than 0',
    ],
    [{ feedLimit: -5 }, 'config-invalid-value', 'feedLimit is -5, which is too small', 'a number greater than 0'],
    [
      { updateCadenceMinutes: 1.5 },
      'config-invalid-value',
      'updateCadenceMinutes should be a whole number, not number 1.5',
      'a whole number',
    ],
    [
      { openIncidentDays: '7' },
      'config-invalid-value',
      'openIncidentDays should be a number, not string "7"',
      'a number',
    ],
    [
      { guidance: { jargon: 'loud' } },
      'config-invalid-value',
      'guidance.jargon is "loud", which is not allowed',
      'one of: off, warn, error',
    ],
    [
      { guidance: { jargn: 'off' } },
      'config-unknown-field',
      '"jargn" is not a field of guidance; did you mean "jargon"?',
      'one of: cliche, cause-not-impact, blame, overpromise, next-update, no-scope, stale, all-clear, jargon',
    ],
    [{ groups: [{ id: 'g' }] }, 'config-missing-field', '"groups.0.name" is required', 'a string'],
    [{ groups: null }, 'config-invalid-value', 'groups should be a list, not empty', 'a list'],
    [{ groups: { a: 1 } }, 'config-invalid-value', 'groups should be a list, not a map', 'a list'],
    [{ groups: 'shop' }, 'config-invalid-value', 'groups should be a list, not string "shop"', 'a list'],
    [{ jargon: ['', 'x'] }, 'config-invalid-value', 'jargon.0 is empty', 'at least one character'],
    [{ jargon: [['x']] }, 'config-invalid-value', 'jargon.0 should be a string, not a list', 'a string'],
    [
      { url: 'ftp://x.example/' },
      'config-invalid-value',
      'url "ftp://x.example/" is not a URL',
      'an http or https address',
    ],
    [{ name: undefined }, 'config-missing-field', '"name" is required', 'a string'],
    [
      { trackedSince: '20 Nov 2026' },
      'config-invalid-value',
      'trackedSince "20 Nov 2026" is not allowed',
      'a day as "YYYY-MM-DD", like "2026-11-20"',
    ],
    [
      { components: [{ id: 'api', name: 'API', trackedSince: '2026-11-31' }] },
      'config-invalid-value',
      'components.0.trackedSince "2026-11-31" is not allowed',
      'a day as "YYYY-MM-DD", like "2026-11-20"',
    ],
    [
      { timeZone: 'Mars/Base' },
      'config-invalid-value',
      'timeZone "Mars/Base" is not a time zone; use an IANA name like "UTC" or "Europe/Berlin"',
      undefined,
    ],
    [
      {
        groups: [
          { id: 'g', name: 'G' },
          { id: 'g', name: 'G2' },
        ],
      },
      'config-invalid-value',
      'groups.1.id: "g" is used twice; ids must be unique',
      undefined,
    ],
    [
      { groups: [{ id: 'api', name: 'G' }] },
      'config-invalid-value',
      'components.0.id: "api" is used twice; component and group ids must be unique',
      undefined,
    ],
    [
      { components: [{ id: 'api', name: 'API', group: 'nope' }] },
      'config-invalid-value',
      'components.0.group: "nope" is not a group',
      'one of: ',
    ],
    [
      { components: [{ id: 'api', name: 'API', colour: 'red' }] },
      'config-unknown-field',
      '"colour" is not a field of components.0',
      'one of: id, name, description, group, trackedSince',
    ],
    [
      { groups: [{ id: 'g', name: 'G', colour: 'x' }] },
      'config-unknown-field',
      '"colour" is not a field of groups.0',
      'one of: id, name, description',
    ],
  ])('%j', (extra, rule, message, expected) => {
    const { config, problems } = parseSiteConfig({ ...base, ...extra }, 'astro.config.mjs');
    expect(config).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule, p.message, p.expected])).toEqual([
      ['astro.config.mjs', 0, 0, 'error', rule, message, expected],
    ]);
    expect(problems[0].example).toContain("outpost({\n  name: 'Acme Status',");
  });

  test('no options at all: every required field', () => {
    expect(parseSiteConfig(undefined, 'astro.config.mjs').problems.map((p) => p.message)).toEqual([
      '"name" is required',
      '"url" is required',
      '"components" is required',
    ]);
    expect(parseSiteConfig(null, 'astro.config.mjs').problems).toHaveLength(3);
  });

  test('every default', () => {
    const { config } = parseSiteConfig({ ...base }, 'astro.config.mjs');
    expect(config).toEqual({
      ...base,
      components: [{ id: 'api', name: 'API' }],
      timeZone: 'UTC',
      updateCadenceMinutes: 30,
      openIncidentDays: 7,
      feedLimit: 100,
      historyPageSize: 25,
      incidentsDir: 'incidents',
      guidance: {},
      jargon: [...DEFAULT_JARGON],
      groups: [],
      links: [],
      customCss: [],
      strings: {},
      announce: [],
      alerts: { autoPublish: false, componentLabel: 'component', routes: [] },
    });
  });
});

describe('validating incidents and the project', () => {
  const file = (
    path: string,
    body = '## Investigating · 2026-11-22 18:05 UTC\nSome customers see errors. Next update by 18:35 UTC.\n',
    fm = 'title: Checkout fails\nimpact: major\ncomponents: [checkout]',
  ) => ({ path, text: `---\n${fm}\n---\n\n${body}` });
  const now = new Date('2026-11-22T18:10Z');

  test('duplicate slugs across folders, each file parsed, guidance added', () => {
    const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
    const result = validateIncidents(
      [
        file('incidents/a.md'),
        file('incidents/2026/a.md'),
        file('incidents/b.md', '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience.\n'),
      ],
      config,
      { now },
    );
    expect(result.incidents.map((i) => i.file)).toEqual(['incidents/a.md', 'incidents/2026/a.md', 'incidents/b.md']);
    expect(result.problems.map((p) => [p.file, p.rule, p.severity])).toEqual([
      ['incidents/2026/a.md', 'duplicate-slug', 'error'],
      ['incidents/b.md', 'cliche', 'warning'],
      ['incidents/b.md', 'next-update', 'warning'],
    ]);
    expect(result.problems[0]).toMatchObject({
      line: 0,
      column: 0,
      message: 'the slug "a" is already used by incidents/a.md',
      example: 'a-2.md',
    });
  });

  test('commit times are asked for by path and line', () => {
    const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
    const asked: [string, number][] = [];
    const result = validateIncidents(
      [file('incidents/c.md', '## Monitoring\nA fix is out. Next update by 18:40 UTC.\n')],
      config,
      {
        now,
        timeOfLine: (path, line) => (asked.push([path, line]), new Date('2026-11-22T18:07Z')),
      },
    );
    expect(asked).toEqual([['incidents/c.md', 7]]);
    expect(result.incidents[0].updates[0].at).toEqual(new Date('2026-11-22T18:07Z'));
    expect(
      validateIncidents([file('incidents/c.md', '## Monitoring\nA fix is out.\n')], config, { now }).problems.map(
        (p) => p.rule,
      ),
    ).toEqual(['missing-time']);
  });

  describe('incidents parsed before', () => {
    const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
    /** A cache in memory that says what it was asked. */
    const memory = () => {
      const kept = new Map<string, Incident>();
      const calls: string[] = [];
      const key = (file: SourceFile, context: ParsedContext) =>
        `${file.path}|${file.text}|${context.componentIds.join()}|${context.locales?.join()}`;
      const parsed: ParsedIncidents = {
        get: (file, context) => (calls.push(`get ${file.path}`), kept.get(key(file, context))),
        set: (file, context, incident, timed) => (
          calls.push(`set ${file.path}${timed ? ' timed' : ''}`),
          kept.set(key(file, context), incident)
        ),
      };
      return { parsed, calls, kept };
    };

    test('a file without problems is kept, and the next run takes it from there: the same incident, checked again', () => {
      const { parsed, calls } = memory();
      const files = [
        file('incidents/a.md'),
        file('incidents/b.md', '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience.\n'),
        file('incidents/bad.md', '## Investigatin · 2026-11-22 18:05 UTC\nErrors.\n'),
      ];
      const first = validateIncidents(files, config, { now, parsed });
      expect(calls.splice(0)).toEqual([
        'get incidents/a.md',
        'set incidents/a.md',
        'get incidents/b.md',
        'set incidents/b.md',
        'get incidents/bad.md',
      ]);
      const second = validateIncidents(files, config, { now, parsed });
      expect(calls).toEqual(['get incidents/a.md', 'get incidents/b.md', 'get incidents/bad.md']);
      expect(second.incidents[0]).toBe(first.incidents[0]);
      // Guidance and the other checks of the whole run are not kept: they come again.
      expect(second.problems).toEqual(first.problems);
      expect(second.problems.map((problem) => [problem.file, problem.rule])).toContainEqual([
        'incidents/b.md',
        'cliche',
      ]);
    });

    test("a file that parses but can't be rendered is not kept: every run reports it", () => {
      const { parsed, calls } = memory();
      const deep = file('incidents/deep.md', `## Investigating · 2026-11-22 18:05 UTC\n${'<div>'.repeat(70)}x\n`);
      for (let run = 0; run < 2; run++) {
        const result = validateIncidents([deep], config, { now, parsed });
        expect(result.incidents).toEqual([]);
        expect(result.problems.map((problem) => problem.rule)).toEqual(['unrenderable-message']);
      }
      expect(calls).toEqual(['get incidents/deep.md', 'get incidents/deep.md']);
    });

    test('the guidance on the words is kept with the incident; what the clock decides is judged again', () => {
      const { parsed } = memory();
      const words = new Map<string, Problem[]>();
      parsed.words = (file, _context, key) => words.get(`${file.path} ${key}`);
      parsed.setWords = (file, _context, key, problems) => void words.set(`${file.path} ${key}`, problems);
      const open = file(
        'incidents/a.md',
        '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience.\n',
      );
      const first = validateIncidents([open], config, { now, parsed });
      expect(first.problems.map((problem) => problem.rule)).toEqual(['cliche', 'next-update']);
      const [key] = words.keys();
      words.set(key, [{ ...first.problems[0], message: 'kept from the last run' }]);
      const second = validateIncidents([open], config, { now: new Date('2026-11-22T19:30Z'), parsed });
      expect(second.problems.map((problem) => [problem.rule, problem.message.slice(0, 22)])).toEqual([
        ['cliche', 'kept from the last run'],
        ['next-update', 'the newest investigati'],
        ['stale', 'it has had no update f'],
      ]);
    });

    test('a heading that took its time from Git is kept as such', () => {
      const { parsed, calls } = memory();
      validateIncidents([file('incidents/c.md', '## Monitoring\nA fix is out. Next update by 18:40 UTC.\n')], config, {
        now,
        parsed,
        timeOfLine: () => new Date('2026-11-22T18:07Z'),
      });
      expect(calls).toEqual(['get incidents/c.md', 'set incidents/c.md timed']);
    });

    test('an incident kept from a run at a later clock is parsed again when an update is now in the future', () => {
      const { parsed, calls } = memory();
      const later = file(
        'incidents/a.md',
        '## Investigating · 2026-11-22 19:05 UTC\nSome customers see errors. Next update by 19:35 UTC.\n',
      );
      validateIncidents([later], config, { now: new Date('2026-11-22T19:10Z'), parsed });
      calls.splice(0);
      const result = validateIncidents([later], config, { now, parsed });
      expect(calls).toEqual(['get incidents/a.md']);
      expect(result.problems.map((problem) => problem.rule)).toEqual(['future-time']);
    });
  });

  test('a project: incidents only against a valid config; ok only without errors', () => {
    const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
    expect(validateProject({}, 'astro.config.mjs', [file('incidents/a.md')], { now })).toEqual({
      ok: false,
      incidents: [],
      problems: parseSiteConfig({}, 'astro.config.mjs').problems,
      now,
    });
    expect(validateProject(valid, 'astro.config.mjs', [file('incidents/a.md')], { now })).toMatchObject({
      ok: true,
      problems: [],
      config,
    });
    expect(
      validateProject(
        valid,
        'astro.config.mjs',
        [file('incidents/b.md', '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience.\n')],
        { now },
      ).ok,
    ).toBe(true);
    expect(
      validateProject(
        { ...valid, guidance: { cliche: 'error' } },
        'astro.config.mjs',
        [
          file(
            'incidents/b.md',
            '## Investigating · 2026-11-22 18:05 UTC\nWe apologize for any inconvenience. Next update by 18:35 UTC.\n',
          ),
        ],
        { now },
      ),
    ).toMatchObject({ ok: false, problems: [{ rule: 'cliche', severity: 'error' }] });
    expect(validateProject(valid, 'astro.config.mjs', [file('incidents/x.md', '')], { now })).toMatchObject({
      ok: false,
      incidents: [],
    });
  });

  describe('an update dated ahead of the clock, within the tolerance, is on the page at once', () => {
    const ahead = (body: string) =>
      validateProject(valid, 'astro.config.mjs', [file('incidents/a.md', body)], {
        now: new Date('2026-11-22T18:01Z'),
      });

    test('the site is built as of that update, and a notice names it', () => {
      const result = ahead(
        '## Identified · 2026-11-22 18:05 UTC\nFound it. Next update by 18:35 UTC.\n\n## Investigating · 2026-11-22 17:50 UTC\nErrors. Next update by 18:20 UTC.\n',
      );
      expect([result.ok, result.now]).toEqual([true, new Date('2026-11-22T18:05Z')]);
      expect(result.problems).toEqual([
        {
          file: 'incidents/a.md',
          line: 7,
          column: 1,
          severity: 'notice',
          rule: 'clock-behind',
          message:
            "this update is dated 2026-11-22 18:05 UTC, 4 minutes after the build's clock (2026-11-22 18:01 UTC); the site is built as of 2026-11-22 18:05 UTC so that it shows",
        },
      ]);
    });

    test.each([
      ['one minute', '18:02', '1 minute after'],
      ['at the edge', '18:16', '15 minutes after'],
    ])('%s ahead', (_name, time, words) => {
      const result = ahead(`## Investigating · 2026-11-22 ${time} UTC\nErrors. Next update by 18:35 UTC.\n`);
      expect(result.now).toEqual(new Date(`2026-11-22T${time}Z`));
      expect(result.problems[0].message).toContain(words);
    });

    test('past the tolerance: an error, and the clock stays', () => {
      const result = ahead('## Investigating · 2026-11-22 18:17 UTC\nErrors. Next update by 18:35 UTC.\n');
      expect([result.ok, result.now, result.problems.map((p) => p.rule)]).toEqual([
        false,
        new Date('2026-11-22T18:01Z'),
        ['future-time'],
      ]);
    });

    test('nothing ahead: the clock as given, no notice', () => {
      const result = ahead('## Investigating · 2026-11-22 18:01 UTC\nErrors. Next update by 18:35 UTC.\n');
      expect([result.now, result.problems]).toEqual([new Date('2026-11-22T18:01Z'), []]);
    });
  });
});

test.each([
  [
    { logo: { src: './x.svg', alt: 'a', drak: './y.svg' } },
    '"drak" is not a field of logo; did you mean "dark"?',
    'one of: src, dark, alt',
  ],
  [
    { links: [{ label: 'x', href: '/a', hraf: 1 }] },
    '"hraf" is not a field of links.0; did you mean "href"?',
    'one of: label, href',
  ],
  [
    { announce: [{ kind: 'slack', urlEnv: 'SLACK_URL', chanel: 'x' }] },
    '"chanel" is not a field of announce.0',
    'one of: kind, urlEnv, id, components, minImpact, types, lookbackMinutes, locale',
  ],
])('a misspelt field of a branding or announce entry names the fields it has: %j', (extra, message, expected) => {
  const base = { name: 'A', url: 'https://x.example/', components: [{ id: 'api', name: 'API' }] };
  expect(
    parseSiteConfig({ ...base, ...extra }, 'astro.config.mjs').problems.map((p) => [p.rule, p.message, p.expected]),
  ).toEqual([['config-unknown-field', message, expected]]);
});

test('a postmortem that cannot be rendered is a problem too; the language notice comes only with incidents to check', () => {
  const config = parseSiteConfig(valid, 'astro.config.mjs').config!;
  const text = `---\ntitle: Checkout fails\nimpact: major\ncomponents: [checkout]\n---\n\n## Resolved · 2026-11-22 18:30 UTC\nCheckout works again; no orders were lost.\n\n## Postmortem\n${'<div>'.repeat(70)}x\n`;
  const result = validateIncidents([{ path: 'incidents/pm.md', text }], config, { now: new Date('2026-11-22T19:00Z') });
  expect(result.incidents).toEqual([]);
  expect(result.problems.map((p) => p.rule)).toEqual(['unrenderable-message']);
  const german = { ...valid, locale: 'de' };
  const file = { path: 'incidents/ok.md', text: text.replace(/## Postmortem[\s\S]*$/, '') };
  expect(
    validateProject(german, 'astro.config.mjs', [file], { now: new Date('2026-11-22T19:00Z') }).problems.map((p) => [
      p.severity,
      p.rule,
    ]),
  ).toEqual([['notice', 'guidance-language']]);
  expect(validateProject(german, 'astro.config.mjs', [], { now: new Date('2026-11-22T19:00Z') }).problems).toEqual([]);
});
