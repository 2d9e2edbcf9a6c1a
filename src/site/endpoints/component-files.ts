/** Per component and per group: feeds and a badge, under /components/<id>/. */
import type { APIRoute } from 'astro';
import { renderBadge } from '../../core/outputs/badge.ts';
import { componentScopes, FEED_FILES, isFeedFile, renderFeedFile } from '../../core/outputs/feed.ts';
import { getSiteView } from '../site-view.ts';
import { respond } from './respond.ts';

const FILES = [...FEED_FILES, 'badge.svg'];

export async function getStaticPaths() {
  const site = await getSiteView();
  return componentScopes(site).flatMap((scope) => FILES.map((file) => ({ params: { id: scope.id!, file } })));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteView();
  const scope = componentScopes(site).find((candidate) => candidate.id === params.id);
  if (!scope) return new Response(null, { status: 404 });
  if (isFeedFile(params.file)) {
    const { body, type } = await renderFeedFile(site, scope, params.file);
    return respond(body, type);
  }
  if (params.file === 'badge.svg') {
    const component = site.components.find((candidate) => candidate.id === scope.id);
    const group = site.sections.find((section) => section.id === scope.id);
    return respond(renderBadge(component?.name ?? group?.name ?? String(params.id), component?.status ?? group?.status ?? 'operational'), 'image/svg+xml');
  }
  return new Response(null, { status: 404 });
};
