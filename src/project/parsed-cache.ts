/**
 * Incidents parsed in earlier runs, kept in `node_modules/.cache/outpost/parsed/` by
 * the text of their file: a file whose text, components and languages are the same as when it was
 * parsed, by the same parser, is the same incident. Parsing (YAML, the schema, the updates) is most
 * of a validation, so `outpost validate` run again, `outpost build` (which validates, then starts
 * Astro, which validates again) and a rebuild after one edit parse only what changed.
 *
 * Only a file without problems is kept. One whose headings took their time from Git (`git blame`)
 * is kept with the commit it was read at, and reused only at that commit. The clock matters to a
 * parse only for updates dated after it, which the validator checks again (src/core/checks/validate.ts).
 * A missing or damaged cache is only a slower run.
 *
 * The cache is written in shards (by the first letter of a file's key), and a run writes only the shards
 * whose entries changed: after an edit to one incident of thousands, one shard of a sixteenth of the cache.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { memoize } from '../core/base/memo.ts';
import type { Problem } from '../core/base/problems.ts';
import type { ParsedContext, ParsedIncidents, SourceFile } from '../core/checks/validate.ts';
import type { Incident } from '../core/incident/model.ts';
import { textHash } from './file-index.ts';

const FOLDER = 'node_modules/.cache/outpost/parsed';
/** Where versions before the shards kept the cache, in one file: removed when the shards are written. */
const OLD_FILE = 'node_modules/.cache/outpost/parsed-incidents.v8';
const VERSION = 4;
/** Keys begin with a base64url hash: their first letter spreads them evenly over the shards. */
const SHARDS = 16;
const shardOf = (key: string) => key.charCodeAt(0) % SHARDS;
const shardFile = (folder: string, shard: number) => join(folder, `${String(shard).padStart(2, '0')}.v8`);

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
  /**
   * What an incident this run got from the cache, or parsed and kept in it, was parsed from: the key of its text, path,
   * components, languages and parser, with the commit Git gave its times at. Any change to the incident changes it,
   * so it stands for the incident where comparing the incidents themselves would cost more (the build's page keys).
   * Undefined for any other incident.
   */
  identity(incident: Incident): string | undefined;
}

/** The cache of the project at `root`. */
export function parsedCache(root: string): ParsedCache {
  const folder = join(root, FOLDER);
  const stored: Map<string, Entry> = new Map();
  /** How many entries each shard held when read. */
  const counts = new Array<number>(SHARDS).fill(0);
  for (let shard = 0; shard < SHARDS; shard++) {
    try {
      const read = deserialize(readFileSync(shardFile(folder, shard))) as Stored;
      if (read?.version !== VERSION || !(read.entries instanceof Map)) continue;
      for (const [key, entry] of read.entries) if (shardOf(key) === shard) stored.set(key, entry);
      counts[shard] = read.entries.size;
    } catch {
      // No such shard yet, or a damaged one: its files are parsed.
    }
  }
  const used = new Map<string, Entry>();
  /** Shards with an entry set this run. */
  const changed = new Set<number>();
  let git: string | null | undefined = null;
  const gitNow = () => (git === null ? (git = gitState(root)) : git);
  const configHash = memoize((config: string) => createHash('sha256').update(config).digest('base64url'));
  // A file is asked for a few times a run (its incident, the guidance on its words): its key is worked out once.
  const keys = new WeakMap<SourceFile, { context: ParsedContext; key: string }>();
  const identities = new WeakMap<Incident, string>();
  const use = (key: string, entry: Entry) => {
    used.set(key, entry);
    identities.set(entry.incident, `${key} ${entry.git ?? ''}`);
  };
  // What every file of a run is parsed with (the parser, the components, the languages), hashed once per run.
  const contextHash = memoize((components: string, locales: string) =>
    createHash('sha256').update(`${parser()}\0${components}\0${locales}`).digest('base64url'),
  );
  const keyOf = (source: SourceFile, context: ParsedContext) => {
    const known = keys.get(source);
    if (known?.context === context) return known.key;
    // The text's hash, not the text: a file the index knows unchanged (./file-index.ts) is not read for it. It
    // comes first, so the keys' first letters spread them over the shards.
    const parsedWith = contextHash(context.componentIds.join('\n'), (context.locales ?? []).join('\n'));
    const key = `${source.hash ?? textHash(source.text)} ${parsedWith} ${source.path}`;
    keys.set(source, { context, key });
    return key;
  };

  return {
    get(source, context) {
      const key = keyOf(source, context);
      const entry = stored.get(key);
      if (!entry || (entry.git !== undefined && entry.git !== gitNow())) return undefined;
      use(key, entry);
      return entry.incident;
    },
    set(source, context, incident, timed) {
      const entry: Entry = { incident };
      if (timed) {
        const state = gitNow();
        if (state === undefined) return;
        entry.git = state;
      }
      const key = keyOf(source, context);
      use(key, entry);
      changed.add(shardOf(key));
    },
    words(source, context, config) {
      const words = used.get(keyOf(source, context))?.words;
      return words?.config === configHash(config) ? words.problems : undefined;
    },
    setWords(source, context, config, problems) {
      const key = keyOf(source, context);
      const entry = used.get(key);
      if (!entry) return;
      entry.words = { config: configHash(config), problems };
      changed.add(shardOf(key));
    },
    identity: (incident) => identities.get(incident),
    save(complete) {
      const entries = complete ? used : new Map([...stored, ...used]);
      const shards = Array.from({ length: SHARDS }, () => new Map<string, Entry>());
      for (const [key, entry] of entries) shards[shardOf(key)].set(key, entry);
      try {
        mkdirSync(folder, { recursive: true });
        shards.forEach((shard, index) => {
          // A shard is written again when an entry of it was set, or one was dropped (or it was not there).
          if (!changed.has(index) && shard.size === counts[index]) return;
          const stored: Stored = { version: VERSION, entries: shard };
          const file = shardFile(folder, index);
          writeFileSync(`${file}.${process.pid}.tmp`, serialize(stored));
          renameSync(`${file}.${process.pid}.tmp`, file);
        });
        rmSync(join(root, OLD_FILE), { force: true });
      } catch {
        // A cache that can't be written is only a slower next run.
      }
    },
  };
}
