/**
 * Turns zod issues into plain sentences, one per issue, the way a person
 * would say them, keyed by the path of the field they concern.
 */
import type { z } from 'zod';
import { didYouMean, suggest } from './problems.ts';

/** What a refinement or transform of ours puts in a custom issue's `params`. */
export interface IssueParams {
  /** The rule id; `invalid-value` when not given. */
  rule?: string;
  expected?: string;
  /** The right form, ready to copy. */
  example?: string;
  /** The right value: the example is `<field>: <value>`. */
  exampleValue?: string;
  /** The problem is the key, not its value (reported at the key's position). */
  atKey?: boolean;
  /** The message is a whole sentence; otherwise it follows the field and its value. */
  whole?: boolean;
  /** The value, and the words it may be a typo of ("did you mean …?"). */
  input?: string;
  known?: string[];
}

export interface FieldIssue {
  path: PropertyKey[];
  /** True when the problem is the key itself (an unknown field), not its value. */
  atKey: boolean;
  rule: string;
  message: string;
  expected?: string;
  /** The nearest known word, when the input looks like a typo of it. */
  suggestion?: string;
  /** The right form, when the issue knows it better than its field's example. */
  example?: string;
}

export function describeZodIssues(
  issues: readonly z.core.$ZodIssue[],
  knownFields: (path: PropertyKey[]) => string[],
): FieldIssue[] {
  const out: FieldIssue[] = [];
  const under = (prefix: readonly PropertyKey[], path: readonly PropertyKey[]) =>
    prefix.every((key, index) => String(path[index]) === String(key));
  for (const issue of issues) {
    // A union's failure says only "none of the forms"; a refinement that names the exact problem says it better.
    if (
      issue.code === 'invalid_union' &&
      issues.some((other) => other !== issue && other.code === 'custom' && under(issue.path, other.path))
    )
      continue;
    const path = issue.path;
    const field = dottedPath(path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const known = knownFields(path);
          out.push({
            path: [...path, key],
            atKey: true,
            rule: 'unknown-field',
            message: `"${key}" is not a field${field ? ` of ${field}` : ''}${didYouMean(key, known)}`,
            expected: `one of: ${known.join(', ')}`,
            suggestion: suggest(key, known),
          });
        }
        break;
      case 'invalid_type':
        if (issue.input === undefined) {
          out.push({
            path,
            atKey: true,
            rule: 'missing-field',
            message: `"${field}" is required`,
            expected: typeName(issue.expected),
          });
        } else {
          out.push({
            path,
            atKey: false,
            rule: 'invalid-value',
            message: `${field} should be ${typeName(issue.expected)}, not ${typeOf(issue.input)}`,
            expected: typeName(issue.expected),
          });
        }
        break;
      case 'invalid_value': {
        const values = issue.values.map(String);
        const got = String(issue.input ?? '');
        out.push({
          path,
          atKey: false,
          rule: 'invalid-value',
          message: `${field} is "${got}", which is not allowed${didYouMean(got, values)}`,
          expected: `one of: ${values.join(', ')}`,
        });
        break;
      }
      case 'too_small':
        if (issue.origin === 'number') {
          // A number below its minimum is not "empty": say the value and the limit.
          out.push({
            path,
            atKey: false,
            rule: 'invalid-value',
            message: `${field} is ${String(issue.input)}, which is too small`,
            expected: `a number ${issue.inclusive ? 'of at least' : 'greater than'} ${String(issue.minimum)}`,
          });
        } else {
          out.push({
            path,
            atKey: false,
            rule: 'invalid-value',
            message: `${field} is empty`,
            expected: issue.origin === 'array' ? 'at least one item' : 'at least one character',
          });
        }
        break;
      case 'invalid_format':
        if (issue.format === 'url') {
          out.push({
            path,
            atKey: false,
            rule: 'invalid-value',
            message: `${field} "${String(issue.input)}" is not a URL`,
            expected: 'an http or https address',
          });
        } else {
          out.push({
            path,
            atKey: false,
            rule: 'invalid-value',
            message: `${field} "${String(issue.input)}" is not allowed`,
            expected: issue.message,
          });
        }
        break;
      case 'invalid_union': {
        // A discriminated union whose discriminator is missing or not one of its values (`kind: 'slak'`).
        const { discriminator, options } = issue as typeof issue & { discriminator?: string; options?: unknown[] };
        if (discriminator && options) {
          const got = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
          const values = options.map(String);
          out.push(
            got === undefined
              ? {
                  path,
                  atKey: true,
                  rule: 'missing-field',
                  message: `"${field}" is required`,
                  expected: `one of: ${values.join(', ')}`,
                }
              : {
                  path,
                  atKey: false,
                  rule: 'invalid-value',
                  message: `${field} is "${String(got)}", which is not allowed${didYouMean(String(got), values)}`,
                  expected: `one of: ${values.join(', ')}`,
                },
          );
        } else if (issue.input === undefined) {
          // A field of several forms (a title as text, or as a map of language to text) that is missing.
          out.push({ path, atKey: true, rule: 'missing-field', message: `"${field}" is required` });
        } else
          out.push({
            path,
            atKey: false,
            rule: 'invalid-value',
            message: `${field} should be one of its forms, not ${typeOf(issue.input)}`,
          });
        break;
      }
      case 'custom': {
        const params = (issue.params ?? {}) as IssueParams;
        const known = params.known;
        const value = params.input ?? String(issue.input ?? '');
        const sentence = params.whole
          ? issue.message
          : `${issue.message.startsWith('"') ? `${field}: ` : `${field} "${value}" `}${issue.message}`;
        const example =
          params.example ??
          (params.exampleValue === undefined ? undefined : `${String(path[path.length - 1])}: ${params.exampleValue}`);
        out.push({
          path,
          atKey: params.atKey ?? false,
          rule: params.rule ?? 'invalid-value',
          message: `${sentence}${known ? didYouMean(value, known) : ''}`,
          expected: params.expected ?? (known ? `one of: ${known.join(', ')}` : undefined),
          example,
        });
        break;
      }
      default:
        out.push({ path, atKey: false, rule: 'invalid-value', message: `${field}: ${issue.message}` });
    }
  }
  return out;
}

export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** zod's name of an expected type, as a person would say it: "a list", "a whole number". */
function typeName(expected: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a map', record: 'a map', int: 'a whole number' };
  return names[expected] ?? `a ${expected}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}
