/**
 * `/schema/incident.json`: the JSON Schema of incident frontmatter, generated
 * from the zod schema (never written twice), for editors' YAML completion.
 */
import { z } from 'zod';
import { IncidentFields } from '../incident/schema.ts';

export function incidentJsonSchema(id: string, componentIds: readonly string[]): Record<string, unknown> {
  const schema = z.toJSONSchema(IncidentFields, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  // Completion for this site's own component ids.
  const ids = { type: 'string', enum: [...componentIds] };
  schema.properties.components = {
    ...schema.properties.components,
    anyOf: [
      { type: 'array', items: ids },
      // Stryker disable next-line OptionalChaining,BooleanLiteral: zod writes the components union as anyOf with the
      // map second, so the fallback is never taken
      {
        type: 'object',
        propertyNames: ids,
        additionalProperties:
          (schema.properties.components.anyOf as Record<string, unknown>[] | undefined)?.[1]?.additionalProperties ??
          true,
      },
    ],
  };
  return { $id: id, title: 'Outpost incident frontmatter', ...schema };
}
