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
import { dirname, join } from 'node:path';
import { fileWriter, type WrittenFile } from './file-writer.ts';
import type { Locale } from '../core/i18n/locales.ts';
import { escapeHtml } from '../core/base/html.ts';
import type { IncidentView, SiteView } from '../core/outputs/view-model.ts';
import { incidentPageFile, type BuildOutput } from './build-output.ts';

/** The markers of a shell. The slugs are not valid incident slugs (they have `_`), so no incident has one. */
export const SHELL = {
  slug: { open: '_outpost-shell-open', settled: '_outpost-shell-settled' },
  title: '_outpost-shell-title_',
  description: '_outpost-shell-description_',
  article: '<!--_outpost-shell-article-->',
} as const;

/**
 * The route of the pages of articles (never written as pages: the middleware hands them to the writer). Astro
 * renders routes in the order of its route priority, and a route whose first folder is a parameter and whose last
 * is a rest parameter comes after every incident route (`/incidents/[slug]`, `/[locale]/incidents/[slug]`): the
 * shells are there before the articles, and each page is written as soon as its article is rendered, not all at
 * the end.
 */
export const ARTICLES_ROUTE = '/[articles]/[...chunk]';
/** The value of its first parameter: the pages of articles are at `/_outpost-articles/<language>/<n>/`. */
export const ARTICLES_FOLDER = '_outpost-articles';
/**
 * Articles to a page: enough that Astro's work per page hardly counts, few enough that a page is soon
 * garbage (pages of 250 raised a 10,000-incident build's peak memory by a tenth).
 */
export const ARTICLES_PER_PAGE = 25;

/** Put before each article on a page of articles. */
export const articleMarker = (slug: string) => `<!--_outpost-article:${slug}-->`;
const [MARKER_OPEN, MARKER_CLOSE] = articleMarker('\0')
  .split('\0')
  .map((part) => Buffer.from(part));
const SLUG = /^[a-z0-9-]+$/;

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
  /**
   * The pages the build will write, relative to the output folder: their folders are made ahead, while the
   * other pages render (a page's folder costs as much as its file).
   */
  expect(pages: readonly string[]): void;
  /** A language's shell, as Astro rendered it (UTF-8). */
  shell(locale: Locale, kind: ShellKind, html: Buffer): Promise<void>;
  /**
   * A page of articles, as Astro rendered it (UTF-8). The pages are made of its bytes as they are: cut at the
   * markers, never decoded and encoded again.
   */
  articles(locale: Locale, html: Buffer): Promise<void>;
  /**
   * After the pages are rendered: the pages written, relative to the output folder, with their sizes and times,
   * once every one is on disk. Throws if an article had no shell, or a page could not be written.
   */
  finish(): Promise<ReadonlyMap<string, WrittenFile>>;
  /** Articles rendered before their shell, so kept until it came (none when Astro renders the shells first). */
  readonly waited: number;
}

/** What the build keeps of each page written (src/site/build-output.ts). */
export type PageAssets = Pick<BuildOutput, 'assetsIn' | 'rendered'>;

/**
 * The writer of a build's incident pages into `outDir`. `views`: the site's languages, as the pages
 * are rendered from them; `assets` finds the assets each page refers to and hears of each page with them.
 */
export function incidentPageWriter(
  outDir: string,
  views: () => Promise<SiteView[]>,
  assets: PageAssets = { assetsIn: () => [], rendered: () => {} },
): IncidentPageWriter {
  const pages: string[] = [];
  /** Each language's shells, cut at their markers. */
  const shells = new Map<string, Shell>();
  /** Articles whose shell was not rendered yet, by language and kind. */
  const waiting = new Map<string, { site: SiteView; incident: IncidentView; article: Buffer }[]>();
  const viewOf = async (locale: Locale) => {
    const site = (await views()).find((view) => view.i18n.locale === locale);
    if (!site) throw new Error(`the incident pages of "${locale}" were rendered, which is no language of this build`);
    return site;
  };
  const files = fileWriter();
  let waited = 0;
  const writePage = async (site: SiteView, incident: IncidentView, article: Buffer, shell: Shell) => {
    const title = escapeHtml(incident.title);
    const description = escapeAttribute(incident.latest.text.slice(0, 200));
    const values: Record<Hole, Buffer> = {
      slug: Buffer.from(incident.slug),
      title: Buffer.from(title),
      description: Buffer.from(description),
      article,
    };
    // One buffer per page, joined from the shell's pieces (a replace per marker would copy the page four times).
    const parts = shell.pieces.map((piece) => (Buffer.isBuffer(piece) ? piece : values[piece.hole]));
    // A buffer of its own (not Node's shared pool), so the page moves to the writer thread instead of being copied.
    const html = Buffer.allocUnsafeSlow(parts.reduce((length, part) => length + part.length, 0));
    parts.reduce((offset, part) => offset + part.copy(html, offset), 0);
    const page = incidentPageFile(incident.slug, site.language.path);
    const file = join(outDir, page);
    pages.push(page);
    assets.rendered(page, [
      ...shell.assets,
      ...assets.assetsIn(title),
      ...assets.assetsIn(description),
      ...assets.assetsIn(article),
    ]);
    await files.write(file, html);
  };
  return {
    expect(expected) {
      files.folders(expected.map((page) => dirname(join(outDir, page))));
    },
    async shell(locale, kind, html) {
      const key = `${locale}\0${kind}`;
      const shell = cut(html.toString(), kind, `the ${kind} incident page's shell in "${locale}"`, assets);
      shells.set(key, shell);
      const articles = waiting.get(key) ?? [];
      waiting.delete(key);
      for (const { site, incident, article } of articles) await writePage(site, incident, article, shell);
    },
    async articles(locale, html) {
      const site = await viewOf(locale);
      const found = articlesIn(html);
      for (const [index, { slug, at }] of found.entries()) {
        const incident = site.incidentBySlug.get(slug);
        if (!incident) throw new Error(`an article of "${slug}" was rendered, which is no incident of this build`);
        // Each article runs to the next marker, the last to the end of the page.
        const article = html.subarray(at, found[index + 1]?.marker ?? html.length);
        const key = `${locale}\0${incident.settled ? 'settled' : 'open'}`;
        const shell = shells.get(key);
        if (shell) await writePage(site, incident, article, shell);
        else {
          waited++;
          const queue = waiting.get(key) ?? [];
          queue.push({ site, incident, article });
          waiting.set(key, queue);
        }
      }
    },
    async finish() {
      const missing = [...waiting.keys()].map((key) => key.replace('\0', ' '));
      if (missing.length > 0) throw new Error(`no incident page shell was rendered for ${missing.join(', ')}`);
      const written = await files.close();
      return new Map(pages.map((page) => [page, written.get(join(outDir, page))!]));
    },
    get waited() {
      return waited;
    },
  };
}

/**
 * A shell cut at its markers: its pieces of text (UTF-8) and the holes where an incident's slug, title, description
 * and article go, and the assets the shell refers to.
 */
type Hole = 'slug' | 'title' | 'description' | 'article';
interface Shell {
  pieces: (Buffer | { hole: Hole })[];
  assets: string[];
}

/** Cuts a shell at its markers; each but the slug's (in its address, maybe several times) must be there once. */
function cut(html: string, kind: ShellKind, what: string, assets: PageAssets): Shell {
  const markers: Record<Hole, string> = { ...SHELL, slug: SHELL.slug[kind] };
  for (const hole of ['title', 'description', 'article'] as const) {
    const count = occurrences(html, markers[hole]);
    if (count !== 1) throw new Error(`${what} has "${markers[hole]}" ${count} times, not once`);
  }
  const holeOf = new Map(Object.entries(markers).map(([hole, marker]) => [marker, hole as Hole]));
  const escaped = Object.values(markers).map((marker) => marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'g');
  const pieces: Shell['pieces'] = [];
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    pieces.push(Buffer.from(html.slice(last, match.index)), { hole: holeOf.get(match[0])! });
    last = match.index + match[0].length;
  }
  pieces.push(Buffer.from(html.slice(last)));
  return { pieces, assets: assets.assetsIn(html) };
}

/**
 * The articles on a page of articles: each one's slug, where its marker starts and where its article starts. A
 * marker is `articleMarker(slug)` with a slug of lowercase letters, digits and dashes; anything else is text.
 */
function articlesIn(page: Buffer): { slug: string; marker: number; at: number }[] {
  const found: { slug: string; marker: number; at: number }[] = [];
  for (let marker = page.indexOf(MARKER_OPEN); marker !== -1;) {
    const start = marker + MARKER_OPEN.length;
    const end = page.indexOf(MARKER_CLOSE, start);
    if (end === -1) break;
    const slug = page.toString('latin1', start, end);
    if (SLUG.test(slug)) {
      found.push({ slug, marker, at: end + MARKER_CLOSE.length });
      marker = page.indexOf(MARKER_OPEN, end + MARKER_CLOSE.length);
    } else marker = page.indexOf(MARKER_OPEN, start);
  }
  return found;
}
