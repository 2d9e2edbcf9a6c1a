/**
 * Property-based tests over random and hostile incident files (fast-check): validation never
 * throws; every file it accepts renders in every output (view model, feeds, API, calendar, badge,
 * share texts), and each output is well-formed: Atom, RSS and SVG parse with a strict XML parser,
 * JSON parses, the calendar parses, and no output holds a control character; every file it rejects
 * gets at least one error with a line. The same for site configs with hostile texts.
 *
 * A short run is part of `npm test`; `npm run fuzz` runs 100,000 cases (FUZZ_RUNS), and
 * FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { findControlCharacter } from '../core/base/control-characters.ts';
import { parseSiteConfig, validateIncidents } from '../core/checks/validate.ts';
import type { Problem } from '../core/base/problems.ts';
import type { SiteConfig } from '../core/config/schema.ts';
import type { Incident } from '../core/incident/model.ts';
import { OUTPUTS, outputFiles } from '../core/outputs/registry.ts';
import { shareTexts } from '../core/outputs/share.ts';
import { buildSiteView } from '../core/outputs/view-model.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const CONFIG = {
  name: 'Fuzz & <Status>',
  url: 'https://status.example.com/sub/',
  groups: [{ id: 'shop', name: 'Shop' }],
  components: [
    { id: 'checkout', name: 'Checkout', group: 'shop' },
    { id: 'api', name: 'API <b>' },
  ],
};
const config = parseSiteConfig(CONFIG, 'astro.config.mjs').config!;
const NOW = new Date('2026-11-22T19:00Z');

// Characters no feed can carry, as they arrive: raw (a pasted terminal colour code, a stray byte), and as YAML
// escapes in double quotes, which the file holds as plain letters and the parsed value as the character.
const controlCharacter = fc.oneof(
  fc
    .integer({ min: 0, max: 0x9f })
    .filter((code) => code < 0x20 || code >= 0x7f)
    .map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u001b[31m', '\u001b[0m', '\ufffe', '\uffff', '\ud83d', '\ude00', '\u0085', '\u000b', '\u0000'),
);
const yamlEscape = fc.constantFrom(
  ...['\\x0b', '\\e[31m', '\\0', '\\a', '\\b', '\\v', '\\f', '\\N', '\\x7f', '\\x9b'],
  ...['\\u001b', '\\U00000085', '\\ud800', '\\uffff', '\\r'],
);
/** Any character, a control character now and then. */
const anyOrControl = fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), controlCharacter);

// Pieces a person (or an attacker) might type.
const words = fc.constantFrom(
  'Investigating',
  'identified',
  'MONITORING',
  'Update',
  'Resolved',
  'Scheduled',
  'In progress',
  'verifying',
  'Completed',
  'Resovled',
  'Postmortem',
  '',
  '2026-11-22',
);
const times = fc.oneof(
  fc.constantFrom(
    '2026-11-22 18:05 UTC',
    '2026-11-22T18:05Z',
    '2026-11-22 19:05 +01:00',
    '2026-11-22 18:05',
    '2026-11-22 18:05:30 UTC',
    '2026-02-30 10:00 UTC',
    '2026-11-22 24:00 UTC',
    '9999-99-99',
    '',
  ),
  fc
    .date({ min: new Date('2025-01-01T00:00Z'), max: new Date('2026-11-23T00:00Z'), noInvalidDate: true })
    .map((date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`),
);
const separators = fc.constantFrom(' · ', ' - ', ' — ', ' | ', ' ', '·', ' –  ');
const heading = fc
  .tuple(fc.constantFrom('## ', '##', '### ', '# ', ' ## '), words, separators, times)
  .map(([hashes, word, separator, time]) => `${hashes}${word}${separator}${time}`);
const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '`<img src=x onmouseover=alert(2)>`',
  ']]>',
  '<![CDATA[',
  '<!-- -->',
  '```',
  '~~~~',
  '```sh',
  '> > > >',
  '\u0000',
  '\u001b[31m',
  '\ud800',
  '\u2028',
  '\uFEFF',
  '::error::forged',
  '&amp;&lt;',
  '<style>*{}</style>',
  '<iframe src="https://evil.example"></iframe>',
  '![x](https://evil.example/x.png)',
  '<picture><source srcset="//evil.example/x.png"></picture>',
);
const nested = fc
  .tuple(
    fc.constantFrom('div', 'span', 'blockquote', 'b', 'ul><li', 'table><tr><td'),
    fc.integer({ min: 1, max: 400 }),
    fc.boolean(),
  )
  .map(
    ([tag, depth, close]) => `${`<${tag}>`.repeat(depth)}deep${close ? `</${tag.split('><')[0]}>`.repeat(depth) : ''}`,
  );
const prose = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'Some customers see errors. Next update by 19:30 UTC.',
    'All works again; nothing was lost.',
    '- a\n- b',
    '| a | b |\n|---|---|\n| 1 | 2 |',
  ),
);
const withControls = fc.string({ unit: anyOrControl, maxLength: 30 });
const messageLine = fc.oneof(
  { weight: 4, arbitrary: prose },
  { weight: 1, arbitrary: withControls },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: heading },
);
const message = fc.array(messageLine, { minLength: 0, maxLength: 6 }).map((lines) => lines.join('\n'));
// What a careful writer's messages can hold: anything but update headings, open fences and control characters,
// HTML nested at most 64 deep.
const fencedCode = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.array(fc.oneof(prose, hostile, heading), { maxLength: 3 }))
  .map(([fence, lines]) => `${fence}\n${lines.join('\n')}\n${fence}`);
const shallow = nested.filter((html) => (html.match(/<[a-z]/g) ?? []).length <= 64);
const carefulLine = fc.oneof(
  { weight: 4, arbitrary: prose },
  { weight: 2, arbitrary: hostile.filter((text) => !/^(```|~~~)/.test(text) && !findControlCharacter(text)) },
  { weight: 1, arbitrary: shallow },
  { weight: 1, arbitrary: fencedCode },
);
const carefulMessage = fc.array(carefulLine, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
const update = fc.tuple(heading, message).map(([head, text]) => `${head}\n${text}\n`);

const scalar = fc.oneof(
  fc.constantFrom(
    'major',
    'minor',
    'critical',
    'none',
    'majr',
    'maintenance',
    'notice',
    'incident',
    '~',
    'null',
    'true',
    '1e9',
    '0x1F',
    '"quoted"',
    "'single'",
    '[a, b]',
    '{a: 1}',
    '|',
    '>',
    '&a x',
    '*a',
    '!!binary aGk=',
    '!!str 1',
    '!!js/function "x"',
    '!<tag:yaml.org,2002:int> 1',
    '"\\u0000"',
    '"line\\nbreak"',
  ),
  times,
  fc.string({ maxLength: 30 }),
  // A value with a control character: as a YAML escape in double quotes, or raw.
  fc
    .tuple(fc.constantFrom('major', 'Checkout', 'https://example.com/pm', ''), yamlEscape)
    .map((parts) => `"${parts.join('')}"`),
  fc.tuple(fc.constantFrom('major', 'Checkout ', ''), controlCharacter).map((parts) => parts.join('')),
);
const key = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('title', 'type', 'impact', 'components', 'started', 'postmortem', 'scheduled', 'until'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'prototype',
      '? complex',
      '<<',
      '"quoted key"',
      'titel',
      'Title',
      '',
    ),
  },
);
const componentsValue = fc.oneof(
  fc.constantFrom(
    '[checkout]',
    '[checkout, api]',
    '[paymnts]',
    '{ checkout: partial_outage }',
    '{ api: degraded_performance, checkout: major_outage }',
    '{ checkout: broken }',
    '{ constructor: major_outage }',
    '[1, 2]',
    '[[checkout]]',
    '{}',
    '[]',
  ),
  scalar,
);
const field = fc.oneof(
  fc.tuple(key, scalar).map(([name, value]) => `${name}: ${value}`),
  componentsValue.map((value) => `components: ${value}`),
  fc.tuple(times, times).map(([start, end]) => `scheduled:\n  start: ${start}\n  end: ${end}`),
  fc.constantFrom(
    'anchor: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'title: &t Checkout\nalias: *t',
    'title: [unclosed',
    'title: "unclosed',
    ': no key',
    '  indented: wrong',
    '- a list item',
    '\t tab: x',
  ),
);
const frontmatter = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('title: Checkout fails', "title: 'Quotes & <tags>'", 'title: "Two\\nlines"'),
        fc.constantFrom('impact: major', 'impact: minor', ''),
        fc.array(field, { maxLength: 5 }),
      )
      .map(([title, impact, rest]) => [title, impact, ...rest].filter(Boolean).join('\n')),
  },
  { weight: 1, arbitrary: fc.array(field, { maxLength: 8 }).map((fields) => fields.join('\n')) },
);
/** The title line, as a writer types it: quoted, or with a control character raw or written as a YAML escape. */
const titleLine = fc
  .tuple(
    fc.constantFrom('Checkout fails', "Quotes & <tags> in 'the' title", 'Ünïcödé 🚨 outage', 'x'.repeat(300)),
    fc.oneof(
      { weight: 10, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: controlCharacter.map((raw) => ({ raw })) },
      { weight: 1, arbitrary: yamlEscape.map((escape) => ({ escape })) },
    ),
  )
  .map(([title, control]) => {
    // Inside the title: the schema trims a title, so a vertical tab at its end would be whitespace that goes.
    const [head, tail] = [title.slice(0, 5), title.slice(5)];
    if (control && 'escape' in control) {
      return `title: ${JSON.stringify(head).slice(0, -1)}${control.escape}${JSON.stringify(tail).slice(1)}`;
    }
    return `title: '${`${head}${control?.raw ?? ''}${tail}`.replace(/'/g, "''")}'`;
  });
/** A file that is right in form, with messages from anywhere: most should be accepted, and then must render. */
const wellFormed = fc
  .tuple(
    titleLine,
    fc.constantFrom(
      'impact: major',
      'impact: minor\ncomponents: [checkout]',
      'impact: critical\ncomponents: { api: major_outage, checkout: degraded_performance }',
      'type: notice\nuntil: 2026-12-01 00:00 UTC',
      'type: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-22 18:00 UTC\n  end: 2026-11-22 20:00 UTC',
      'impact: none\npostmortem: https://example.com/review?a=1&b=<2>',
    ),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 120 }),
        fc.oneof({ weight: 3, arbitrary: carefulMessage }, { weight: 1, arbitrary: message }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    fc.boolean(),
  )
  .map(([title, fields, updates, postmortem]) => {
    const maintenance = fields.includes('maintenance');
    const statuses = maintenance
      ? ['Scheduled', 'In progress', 'Update', 'Completed']
      : ['Investigating', 'Identified', 'Update', 'Monitoring', 'Resolved'];
    let at = NOW.getTime() - 3 * 86_400_000;
    const blocks = updates.map(([minutes, text], index) => {
      at += minutes * 60_000;
      const body = text.trim() === '' ? 'Still working on it.' : text;
      return `## ${statuses[Math.min(index, statuses.length - 1)]} · ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC\n${body}\n`;
    });
    const postmortemSection = postmortem ? '\n## Postmortem\nWhat happened, <b>and</b> what we changed.\n' : '';
    return `---\n${title}\n${fields}\n---\n\n${blocks.reverse().join('\n')}${postmortemSection}`;
  });

const file = fc.oneof(
  { weight: 8, arbitrary: wellFormed },
  {
    weight: 8,
    arbitrary: fc
      .tuple(frontmatter, fc.array(update, { maxLength: 5 }), fc.constantFrom('---', '...', '--- ', ''))
      .map(([fields, updates, close]) => `---\n${fields}\n${close}\n\n${updates.join('\n')}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(frontmatter, fc.array(update, { maxLength: 3 }), fc.constantFrom('\r\n', '\r', '\n'))
      .map(([fields, updates, newline]) => `\uFEFF---\n${fields}\n---\n${updates.join('\n')}`.replace(/\n/g, newline)),
  },
);
const slug = fc.constantFrom('checkout-errors', '2026-11-22-api-down', 'Bad_Name', 'x');

interface Rendered {
  path: string;
  type: string;
  body: string;
}

/** Every output of a site holding these incidents, rendered; and the texts its pages show and the team shares. */
async function renderEverything(siteConfig: SiteConfig, incidents: Incident[]): Promise<Rendered[]> {
  const site = buildSiteView(siteConfig, incidents, NOW);
  const rendered: Rendered[] = [];
  for (const { file: output, scope, path } of outputFiles(site)) {
    rendered.push({ path, type: output.type, body: await output.render(site, scope, site.paths.file(path)) });
  }
  for (const view of site.incidents) {
    const updates = view.updates.flatMap((update) => [update.html, update.text]);
    const texts = [view.title, view.postmortemHtml ?? '', ...updates, ...Object.values(shareTexts(site, view))];
    rendered.push({ path: view.url, type: 'text/plain', body: texts.join('\n') });
  }
  return rendered;
}

const XML_TYPES = new Set(['application/atom+xml', 'application/rss+xml', 'image/svg+xml']);
const JSON_TYPES = new Set(['application/json', 'application/feed+json', 'application/schema+json']);

/**
 * As strict as a reader: XML 1.0 parsed by saxes (which refuses every character XML forbids), JSON,
 * iCalendar by ical.js; and no control character in any output, whatever its format.
 */
function expectWellFormed({ path, type, body }: Rendered): void {
  if (XML_TYPES.has(type)) {
    const errors: string[] = [];
    const parser = new SaxesParser();
    parser.on('error', (error) => errors.push(error.message));
    parser.write(body).close();
    expect(errors, `${path} is not well-formed XML`).toEqual([]);
  } else if (JSON_TYPES.has(type)) {
    expect(() => JSON.parse(body), `${path} is not JSON`).not.toThrow();
  } else if (type === 'text/calendar') {
    expect(new ICAL.Component(ICAL.parse(body)).name, `${path} is not a calendar`).toBe('vcalendar');
  }
  const control = findControlCharacter(body);
  expect(control, `${path} holds ${JSON.stringify(control?.char)} at ${control?.index}`).toBeUndefined();
}

describe('fuzzing incident files', () => {
  test('never throws; what validation accepts renders well-formed everywhere; what it rejects has a line', async () => {
    let accepted = 0;
    let rejected = 0;
    let outputsChecked = 0;
    await fc.assert(
      fc.asyncProperty(slug, file, async (name, text) => {
        const path = `incidents/${name}.md`;
        const result = validateIncidents([{ path, text }], config, { now: NOW });
        expect(result.problems.filter((problem) => problem.rule === 'internal-error')).toEqual([]);
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        if (result.incidents.length > 0) {
          accepted++;
          const outputs = await renderEverything(config, result.incidents);
          outputs.forEach(expectWellFormed);
          outputsChecked += outputs.length;
        } else {
          rejected++;
          expect(errors.length).toBeGreaterThan(0);
          if (name !== 'Bad_Name')
            expect(
              errors.some((problem) => problem.line > 0),
              JSON.stringify(errors),
            ).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Both sides of the property were exercised.
    expect(accepted).toBeGreaterThan(RUNS / 50);
    expect(rejected).toBeGreaterThan(RUNS / 50);
    if (process.env.FUZZ_RUNS) {
      const rendered = `${accepted} accepted and rendered well-formed in all ${OUTPUTS.length} outputs`;
      console.log(`fuzz: ${RUNS} cases, ${rendered} (${outputsChecked} files), ${rejected} rejected with a line`);
    }
  }, 3_600_000);
});

/** A config's texts: mostly plain or hostile to markup, now and then with control characters. */
const configText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('Acme', ']]>', 'Üñï 🚨'), controlCharacter).map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: anyOrControl, minLength: 1, maxLength: 20 }) },
);
const hostileConfig = fc
  .record({
    name: configText,
    description: configText,
    group: configText,
    component: configText,
    about: configText,
    label: configText,
    override: configText,
  })
  .map((texts) => ({
    ...CONFIG,
    name: texts.name,
    description: texts.description,
    groups: [{ id: 'shop', name: texts.group }],
    components: [{ ...CONFIG.components[0], name: texts.component, description: texts.about }, CONFIG.components[1]],
    links: [{ label: texts.label, href: 'https://acme.example/' }],
    strings: { en: { 'home.components': texts.override } },
  }));
/** An incident and a maintenance that name the component whose texts the configs change. */
const UPDATE = '## Investigating · 2026-11-22 18:05 UTC\nErrors.\n';
const incidentOfEachKind = validateIncidents(
  [
    {
      path: 'incidents/checkout.md',
      text: ['---', 'title: Checkout fails', 'impact: major', 'components: [checkout]', '---', '', UPDATE].join('\n'),
    },
    {
      path: 'incidents/window.md',
      text: [
        '---',
        'title: Upgrade',
        'type: maintenance',
        'components: [checkout]',
        'scheduled: { start: 2026-11-23 02:00 UTC, end: 2026-11-23 03:00 UTC }',
        '---',
        '',
        '## Scheduled · 2026-11-22 10:00 UTC\nPlanned.\n',
      ].join('\n'),
    },
  ],
  config,
  { now: NOW },
);
const TEXT_FIELDS = /^(name|description|groups|components|links|strings)\b/;

describe('fuzzing site configs', () => {
  test('a config the validator accepts renders well-formed everywhere; one it rejects names the field', async () => {
    expect(incidentOfEachKind.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(incidentOfEachKind.incidents).toHaveLength(2);
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(hostileConfig, async (raw) => {
        const result = parseSiteConfig(raw, 'astro.config.mjs');
        if (result.config) {
          accepted++;
          (await renderEverything(result.config, incidentOfEachKind.incidents)).forEach(expectWellFormed);
        } else {
          rejected++;
          const named = (problem: Problem) => problem.severity === 'error' && TEXT_FIELDS.test(problem.message);
          expect(result.problems.every(named), JSON.stringify(result.problems)).toBe(true);
        }
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: SEED, endOnFailure: true },
    );
    expect(accepted).toBeGreaterThan(RUNS / 100);
    expect(rejected).toBeGreaterThan(RUNS / 100);
    if (process.env.FUZZ_RUNS) {
      const configs = Math.ceil(RUNS / 4);
      console.log(`fuzz: ${configs} configs, ${accepted} accepted and rendered well-formed, ${rejected} rejected`);
    }
  }, 3_600_000);
});
