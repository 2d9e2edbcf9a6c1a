/**
 * The build output between builds. The page of a settled incident (over,
 * every time it names in the past) reads the same at any later clock, so a
 * build keeps it in `dist/` as it is while nothing it is made from changed:
 * the incident (its parsed file) and the code and config that render it.
 * `node_modules/.cache/outpost/pages.json` records what each kept page was
 * made from. Everything else is rendered every build, and what a build
 * neither wrote nor kept is removed after it (a deleted incident, an old
 * stylesheet).
 *
 * A build that stops half way leaves pages newer than the record; a marker
 * written at the start and removed at the end makes the next build render
 * everything instead of trusting the record.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Incident } from '../core/model.ts';
import { isSettledAt } from '../core/status.ts';

const RECORD_VERSION = 1;

interface PageRecord {
  version: number;
  /** Hash of the code, config and dependencies that render a page. */
  code: string;
  outDir: string;
  /** Per settled incident: hash of the incident its page was made from. */
  pages: { [slug: string]: string };
}

/** Where an incident's page is written, relative to the output folder (`/incidents/[slug]`, directory format). */
export const incidentPageFile = (slug: string) => join('incidents', slug, 'index.html');

const hash = (...parts: (string | Buffer)[]) => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('base64url');
};

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * What renders a page besides the incident: Outpost's own page and domain code, the site's
 * options, and the installed packages (the lock file); any change renders every page again.
 */
export function pageCodeVersion(root: string, options: unknown): string {
  const source = fileURLToPath(new URL('../', import.meta.url));
  const parts: (string | Buffer)[] = [JSON.stringify(options) ?? ''];
  try {
    parts.push(`astro@${JSON.parse(readFileSync(createRequire(join(root, 'package.json')).resolve('astro/package.json'), 'utf8')).version}`);
  } catch {
    parts.push('astro@?');
  }
  for (const file of [...filesBelow(join(source, 'core')), ...filesBelow(join(source, 'site'))]) parts.push(relative(source, file), readFileSync(file));
  for (const lock of ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock']) {
    if (existsSync(join(root, lock))) parts.push(lock, readFileSync(join(root, lock)));
  }
  return hash(...parts);
}

export interface BuildOutput {
  /** Milliseconds since the epoch when this build began: files older than this were not written by it. */
  started: number;
  /** Whether the last build was interrupted, so nothing of it is kept. */
  interrupted: boolean;
  /** Incidents whose page in the output folder is kept as it is: not rendered this build. */
  kept: ReadonlySet<string>;
  /**
   * After a successful build: removes what it neither wrote nor kept (`written`: the files
   * Astro reports for every route), records the pages for the next build, removes the marker.
   * Returns the removed paths, relative to the output folder.
   */
  finish(written: Iterable<URL>): string[];
}

export function startBuild(options: { root: string; outDir: string; code: string; incidents: readonly Incident[]; now: Date }): BuildOutput {
  const { root, outDir, code, incidents, now } = options;
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
  const trusted = !interrupted && previous?.version === RECORD_VERSION && previous.code === code && previous.outDir === outDir ? previous.pages : {};

  const pages: { [slug: string]: string } = {};
  const kept = new Set<string>();
  for (const incident of incidents) {
    if (!isSettledAt(incident, now)) continue;
    const key = hash(JSON.stringify(incident));
    pages[incident.slug] = key;
    if (trusted[incident.slug] === key && existsSync(join(outDir, incidentPageFile(incident.slug)))) kept.add(incident.slug);
  }

  mkdirSync(cache, { recursive: true });
  writeFileSync(marker, `${new Date(started).toISOString()}\n`);
  return {
    started,
    interrupted,
    kept,
    finish(written) {
      const keep = [...written].map((url) => fileURLToPath(url));
      for (const slug of kept) keep.push(join(outDir, incidentPageFile(slug)));
      const removed = pruneStale(outDir, keep, started);
      const record: PageRecord = { version: RECORD_VERSION, code, outDir, pages };
      writeFileSync(`${recordFile}.tmp`, JSON.stringify(record));
      renameSync(`${recordFile}.tmp`, recordFile);
      rmSync(marker, { force: true });
      return removed;
    },
  };
}

/**
 * Removes from `dir` every file this build neither wrote (modified before `since`) nor
 * kept, then empty folders. Returns the paths removed, relative to `dir`.
 */
function pruneStale(dir: string, kept: Iterable<string>, since: number): string[] {
  const keep = new Set(kept);
  const removed: string[] = [];
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (!keep.has(path) && statSync(path).mtimeMs < since) {
        rmSync(path);
        removed.push(relative(dir, path));
      } else {
        empty = false;
      }
    }
    return empty;
  };
  if (existsSync(dir)) walk(dir);
  return removed.sort();
}
