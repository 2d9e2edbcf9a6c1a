/**
 * Incidents parsed in earlier runs, kept in `node_modules/.cache/outpost/parsed-incidents.v8` by
 * the text of their file: a file whose text, components and languages are the same as when it was
 * parsed, by the same parser, is the same incident. Parsing (YAML, the schema, the updates) is most
 * of a validation, so `outpost validate` run again, `outpost build` (which validates, then starts
 * Astro, which validates again) and a rebuild after one edit parse only what changed.
 *
 * Only a file without problems is kept. One whose headings took their time from Git (`git blame`)
 * is kept with the commit it was read at, and reused only at that commit. The clock matters to a
 * parse only for updates dated after it, which the validator checks again (src/core/checks/validate.ts).
 * A missing or damaged cache is only a slower run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { memoize } from '../core/base/memo.ts';
import type { Problem } from '../core/base/problems.ts';
import type { ParsedContext, ParsedIncidents, SourceFile } from '../core/checks/validate.ts';
import type { Incident } from '../core/incident/model.ts';

const FILE = 'node_modules/.cache/outpost/parsed-incidents.v8';
const VERSION = 1;

interface Entry {
  incident: Incident;
  /** The commit (and whether the clone was shallow) Git gave the headings' times at. */
  git?: string;
  /** The guidance on its words, under the config of that hash. */
  words?: { config: string; problems: Problem[] };
}

interface Stored {
  version: number;
  entries: Map<string, Entry>;
}

let parserVersion: string | undefined;

/** What parses an incident: Outpost's core (every source file of it), read once per process. */
function parser(): string {
  if (parserVersion === undefined) {
    const core = fileURLToPath(new URL('../core/', import.meta.url));
    const digest = createHash('sha256').update(`${VERSION}\0${process.versions.node}\0`);
    const files = readdirSync(core, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.[cm]?[jt]s$/.test(entry.name) && !/\.test\.[jt]s$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) digest.update(relative(core, file)).update('\0').update(readFileSync(file)).update('\0');
    parserVersion = digest.digest('base64url');
  }
  return parserVersion;
}

/** The commit Git reads times at, and whether the clone is shallow; undefined outside a Git checkout. */
function gitState(root: string): string | undefined {
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${run(['rev-parse', 'HEAD'])} ${run(['rev-parse', '--is-shallow-repository'])}`;
  } catch {
    return undefined;
  }
}

export interface ParsedCache extends ParsedIncidents {
  /**
   * Writes what this run parsed for the next one, if anything changed. `complete`: this run read
   * every incident file, so what it did not ask for (a deleted file, an old version) is dropped.
   */
  save(complete: boolean): void;
}

/** The cache of the project at `root`. */
export function parsedCache(root: string): ParsedCache {
  const file = join(root, FILE);
  let stored: Map<string, Entry> = new Map();
  try {
    const read = deserialize(readFileSync(file)) as Stored;
    if (read?.version === VERSION && read.entries instanceof Map) stored = read.entries;
  } catch {
    // No cache yet, or a damaged one: every file is parsed.
  }
  const used = new Map<string, Entry>();
  let changed = false;
  let git: string | null | undefined = null;
  const gitNow = () => (git === null ? (git = gitState(root)) : git);
  const configHash = memoize((config: string) => createHash('sha256').update(config).digest('base64url'));
  // A file is asked for a few times a run (its incident, the guidance on its words): its key is worked out once.
  const keys = new WeakMap<SourceFile, { context: ParsedContext; key: string }>();
  const keyOf = (source: SourceFile, context: ParsedContext) => {
    const known = keys.get(source);
    if (known?.context === context) return known.key;
    const { componentIds, locales = [] } = context;
    const key = createHash('sha256')
      .update(`${parser()}\0${source.path}\0${componentIds.join('\n')}\0${locales.join('\n')}\0`)
      .update(source.text)
      .digest('base64url');
    keys.set(source, { context, key });
    return key;
  };

  return {
    get(source, context) {
      const key = keyOf(source, context);
      const entry = stored.get(key);
      if (!entry || (entry.git !== undefined && entry.git !== gitNow())) return undefined;
      used.set(key, entry);
      return entry.incident;
    },
    set(source, context, incident, timed) {
      const entry: Entry = { incident };
      if (timed) {
        const state = gitNow();
        if (state === undefined) return;
        entry.git = state;
      }
      used.set(keyOf(source, context), entry);
      changed = true;
    },
    words(source, context, config) {
      const words = used.get(keyOf(source, context))?.words;
      return words?.config === configHash(config) ? words.problems : undefined;
    },
    setWords(source, context, config, problems) {
      const entry = used.get(keyOf(source, context));
      if (!entry) return;
      entry.words = { config: configHash(config), problems };
      changed = true;
    },
    save(complete) {
      const entries = complete ? used : new Map([...stored, ...used]);
      if (!changed && entries.size === stored.size) return;
      try {
        mkdirSync(join(root, 'node_modules/.cache/outpost'), { recursive: true });
        const stored: Stored = { version: VERSION, entries };
        writeFileSync(`${file}.${process.pid}.tmp`, serialize(stored));
        renameSync(`${file}.${process.pid}.tmp`, file);
      } catch {
        // A cache that can't be written is only a slower next run.
      }
    },
  };
}
