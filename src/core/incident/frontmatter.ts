/**
 * The frontmatter of an incident file: YAML parsed with `yaml`'s core schema
 * so every node keeps its position (for messages) and no time is silently
 * turned into a Date, then checked by the incident schema. Each of the
 * schema's issues becomes a problem at its field's line and column. Pure.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import {
  CONTROL_CHARACTER_EXPECTED,
  CONTROL_CHARACTER_RULE,
  controlCharacterMessage,
  findControlCharacter,
  withoutControlCharacters,
} from '../base/control-characters.ts';
import { describeZodIssues } from '../base/zod-issues.ts';
import { readPlainYaml } from './plain-yaml.ts';
import { memoize } from '../base/memo.ts';
import type { ParseContext, Report } from './context.ts';
import type { AffectedComponent } from './model.ts';
import {
  fieldExample,
  INCIDENT_FIELDS,
  incidentFrontmatterSchema,
  incidentTypeOf,
  type IncidentFrontmatter,
} from './schema.ts';
import { STATUS_FROM_IMPACT, type ComponentStatus, type IncidentType } from './vocabulary.ts';

export const FRONTMATTER_EXAMPLE =
  "---\ntitle: Some customers can't complete checkout\nimpact: major\ncomponents: [checkout]\n---";

type Position = { line: number; column: number };

export interface Frontmatter {
  /** The fields, when they are valid. */
  data?: IncidentFrontmatter;
  /** The type the body is read as (incident when the field is missing or wrong). */
  type?: IncidentType;
  components: AffectedComponent[];
  startedLine: number;
  titleLine: number;
}

// One schema per set of component ids and languages: a site has one set, tests a few.
const schemaOf = memoize((ids: string, locales: string) =>
  incidentFrontmatterSchema(JSON.parse(ids), JSON.parse(locales)),
);
const schemaFor = (componentIds: readonly string[], locales: readonly string[] = ['en']) =>
  schemaOf(JSON.stringify(componentIds), JSON.stringify(locales));

export function parseFrontmatter(yamlText: string, firstLine: number, ctx: ParseContext, report: Report): Frontmatter {
  return plainFrontmatter(yamlText, firstLine, ctx) ?? yamlFrontmatter(yamlText, firstLine, ctx, report);
}

/**
 * A plain frontmatter (./plain-yaml.ts) that the schema takes as it is: nothing to report, so no YAML document is
 * built for it. Undefined for anything else, which `yamlFrontmatter` reads and reports on. Both give the same
 * fields and lines (the tests compare them).
 */
function plainFrontmatter(yamlText: string, firstLine: number, ctx: ParseContext): Frontmatter | undefined {
  const fields = readPlainYaml(yamlText);
  if (!fields) return undefined;
  const raw = Object.fromEntries([...fields].map(([key, field]) => [key, field.value]));
  const parsed = schemaFor(ctx.componentIds, ctx.locales).safeParse(raw, { reportInput: true });
  if (!parsed.success) return undefined;
  // As `locate` finds them: the key of `started`; the value of the title, or of its default language.
  const started = fields.get('started');
  const title = fields.get('title');
  const shownTitle = (title?.fields && ctx.locales?.[0] && title.fields.get(ctx.locales[0])) || title;
  return {
    data: parsed.data,
    type: incidentTypeOf(raw),
    components: affectedComponents(parsed.data),
    startedLine: started ? started.keyLine + firstLine : firstLine,
    titleLine: shownTitle ? shownTitle.valueLine + firstLine : firstLine,
  };
}

/** The frontmatter read with `yaml`, every problem reported where it is. */
export function yamlFrontmatter(yamlText: string, firstLine: number, ctx: ParseContext, report: Report): Frontmatter {
  const result: Frontmatter = { components: [], startedLine: firstLine, titleLine: firstLine };
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', prettyErrors: false, uniqueKeys: true, lineCounter: counter });
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, column } = at(error.pos[0]);
      report({
        line,
        column,
        rule: 'yaml-syntax',
        message: `YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        expected: 'one "field: value" a line; quote values that contain ": " or start with a special character',
        example: `title: "Checkout: payments fail"`,
      });
    }
    return result;
  }
  let raw: unknown;
  try {
    // Stryker disable next-line ObjectLiteral: 100 is also yaml's default; it is written out because the alias-bomb
    // guard depends on it
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // An alias bomb (`yaml` stops it at maxAliasCount) or another document that has no plain value.
    report({
      line: firstLine,
      column: 1,
      rule: 'yaml-syntax',
      message: `YAML: ${(error as Error).message}`,
      expected: 'plain fields, one "field: value" a line, without anchors (&) and aliases (*)',
      example: FRONTMATTER_EXAMPLE,
    });
    return result;
  }
  // Stryker disable next-line ConditionalExpression: `?? {}` above never leaves raw null; the check narrows the type
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report({
      line: firstLine,
      column: 1,
      rule: 'invalid-frontmatter',
      message: 'the frontmatter must be fields, one "name: value" a line',
      example: FRONTMATTER_EXAMPLE,
    });
    return result;
  }
  result.type = incidentTypeOf(raw);
  reportControlCharacters(doc, yamlText, at, report);
  const positionOf = (path: PropertyKey[], atKey: boolean) => locate(doc, path, atKey, at, firstLine);

  const parsed = schemaFor(ctx.componentIds, ctx.locales).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const knownFields = (path: PropertyKey[]) => {
      if (path.length === 0) return INCIDENT_FIELDS;
      // Stryker disable next-line ConditionalExpression,LogicalOperator,ArrayDeclaration: a title map takes any key
      // (schema.ts checks its languages), so no unknown-key issue comes from under title today
      return path[0] === 'title' ? [...(ctx.locales ?? [])] : ['start', 'end'];
    };
    for (const issue of describeZodIssues(parsed.error.issues, knownFields)) {
      const { line, column } = positionOf(issue.path, issue.atKey);
      report({
        line,
        column,
        rule: issue.rule,
        message: issue.message,
        expected: issue.expected,
        example:
          issue.example ??
          fieldExample(issue.path.length === 1 && issue.suggestion ? issue.suggestion : String(issue.path[0])),
      });
    }
  }
  result.startedLine = positionOf(['started'], true).line;
  const title = (raw as { title?: unknown }).title;
  // A title in several languages: the default language's line.
  result.titleLine = positionOf(
    title && typeof title === 'object' && ctx.locales?.[0] ? ['title', ctx.locales[0]] : ['title'],
    false,
  ).line;
  if (parsed.success) {
    result.data = parsed.data;
    result.components = affectedComponents(parsed.data);
  }
  return result;
}

/**
 * Every text of the frontmatter, whatever its field (title, translations, component statuses,
 * fields to come): a control character is an error where it is written, also when a YAML escape
 * (`"Checkout\x0b"`) wrote it. Keys are left out: field names, component ids and languages come
 * from closed lists, so a key with a control character is already reported as unknown.
 */
function reportControlCharacters(doc: Document, yamlText: string, at: (offset: number) => Position, report: Report) {
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const found = findControlCharacter(node.value);
      // Stryker disable next-line ConditionalExpression: nodes parsed from text always have a range
      if (!found || !node.range) return;
      const source = yamlText.slice(node.range[0], node.range[1]);
      const written = whereWritten(source, found.char, node.type === 'QUOTE_DOUBLE');
      const { line, column } = at(node.range[0] + (written?.offset ?? 0));
      const parent = ancestors[ancestors.length - 1];
      const fixed = withoutControlCharacters(node.value);
      const example = isPair(parent) && isScalar(parent.key) ? { [String(parent.key.value)]: fixed } : [fixed];
      const message = controlCharacterMessage(fieldName(ancestors, node), found, node.value, written?.escape);
      const exampleText = stringify(example, { lineWidth: 0 }).trimEnd();
      report({
        line,
        column,
        rule: CONTROL_CHARACTER_RULE,
        message,
        expected: CONTROL_CHARACTER_EXPECTED,
        example: exampleText,
      });
    },
  });
}

/** The dotted name of a value from its ancestors in the document: `title`, `title.de`, `components.1`. */
function fieldName(ancestors: readonly unknown[], node: Node): string {
  const parts: string[] = [];
  const chain = [...ancestors, node];
  chain.forEach((ancestor, index) => {
    if (isPair(ancestor)) parts.push(String(isScalar(ancestor.key) ? ancestor.key.value : ancestor.key));
    else if (isSeq(ancestor)) parts.push(String(ancestor.items.indexOf(chain[index + 1] as never)));
  });
  return parts.join('.') || 'the frontmatter';
}

// YAML's escapes in double quotes: \x0b, \u001b, \U0000001b, and the short ones for controls.
const YAML_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))/g;
const SHORT_ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', N: '\x85' };

/** Where in a scalar's source a character is, and the escape that wrote it, if one did. */
type WrittenAt = { offset: number; escape?: string };

/**
 * Where a scalar's source writes its first control character: the character itself, or (in double
 * quotes) an escape that stands for it. Escapes are read left to right, so `\\x0b` is a backslash
 * and "x0b", not an escape.
 */
function whereWritten(source: string, char: string, doubleQuoted: boolean): WrittenAt | undefined {
  const raw = findControlCharacter(source);
  const escape = doubleQuoted
    ? [...source.matchAll(YAML_ESCAPE)].find(([, x, u, U, short]) => {
        const hex = x ?? u ?? U;
        // min(): a \U escape beyond U+10FFFF must not make fromCodePoint throw.
        const code = hex === undefined ? undefined : Math.min(parseInt(hex, 16), 0x10ffff);
        return (code === undefined ? SHORT_ESCAPES[short] : String.fromCodePoint(code)) === char;
      })
    : undefined;
  if (escape && (!raw || escape.index < raw.index)) return { offset: escape.index, escape: escape[0] };
  return raw && { offset: raw.index };
}

/** A list takes each component's status from the impact (maintenance: under maintenance); a map says it. */
function affectedComponents(data: IncidentFrontmatter): AffectedComponent[] {
  const components = data.components;
  if (!components) return [];
  if (Array.isArray(components)) {
    const status: ComponentStatus =
      data.type === 'maintenance' ? 'under_maintenance' : STATUS_FROM_IMPACT[data.impact ?? 'none'];
    return components.map((id) => ({ id, status }));
  }
  return Object.entries(components).map(([id, status]) => ({ id, status }));
}

/** Line and column of a field's key or value; falls back to the nearest enclosing node. */
function locate(
  doc: Document,
  path: PropertyKey[],
  atKey: boolean,
  at: (offset: number) => { line: number; column: number },
  firstLine: number,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let found: { line: number; column: number } = { line: firstLine, column: 1 };
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    const last = depth === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyNode = pair.key as Node;
      // Stryker disable next-line ConditionalExpression: nodes parsed from text always have a range
      if (keyNode.range) found = at(keyNode.range[0]);
      if (last && atKey) break;
      node = pair.value;
      const valueNode = pair.value as Node | null;
      if (valueNode?.range) found = at(valueNode.range[0]);
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      // Stryker disable next-line ConditionalExpression: zod's paths into a list name items that exist
      if (!item) break;
      // Stryker disable next-line ConditionalExpression: nodes parsed from text always have a range
      if (item.range) found = at(item.range[0]);
      node = item;
    } else break;
  }
  return found;
}
