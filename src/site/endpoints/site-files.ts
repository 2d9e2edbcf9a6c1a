/** Every file of the outputs registry: feeds, calendar, badges, the Statuspage API, the JSON Schema. */
import type { APIRoute } from 'astro';
import { outputFiles, renderOutput } from '../../core/outputs/registry.ts';
import { getSiteView } from '../site-view.ts';

export async function getStaticPaths() {
  return outputFiles(await getSiteView()).map(({ path }) => ({ params: { file: path } }));
}

export const GET: APIRoute = async ({ params }) => {
  const rendered = await renderOutput(await getSiteView(), params.file ?? '');
  if (!rendered) return new Response(null, { status: 404 });
  return new Response(rendered.body, { headers: { 'content-type': `${rendered.type}; charset=utf-8` } });
};
