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
 * After the build (`astro:build:done`) each incident's page is its shell with the markers
 * replaced, written where Astro would have written it; the shells and article pages are removed.
 * The result is byte for byte the page Astro renders for the incident alone (the dev server still
 * does: src/site/pages/incident.astro, and so does a build with OUTPOST_BULK_PAGES=0), which
 * src/tests/build.test.ts and src/tests/languages.test.ts check.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeHtml } from '../core/outputs/html.ts';
import type { SiteView } from '../core/outputs/view-model.ts';
import { incidentPageFile } from './build-output.ts';

/** The markers of a shell. The slugs are not valid incident slugs (they have `_`), so no incident has one. */
export const SHELL = {
  slug: { open: '_outpost-shell-open', settled: '_outpost-shell-settled' },
  title: '_outpost-shell-title_',
  description: '_outpost-shell-description_',
  article: '<!--_outpost-shell-article-->',
} as const;

/** The route of the pages of articles, and the folder its pages are written to (below the output folder). */
export const ARTICLES_DIR = '_outpost-articles';
export const ARTICLES_ROUTE = `/${ARTICLES_DIR}/[...chunk]`;
/** Articles to a page: large enough that Astro's work per page no longer counts, small enough to stay a few MB. */
export const ARTICLES_PER_PAGE = 250;

/** Put before each article on a page of articles. */
export const articleMarker = (slug: string) => `<!--_outpost-article:${slug}-->`;
const ARTICLE_MARKER = /<!--_outpost-article:([a-z0-9-]+)-->/g;

/** The pages of articles of a language: `params.chunk` of each, with the slugs it holds. */
export function articlePages(site: SiteView, slugs: readonly string[]): { chunk: string; slugs: string[] }[] {
  const pages: { chunk: string; slugs: string[] }[] = [];
  for (let start = 0; start < slugs.length; start += ARTICLES_PER_PAGE) {
    pages.push({ chunk: `${site.i18n.locale}/${pages.length + 1}`, slugs: slugs.slice(start, start + ARTICLES_PER_PAGE) });
  }
  return pages;
}

/** An attribute value as Astro writes it (`toAttributeString`): `&` and `"` escaped, nothing else. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** How often `marker` occurs in `text`. */
const occurrences = (text: string, marker: string) => text.split(marker).length - 1;

/** Whether a file Astro wrote (relative to the output folder) is a shell or a page of articles, not part of the site. */
export function isBulkPart(path: string): boolean {
  const segments = path.split(/[\\/]/);
  return segments[0] === ARTICLES_DIR || segments.some((segment) => segment === SHELL.slug.open || segment === SHELL.slug.settled);
}

/**
 * Writes the page of every incident the build rendered an article for: each language's shells and
 * pages of articles in `outDir` become the incident pages, and are removed. `views`: the site's
 * languages, as the pages were rendered from them. `written` hears of each page with its HTML.
 * Returns the pages written, relative to the output folder.
 */
export function writeIncidentPages(outDir: string, views: readonly SiteView[], written: (page: string, html: string) => void = () => {}): string[] {
  const pages: string[] = [];
  for (const site of views) {
    const folder = site.language.path;
    const chunks = join(outDir, ARTICLES_DIR, site.i18n.locale);
    let names: string[];
    try {
      names = readdirSync(chunks);
    } catch {
      continue; // no article of this language was rendered: every page was kept
    }
    const shells = new Map<string, string>();
    const shellOf = (settled: boolean) => {
      const slug = settled ? SHELL.slug.settled : SHELL.slug.open;
      let shell = shells.get(slug);
      if (shell === undefined) {
        const file = incidentPageFile(slug, folder);
        shell = readFileSync(join(outDir, file), 'utf8');
        for (const marker of [SHELL.title, SHELL.description, SHELL.article]) {
          if (occurrences(shell, marker) !== 1) throw new Error(`the incident page's shell ${file} has "${marker}" ${occurrences(shell, marker)} times, not once`);
        }
        shells.set(slug, shell);
      }
      return { slug, shell };
    };
    for (const name of names.sort((a, b) => Number(a) - Number(b))) {
      const file = join(ARTICLES_DIR, site.i18n.locale, name, 'index.html');
      const text = readFileSync(join(outDir, file), 'utf8');
      const parts = text.split(ARTICLE_MARKER);
      // [before the first marker, slug, article, slug, article, …]
      for (let index = 1; index < parts.length; index += 2) {
        const incident = site.incidentBySlug.get(parts[index]);
        if (!incident) throw new Error(`${file} has an article of "${parts[index]}", which is no incident of this build`);
        const { slug, shell } = shellOf(incident.settled);
        const html = shell
          .replaceAll(slug, incident.slug)
          .replace(SHELL.title, () => escapeHtml(incident.title))
          .replace(SHELL.description, () => escapeAttribute(incident.latest.text.slice(0, 200)))
          .replace(SHELL.article, () => parts[index + 1]);
        const page = incidentPageFile(incident.slug, folder);
        mkdirSync(dirname(join(outDir, page)), { recursive: true });
        writeFileSync(join(outDir, page), html);
        pages.push(page);
        written(page, html);
      }
    }
    rmSync(chunks, { recursive: true, force: true });
    for (const slug of Object.values(SHELL.slug)) rmSync(dirname(join(outDir, incidentPageFile(slug, folder))), { recursive: true, force: true });
  }
  rmSync(join(outDir, ARTICLES_DIR), { recursive: true, force: true });
  return pages;
}
