/** Per component and per group: feeds and a badge, under /components/<id>/. */
import type { APIRoute } from 'astro';
import { renderBadge } from '../../core/badge.ts';
import { componentScopes, renderAtom, renderJsonFeed, renderRss } from '../../core/feed.ts';
import { getSiteView } from '../site-view.ts';
import { respond } from './respond.ts';

const FILES = ['history.atom', 'history.rss', 'feed.json', 'badge.svg'] as const;

export async function getStaticPaths() {
  const site = await getSiteView();
  return componentScopes(site).flatMap((scope) => FILES.map((file) => ({ params: { id: scope.id!, file } })));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteView();
  const scope = componentScopes(site).find((candidate) => candidate.id === params.id);
  if (!scope) return new Response(null, { status: 404 });
  switch (params.file as (typeof FILES)[number]) {
    case 'history.atom':
      return respond(renderAtom(site, scope), 'application/atom+xml');
    case 'history.rss':
      return respond(await renderRss(site, scope), 'application/rss+xml');
    case 'feed.json':
      return respond(renderJsonFeed(site, scope), 'application/feed+json');
    case 'badge.svg': {
      const component = site.components.find((candidate) => candidate.id === scope.id);
      const group = site.sections.find((section) => section.id === scope.id);
      return respond(renderBadge(component?.name ?? group?.name ?? String(params.id), component?.status ?? group?.status ?? 'operational'), 'image/svg+xml');
    }
  }
  return new Response(null, { status: 404 });
};
