/** The pages' one entry to data: the site view model of this build, one per language. */
import context from 'virtual:outpost/context';
import type { Locale } from '../core/i18n/locales.ts';
import { isArchivePage, type HistoryPage } from '../core/state/history.ts';
import type { SiteView } from '../core/outputs/view-model.ts';
import type { IncidentPageWriter } from './incident-pages.ts';
import { incidentPageWriterFor, keptPages, keptView, siteViewsFor } from './site-context.ts';

/** The view of a language (the default one without an argument). */
export async function getSiteView(locale?: Locale): Promise<SiteView> {
  const views = await siteViewsFor(context);
  return views.find((view) => view.i18n.locale === locale) ?? views[0];
}

/** Every language's view, the default first. */
export function getSiteViews(): Promise<SiteView[]> {
  return siteViewsFor(context);
}

/**
 * The views a route is rendered for: a route under `/[locale]/` for each language but the
 * default, the route without it for the default. With `languageParams`, the route's params.
 */
export async function viewsForRoute(routePattern: string): Promise<SiteView[]> {
  const views = await siteViewsFor(context);
  return routePattern.startsWith('/[locale]') ? views.slice(1) : views.slice(0, 1);
}

export function languageParams(site: SiteView): { locale?: string } {
  return site.language.path ? { locale: site.language.path } : {};
}

/**
 * Whether this build writes the incident pages in bulk
 * (src/site/incident-pages.ts): a build does, the dev server doesn't.
 */
export function incidentPagesInBulk(): boolean {
  return context.bulk === true;
}

/** The writer of this build's incident pages, for the middleware (src/site/middleware.ts). */
export function getIncidentPageWriter(): IncidentPageWriter | undefined {
  return incidentPageWriterFor(context);
}

/** Settled incidents whose page the build keeps from the last one. */
export function getKeptPages(): ReadonlySet<string> {
  return keptPages(context);
}

/** Whether a page of history is an archive page (src/core/state/history.ts), by what the site's state knows. */
export function archivePage(site: SiteView, page: HistoryPage): boolean {
  return isArchivePage(page, site.now, (incident) => site.incidentBySlug.get(incident.slug)!.settled);
}

/**
 * Whether this build keeps a page of history from the last one instead of rendering it: an archive page
 * (src/core/state/history.ts) at `address` (a path of the site) that shows what it showed then. `about`
 * names whose history it is; the page's number, the number of pages and the language count too.
 */
export function keepsArchivePage(site: SiteView, address: string, page: HistoryPage, about: string): boolean {
  if (!archivePage(site, page) || !address.startsWith(site.paths.root)) return false;
  const file = `${address.slice(site.paths.root.length)}index.html`;
  const slugs = page.months.flatMap((month) => month.incidents.map((incident) => incident.slug));
  return keptView(context, file, slugs, [about, page.page, page.pageCount, site.i18n.locale].join('\0'));
}
