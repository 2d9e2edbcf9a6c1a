/**
 * The build output between builds. Astro's incremental build keeps the pages
 * of settled incidents; Outpost keeps them where they are, in `dist/`,
 * instead of letting Astro empty `dist/` and copy 10,000 pages back from its
 * cache. What this build did not write and Astro did not reuse is stale (a
 * deleted incident, an old stylesheet) and is removed after the build.
 *
 * A build that stops half way leaves pages newer than Astro's record of them;
 * a marker written at the start and removed at the end makes the next build
 * render everything instead of trusting that record.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's record of the last build's reusable pages (`experimental.incrementalBuild`). */
const ASTRO_MANIFEST = 'incremental-build.json';

export interface BuildMarker {
  /** Milliseconds since the epoch when this build began: files older than this were not written by it. */
  started: number;
  /** Whether the last build was interrupted, so nothing of it was reused. */
  interrupted: boolean;
  /** Call when the build has finished. */
  finish(): void;
}

export function startBuild(root: string, astroCacheDir: URL): BuildMarker {
  const started = Date.now();
  const marker = join(root, 'node_modules/.cache/outpost/build-running');
  const interrupted = existsSync(marker);
  if (interrupted) rmSync(new URL(ASTRO_MANIFEST, astroCacheDir), { force: true });
  mkdirSync(join(marker, '..'), { recursive: true });
  writeFileSync(marker, `${new Date(started).toISOString()}\n`);
  return { started, interrupted, finish: () => rmSync(marker, { force: true }) };
}

/**
 * Removes from `dir` every file this build neither wrote (modified before `since`) nor
 * reused (`kept`: the files of every route, as Astro reports them), then empty folders.
 * Returns the paths removed, relative to `dir`.
 */
export function pruneStale(dir: string, kept: Iterable<URL>, since: number): string[] {
  const keep = new Set([...kept].map((url) => fileURLToPath(url)));
  const removed: string[] = [];
  const walk = (folder: string, relative: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (walk(path, name)) rmdirSync(path);
        else empty = false;
      } else if (!keep.has(path) && statSync(path).mtimeMs < since) {
        rmSync(path);
        removed.push(name);
      } else {
        empty = false;
      }
    }
    return empty;
  };
  if (existsSync(dir)) walk(dir, '');
  return removed.sort();
}
