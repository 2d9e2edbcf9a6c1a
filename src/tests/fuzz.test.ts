/**
 * Property-based tests over random and hostile incident files (fast-check): validation never
 * throws; every file it accepts renders in every output (view model, feeds, API, calendar, badge,
 * share texts); every file it rejects gets at least one error with a line.
 *
 * A short run is part of `npm test`; `npm run fuzz` runs 100,000 cases (FUZZ_RUNS), and
 * FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSiteConfig, validateIncidents } from '../core/checks/validate.ts';
import { OUTPUTS, outputFiles } from '../core/outputs/registry.ts';
import { shareTexts } from '../core/outputs/share.ts';
import { buildSiteView } from '../core/outputs/view-model.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const config = parseSiteConfig(
  {
    name: 'Fuzz & <Status>',
    url: 'https://status.example.com/sub/',
    groups: [{ id: 'shop', name: 'Shop' }],
    components: [
      { id: 'checkout', name: 'Checkout', group: 'shop' },
      { id: 'api', name: 'API <b>' },
    ],
  },
  'astro.config.mjs',
).config!;
const NOW = new Date('2026-11-22T19:00Z');

// Pieces a person (or an attacker) might type.
const words = fc.constantFrom('Investigating', 'identified', 'MONITORING', 'Update', 'Resolved', 'Scheduled', 'In progress', 'verifying', 'Completed', 'Resovled', 'Postmortem', '', '2026-11-22');
const times = fc.oneof(
  fc.constantFrom('2026-11-22 18:05 UTC', '2026-11-22T18:05Z', '2026-11-22 19:05 +01:00', '2026-11-22 18:05', '2026-11-22 18:05:30 UTC', '2026-02-30 10:00 UTC', '2026-11-22 24:00 UTC', '9999-99-99', ''),
  fc.date({ min: new Date('2025-01-01T00:00Z'), max: new Date('2026-11-23T00:00Z'), noInvalidDate: true }).map((date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`),
);
const separators = fc.constantFrom(' · ', ' - ', ' — ', ' | ', ' ', '·', ' –  ');
const heading = fc.tuple(fc.constantFrom('## ', '##', '### ', '# ', ' ## '), words, separators, times).map(([hashes, word, separator, time]) => `${hashes}${word}${separator}${time}`);
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
const nested = fc.tuple(fc.constantFrom('div', 'span', 'blockquote', 'b', 'ul><li', 'table><tr><td'), fc.integer({ min: 1, max: 400 }), fc.boolean()).map(
  ([tag, depth, close]) => `${`<${tag}>`.repeat(depth)}deep${close ? `</${tag.split('><')[0]}>`.repeat(depth) : ''}`,
);
const prose = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('Some customers see errors. Next update by 19:30 UTC.', 'All works again; nothing was lost.', '- a\n- b', '| a | b |\n|---|---|\n| 1 | 2 |'));
const messageLine = fc.oneof({ weight: 4, arbitrary: prose }, { weight: 2, arbitrary: hostile }, { weight: 1, arbitrary: nested }, { weight: 1, arbitrary: heading });
const message = fc.array(messageLine, { minLength: 0, maxLength: 6 }).map((lines) => lines.join('\n'));
// What a careful writer's messages can hold: anything but update headings and open fences, HTML nested at most 64 deep.
const fencedCode = fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.array(fc.oneof(prose, hostile, heading), { maxLength: 3 })).map(([fence, lines]) => `${fence}\n${lines.join('\n')}\n${fence}`);
const shallow = nested.filter((html) => (html.match(/<[a-z]/g) ?? []).length <= 64);
const carefulLine = fc.oneof({ weight: 4, arbitrary: prose }, { weight: 2, arbitrary: hostile.filter((text) => !/^(```|~~~)/.test(text)) }, { weight: 1, arbitrary: shallow }, { weight: 1, arbitrary: fencedCode });
const carefulMessage = fc.array(carefulLine, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
const update = fc.tuple(heading, message).map(([head, text]) => `${head}\n${text}\n`);

const scalar = fc.oneof(
  fc.constantFrom('major', 'minor', 'critical', 'none', 'majr', 'maintenance', 'notice', 'incident', '~', 'null', 'true', '1e9', '0x1F', '"quoted"', "'single'", '[a, b]', '{a: 1}', '|', '>', '&a x', '*a', '!!binary aGk=', '!!str 1', '!!js/function "x"', '!<tag:yaml.org,2002:int> 1', '"\\u0000"', '"line\\nbreak"'),
  times,
  fc.string({ maxLength: 30 }),
);
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('title', 'type', 'impact', 'components', 'started', 'postmortem', 'scheduled', 'until') },
  { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', '? complex', '<<', '"quoted key"', 'titel', 'Title', '') },
);
const componentsValue = fc.oneof(
  fc.constantFrom('[checkout]', '[checkout, api]', '[paymnts]', '{ checkout: partial_outage }', '{ api: degraded_performance, checkout: major_outage }', '{ checkout: broken }', '{ constructor: major_outage }', '[1, 2]', '[[checkout]]', '{}', '[]'),
  scalar,
);
const field = fc.oneof(
  fc.tuple(key, scalar).map(([name, value]) => `${name}: ${value}`),
  componentsValue.map((value) => `components: ${value}`),
  fc.tuple(times, times).map(([start, end]) => `scheduled:\n  start: ${start}\n  end: ${end}`),
  fc.constantFrom('anchor: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'title: &t Checkout\nalias: *t', 'title: [unclosed', 'title: "unclosed', ': no key', '  indented: wrong', '- a list item', '\t tab: x'),
);
const frontmatter = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('title: Checkout fails', "title: 'Quotes & <tags>'", 'title: "Two\\nlines"'), fc.constantFrom('impact: major', 'impact: minor', ''), fc.array(field, { maxLength: 5 })).map(([title, impact, rest]) => [title, impact, ...rest].filter(Boolean).join('\n')) },
  { weight: 1, arbitrary: fc.array(field, { maxLength: 8 }).map((fields) => fields.join('\n')) },
);
/** A file that is right in form, with messages from anywhere: most should be accepted, and then must render. */
const wellFormed = fc
  .tuple(
    fc.constantFrom('Checkout fails', "Quotes & <tags> in 'the' title", 'Ünïcödé 🚨 outage', 'x'.repeat(300)),
    fc.constantFrom('impact: major', 'impact: minor\ncomponents: [checkout]', 'impact: critical\ncomponents: { api: major_outage, checkout: degraded_performance }', 'type: notice\nuntil: 2026-12-01 00:00 UTC', 'type: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-22 18:00 UTC\n  end: 2026-11-22 20:00 UTC', 'impact: none\npostmortem: https://example.com/review?a=1&b=<2>'),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.oneof({ weight: 3, arbitrary: carefulMessage }, { weight: 1, arbitrary: message })), { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([title, fields, updates, postmortem]) => {
    const maintenance = fields.includes('maintenance');
    const statuses = maintenance ? ['Scheduled', 'In progress', 'Update', 'Completed'] : ['Investigating', 'Identified', 'Update', 'Monitoring', 'Resolved'];
    let at = NOW.getTime() - 3 * 86_400_000;
    const blocks = updates.map(([minutes, text], index) => {
      at += minutes * 60_000;
      const body = text.trim() === '' ? 'Still working on it.' : text;
      return `## ${statuses[Math.min(index, statuses.length - 1)]} · ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC\n${body}\n`;
    });
    return `---\ntitle: ${JSON.stringify(title)}\n${fields}\n---\n\n${blocks.reverse().join('\n')}${postmortem ? '\n## Postmortem\nWhat happened, <b>and</b> what we changed.\n' : ''}`;
  });

const file = fc.oneof(
  { weight: 8, arbitrary: wellFormed },
  { weight: 8, arbitrary: fc.tuple(frontmatter, fc.array(update, { maxLength: 5 }), fc.constantFrom('---', '...', '--- ', '')).map(([fields, updates, close]) => `---\n${fields}\n${close}\n\n${updates.join('\n')}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(frontmatter, fc.array(update, { maxLength: 3 }), fc.constantFrom('\r\n', '\r', '\n')).map(([fields, updates, newline]) => `\uFEFF---\n${fields}\n---\n${updates.join('\n')}`.replace(/\n/g, newline)) },
);
const slug = fc.constantFrom('checkout-errors', '2026-11-22-api-down', 'Bad_Name', 'x');

/** Every output of a site holding this one incident, rendered. */
async function renderEverything(incidents: Parameters<typeof buildSiteView>[1]): Promise<void> {
  const site = buildSiteView(config, incidents, NOW);
  for (const view of site.incidents) {
    for (const update of view.updates) void [update.html, update.text];
    void view.postmortemHtml;
    shareTexts(site, view);
  }
  for (const { file: output, scope, path } of outputFiles(site)) await output.render(site, scope, site.paths.file(path));
}

describe('fuzzing incident files', () => {
  test('validation never throws; what it accepts renders everywhere; what it rejects has an error with a line', async () => {
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(slug, file, async (name, text) => {
        const path = `incidents/${name}.md`;
        const result = validateIncidents([{ path, text }], config, { now: NOW });
        expect(result.problems.filter((problem) => problem.rule === 'internal-error')).toEqual([]);
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        if (result.incidents.length > 0) {
          accepted++;
          await renderEverything(result.incidents);
        } else {
          rejected++;
          expect(errors.length).toBeGreaterThan(0);
          if (name !== 'Bad_Name') expect(errors.some((problem) => problem.line > 0), JSON.stringify(errors)).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Both sides of the property were exercised.
    expect(accepted).toBeGreaterThan(RUNS / 50);
    expect(rejected).toBeGreaterThan(RUNS / 50);
    if (process.env.FUZZ_RUNS) console.log(`fuzz: ${RUNS} cases, ${accepted} accepted and rendered in all ${OUTPUTS.length} outputs, ${rejected} rejected with a line; 0 crashes`);
  }, 3_600_000);
});
