/**
 * Every generated file that is not a page, declared once: where it goes, its
 * media type, how it is named in links, and how it is rendered. The routes,
 * the `<link rel="alternate">` tags, the footer, the component pages and the
 * tests all read this list; adding a format is one entry and one renderer.
 */
import { apiDocuments, renderApiDocument } from './api.ts';
import { renderBadge } from './badge.ts';
import { renderCalendar } from './calendar.ts';
import { componentScopes, renderAtom, renderJsonFeed, renderRss, siteScope, type FeedScope } from './feed.ts';
import { incidentJsonSchema } from './incident-json-schema.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { webhookJsonSchema } from '../channels/webhook-payload.ts';
import { renderEmbedPage, renderEmbedScript, renderHostHeaders } from './embed.ts';
import { absoluteUrl } from './paths.ts';
import { FAVICON_FILE, faviconSvg } from './favicon.ts';
import type { SiteView } from './view-model.ts';

export interface OutputFile {
  /** Where the file goes, below the site's base path (and below `components/<id>/` for scoped files). */
  path: string;
  /** Media type; text is served as UTF-8. */
  type: string;
  /** Written for the whole site and again for every component and group, under `components/<id>/`. */
  scoped?: boolean;
  /** Its name in links ("Atom", "badge"), as a catalogue key. */
  label?: MessageKey;
  /** Written in each language of the site (its words are), under the language's folder. */
  localized?: boolean;
  /** A feed: every page offers it with `<link rel="alternate">`. */
  alternate?: boolean;
  /** Linked in every page's footer. */
  footer?: boolean;
  /** `self` is the file's own path on the site, base path included. */
  render(site: SiteView, scope: FeedScope, self: string): string | Promise<string>;
}

const apiDocument = (name: string): OutputFile => ({
  path: `api/v2/${name}`,
  type: 'application/json',
  render: (site) => renderApiDocument(apiDocuments(site)[name]),
});

export const OUTPUTS: readonly OutputFile[] = [
  {
    path: 'history.atom',
    type: 'application/atom+xml',
    scoped: true,
    localized: true,
    label: 'output.atom',
    alternate: true,
    footer: true,
    render: renderAtom,
  },
  {
    path: 'history.rss',
    type: 'application/rss+xml',
    scoped: true,
    localized: true,
    label: 'output.rss',
    alternate: true,
    footer: true,
    render: renderRss,
  },
  {
    path: 'feed.json',
    type: 'application/feed+json',
    scoped: true,
    localized: true,
    label: 'output.jsonFeed',
    alternate: true,
    footer: true,
    render: renderJsonFeed,
  },
  {
    path: 'maintenance.ics',
    type: 'text/calendar',
    localized: true,
    label: 'output.calendar',
    footer: true,
    render: (site, _scope, self) => renderCalendar(site, self),
  },
  {
    path: 'badge.svg',
    type: 'image/svg+xml',
    scoped: true,
    localized: true,
    label: 'output.badge',
    render: (site, scope) => renderScopeBadge(site, scope),
  },
  // The API keeps Statuspage's English vocabulary in every language, as Statuspage's does: one copy, at the root.
  apiDocument('status.json'),
  // For developers (docs/developers.md), so not in the footer of pages readers see.
  { ...apiDocument('summary.json'), label: 'output.api' },
  apiDocument('components.json'),
  apiDocument('incidents.json'),
  apiDocument('incidents/unresolved.json'),
  apiDocument('scheduled-maintenances.json'),
  apiDocument('scheduled-maintenances/upcoming.json'),
  apiDocument('scheduled-maintenances/active.json'),
  {
    path: 'schema/incident.json',
    type: 'application/schema+json',
    render: (site, _scope, self) =>
      `${JSON.stringify(
        incidentJsonSchema(
          absoluteUrl(site.config.url, self),
          site.config.components.map((component) => component.id),
        ),
        null,
        2,
      )}\n`,
  },
  {
    path: 'schema/webhook.json',
    type: 'application/schema+json',
    render: (site, _scope, self) =>
      `${JSON.stringify(webhookJsonSchema(absoluteUrl(site.config.url, self)), null, 2)}\n`,
  },
  { path: 'embed.js', type: 'text/javascript', localized: true, render: (site) => renderEmbedScript(site) },
  { path: 'embed/index.html', type: 'text/html', localized: true, render: (site) => renderEmbedPage(site) },
  { path: '_headers', type: 'text/plain', render: (site) => renderHostHeaders(site) },
  // The feeds' icon: a site has no file of its own to name.
  { path: FAVICON_FILE, type: 'image/svg+xml', render: () => faviconSvg('neutral') },
];

/** The registry's entry for a path; a typo is a programming error, caught by any build. */
export function output(path: string): OutputFile {
  const file = OUTPUTS.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no output "${path}" in the outputs registry`);
  return file;
}

/**
 * A file's path below the base path: the site's own, or a
 * component's or group's; a localized one in its language's folder.
 */
function outputPath(site: SiteView, file: OutputFile, scopeId?: string): string {
  const path = scopeId ? `components/${scopeId}/${file.path}` : file.path;
  return file.localized && site.language.path ? `${site.language.path}/${path}` : path;
}

/** A file's path on the site, base path included. */
export function outputUrl(site: SiteView, file: OutputFile, scopeId?: string): string {
  return site.paths.file(outputPath(site, file, scopeId));
}

/**
 * Every file a language's view writes: the site's, then each component's and group's. Files
 * that are the same in every language (the API, the JSON Schema) come with the default language's.
 */
export function outputFiles(site: SiteView): { file: OutputFile; scope: FeedScope; path: string }[] {
  const files = site.language.path ? OUTPUTS.filter((file) => file.localized) : OUTPUTS;
  const site_ = siteScope(site);
  const all = files.map((file) => ({ file, scope: site_, path: outputPath(site, file) }));
  for (const scope of componentScopes(site)) {
    for (const file of files.filter((candidate) => candidate.scoped))
      all.push({ file, scope, path: outputPath(site, file, scope.id) });
  }
  return all;
}

// Each file of a view is looked up by its path once per file: the view's files by path, built once.
const filesBySite = new WeakMap<SiteView, Map<string, ReturnType<typeof outputFiles>[number]>>();

/** Renders one file by its path below the base path, or undefined if no output has that path. */
export async function renderOutput(site: SiteView, path: string): Promise<{ body: string; type: string } | undefined> {
  let files = filesBySite.get(site);
  if (!files) {
    files = new Map();
    // The first of two with one path wins, as a search of the list would find it.
    for (const file of outputFiles(site)) if (!files.has(file.path)) files.set(file.path, file);
    filesBySite.set(site, files);
  }
  const found = files.get(path);
  if (!found) return undefined;
  return { body: await found.file.render(site, found.scope, site.paths.file(found.path)), type: found.file.type };
}

function renderScopeBadge(site: SiteView, scope: FeedScope): string {
  if (!scope.id) return renderBadge(site.config.name, site.overall.status, site.i18n);
  const component = site.components.find((candidate) => candidate.id === scope.id);
  const group = site.sections.find((section) => section.id === scope.id);
  // Stryker disable next-line OptionalChaining: a scope is a component or a group, so one of them is found
  return renderBadge(
    component?.name ?? group?.name ?? scope.id,
    component?.status ?? group?.status ?? 'operational',
    site.i18n,
  );
}
