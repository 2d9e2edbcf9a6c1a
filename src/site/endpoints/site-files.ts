/** Site-wide machine-readable files: feeds, the maintenance calendar, the badge. */
import type { APIRoute } from 'astro';
import { renderBadge } from '../../core/outputs/badge.ts';
import { renderCalendar } from '../../core/outputs/calendar.ts';
import { FEED_FILES, isFeedFile, renderFeedFile, siteScope } from '../../core/outputs/feed.ts';
import { getSiteView } from '../site-view.ts';
import { respond } from './respond.ts';

const FILES = [...FEED_FILES, 'maintenance.ics', 'badge.svg'];

export function getStaticPaths() {
  return FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteView();
  if (isFeedFile(params.file)) {
    const { body, type } = await renderFeedFile(site, siteScope(site), params.file);
    return respond(body, type);
  }
  if (params.file === 'maintenance.ics') return respond(renderCalendar(site), 'text/calendar');
  if (params.file === 'badge.svg') return respond(renderBadge(site.config.name, site.overall.status), 'image/svg+xml');
  return new Response(null, { status: 404 });
};
