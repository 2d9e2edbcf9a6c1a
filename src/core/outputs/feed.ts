/**
 * Feeds: one entry per update (maintenance window transitions too), newest
 * first, with ids that depend only on the incident and the update's time.
 * Atom with `feed`, RSS 2.0 with `@astrojs/rss`, JSON Feed 1.1 as plain JSON.
 * The feed's own `updated` time is its newest entry's, so an unchanged site
 * gives byte-identical feeds.
 */
import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import { absoluteUrl } from './paths.ts';
import { FAVICON_FILE } from './favicon.ts';
import { isoUtc } from '../incident/time.ts';
import type { IncidentView, SiteView, UpdateView } from './view-model.ts';
import { escapeHtml } from '../base/html.ts';

export interface FeedEntry {
  /** `<slug>#<time>`: stable across builds. */
  id: string;
  title: string;
  /** Absolute link to the update on its incident page. */
  url: string;
  published: Date;
  html: string;
  text: string;
  incident: IncidentView;
  update: UpdateView;
}

export interface FeedScope {
  /** Path segment under /components/, or undefined for the whole site. */
  id?: string;
  title: string;
  componentIds?: ReadonlySet<string>;
  /** The page the feed belongs to, base path included: the home page, a component's page (a group has none: home). */
  page: string;
}

// Each scope's entries serve its Atom, RSS and JSON files: computed once per site view.
const entriesBySite = new WeakMap<SiteView, Map<string, FeedEntry[]>>();

/** Newest first; ties broken by id so order never depends on file order. */
export function feedEntries(site: SiteView, scope: FeedScope = siteScope(site)): FeedEntry[] {
  let byScope = entriesBySite.get(site);
  if (!byScope) entriesBySite.set(site, (byScope = new Map()));
  let entries = byScope.get(scope.id ?? '');
  if (!entries) byScope.set(scope.id ?? '', (entries = collectEntries(site, scope)));
  return entries;
}

// Every update posted by now, newest first, sorted once per site view: each scope takes its newest from the top.
// By their times alone: only the updates a feed keeps get their views (the site has tens of thousands).
type Posted = { incident: IncidentView; index: number; at: Date };
const postedBySite = new WeakMap<SiteView, Posted[]>();

function postedUpdates(site: SiteView): Posted[] {
  let posted = postedBySite.get(site);
  if (!posted) {
    posted = [];
    for (const incident of site.incidents) {
      const times = incident.updateTimes;
      for (let index = 0; index < times.length; index++)
        if (times[index] <= site.now) posted.push({ incident, index, at: times[index] });
    }
    // Stable: updates of one incident at the same time keep the file's order (newest first).
    posted.sort(
      (a, b) =>
        b.at.getTime() - a.at.getTime() ||
        (a.incident.slug < b.incident.slug ? -1 : a.incident.slug > b.incident.slug ? 1 : 0),
    );
    postedBySite.set(site, posted);
  }
  return posted;
}

function collectEntries(site: SiteView, scope: FeedScope): FeedEntry[] {
  const picked: { incident: IncidentView; update: UpdateView }[] = [];
  for (const { incident, index } of postedUpdates(site)) {
    if (picked.length >= site.config.feedLimit) break;
    // The incident's own list of components: the view's (with labels and pills) is made only for the entries kept.
    const affected = incident.incident.components;
    if (scope.componentIds && !affected.some((component) => scope.componentIds!.has(component.id))) continue;
    picked.push({ incident, update: incident.updates[index] });
  }
  // Only the entries that make the cut get their text and HTML.
  return picked.map(({ incident, update }) => entryOf(site, incident, update));
}

/**
 * An update's entry reads the same in every feed it is in (the site's, and those of each of its components and
 * groups): made once per site view.
 */
const entriesByUpdate = new WeakMap<UpdateView, FeedEntry>();

function entryOf(site: SiteView, incident: IncidentView, update: UpdateView): FeedEntry {
  let entry = entriesByUpdate.get(update);
  if (entry) return entry;
  const { i18n } = site;
  entry = {
    id: update.id,
    title: i18n.t('feed.entryTitle', { status: update.label, title: incident.title }),
    url: absoluteUrl(site.config.url, update.url),
    published: update.at,
    html: entryHtml(site, incident, update),
    text: `${update.text}${
      incident.components.length
        ? ` ${i18n.t('feed.affectedText', { components: affectedList(site, incident, (text) => text) })}`
        : ''
    }`,
    incident,
    update,
  };
  entriesByUpdate.set(update, entry);
  return entry;
}

/** "Checkout (partial outage), API (degraded performance)" in the view's language. */
export function affectedList(site: SiteView, incident: IncidentView, escape: (text: string) => string): string {
  return site.i18n.list(
    incident.components.map((c) =>
      site.i18n.t('list.componentStatus', {
        name: escape(c.name),
        status: escape(site.i18n.t(`componentStatusInline.${c.status}`)),
      }),
    ),
  );
}

function entryHtml(site: SiteView, incident: IncidentView, update: UpdateView): string {
  const { i18n } = site;
  const facts: string[] = [];
  if (incident.type === 'incident')
    facts.push(`<strong>${escapeHtml(i18n.t('feed.impact'))}</strong> ${escapeHtml(incident.impactLabel)}`);
  if (incident.components.length > 0)
    facts.push(`<strong>${escapeHtml(i18n.t('feed.affected'))}</strong> ${affectedList(site, incident, escapeHtml)}`);
  return `${update.html}${facts.length ? `\n<p>${facts.join('<br>')}</p>` : ''}`;
}

/** The page a scope's feeds belong to, as an absolute URL. */
function scopeHome(site: SiteView, scope: FeedScope): string {
  return absoluteUrl(site.config.url, scope.page);
}

export function siteScope(site: SiteView): FeedScope {
  return { title: site.i18n.t('feed.title', { name: site.config.name }), page: site.paths.home };
}

/** The scopes that get their own feeds: every component and every group. */
export function componentScopes(site: SiteView): FeedScope[] {
  const title = (scope: string) => site.i18n.t('feed.scopeTitle', { name: site.config.name, scope });
  const components = site.components.map((component) => ({
    id: component.id,
    title: title(component.name),
    componentIds: new Set([component.id]),
    page: site.paths.component(component.id),
  }));
  const groups = site.sections
    .filter((section) => section.id !== '')
    .map((group) => ({
      id: group.id,
      title: title(group.name),
      componentIds: new Set(group.components.map((component) => component.id)),
      page: site.paths.home,
    }));
  return [...components, ...groups];
}

/**
 * Atom ids must be absolute IRIs: a tag URI (RFC 4151) around the same
 * `<slug>#<time>`, dated by the incident's first day so it never changes.
 */
export function atomId(site: SiteView, entry: FeedEntry): string {
  return `tag:${new URL(site.config.url).host},${isoUtc(entry.incident.start).slice(0, 10)}:${entry.id}`;
}

/** `feed` wraps HTML in CDATA sections, which `]]>` would end early. */
function cdataSafe(html: string): string {
  return html.replace(/]]>/g, ']]&gt;');
}

function feedUpdated(entries: readonly FeedEntry[]): Date {
  return entries[0]?.published ?? new Date(0);
}

/** `self`: the feed's own path on the site (from the outputs registry). */
export function renderAtom(site: SiteView, scope: FeedScope, self: string): string {
  const entries = feedEntries(site, scope);
  const feed = new Feed({
    id: absoluteUrl(site.config.url, self),
    title: scope.title,
    description: site.config.description,
    link: scopeHome(site, scope),
    language: site.i18n.lang,
    updated: feedUpdated(entries),
    generator: 'Outpost',
    feedLinks: { atom: absoluteUrl(site.config.url, self) },
    favicon: absoluteUrl(site.config.url, site.paths.file(FAVICON_FILE)),
    copyright: site.config.name,
    author: { name: site.config.name, link: absoluteUrl(site.config.url, site.paths.home) },
  });
  for (const entry of entries) {
    // `feed` writes title and summary as type="html": escape the plain text so readers show it literally.
    feed.addItem({
      id: atomId(site, entry),
      title: cdataSafe(escapeHtml(entry.title)),
      link: entry.url,
      date: entry.published,
      published: entry.published,
      content: cdataSafe(entry.html),
      description: cdataSafe(escapeHtml(entry.text)),
    });
  }
  return feed.atom1();
}

export async function renderRss(site: SiteView, scope: FeedScope, selfPath: string): Promise<string> {
  const entries = feedEntries(site, scope);
  const self = absoluteUrl(site.config.url, selfPath);
  const rss = await getRssString({
    title: scope.title,
    description: site.config.description ?? site.i18n.t('feed.description', { name: site.config.name }),
    site: scopeHome(site, scope),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>` +
      `<language>${escapeHtml(site.i18n.lang)}</language>` +
      `<lastBuildDate>${feedUpdated(entries).toUTCString()}</lastBuildDate>`,
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      // RSS readers take a description as HTML: the plain text goes in escaped, so markup in it stays text.
      description: escapeHtml(entry.text),
      content: entry.html,
    })),
  });
  return encodePlainTitles(rss);
}

/**
 * Titles are plain text. The W3C feed validator asks for `&` and `<` in plain text as hexadecimal
 * character references (`&#x26;`, `&#x3C;`), which no reader mistakes for markup.
 */
function encodePlainTitles(xml: string): string {
  return xml.replace(
    /<title>([^<]*)<\/title>/g,
    (_, text: string) => `<title>${text.replace(/&amp;/g, '&#x26;').replace(/&lt;/g, '&#x3C;')}</title>`,
  );
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function renderJsonFeed(site: SiteView, scope: FeedScope, self: string): string {
  const entries = feedEntries(site, scope);
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: scope.title,
      home_page_url: scopeHome(site, scope),
      feed_url: absoluteUrl(site.config.url, self),
      description: site.config.description,
      favicon: absoluteUrl(site.config.url, site.paths.file(FAVICON_FILE)),
      language: site.i18n.lang,
      authors: [{ name: site.config.name, url: absoluteUrl(site.config.url, site.paths.home) }],
      items: entries.map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        content_html: entry.html,
        content_text: entry.text,
        date_published: isoUtc(entry.published),
        tags: [entry.update.label, ...entry.incident.components.map((component) => component.id)],
      })),
    },
    null,
    2,
  )}\n`;
}
