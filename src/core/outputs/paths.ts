/**
 * Every URL the site links to is built here, relative to the site's base
 * path. Pure.
 */
export interface SitePaths {
  /** The site's root, base path included: the API, the JSON Schema and assets live here in every language. */
  root: string;
  /** The home page of this language: the root, or `<root><language>/` on a site in several languages. */
  home: string;
  incident(slug: string): string;
  update(slug: string, updateId: string): string;
  component(id: string): string;
  /** One component's own paged history. */
  componentHistory(id: string, page: number): string;
  history(page: number): string;
  /** Every way to follow the page. */
  subscribe: string;
  /** The iframe embed. */
  embed: string;
  asset(path: string): string;
  /**
   * A link of the config (`links`): a path on the site (`/about/`) is below the base path, since the
   * same config is built for `https://<owner>.github.io/<repo>/` and for a domain's root; an address stays.
   */
  link(href: string): string;
  /** A generated file (see the outputs registry), by its path below the base path. */
  file(path: string): string;
}

/**
 * `languagePath` is the folder of a language's pages on a site in several languages (`de`),
 * empty for the default language, whose pages are at the root (Astro's i18n routing convention).
 */
export function sitePaths(base: string, languagePath = ''): SitePaths {
  const root = base.endsWith('/') ? base : `${base}/`;
  const home = languagePath ? `${root}${languagePath}/` : root;
  return {
    root,
    home,
    incident: (slug) => `${home}${incidentPageDir(slug)}`,
    update: (slug, updateId) => `${home}${incidentPageDir(slug)}#${updateAnchor(updateId)}`,
    component: (id) => `${home}components/${id}/`,
    componentHistory: (id, page) => `${home}components/${id}/history/${page <= 1 ? '' : `${page}/`}`,
    history: (page) => (page <= 1 ? `${home}history/` : `${home}history/${page}/`),
    subscribe: `${home}subscribe/`,
    embed: `${home}embed/`,
    asset: (path) => `${root}${path.replace(/^\//, '')}`,
    link: (href) => (/^\/(?!\/)/.test(href) ? `${root}${href.slice(1)}` : href),
    file: (path) => `${root}${path}`,
  };
}

/**
 * The same page in another language: `/de/incidents/x/` → `/incidents/x/` (default language) or
 * `/fr/incidents/x/`. `from` and `to` are the languages' folders ('' for the default).
 */
export function pathInLanguage(pathname: string, base: string, from: string, to: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const fromHome = from ? `${root}${from}/` : root;
  const rest = pathname.startsWith(fromHome)
    ? pathname.slice(fromHome.length)
    : pathname === fromHome.slice(0, -1)
      ? ''
      : pathname.replace(/^\//, '');
  return `${to ? `${root}${to}/` : root}${rest}`;
}

/** Where an incident's page lives, relative to the site root: `incidents/<slug>/` (the route uses `[slug]`). */
export function incidentPageDir(slug: string): string {
  return `incidents/${slug}/`;
}

/** `slug#2026-11-22T18:05Z` → `update-2026-11-22T18-05Z`: a valid, stable fragment. */
export function updateAnchor(updateId: string): string {
  return `update-${updateId.split('#')[1].replace(/:/g, '-')}`;
}

/** The base path of a site URL: `https://example.com/status/` → `/status/`. */
export function basePath(siteUrl: string): string {
  const path = new URL(siteUrl).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** An absolute URL on the site, for feeds and the API: paths already carry the base path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}
