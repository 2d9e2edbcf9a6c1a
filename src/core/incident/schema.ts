/**
 * The frontmatter of an incident file, `incidents/<slug>.md`: every rule about
 * it, field by field and across fields, lives here. This schema is the user
 * documentation of the format (docs/write-an-incident.md), the source of
 * `/schema/incident.json` for editors, and the source of the examples in the
 * validator's messages.
 *
 * Times are strings with a zone (`2026-11-22 18:05 UTC`) that parse into
 * instants; a time without a zone is an error, never a guess.
 */
import { z } from 'zod';
import type { IssueParams } from '../base/zod-issues.ts';
import { formatTimestamp, parseTimestamp, TIMESTAMP_EXAMPLE, TIMESTAMP_FORMS } from './time.ts';
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_TYPES, type IncidentType } from './vocabulary.ts';

/**
 * The example each field shows in messages, ready to copy. A registry of its own, so
 * that the JSON Schema for editors carries only the standard metadata.
 */
export const fieldExamples = z.registry<{ example: string }>();
function withExample<T extends z.ZodType>(schema: T, example: string): T {
  fieldExamples.add(schema, { example });
  return schema;
}

const SCHEDULED_EXAMPLE = 'scheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC';

/** A time with a zone, as an instant. */
const timestamp = z
  .string()
  .meta({ description: 'A time with a zone', examples: [...TIMESTAMP_FORMS] })
  .transform((value, ctx) => {
    const parsed = parseTimestamp(value);
    if (parsed.ok) return parsed.date;
    const trimmed = value.trim();
    const params: IssueParams =
      parsed.reason === 'no-zone'
        ? {
            rule: 'time-without-zone',
            expected: 'a time with a zone: UTC, Z or an offset like +01:00',
            exampleValue: `${trimmed.length <= 10 ? `${trimmed} 00:00` : trimmed} UTC`,
          }
        : { rule: 'bad-time', expected: 'YYYY-MM-DD HH:MM with a zone', exampleValue: TIMESTAMP_EXAMPLE };
    ctx.issues.push({
      code: 'custom',
      message: parsed.reason === 'no-zone' ? 'has no time zone' : 'is not a time',
      input: value,
      params,
    });
    return z.NEVER;
  });

/** A title: one line of text. */
const titleText = z
  .string()
  .trim()
  .min(1)
  .refine((title) => !/[\r\n\u2028\u2029]/.test(title), {
    message: 'the title is on more than one line',
    params: { whole: true, expected: 'the title on one line' } satisfies IssueParams,
  });

export const IncidentFields = z.strictObject({
  /**
   * What customers experience, in their words. On a site in several languages, a map of language
   * to title; the default language's is required, the others fall back to it.
   * @example title: Some customers can't complete checkout
   * @example title: { en: Some customers can't complete checkout,
   *   de: Einige Kundinnen und Kunden können nicht bezahlen }
   */
  title: withExample(
    z.union([titleText, z.record(z.string(), titleText)]).meta({
      description: 'What customers experience, in their words; or a map of language to title',
      examples: ["Some customers can't complete checkout"],
    }),
    "title: Some customers can't complete checkout",
  ),
  /**
   * `incident` (default), `maintenance` (needs `scheduled`) or
   * `notice` (informational, pinned while `until` is in the future).
   * @example type: maintenance
   */
  type: withExample(
    z.enum(INCIDENT_TYPES).default('incident').meta({ description: 'incident (default), maintenance or notice' }),
    'type: maintenance',
  ),
  /**
   * How bad it is overall. Required for incidents.
   * @example impact: major
   */
  impact: withExample(
    z.enum(IMPACTS).optional().meta({ description: 'none, minor, major or critical; required for incidents' }),
    'impact: major',
  ),
  /**
   * The components affected: a map of id to the status each was in, or a plain list of ids
   * (each then takes its status from `impact`).
   * @example components: { checkout: partial_outage, api: degraded_performance }
   * @example components: [checkout, api]
   */
  components: withExample(
    z
      .union([z.array(z.string()), z.record(z.string(), z.enum(COMPONENT_STATUSES))])
      .optional()
      .meta({ description: 'Component ids from the site config, as a list or as a map of id to status' }),
    'components: [checkout, api]',
  ),
  /**
   * When the impact began, if earlier than the first update.
   * @example started: 2026-11-22 17:50 UTC
   */
  started: withExample(timestamp.optional(), `started: ${TIMESTAMP_EXAMPLE}`),
  /**
   * A link to the postmortem. Or write a `## Postmortem` section in the body.
   * @example postmortem: https://example.com/blog/checkout-postmortem
   */
  postmortem: withExample(
    z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: 'URL of the postmortem (http or https)' }),
    'postmortem: https://example.com/blog/checkout-postmortem',
  ),
  /**
   * The maintenance window. Required for `type: maintenance`.
   * @example scheduled: { start: 2026-11-29 02:00 UTC, end: 2026-11-29 03:00 UTC }
   */
  scheduled: withExample(z.strictObject({ start: timestamp, end: timestamp }).optional(), SCHEDULED_EXAMPLE),
  /**
   * A notice stays pinned on the home page until this time.
   * @example until: 2026-12-01 00:00 UTC
   */
  until: withExample(timestamp.optional(), `until: ${TIMESTAMP_EXAMPLE}`),
  /**
   * The example `outpost init` writes, to show the format: every check warns until the file is deleted,
   * and it never counts against uptime.
   * @example example: true
   */
  example: withExample(
    z
      .boolean()
      .optional()
      .meta({ description: 'The example written by `outpost init`: delete the file before the page goes live' }),
    'example: true',
  ),
});

export const INCIDENT_FIELDS = Object.keys(IncidentFields.shape);

/** The example of a top-level field, from the schema. */
export function fieldExample(field: string): string | undefined {
  if (!Object.hasOwn(IncidentFields.shape, field)) return undefined;
  // Stryker disable next-line OptionalChaining: every field of IncidentFields is registered withExample
  return fieldExamples.get((IncidentFields.shape as Record<string, z.ZodType>)[field])?.example;
}

/** The type an incident is read as while its frontmatter has errors: the body is checked against it. */
export function incidentTypeOf(raw: unknown): IncidentType {
  const type = (raw as { type?: unknown } | null)?.type;
  return type === 'maintenance' || type === 'notice' ? type : 'incident';
}

/**
 * The frontmatter of one site's incidents: the fields, and the rules across them (by `type`,
 * and components checked against the site's ids). The rules run even when a field is wrong,
 * so one run reports every problem.
 */
export function incidentFrontmatterSchema(componentIds: readonly string[], locales: readonly string[] = ['en']) {
  return IncidentFields.superRefine(
    (data, ctx) => {
      const issue = (path: PropertyKey[], message: string, params: IssueParams) =>
        ctx.addIssue({ code: 'custom', path, message, params: { whole: true, ...params } });
      const type = incidentTypeOf(data);
      checkTitleLanguages(data.title, locales, issue);
      if (type === 'incident' && data.impact === undefined) {
        issue([], '"impact" is required for an incident', {
          rule: 'missing-field',
          expected: `one of: ${IMPACTS.join(', ')}`,
          example: fieldExample('impact'),
        });
      }
      checkComponents(data.components, componentIds, issue);
      if (type === 'maintenance') {
        const window = data.scheduled;
        if (window === undefined) {
          issue([], '"scheduled" is required for maintenance', {
            rule: 'missing-field',
            expected: 'the window as start and end times',
            example: SCHEDULED_EXAMPLE,
          });
        } else if (window?.start instanceof Date && window.end instanceof Date && window.end <= window.start) {
          issue(
            ['scheduled', 'end'],
            `the maintenance ends (${formatTimestamp(window.end)}) before it starts (${formatTimestamp(window.start)})`,
            {
              rule: 'maintenance-window',
              expected: 'scheduled.end after scheduled.start',
              example:
                `scheduled:\n  start: ${formatTimestamp(window.start)}\n` +
                `  end: ${formatTimestamp(new Date(window.start.getTime() + 3_600_000))}`,
            },
          );
        }
      } else if (data.scheduled !== undefined) {
        issue(['scheduled'], '"scheduled" is only for maintenance', {
          rule: 'invalid-field',
          atKey: true,
          expected: 'type: maintenance above it, or no scheduled field',
          example: 'type: maintenance',
        });
      }
      if (data.until !== undefined && type !== 'notice') {
        issue(['until'], '"until" is only for notices', {
          rule: 'invalid-field',
          atKey: true,
          expected: 'type: notice above it, or no until field',
          example: 'type: notice',
        });
      }
    },
    { when: () => true },
  );
}

type Issue = (path: PropertyKey[], message: string, params: IssueParams) => void;

/** A title in several languages: languages of the site, the default (first) one among them. */
function checkTitleLanguages(title: unknown, locales: readonly string[], issue: Issue): void {
  if (title === null || typeof title !== 'object' || Array.isArray(title)) return;
  const [first] = locales;
  const example = `title:\n${locales
    .map((code, index) => `  ${code}: ${index === 0 ? "Some customers can't complete checkout" : '…'}`)
    .join('\n')}`;
  if (locales.length < 2) {
    issue(['title'], 'a title in several languages needs a site in several languages (`locales` in the config)', {
      rule: 'invalid-value',
      expected: 'one title, as text',
      example: fieldExample('title'),
    });
    return;
  }
  for (const code of Object.keys(title)) {
    if (!locales.includes(code))
      issue(['title', code], `"${code}" is not a language of this site (${locales.join(', ')})`, {
        rule: 'unknown-language',
        atKey: true,
        input: code,
        known: [...locales],
        expected: `one of: ${locales.join(', ')}`,
        example,
      });
  }
  if (!(first in title))
    issue(
      ['title'],
      `the title has no "${first}" text; the site's default language is needed, the others fall back to it`,
      { rule: 'missing-field', atKey: true, expected: `a "${first}" title`, example },
    );
}

/** Components are ids of the site's components, as a list or as a map of id to status. */
function checkComponents(value: unknown, known: readonly string[], issue: Issue): void {
  if (value === undefined || value === null) return;
  const unknownId = (id: string, path: PropertyKey[], atKey: boolean) =>
    issue(path, `"${id}" is not a component`, {
      rule: 'unknown-component',
      atKey,
      input: id,
      known: [...known],
      expected: `one of the site's components: ${known.join(', ')}`,
      example: `components: [${known[0] ?? 'api'}]`,
    });
  if (Array.isArray(value)) {
    value.forEach((id, index) => {
      if (typeof id !== 'string')
        issue(['components', index], `components.${index} should be a component id`, {
          rule: 'invalid-value',
          expected: 'a list of ids or a map of id: status',
          example: fieldExample('components'),
        });
      // Stryker disable next-line BooleanLiteral: a list item has no key, and locating it ignores atKey
      else if (!known.includes(id)) unknownId(id, ['components', index], false);
    });
  } else if (typeof value === 'object') {
    for (const [id, status] of Object.entries(value as Record<string, unknown>)) {
      if (!known.includes(id)) unknownId(id, ['components', id], true);
      // Stryker disable next-line ConditionalExpression: includes() is false for a non-string too; the typeof check
      // narrows the type
      else if (typeof status !== 'string' || !(COMPONENT_STATUSES as readonly string[]).includes(status)) {
        issue(['components', id], `"${String(status)}" is not a component status`, {
          rule: 'bad-component-status',
          input: String(status),
          known: [...COMPONENT_STATUSES],
          expected: `one of: ${COMPONENT_STATUSES.join(', ')}`,
          example: `  ${id}: partial_outage`,
        });
      }
    }
  } else {
    issue(['components'], 'components should be a list of ids or a map of id: status', {
      rule: 'invalid-value',
      example: fieldExample('components'),
    });
  }
}

export type IncidentFrontmatter = z.output<typeof IncidentFields>;
