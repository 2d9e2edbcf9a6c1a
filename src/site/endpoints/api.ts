/** Statuspage v2-compatible JSON under /api/v2/. */
import type { APIRoute } from 'astro';
import { apiDocuments, renderApiDocument } from '../../core/outputs/api.ts';
import { API_DOCUMENTS } from '../../core/outputs/statuspage-schema.ts';
import { getSiteView } from '../site-view.ts';
import { respond } from './respond.ts';

export function getStaticPaths() {
  return Object.keys(API_DOCUMENTS).map((path) => ({ params: { path } }));
}

export const GET: APIRoute = async ({ params }) => {
  const documents = apiDocuments(await getSiteView());
  const document = documents[params.path ?? ''];
  return document ? respond(renderApiDocument(document), 'application/json') : new Response(null, { status: 404 });
};
