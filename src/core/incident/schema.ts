/**
 * The frontmatter of an incident file, `incidents/<slug>.md`. This schema is
 * the user documentation of the format (README) and the source of
 * `/schema/incident.json` for editors.
 *
 * Times in frontmatter are strings with a zone (`2026-11-22 18:05 UTC`); the
 * parser turns them into instants and refuses a time without a zone.
 */
import { z } from 'zod';
import { TIMESTAMP_FORMS } from './time.ts';
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_TYPES } from './vocabulary.ts';

const timestamp = z
  .string()
  .meta({ description: 'A time with a zone', examples: [...TIMESTAMP_FORMS] });

export const IncidentFrontmatterSchema = z.strictObject({
  /**
   * What customers experience, in their words.
   * @example title: Some customers can't complete checkout
   */
  title: z.string().trim().min(1).meta({ description: 'What customers experience, in their words', examples: ["Some customers can't complete checkout"] }),
  /**
   * `incident` (default), `maintenance` (needs `scheduled`) or `notice` (informational, pinned while `until` is in the future).
   * @example type: maintenance
   */
  type: z.enum(INCIDENT_TYPES).default('incident').meta({ description: 'incident (default), maintenance or notice' }),
  /**
   * How bad it is overall. Required for incidents.
   * @example impact: major
   */
  impact: z.enum(IMPACTS).optional().meta({ description: 'none, minor, major or critical; required for incidents' }),
  /**
   * The components affected: a map of id to the status each was in, or a plain list of ids
   * (each then takes its status from `impact`).
   * @example components: { checkout: partial_outage, api: degraded_performance }
   * @example components: [checkout, api]
   */
  components: z
    .union([z.array(z.string()), z.record(z.string(), z.enum(COMPONENT_STATUSES))])
    .optional()
    .meta({ description: 'Component ids from the site config, as a list or as a map of id to status' }),
  /**
   * When the impact began, if earlier than the first update.
   * @example started: 2026-11-22 17:50 UTC
   */
  started: timestamp.optional(),
  /**
   * A link to the postmortem. Or write a `## Postmortem` section in the body.
   * @example postmortem: https://example.com/blog/checkout-postmortem
   */
  postmortem: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'URL of the postmortem (http or https)' }),
  /**
   * The maintenance window. Required for `type: maintenance`.
   * @example scheduled: { start: 2026-11-29 02:00 UTC, end: 2026-11-29 03:00 UTC }
   */
  scheduled: z.strictObject({ start: timestamp, end: timestamp }).optional(),
  /**
   * A notice stays pinned on the home page until this time.
   * @example until: 2026-12-01 00:00 UTC
   */
  until: timestamp.optional(),
});

export type IncidentFrontmatter = z.output<typeof IncidentFrontmatterSchema>;
export const INCIDENT_FIELDS = Object.keys(IncidentFrontmatterSchema.shape);
