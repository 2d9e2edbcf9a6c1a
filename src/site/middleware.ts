/**
 * A build's middleware: the incident page shells and the pages of articles Astro renders go to the
 * writer of the incident pages (src/site/incident-pages.ts), not into files of their own. Every
 * other page passes through; without a writer (the dev server, OUTPOST_BULK_PAGES=0) everything does.
 */
import { defineMiddleware } from 'astro:middleware';
import { ARTICLES_ROUTE, type ShellKind } from './incident-pages.ts';
import { getIncidentPageWriter } from './site-view.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const writer = getIncidentPageWriter();
  const { shell, locale } = context.props as { shell?: ShellKind; locale?: never };
  const articles = context.routePattern === ARTICLES_ROUTE;
  if (!writer || !locale || (!shell && !articles)) return next();
  // The bytes as Astro encoded them: the pages are cut from them, not decoded and encoded again.
  const html = Buffer.from(await (await next()).arrayBuffer());
  if (shell) await writer.shell(locale, shell, html);
  else await writer.articles(locale, html);
  // No body: Astro writes no file for it.
  return new Response(null);
});
