/**
 * A build writes the incident pages in bulk. One page per incident through Astro's page machinery
 * (a request, the layout, a response and a file each) was most of a large site's build. Instead
 * Astro renders, per language, the shell: the incident page's route for a marker slug, with marker
 * title and description and a marker where the article goes, once for open incidents and once for
 * settled ones (the layout says less on a settled incident's page: src/site/layouts/Base.astro).
 *
 * The build's middleware (src/site/middleware.ts) hands each shell to the writer instead of letting
 * Astro write it as a page of its own, and the writer writes the page of every incident of its
 * language and kind, the shell with the markers replaced and the article from
 * src/site/incident-article.ts, where Astro would have written it, while Astro renders the rest. The
 * result is byte for byte the page Astro renders for the incident alone (the dev server still
 * does: src/site/pages/incident.astro, and so does a build with OUTPOST_BULK_PAGES=0), which
 * src/tests/build.test.ts and src/tests/languages.test.ts check.
 */
import { dirname, join } from 'node:path';
import { fileWriter, type WrittenFile } from './file-writer.ts';
import type { Locale } from '../core/i18n/locales.ts';
import { escapeHtml } from '../core/base/html.ts';
import type { IncidentView, SiteView } from '../core/outputs/view-model.ts';
import { incidentArticleHtml } from './incident-article.ts';
import { attributeValue } from './elements.ts';
import { incidentPageFile, type BuildOutput } from './build-output.ts';

/** The markers of a shell. The slugs are not valid incident slugs (they have `_`), so no incident has one. */
export const SHELL = {
  slug: { open: '_outpost-shell-open', settled: '_outpost-shell-settled' },
  title: '_outpost-shell-title_',
  description: '_outpost-shell-description_',
  article: '<!--_outpost-shell-article-->',
} as const;

/** How often `marker` occurs in `text`. */
const occurrences = (text: string, marker: string) => text.split(marker).length - 1;

export type ShellKind = keyof typeof SHELL.slug;

export interface IncidentPageWriter {
  /**
   * The pages the build will write, relative to the output folder: their folders are made ahead, while the
   * other pages render (a page's folder costs as much as its file).
   */
  expect(pages: readonly string[]): void;
  /**
   * A language's shell, as Astro rendered it: the page of every incident of that language and kind that the
   * build does not keep is written into it.
   */
  shell(locale: Locale, kind: ShellKind, html: string): Promise<void>;
  /**
   * After the pages are rendered: the pages written, relative to the output folder, with their sizes and times,
   * once every one is on disk. Throws if a page could not be written, or if a language had incidents of a kind
   * and no shell for them.
   */
  finish(): Promise<ReadonlyMap<string, WrittenFile>>;
}

/** What the build keeps of each page written, and the pages it keeps (src/site/build-output.ts). */
export type PageAssets = Pick<BuildOutput, 'assetsIn' | 'rendered' | 'keptPages'>;

const KINDS = Object.keys(SHELL.slug) as ShellKind[];
const kindOf = (incident: IncidentView): ShellKind => (incident.settled ? 'settled' : 'open');

/**
 * The writer of a build's incident pages into `outDir`. `views`: the site's languages, as the pages
 * are rendered from them; `assets` finds the assets each page refers to, hears of each page with them, and names
 * the pages kept from the last build (not written).
 */
export function incidentPageWriter(
  outDir: string,
  views: () => Promise<SiteView[]>,
  assets: PageAssets = { assetsIn: () => [], rendered: () => {}, keptPages: () => new Set() },
): IncidentPageWriter {
  const pages: string[] = [];
  /** The shells rendered, by language and kind. */
  const rendered = new Set<string>();
  const key = (locale: Locale, kind: ShellKind) => `${locale} ${kind}`;
  /** The incidents of a language whose pages this build writes. */
  const written = (site: SiteView) => {
    const kept = assets.keptPages();
    return site.incidents.filter((incident) => !kept.has(incident.slug));
  };
  const files = fileWriter();
  const writePage = async (site: SiteView, incident: IncidentView, shell: Shell) => {
    const title = escapeHtml(incident.title);
    const description = attributeValue(incident.latest.text.slice(0, 200));
    const article = incidentArticleHtml(incident, site);
    const values: Record<Hole, string> = { slug: incident.slug, title, description, article };
    const html = shell.pieces.map((piece) => (typeof piece === 'string' ? piece : values[piece.hole])).join('');
    const page = incidentPageFile(incident.slug, site.language.path);
    pages.push(page);
    assets.rendered(page, [...shell.assets, ...assets.assetsIn(`${title}\n${description}\n${article}`)]);
    await files.write(join(outDir, page), html);
  };
  return {
    expect(expected) {
      files.folders(expected.map((page) => dirname(join(outDir, page))));
    },
    async shell(locale, kind, html) {
      const what = `the ${kind} incident page's shell in "${locale}"`;
      const site = (await views()).find((view) => view.i18n.locale === locale);
      if (!site) throw new Error(`${what} was rendered, and "${locale}" is no language of this build`);
      if (rendered.has(key(locale, kind))) throw new Error(`${what} was rendered twice`);
      rendered.add(key(locale, kind));
      const shell = cut(html, kind, what, assets);
      for (const incident of written(site)) if (kindOf(incident) === kind) await writePage(site, incident, shell);
    },
    async finish() {
      const done = await files.close();
      const missing = (await views()).flatMap((site) => {
        const kinds = new Set(written(site).map(kindOf));
        return KINDS.filter((kind) => kinds.has(kind) && !rendered.has(key(site.i18n.locale, kind))).map((kind) =>
          key(site.i18n.locale, kind),
        );
      });
      if (missing.length > 0) throw new Error(`no incident page shell was rendered for ${missing.join(', ')}`);
      return new Map(pages.map((page) => [page, done.get(join(outDir, page))!]));
    },
  };
}

/**
 * A shell cut at its markers: its pieces of text and the holes where an incident's slug, title, description
 * and article go, and the assets the shell refers to.
 */
type Hole = 'slug' | 'title' | 'description' | 'article';
interface Shell {
  pieces: (string | { hole: Hole })[];
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
    pieces.push(html.slice(last, match.index), { hole: holeOf.get(match[0])! });
    last = match.index + match[0].length;
  }
  pieces.push(html.slice(last));
  return { pieces, assets: assets.assetsIn(html) };
}
