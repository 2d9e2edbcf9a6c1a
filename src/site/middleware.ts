/**
 * A build's middleware: the incident page shells Astro renders go to the writer of the incident pages
 * (src/site/incident-pages.ts), not into files of their own. Every other page passes through; without
 * a writer (the dev server, OUTPOST_BULK_PAGES=0) everything does.
 */
import { defineMiddleware } from 'astro:middleware';
import type { ShellKind } from './incident-pages.ts';
import { getIncidentPageWriter } from './site-view.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const writer = getIncidentPageWriter();
  const { shell, locale } = context.props as { shell?: ShellKind; locale?: never };
  if (!writer || !locale || !shell) return next();
  await writer.shell(locale, shell, await (await next()).text());
  // No body: Astro writes no file for it.
  return new Response(null);
});
