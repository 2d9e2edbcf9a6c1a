/**
 * Every URL the site links to is built here, relative to the site's base
 * path. Pure.
 */
export interface SitePaths {
  home: string;
  incident(slug: string): string;
  update(slug: string, updateId: string): string;
  component(id: string): string;
  history(page: number): string;
  /** Every way to follow the page. */
  subscribe: string;
  /** The iframe embed. */
  embed: string;
  asset(path: string): string;
  /** A generated file (see the outputs registry), by its path below the base path. */
  file(path: string): string;
}

export function sitePaths(base: string): SitePaths {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    home: root,
    incident: (slug) => `${root}${incidentPageDir(slug)}`,
    update: (slug, updateId) => `${root}${incidentPageDir(slug)}#${updateAnchor(updateId)}`,
    component: (id) => `${root}components/${id}/`,
    history: (page) => (page <= 1 ? `${root}history/` : `${root}history/${page}/`),
    subscribe: `${root}subscribe/`,
    embed: `${root}embed/`,
    asset: (path) => `${root}${path.replace(/^\//, '')}`,
    file: (path) => `${root}${path}`,
  };
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
