/**
 * A build writes the incident pages in bulk. One page per incident through Astro's page machinery
 * (a request, the layout, a response and a file each) was most of a large site's build. Instead
 * Astro renders, per language:
 *
 * - the shell: the incident page's route for a marker slug, with marker title and description and
 *   a marker where the article goes, once for open incidents and once for settled ones (the
 *   layout says less on a settled incident's page: src/site/layouts/Base.astro);
 * - the articles, many to a page (`ARTICLES_ROUTE`), each after a marker with its slug.
 *
 * The build's middleware (src/site/middleware.ts) hands both to the writer instead of letting
 * Astro write them as pages of their own, and the writer writes each incident's page, its shell
 * with the markers replaced, where Astro would have written it, while Astro renders the rest. The
 * result is byte for byte the page Astro renders for the incident alone (the dev server still
 * does: src/site/pages/incident.astro, and so does a build with OUTPOST_BULK_PAGES=0), which
 * src/tests/build.test.ts and src/tests/languages.test.ts check.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Locale } from '../core/i18n/locales.ts';
import { escapeHtml } from '../core/base/html.ts';
import type { IncidentView, SiteView } from '../core/outputs/view-model.ts';
import { incidentPageFile } from './build-output.ts';

/** The markers of a shell. The slugs are not valid incident slugs (they have `_`), so no incident has one. */
export const SHELL = {
  slug: { open: '_outpost-shell-open', settled: '_outpost-shell-settled' },
  title: '_outpost-shell-title_',
  description: '_outpost-shell-description_',
  article: '<!--_outpost-shell-article-->',
} as const;

/** The route of the pages of articles (never written as pages: the middleware hands them to the writer). */
export const ARTICLES_ROUTE = '/_outpost-articles/[...chunk]';
/**
 * Articles to a page: enough that Astro's work per page hardly counts, few enough that a page is soon
 * garbage (pages of 250 raised a 10,000-incident build's peak memory by a tenth).
 */
export const ARTICLES_PER_PAGE = 25;

/**
 * Page files being written at once. The writes (a folder and a file each) run beside the rendering of the
 * next pages instead of holding it up; past this many, the writer waits for one, so pages rendered but not
 * yet written stay few.
 */
const WRITES_AT_ONCE = 32;

/** Put before each article on a page of articles. */
export const articleMarker = (slug: string) => `<!--_outpost-article:${slug}-->`;
const ARTICLE_MARKER = /<!--_outpost-article:([a-z0-9-]+)-->/g;

/** The pages of articles of a language: `params.chunk` of each, with the slugs it holds. */
export function articlePages(site: SiteView, slugs: readonly string[]): { chunk: string; slugs: string[] }[] {
  const pages: { chunk: string; slugs: string[] }[] = [];
  for (let start = 0; start < slugs.length; start += ARTICLES_PER_PAGE) {
    pages.push({
      chunk: `${site.i18n.locale}/${pages.length + 1}`,
      slugs: slugs.slice(start, start + ARTICLES_PER_PAGE),
    });
  }
  return pages;
}

/** An attribute value as Astro writes it (`toAttributeString`): `&` and `"` escaped, nothing else. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** How often `marker` occurs in `text`. */
const occurrences = (text: string, marker: string) => text.split(marker).length - 1;

export type ShellKind = keyof typeof SHELL.slug;

export interface IncidentPageWriter {
  /** A language's shell, as Astro rendered it. */
  shell(locale: Locale, kind: ShellKind, html: string): Promise<void>;
  /** A page of articles, as Astro rendered it. */
  articles(locale: Locale, html: string): Promise<void>;
  /**
   * After the pages are rendered: the pages written, relative to the output folder, once every one is on disk.
   * Throws if an article had no shell, or a page could not be written.
   */
  finish(): Promise<string[]>;
}

/**
 * The writer of a build's incident pages into `outDir`. `views`: the site's languages, as the pages
 * are rendered from them; `written` hears of each page with its HTML.
 */
export function incidentPageWriter(
  outDir: string,
  views: () => Promise<SiteView[]>,
  written: (page: string, html: string) => void = () => {},
): IncidentPageWriter {
  const pages: string[] = [];
  /** Each language's shells, cut at their markers. */
  const shells = new Map<string, Shell>();
  /** Articles whose shell was not rendered yet, by language and kind. */
  const waiting = new Map<string, { site: SiteView; incident: IncidentView; article: string }[]>();
  const viewOf = async (locale: Locale) => {
    const site = (await views()).find((view) => view.i18n.locale === locale);
    if (!site) throw new Error(`the incident pages of "${locale}" were rendered, which is no language of this build`);
    return site;
  };
  const writing = new Set<Promise<void>>();
  let failed: unknown;
  const writePage = async (site: SiteView, incident: IncidentView, article: string, shell: Shell) => {
    const values: Record<Hole, string> = {
      slug: incident.slug,
      title: escapeHtml(incident.title),
      description: escapeAttribute(incident.latest.text.slice(0, 200)),
      article,
    };
    // One string per page, joined from the shell's pieces (a replace per marker would copy the page four times).
    const html = shell.map((piece) => (typeof piece === 'string' ? piece : values[piece.hole])).join('');
    const page = incidentPageFile(incident.slug, site.language.path);
    const file = join(outDir, page);
    const write: Promise<void> = mkdir(dirname(file), { recursive: true })
      .then(() => writeFile(file, html))
      .catch((error: unknown) => {
        failed ??= error;
      })
      .finally(() => writing.delete(write));
    writing.add(write);
    pages.push(page);
    written(page, html);
    while (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
    if (failed) throw failed;
  };
  return {
    async shell(locale, kind, html) {
      const key = `${locale}\0${kind}`;
      const shell = cut(html, kind, `the ${kind} incident page's shell in "${locale}"`);
      shells.set(key, shell);
      const articles = waiting.get(key) ?? [];
      waiting.delete(key);
      for (const { site, incident, article } of articles) await writePage(site, incident, article, shell);
    },
    async articles(locale, html) {
      const site = await viewOf(locale);
      const parts = html.split(ARTICLE_MARKER);
      // [before the first marker, slug, article, slug, article, …]
      for (let index = 1; index < parts.length; index += 2) {
        const incident = site.incidentBySlug.get(parts[index]);
        if (!incident)
          throw new Error(`an article of "${parts[index]}" was rendered, which is no incident of this build`);
        const key = `${locale}\0${incident.settled ? 'settled' : 'open'}`;
        const shell = shells.get(key);
        if (shell) await writePage(site, incident, parts[index + 1], shell);
        else {
          const queue = waiting.get(key) ?? [];
          queue.push({ site, incident, article: parts[index + 1] });
          waiting.set(key, queue);
        }
      }
    },
    async finish() {
      const missing = [...waiting.keys()].map((key) => key.replace('\0', ' '));
      if (missing.length > 0) throw new Error(`no incident page shell was rendered for ${missing.join(', ')}`);
      await Promise.all(writing);
      if (failed) throw failed;
      return pages;
    },
  };
}

/** A shell cut at its markers: its text, and the holes where an incident's slug, title, description and article go. */
type Hole = 'slug' | 'title' | 'description' | 'article';
type Shell = (string | { hole: Hole })[];

/** Cuts a shell at its markers; each but the slug's (in its address, maybe several times) must be there once. */
function cut(html: string, kind: ShellKind, what: string): Shell {
  const markers: Record<Hole, string> = { ...SHELL, slug: SHELL.slug[kind] };
  for (const hole of ['title', 'description', 'article'] as const) {
    const count = occurrences(html, markers[hole]);
    if (count !== 1) throw new Error(`${what} has "${markers[hole]}" ${count} times, not once`);
  }
  const holeOf = new Map(Object.entries(markers).map(([hole, marker]) => [marker, hole as Hole]));
  const escaped = Object.values(markers).map((marker) => marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'g');
  const shell: Shell = [];
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    shell.push(html.slice(last, match.index), { hole: holeOf.get(match[0])! });
    last = match.index + match[0].length;
  }
  shell.push(html.slice(last));
  return shell;
}
