/**
 * The generic webhook's JSON payload: one schema, from which the payload's
 * type and `/schema/webhook.json` both come. The body is signed by the CLI:
 * `X-Outpost-Signature: sha256=<hex HMAC-SHA256 of the raw body>`.
 */
import { z } from 'zod';
import { COMPONENT_STATUSES, IMPACTS, INCIDENT_TYPES, UPDATE_STATUSES } from '../incident/vocabulary.ts';

const time = z.string().describe('UTC, ISO 8601: 2026-11-22T18:05:00Z');

export const WebhookPayloadSchema = z
  .strictObject({
    delivery_id: z
      .string()
      .describe(
        '<channel id>/<update id>: the same on every retry of this update to this endpoint ' +
          '(also sent as X-Outpost-Delivery); drop a delivery whose id you have seen',
      ),
    event: z.literal('update.published').describe('What happened: an update became visible on the status page'),
    language: z
      .string()
      .describe('The language of the texts (status labels; title and text once translated): BCP 47, "en", "pt-BR"'),
    site: z.strictObject({
      name: z.string(),
      url: z.string().describe('The status page'),
    }),
    incident: z
      .strictObject({
        id: z.string().describe("The incident's slug: its file name and page address"),
        type: z.enum(INCIDENT_TYPES),
        title: z.string(),
        impact: z.enum(IMPACTS),
        status: z.enum(UPDATE_STATUSES).describe('Its state as of this update'),
        url: z.string(),
        started_at: time,
        ended_at: time.nullable().describe('When it was resolved or completed; null while ongoing'),
        scheduled: z.strictObject({ start: time, end: time }).nullable().describe('The window of a maintenance'),
        components: z.array(
          z.strictObject({
            id: z.string(),
            name: z.string(),
            status: z.enum(COMPONENT_STATUSES).describe('The status the incident puts it in'),
          }),
        ),
      })
      .describe('The incident (or maintenance, or notice) the update belongs to'),
    update: z.strictObject({
      id: z.string().describe('Stable: <incident id>#<time>'),
      status: z.enum(UPDATE_STATUSES),
      status_label: z.string().describe('The status in words: "Investigating", "In progress"'),
      created_at: time,
      text: z.string().describe('The message as plain text'),
      html: z.string().describe('The message as sanitized HTML'),
      url: z.string().describe("The update on the incident's page"),
      automatic: z.boolean().describe('Written by Outpost when a maintenance window opened or closed'),
    }),
  })
  .describe(
    'Sent by Outpost as an HTTP POST with Content-Type: application/json, X-Outpost-Delivery ' +
      'and X-Outpost-Signature: sha256=<hex HMAC-SHA256 of the raw body with the shared secret>',
  );

export type WebhookPayload = z.output<typeof WebhookPayloadSchema>;

/** `/schema/webhook.json`. */
export function webhookJsonSchema(id: string): Record<string, unknown> {
  return {
    $id: id,
    title: 'Outpost webhook payload',
    ...(z.toJSONSchema(WebhookPayloadSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
