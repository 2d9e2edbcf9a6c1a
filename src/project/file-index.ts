/**
 * What the last run read of each incident file, kept in `node_modules/.cache/outpost/files.json`: its
 * size, modification and change times and inode, and the hash of its text. A file that is as it was
 * is not read again unless its text is needed: a run over thousands of files, most of them unchanged,
 * finds their incidents in the parse cache (./parsed-cache.ts) by that hash and never needs their text.
 * Git trusts its index the same way.
 *
 * A file written in the moment it was read could change again without its times changing (file
 * systems that count in coarse steps): a file modified less than RACY_MS before it was read is not
 * remembered, so it is read again until it is older. A missing or damaged index is only a slower run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

const FILE = 'node_modules/.cache/outpost/files.json';
const VERSION = 1;
const RACY_MS = 3000;

type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string];

/** The hash a file's text is known by: in the index, and in the parse cache's keys. */
export const textHash = (text: string): string => createHash('sha256').update(text).digest('base64url');

export interface FileIndex {
  /** Whether the last run saw a file at this path (its stats then say whether it is as it was). */
  has(path: string): boolean;
  /** The hash of the file's text, if the file is as the index last saw it. */
  hashOf(path: string, stats: Stats): string | undefined;
  /** The file was read now, with these stats, and its text has this hash. */
  remember(path: string, stats: Stats, hash: string): void;
  /**
   * Writes the index for the next run, if anything changed. `complete`: this run read every incident
   * file, so what it did not ask about (a deleted file) is dropped.
   */
  save(complete: boolean): void;
}

/** The index of the project at `root`. `now`: the clock the racy check reads. */
export function fileIndex(root: string, now: () => number = Date.now): FileIndex {
  const file = join(root, FILE);
  let known: Record<string, Entry> = {};
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; files?: unknown };
    if (read?.version === VERSION && typeof read.files === 'object' && read.files !== null)
      known = read.files as Record<string, Entry>;
  } catch {
    // No index yet, or a damaged one: every file is read.
  }
  const seen: Record<string, Entry> = {};
  let changed = false;
  return {
    has: (path) => Object.hasOwn(known, path),
    hashOf(path, stats) {
      const entry = known[path];
      if (
        !Array.isArray(entry) ||
        entry[0] !== stats.size ||
        entry[1] !== stats.mtimeMs ||
        entry[2] !== stats.ctimeMs ||
        entry[3] !== stats.ino ||
        typeof entry[4] !== 'string'
      )
        return undefined;
      seen[path] = entry;
      return entry[4];
    },
    remember(path, stats, hash) {
      if (now() - stats.mtimeMs < RACY_MS) {
        changed ||= path in known;
        return;
      }
      seen[path] = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, hash];
      changed = true;
    },
    save(complete) {
      const files = complete ? seen : { ...known, ...seen };
      if (!changed && Object.keys(files).length === Object.keys(known).length) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify({ version: VERSION, files }));
        renameSync(`${file}.${process.pid}.tmp`, file);
      } catch {
        // An index that can't be written is only a slower next run.
      }
    },
  };
}
