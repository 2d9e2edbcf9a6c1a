import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isMap, LineCounter, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { Problem } from '../base/problems.ts';
import { parseFrontmatter, yamlFrontmatter } from './frontmatter.ts';
import type { ParseContext } from './parse.ts';
import { readPlainYaml, type PlainField } from './plain-yaml.ts';

/** What `yaml` reads, in the form readPlainYaml gives: each field's value, key line and value line. */
function yamlFields(text: string): Map<string, PlainField> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter: counter });
  expect(doc.errors).toEqual([]);
  const line = (node: unknown) => counter.linePos((node as Node).range![0]).line - 1;
  const fieldsOf = (map: unknown, values: Record<string, unknown>): Map<string, PlainField> => {
    expect(isMap(map)).toBe(true);
    const fields = new Map<string, PlainField>();
    for (const pair of (map as YAMLMap).items) {
      const key = String((pair.key as Scalar).value);
      const field: PlainField = { value: values[key], keyLine: line(pair.key), valueLine: line(pair.value) };
      if (isMap(pair.value)) field.fields = fieldsOf(pair.value, values[key] as Record<string, unknown>);
      fields.set(key, field);
    }
    return fields;
  };
  return fieldsOf(doc.contents, doc.toJS() as Record<string, unknown>);
}

// Pieces of frontmatter, plain and not: texts yaml reads otherwise (numbers, booleans, null), quotes, escapes,
// comments, indicators, lists, nesting at several indents, tabs, blank lines and continuation lines.
const KEYS = ['title', 'impact', 'components', 'started', 'type', 'x-y', 'pt-BR', 'true', 'Null', 'a1', 'e5'];
const VALUES = [
  'Checkout is down',
  "Don't panic",
  '"quoted: yes # no comment"',
  "'single'",
  "'it''s'",
  '"esc\\n"',
  '"a \\" b"',
  '""',
  "''",
  '"  spaced  "',
  '123',
  '1.5',
  '.5',
  '5.',
  '0x1F',
  '0o17',
  '0b1',
  '1e3',
  '1_000',
  '-1',
  '+1',
  '.inf',
  '-.Inf',
  '.NaN',
  'true',
  'False',
  'TRUE',
  'tRue',
  'NULL',
  'null',
  '~',
  'yes',
  'no',
  'on',
  'y',
  '2026-11-22 18:30 UTC',
  '2026-11-22T18:30:00Z',
  '18:30',
  'a # comment',
  'a#b',
  'a: b',
  'a:b',
  'ends:',
  '-dash',
  '- item',
  '? q',
  '[a, b]',
  '[a,b, c ]',
  '[]',
  '[ ]',
  '[a, [b]]',
  '[a, "b, c"]',
  '["a", \'b\']',
  '[1, 2]',
  '[a:b]',
  '[a, ]',
  '[ a b ]',
  '{a: b}',
  '{}',
  '&anchor x',
  '*alias',
  '!tag x',
  '|',
  '>',
  '%x',
  '@x',
  '`x`',
  'x\ty',
  'ünï cödé',
  '日本語',
  'a "quoted" word',
  "a 'quoted' word",
  '{braces} mid',
  'trailing   ',
  'a , b',
  'a [b] c',
  '"unclosed',
  "'unclosed",
  '"a" b',
  'major_outage',
  'degraded_performance',
  'api',
];
const PLAIN = [
  'Checkout is down',
  'api',
  'major_outage',
  '2026-11-22 18:30 UTC',
  '[api, web]',
  "Don't panic",
  '"a: b"',
];
const INDENTS = ['  ', '  ', '    ', ' ', '\t'];

function generated(random: () => number, count: number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  // Mostly plain values, so that both readers' results are compared often; the rest from every kind.
  const value = () => (random() < 0.8 ? pick(PLAIN) : pick(VALUES));
  return Array.from({ length: count }, () => {
    const lines: string[] = [];
    const fields = 1 + Math.floor(random() * 4);
    for (let field = 0; field < fields; field++) {
      const roll = random();
      if (roll < 0.55) lines.push(`${pick(KEYS)}: ${value()}`);
      else if (roll < 0.85) {
        lines.push(`${pick(KEYS)}:${pick(['', '', ' '])}`);
        const indent = pick(INDENTS);
        const below = Math.floor(random() * 4);
        for (let item = 0; item < below; item++)
          lines.push(`${random() < 0.9 ? indent : pick(INDENTS)}${pick(KEYS)}: ${value()}`);
      } else if (roll < 0.9) lines.push(pick(['', '   ', '# a comment']));
      else lines.push(pick(['  # indented comment', '  continued', '- item', '---']));
    }
    return lines.join('\n');
  });
}

describe('plain frontmatter reads as yaml reads it', () => {
  test('every generated text it reads has the values and lines yaml gives; the rest it leaves to yaml', () => {
    let seed = 2026;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let read = 0;
    const texts = generated(random, 5_000);
    for (const text of texts) {
      const fields = readPlainYaml(text);
      if (!fields) continue;
      read++;
      expect(fields, text).toEqual(yamlFields(text));
    }
    // Both paths are taken often: neither side of the comparison is empty.
    expect(read).toBeGreaterThan(texts.length / 10);
    expect(read).toBeLessThan(texts.length * 0.9);
  });

  test.each([
    ['a number', 'title: 5'],
    ['a boolean', 'title: true'],
    ['null', 'title: ~'],
    ['an empty field', 'title:'],
    ['a comment after a value', 'title: Down # for now'],
    ['an escape', 'title: "Down\\tnow"'],
    ['a block list', 'components:\n  - api'],
    ['a duplicate', 'title: A\ntitle: B'],
    ['a duplicate below', 'components:\n  api: major_outage\n  api: minor'],
    ['a text over two lines', 'title: Checkout\n  is down'],
    ['a tab', 'title:\tDown'],
    ['two levels below', 'scheduled:\n  start:\n    at: x'],
    ['uneven indents', 'components:\n  api: a\n    web: b'],
    ['a control character', 'title: Down\u0007'],
    ['a carriage return', 'title: Down\r\nimpact: major'],
    ['an anchor', 'title: &a Down'],
  ])('left to yaml: %s', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  test('lines: a key, a value on its line, fields below a key', () => {
    const fields = readPlainYaml('# note\ntitle: Down\n\ncomponents:\n\n  api: major_outage\n  web: minor')!;
    expect(fields.get('title')).toEqual({ value: 'Down', keyLine: 1, valueLine: 1 });
    expect(fields.get('components')).toMatchObject({
      value: { api: 'major_outage', web: 'minor' },
      keyLine: 3,
      valueLine: 5,
    });
  });
});

const REPO = join(import.meta.dirname, '../../..');
const incidentFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') return [];
    return statSync(path).isDirectory()
      ? incidentFiles(path)
      : name.endsWith('.md') && dir.includes('incidents')
        ? [path]
        : [];
  });

describe('an incident file gives the same frontmatter either way', () => {
  const files = [
    ...incidentFiles(join(REPO, 'incidents')),
    ...incidentFiles(join(REPO, 'src')),
    ...incidentFiles(join(REPO, 'examples')),
  ];
  const ctx: ParseContext = {
    file: 'incidents/x.md',
    componentIds: ['api', 'checkout', 'search', 'website', 'login', 'dashboard', 'email', 'webhooks', 'payments'],
    locales: ['en', 'de'],
    now: new Date('2026-11-22T19:30Z'),
  };

  test('the repository has incident files to compare, most of them plain', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  test('parseFrontmatter (plain where it can) and yaml alone agree on every file', () => {
    let plain = 0;
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const close = lines.indexOf('---', 1);
      if (lines[0] !== '---' || close < 0) continue;
      const text = lines.slice(1, close).join('\n');
      if (readPlainYaml(text)) plain++;
      const reported: Problem[][] = [[], []];
      const fast = parseFrontmatter(text, 2, ctx, (problem) => reported[0].push(problem as Problem));
      const slow = yamlFrontmatter(text, 2, ctx, (problem) => reported[1].push(problem as Problem));
      expect(fast, file).toEqual(slow);
      expect(reported[0], file).toEqual(reported[1]);
    }
    expect(plain).toBeGreaterThan(files.length / 2);
  });
});
