import { expect, test } from 'vitest';
import { incidentJsonSchema } from '../outputs/incident-json-schema.ts';
import type { ParseContext } from './context.ts';
import { parseFrontmatter } from './frontmatter.ts';

const ctx: ParseContext = {
  file: 'incidents/x.md',
  componentIds: ['checkout', 'api'],
  now: new Date('2026-11-22T19:30Z'),
};
const several: ParseContext = { ...ctx, locales: ['en', 'de', 'fr'] };
const problems = (yaml: string, context = ctx) => {
  const found: { at: string; rule: string; message: string; expected?: string; example?: string }[] = [];
  parseFrontmatter(yaml, 2, context, ({ line, column, rule, message, expected, example }) =>
    found.push({ at: `${line}:${column}`, rule, message, expected, example }),
  );
  return found;
};

test('the rules across fields run even when a field is wrong: one run reports every problem', () => {
  expect(problems('title: X\nimpact: huge\nuntil: 2026-12-01 00:00 UTC').map((problem) => problem.rule)).toEqual([
    'invalid-value',
    'invalid-field',
  ]);
  expect(problems('title: X\ntype: maintenance\nimpact: huge').map((problem) => problem.rule)).toEqual([
    'invalid-value',
    'missing-field',
  ]);
});

test('an empty title is a wrong title, not a title in languages', () => {
  expect(problems('title:\nimpact: major').map((problem) => problem.message)).not.toContainEqual(
    expect.stringContaining('several languages'),
  );
});

const titleExample = "title:\n  en: Some customers can't complete checkout\n  de: …\n  fr: …";

test.each([
  [
    'a title in languages on a site in one',
    'impact: major\ntitle:\n  en: A\n  de: B',
    ctx,
    [
      {
        at: '4:3',
        rule: 'invalid-value',
        message: 'a title in several languages needs a site in several languages (`locales` in the config)',
        expected: 'one title, as text',
        example: "title: Some customers can't complete checkout",
      },
    ],
  ],
  [
    'a language the site does not have, at its key',
    'impact: major\ntitle:\n  en: A\n  xx: B',
    several,
    [
      {
        at: '5:3',
        rule: 'unknown-language',
        message: '"xx" is not a language of this site (en, de, fr); did you mean "en"?',
        expected: 'one of: en, de, fr',
        example: titleExample,
      },
    ],
  ],
  [
    'no title in the default language, at the title',
    'impact: major\ntitle:\n  de: B',
    several,
    [
      {
        at: '3:1',
        rule: 'missing-field',
        message: 'the title has no "en" text; the site\'s default language is needed, the others fall back to it',
        expected: 'a "en" title',
        example: titleExample,
      },
    ],
  ],
])('%s', (_name, yaml, context, expected) => {
  expect(problems(yaml, context)).toEqual(expected);
});

test.each([
  [
    'a typo of a status is suggested',
    'title: X\nimpact: major\ncomponents:\n  api: major_outag',
    '"major_outag" is not a component status; did you mean "major_outage"?',
  ],
  [
    'components that are neither list nor map',
    'title: X\nimpact: major\ncomponents: 5',
    'components should be a list of ids or a map of id: status',
  ],
])('components: %s', (_name, yaml, message) => {
  const found = problems(yaml);
  expect(found.map((problem) => problem.message)).toContain(message);
  if (message.startsWith('components should'))
    expect(found.find((problem) => problem.message === message)).toMatchObject({
      rule: 'invalid-value',
      example: 'components: [checkout, api]',
    });
});

test('the JSON Schema for editors describes the fields', () => {
  const schema = incidentJsonSchema('https://x.example/schema/incident.json', ['api']) as {
    properties: Record<string, { description?: string; examples?: unknown[] }>;
  };
  expect(schema.properties.title.description).toBe(
    'What customers experience, in their words; or a map of language to title',
  );
  expect(schema.properties.title.examples).toEqual(["Some customers can't complete checkout"]);
  expect(schema.properties.type.description).toBe('incident (default), maintenance or notice');
  expect(schema.properties.impact.description).toBe('none, minor, major or critical; required for incidents');
  expect(schema.properties.components.description).toBe(
    'Component ids from the site config, as a list or as a map of id to status',
  );
  expect(schema.properties.postmortem.description).toBe('URL of the postmortem (http or https)');
  expect(schema.properties.started.description).toBe('A time with a zone');
  expect(schema.properties.started.examples?.length).toBeGreaterThan(1);
});

test('maintenance with an empty window is a wrong value, not a crash (found by the fuzz run)', () => {
  for (const value of ['', 'null', '~']) {
    expect(problems(`title: X\ntype: maintenance\nscheduled: ${value}`)).toEqual([
      {
        at: '4:12',
        rule: 'invalid-value',
        message: 'scheduled should be a map, not empty',
        expected: 'a map',
        example: 'scheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC',
      },
    ]);
  }
});
