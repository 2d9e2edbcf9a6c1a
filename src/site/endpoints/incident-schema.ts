/** /schema/incident.json: JSON Schema of incident frontmatter, for editors. */
import type { APIRoute } from 'astro';
import { incidentJsonSchema } from '../../core/outputs/incident-json-schema.ts';
import { absoluteUrl } from '../../core/outputs/paths.ts';
import { getSiteView } from '../site-view.ts';
import { respond } from './respond.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteView();
  const schema = incidentJsonSchema(absoluteUrl(site.config.url, site.paths.incidentSchema), site.config.components.map((component) => component.id));
  return respond(`${JSON.stringify(schema, null, 2)}\n`, 'application/schema+json');
};
