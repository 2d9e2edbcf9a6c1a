/**
 * The plain frontmatter nearly every incident file has, read without building a YAML document: one
 * `field: value` a line, a value that is a plain or simply quoted text or a `[list, of, words]`, and
 * fields of one level below a field (`components:` then `  checkout: major_outage`). Anything else (a
 * number, true or null, an escape, a block list, a comment after a value, a tab, a duplicate) is not
 * read here: `readPlainYaml` returns undefined and the caller parses the text with `yaml`, which reads it
 * all and says where a problem is. Where this reads a text, it reads what `yaml` reads (the core schema):
 * the tests hold the two to the same values and lines, on every fixture and on generated texts. Pure.
 */
import { findControlCharacter } from '../base/control-characters.ts';

/** A field read: its value, the line of its key, and the line its value starts on (0-based, in the text). */
export interface PlainField {
  value: unknown;
  keyLine: number;
  valueLine: number;
  /** The fields below it, when its value is fields. */
  fields?: Map<string, PlainField>;
}

const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
const NESTED = /^( +)([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** What the core schema reads as something other than text: null, booleans, numbers (`yaml`'s core tags). */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Characters a plain text may not start with, and ones this reader leaves to `yaml` anywhere in a value. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_SIMPLE = /[#\t\\]|: |:$/;

/** A value written on its key's line: a plain text, a quoted text without escapes, or a flow list of those. */
function scalar(text: string, inList: boolean): string | undefined {
  const value = text.trim();
  if (value.length === 0) return undefined;
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const inner = value.slice(1, -1);
    if (value.length < 2 || value.at(-1) !== quote || inner.includes(quote) || inner.includes('\\')) return undefined;
    return inner;
  }
  if (INDICATOR_START.test(value) || NOT_SIMPLE.test(value) || NOT_TEXT.test(value)) return undefined;
  if (inList && /[[\]{},:]/.test(value)) return undefined;
  return value;
}

function value(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return scalar(trimmed, false);
  if (!trimmed.endsWith(']')) return undefined;
  const inner = trimmed.slice(1, -1);
  if (inner.trim() === '') return [];
  const items = inner.split(',').map((item) => scalar(item, true));
  return items.every((item) => item !== undefined) ? items : undefined;
}

/**
 * The fields of a plain frontmatter text, or undefined when it is not plain (see above). Control
 * characters are left to `yaml`'s path too, which says where each is.
 */
export function readPlainYaml(text: string): Map<string, PlainField> | undefined {
  if (text.includes('\r') || findControlCharacter(text)) return undefined;
  const lines = text.split('\n');
  const fields = new Map<string, PlainField>();
  /** The field whose fields the lines below it give, with those fields and their indent. */
  let open: { field: PlainField; below: Map<string, PlainField>; indent: string } | undefined;
  for (let line = 0; line < lines.length; line++) {
    const source = lines[line];
    if (/^ *$/.test(source) || source.startsWith('#')) continue;
    const nested = source.startsWith(' ') ? NESTED.exec(source) : null;
    if (nested) {
      const [, indent, key, rest] = nested;
      if (!open || (open.below.size > 0 && indent !== open.indent) || rest === undefined) return undefined;
      const { below } = open;
      const read = value(rest);
      if (read === undefined || below.has(key) || NOT_TEXT.test(key)) return undefined;
      if (below.size === 0) {
        open.indent = indent;
        open.field.valueLine = line;
      }
      below.set(key, { value: read, keyLine: line, valueLine: line });
      continue;
    }
    if (open && open.below.size === 0) return undefined;
    open = undefined;
    const match = KEY.exec(source);
    if (!match) return undefined;
    const [, key, rest] = match;
    if (fields.has(key) || NOT_TEXT.test(key)) return undefined;
    if (rest === undefined || rest.trim() === '') {
      const below = new Map<string, PlainField>();
      const field: PlainField = { value: undefined, keyLine: line, valueLine: line, fields: below };
      fields.set(key, field);
      open = { field, below, indent: '' };
      continue;
    }
    const read = value(rest);
    if (read === undefined) return undefined;
    fields.set(key, { value: read, keyLine: line, valueLine: line });
  }
  // No field at all (only comments) is no mapping to `yaml` either.
  if (fields.size === 0 || (open && open.below.size === 0)) return undefined;
  for (const field of fields.values())
    if (field.fields) field.value = Object.fromEntries([...field.fields].map(([key, below]) => [key, below.value]));
  return fields;
}
