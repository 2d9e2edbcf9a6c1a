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
/** Articles to a page: large enough that Astro's work per page no longer counts, small enough to stay a few MB. */
export const ARTICLES_PER_PAGE = 250;

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

const WRITES_AT_ONCE = 32;

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
   * After the pages are rendered: waits for the last files, and returns the pages written (relative
   * to the output folder). Throws if a page could not be written, or an article had no shell.
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
  const shells = new Map<string, string>();
  /** Articles whose shell was not rendered yet, by language and kind. */
  const waiting = new Map<string, { site: SiteView; incident: IncidentView; article: string }[]>();
  // Many files at once, as Astro writes its pages.
  const writing = new Set<Promise<void>>();
  let failed: { error: unknown } | undefined;
  const write = async (file: string, html: string) => {
    while (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
    if (failed) throw failed.error;
    const tracked: Promise<void> = mkdir(dirname(file), { recursive: true })
      .then(() => writeFile(file, html))
      .catch((error: unknown) => void (failed ??= { error }))
      .finally(() => writing.delete(tracked));
    writing.add(tracked);
  };
  const viewOf = async (locale: Locale) => {
    const site = (await views()).find((view) => view.i18n.locale === locale);
    if (!site) throw new Error(`the incident pages of "${locale}" were rendered, which is no language of this build`);
    return site;
  };
  const writePage = async (site: SiteView, incident: IncidentView, article: string, shell: string) => {
    const marker = SHELL.slug[incident.settled ? 'settled' : 'open'];
    const html = shell
      .replaceAll(marker, incident.slug)
      .replace(SHELL.title, () => escapeHtml(incident.title))
      .replace(SHELL.description, () => escapeAttribute(incident.latest.text.slice(0, 200)))
      .replace(SHELL.article, () => article);
    const page = incidentPageFile(incident.slug, site.language.path);
    await write(join(outDir, page), html);
    pages.push(page);
    written(page, html);
  };
  return {
    async shell(locale, kind, html) {
      for (const marker of [SHELL.title, SHELL.description, SHELL.article]) {
        if (occurrences(html, marker) !== 1)
          throw new Error(
            `the ${kind} incident page's shell in "${locale}" has "${marker}" ${occurrences(html, marker)} times, not once`,
          );
      }
      const key = `${locale}\0${kind}`;
      shells.set(key, html);
      const articles = waiting.get(key) ?? [];
      waiting.delete(key);
      for (const { site, incident, article } of articles) await writePage(site, incident, article, html);
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
        if (shell !== undefined) await writePage(site, incident, parts[index + 1], shell);
        else {
          const queue = waiting.get(key) ?? [];
          queue.push({ site, incident, article: parts[index + 1] });
          waiting.set(key, queue);
        }
      }
    },
    async finish() {
      await Promise.all(writing);
      if (failed) throw failed.error;
      const missing = [...waiting.keys()].map((key) => key.replace('\0', ' '));
      if (missing.length > 0) throw new Error(`no incident page shell was rendered for ${missing.join(', ')}`);
      return pages;
    },
  };
}
