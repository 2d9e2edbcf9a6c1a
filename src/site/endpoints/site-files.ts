/** Site-wide machine-readable files: feeds, the maintenance calendar, the badge. */
import type { APIRoute } from 'astro';
import { renderBadge } from '../../core/badge.ts';
import { renderCalendar } from '../../core/calendar.ts';
import { renderAtom, renderJsonFeed, renderRss, siteScope } from '../../core/feed.ts';
import { getSiteView } from '../site-view.ts';
import { respond } from './respond.ts';

const FILES = ['history.atom', 'history.rss', 'feed.json', 'maintenance.ics', 'badge.svg'] as const;

export function getStaticPaths() {
  return FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteView();
  const scope = siteScope(site);
  switch (params.file as (typeof FILES)[number]) {
    case 'history.atom':
      return respond(renderAtom(site, scope), 'application/atom+xml');
    case 'history.rss':
      return respond(await renderRss(site, scope), 'application/rss+xml');
    case 'feed.json':
      return respond(renderJsonFeed(site, scope), 'application/feed+json');
    case 'maintenance.ics':
      return respond(renderCalendar(site), 'text/calendar');
    case 'badge.svg':
      return respond(renderBadge(site.config.name, site.overall.status), 'image/svg+xml');
  }
  return new Response(null, { status: 404 });
};
