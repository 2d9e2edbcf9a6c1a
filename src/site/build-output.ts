/**
 * The build output between builds. The page of a settled incident (over,
 * every time it names in the past) reads the same at any later clock, so a
 * build keeps it in the output folder as it is while nothing it is made from
 * changed: the incident (its parsed file) and what renders it (Outpost's page
 * code, the Astro config and options, the installed packages, Node's
 * date formatting, and the brand's files: the logo and the custom CSS with
 * every file it imports or brings into the build). `node_modules/.cache/outpost/pages.json`
 * records what each kept page was made from and every file the build left, with its size
 * and time, so a page that anything else rewrote is not trusted.
 *
 * A kept page stays whole: it is kept only while every file of the build's
 * assets folder it refers to (stylesheets, scripts, the logo: hashed names
 * that change with their content, written anew by every build) is there in
 * this build. The record lists them for each page; when the pages are
 * rendered (the assets are written by then), a page one of whose assets this
 * build did not write is rendered again, so a change the reuse key misses
 * (a PostCSS config, say) costs time, never a page without its styles.
 *
 * Without a record to trust, the output folder is emptied first, as Astro does.
 * Otherwise everything but the kept pages is written again, and afterwards a
 * file of the last build that this one did not write is removed (a deleted
 * incident's page, a dropped public file). Files the record never listed are
 * left alone, and so is `.git`.
 *
 * A build that stops half way leaves pages newer than the record; a marker
 * written at the start and removed at the end makes the next build render
 * everything instead of trusting the record.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Incident } from '../core/incident/model.ts';
import { isSettledAt } from '../core/state/status.ts';
import { incidentPageDir } from '../core/outputs/paths.ts';
import { readCustomCss } from '../project/custom-css.ts';
import type { WrittenFile } from './file-writer.ts';
import { SOURCE_ROOT } from './source.ts';

const RECORD_VERSION = 4;

interface PageRecord {
  version: number;
  /** Hash of what renders a page besides its incident (pageCodeVersion). */
  code: string;
  outDir: string;
  /**
   * Per settled incident: hash of the incident its page was made from, and the files of the
   * assets folder its pages refer to (relative to the output folder).
   */
  pages: { [slug: string]: { key: string; assets: string[] } };
  /**
   * Per archive page of history (src/core/state/history.ts), by its file: hash of what it was made from (the
   * incidents on it and what else it shows) and the files of the assets folder it refers to.
   */
  views: { [file: string]: { key: string; assets: string[] } };
  /** Every file in the output folder after the build, relative to it: size and modification time. */
  files: { [path: string]: [size: number, mtimeMs: number] };
}

/**
 * Where an incident's page is written, relative to the output folder
 * (directory format); in a language's folder on a site in several.
 */
export const incidentPageFile = (slug: string, languageFolder = '') =>
  join(languageFolder, incidentPageDir(slug), 'index.html');

const hash = (...parts: (string | Buffer)[]) => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('base64url');
};

/**
 * Files below `dir` (none if it does not exist), skipping `.git`; paths relative to `dir`, sorted. A folder
 * `known` names is not read: its files are the ones given (the folder of a kept page holds that page).
 */
function filesBelow(dir: string, known: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? join(folder, entry.name) : entry.name;
      if (entry.isFile()) files.push(path);
      else if (entry.isDirectory() && path !== '.git') {
        const given = known.get(path);
        if (given) files.push(...given);
        else walk(path);
      }
    }
  };
  walk('');
  return files.sort();
}

/**
 * What renders a page besides its incident; any change renders every page again: Outpost's page
 * and domain code, the site's options and Astro config file, package.json and the lock file,
 * Astro's version, Node's (its ICU data formats the dates), and the brand's files (the logo,
 * the custom CSS and what it imports or brings into the build's assets: a small logo is inlined
 * into every page, and the stylesheet's name changes with its content).
 */
export function pageCodeVersion(root: string, options: unknown): string {
  const source = fileURLToPath(SOURCE_ROOT);
  const parts: (string | Buffer)[] = [JSON.stringify(options) ?? ''];
  for (const folder of ['core', 'project', 'site']) {
    for (const file of filesBelow(join(source, folder)).filter((path) => !path.endsWith('.test.ts')))
      parts.push(file, readFileSync(join(source, folder, file)));
  }
  const project = readdirSync(root).filter(
    (name) =>
      /^astro\.config\.[cm]?[jt]s$/.test(name) ||
      ['package.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'].includes(name),
  );
  for (const name of project.sort()) parts.push(name, readFileSync(join(root, name)));
  for (const file of brandFiles(root, options)) parts.push(relative(root, file), readFileSync(file));
  try {
    parts.push(
      `astro@${
        JSON.parse(readFileSync(createRequire(join(root, 'package.json')).resolve('astro/package.json'), 'utf8'))
          .version
      }`,
    );
  } catch {
    parts.push('astro@?');
  }
  const { node, icu, cldr, tz, unicode } = process.versions;
  parts.push(JSON.stringify({ node, icu, cldr, tz, unicode }));
  return hash(...parts);
}

/** The logo files and every file the custom CSS is made from, as the options name them (validated by now). */
function brandFiles(root: string, options: unknown): string[] {
  type Brand = { logo?: { src?: unknown; dark?: unknown }; customCss?: unknown; url?: unknown };
  const { logo, customCss, url } = (options ?? {}) as Brand;
  const strings = (values: unknown[]) => values.filter((value): value is string => typeof value === 'string');
  const logos = strings([logo?.src, logo?.dark])
    .map((path) => join(root, path))
    .filter((file) => existsSync(file));
  const stylesheets = Array.isArray(customCss) ? strings(customCss) : [];
  // Only the files: the site's address decides what is off-origin, which the validator reports.
  const site = typeof url === 'string' ? url : 'https://status.invalid/';
  return [...logos, ...readCustomCss(root, stylesheets, site).files];
}

export interface BuildOutput {
  /** Whether the last build was interrupted, so nothing of it is kept. */
  interrupted: boolean;
  /**
   * Incidents whose page the last build left and nothing it is made from changed: kept unless
   * `keptPages` finds an asset of theirs gone.
   */
  kept: ReadonlySet<string>;
  /**
   * Incidents whose page in the output folder is kept as it is: not rendered this build. Asked
   * when the pages are rendered, once the build's assets are written: of `kept`, those whose
   * pages refer only to assets this build wrote.
   */
  keptPages: () => ReadonlySet<string>;
  /**
   * Whether the page in `file` (relative to the output folder), made from the settled incidents `slugs` and
   * `about` (all else it shows), is kept as the last build left it, not rendered. Asked when the pages are
   * rendered, like `keptPages`; false for a page with an incident that is not settled.
   */
  keepView(file: string, slugs: readonly string[], about: string): boolean;
  /** The files of an incident's page, one per language of the site, relative to the output folder. */
  pageFiles(slug: string): string[];
  /** The files of the assets folder that HTML refers to, relative to the output folder. */
  assetsIn(html: string): string[];
  /**
   * A page written outside Astro's page machinery (src/site/incident-pages.ts), with the assets it refers to
   * (`assetsIn` of its HTML).
   */
  rendered(page: string, assets: readonly string[]): void;
  /**
   * After a successful build: removes the last build's files that this one did not write
   * (`written`: the files Astro reports for every route; `writtenPages`: the pages written outside
   * Astro's page machinery, src/site/incident-pages.ts, each alone in its folder, with the size and
   * time the writer saw, so not looked at again), records the output for the next build and removes
   * the marker. Returns the removed paths, relative to the output folder.
   */
  finish(written: Iterable<URL>, writtenPages?: ReadonlyMap<string, WrittenFile>): string[];
}

/** Where a build writes, and what it is made from besides its incidents. */
export interface BuildSetup {
  root: string;
  outDir: string;
  /** Copied into the output folder by every build. */
  publicDir: string;
  /** Astro's folder of hashed build assets in the output folder (`build.assets`), written by every build. */
  assetsDir: string;
  code: string;
  /** The folders of the site's languages ('' for the default): an incident has a page in each. */
  languageFolders?: readonly string[];
}

/** A build whose output folder is ready for Vite, waiting for its incidents (see `prepareBuild`). */
export interface PreparedBuild {
  /**
   * The incidents (checked) and the build's clock: which pages it keeps. `identity`: a key of what an incident
   * was made from, where the caller knows one (`LoadedProject.identity`); any other incident is keyed by its data.
   */
  start(incidents: readonly Incident[], now: Date, identity?: (incident: Incident) => string | undefined): BuildOutput;
}

/** Both steps at once, for a build that has its incidents from the start. */
export function startBuild(options: BuildSetup & { incidents: readonly Incident[]; now: Date }): BuildOutput {
  return prepareBuild(options).start(options.incidents, options.now);
}

/**
 * The first step, before Vite writes anything: reads the last build's record and, if it cannot be trusted,
 * empties the output folder (as Astro does); otherwise removes only the hashed assets, which every build
 * writes anew. The incidents, which decide what is kept, come with `start`; a page of the last build that
 * this one neither keeps nor writes is removed at the end (`finish`).
 */
export function prepareBuild(options: BuildSetup): PreparedBuild {
  const { root, outDir, publicDir, assetsDir, code, languageFolders = [''] } = options;
  const pageFiles = (slug: string) => languageFolders.map((folder) => incidentPageFile(slug, folder));
  const started = Date.now();
  const cache = join(root, 'node_modules/.cache/outpost');
  const marker = join(cache, 'build-running');
  const recordFile = join(cache, 'pages.json');
  const interrupted = existsSync(marker);

  let previous: PageRecord | undefined;
  try {
    previous = JSON.parse(readFileSync(recordFile, 'utf8')) as PageRecord;
  } catch {
    // No record, or a damaged one: only a slower build.
  }
  const trusted =
    !interrupted && previous?.version === RECORD_VERSION && previous.code === code && previous.outDir === outDir
      ? previous
      : undefined;

  // Nothing can be kept: a cold build, from an empty folder. Otherwise only the hashed assets go first.
  for (const entry of trusted ? [assetsDir] : existsSync(outDir) ? readdirSync(outDir) : []) {
    if (entry !== '.git') rmSync(join(outDir, entry), { recursive: true, force: true });
  }
  mkdirSync(cache, { recursive: true });
  writeFileSync(marker, `${new Date(started).toISOString()}\n`);

  return {
    start: (incidents, now, identity = () => undefined) => {
      const keys = new Map<string, string>();
      const kept = new Set<string>();
      for (const incident of incidents) {
        if (!isSettledAt(incident, now)) continue;
        const key = hash(identity(incident) ?? JSON.stringify(incident));
        keys.set(incident.slug, key);
        const pages = pageFiles(incident.slug);
        if (
          trusted?.pages[incident.slug]?.key === key &&
          pages.every((file) => unchanged(outDir, file, trusted.files))
        ) {
          kept.add(incident.slug);
        }
      }
      // Asked once the build's assets are written (the first page rendered asks): the same answer for the whole build.
      let whole: ReadonlySet<string> | undefined;
      // Kept pages share their few assets (the stylesheet, the script): each file is looked for once.
      const there = new Map<string, boolean>();
      const exists = (file: string) => {
        let found = there.get(file);
        if (found === undefined) there.set(file, (found = existsSync(join(outDir, file))));
        return found;
      };
      /** Whether every file of the assets folder a kept page refers to was written by this build. */
      const present = (assets: readonly string[]) => assets.every(exists);
      const keptPages = () => (whole ??= new Set([...kept].filter((slug) => present(trusted!.pages[slug].assets))));
      const seen = new Map<string, readonly string[]>();
      const assetsPrefix = `/${assetsDir}/`;
      /** Archive pages asked about, with their keys, and those kept. */
      const viewKeys = new Map<string, string>();
      const keptViews = new Set<string>();

      return {
        interrupted,
        kept,
        keptPages,
        pageFiles,
        keepView(file, slugs, about) {
          const incidents = slugs.map((slug) => keys.get(slug));
          if (incidents.some((key) => key === undefined)) return false;
          const key = hash(about, ...(incidents as string[]));
          viewKeys.set(file, key);
          const last = trusted?.views[file];
          const keep = last?.key === key && unchanged(outDir, file, trusted!.files) && present(last.assets);
          if (keep) keptViews.add(file);
          else keptViews.delete(file);
          return keep;
        },
        assetsIn(html) {
          // Most HTML handed in is an incident's article, which refers to no asset: not searched to find none.
          if (!html.includes(assetsPrefix)) return [];
          return assetsIn(html, assetsDir);
        },
        rendered(page, assets) {
          seen.set(page, assets);
        },
        finish(written, writtenPages = new Map()) {
          const removed: string[] = [];
          const final = keptPages();
          if (trusted) {
            const fresh = new Set([...written].map((url) => relative(outDir, fileURLToPath(url))));
            for (const page of writtenPages.keys()) fresh.add(page);
            for (const slug of final) for (const file of pageFiles(slug)) fresh.add(file);
            for (const file of keptViews) fresh.add(file);
            for (const path of filesBelow(publicDir)) fresh.add(path);
            for (const path of Object.keys(trusted.files)) {
              const file = join(outDir, path);
              // Written again by something else this build (another integration, say): not stale.
              if (fresh.has(path) || !existsSync(file) || statSync(file).mtimeMs >= started) continue;
              rmSync(file);
              removed.push(path);
              for (
                let folder = dirname(file);
                folder !== outDir && readdirSync(folder).length === 0;
                folder = dirname(folder)
              )
                rmdirSync(folder);
            }
          }
          // A kept page is as the last build recorded it (it was checked, and not written since), and a page the writer
          // wrote is as it saw it: no need to look again.
          const keptFiles = new Set([...[...final].flatMap(pageFiles), ...keptViews]);
          // Their folders are not read again: at 10,000 incidents, that is 10,000 folders a build does not list.
          const knownFolders = new Map<string, string[]>();
          for (const file of [...keptFiles, ...writtenPages.keys()]) {
            const folder = knownFolders.get(dirname(file));
            if (folder) folder.push(file);
            else knownFolders.set(dirname(file), [file]);
          }
          const files: PageRecord['files'] = {};
          for (const path of filesBelow(outDir, knownFolders)) {
            const recorded = (keptFiles.has(path) ? trusted?.files[path] : undefined) ?? writtenPages.get(path);
            if (recorded) files[path] = [...recorded];
            else {
              const { size, mtimeMs } = statSync(join(outDir, path));
              files[path] = [size, mtimeMs];
            }
          }
          const pages: PageRecord['pages'] = {};
          for (const [slug, key] of keys) {
            const assets = final.has(slug)
              ? trusted!.pages[slug].assets
              : assetsOf(outDir, assetsDir, pageFiles(slug), seen);
            pages[slug] = { key, assets };
          }
          const views: PageRecord['views'] = {};
          for (const [file, key] of viewKeys) {
            const assets = keptViews.has(file)
              ? trusted!.views[file].assets
              : assetsOf(outDir, assetsDir, [file], seen);
            views[file] = { key, assets };
          }
          const record: PageRecord = { version: RECORD_VERSION, code, outDir, pages, views, files };
          writeFileSync(`${recordFile}.tmp`, JSON.stringify(record));
          renameSync(`${recordFile}.tmp`, recordFile);
          rmSync(marker, { force: true });
          return removed.sort();
        },
      };
    },
  };
}

/** Whether a file is as the last build left it: there, with the size and time it recorded. */
function unchanged(outDir: string, path: string, files: PageRecord['files']): boolean {
  const recorded = files[path];
  if (!recorded) return false;
  try {
    const { size, mtimeMs } = statSync(join(outDir, path));
    return size === recorded[0] && mtimeMs === recorded[1];
  } catch {
    return false;
  }
}

/**
 * The files of the assets folder that pages refer to, relative to the output folder: every
 * address with `/<assets folder>/` in it, wherever it is (a `<link>`, an `<img>`, a `srcset`, an
 * inlined stylesheet's `url()`). Astro writes every asset address that way, under any base path.
 */
function assetsOf(
  outDir: string,
  assetsDir: string,
  pageFiles: readonly string[],
  seen: ReadonlyMap<string, readonly string[]>,
): string[] {
  const found = new Set<string>();
  for (const page of pageFiles) {
    let assets = seen.get(page);
    if (!assets) {
      try {
        assets = assetsIn(readFileSync(join(outDir, page), 'utf8'), assetsDir);
      } catch {
        continue; // not written: a page that is not there refers to nothing
      }
    }
    for (const asset of assets) found.add(asset);
  }
  return [...found].sort();
}

/** The files of the assets folder a page's HTML refers to, relative to the output folder (see assetsOf). */
function assetsIn(html: string, assetsDir: string): string[] {
  const pattern = new RegExp(`/${assetsDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^"'()\\s?#,<>&\\\\]+)`, 'g');
  const found: string[] = [];
  for (const [, name] of html.matchAll(pattern)) {
    try {
      found.push(join(assetsDir, decodeURIComponent(name)));
    } catch {
      found.push(join(assetsDir, name));
    }
  }
  return found;
}
