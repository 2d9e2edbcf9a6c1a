/**
 * Incident files on disk, as plain text for the core. Only files inside the
 * project are read (a symlink out of it is refused), and only text: a file
 * with a NUL byte or bytes that aren't UTF-8 is a problem at that line.
 *
 * With an index of the last run's reads (./file-index.ts), a file that is as it
 * was then is read only when its text is asked for.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../core/base/problems.ts';
import type { SourceFile } from '../core/checks/validate.ts';
import { textHash, type FileIndex } from './file-index.ts';

const INCIDENT_FILE = /\.(md|markdown)$/i;

export interface IncidentFiles {
  files: SourceFile[];
  problems: Problem[];
}

/**
 * Every `.md` file under the given paths (files or folders), sorted, with paths relative to root.
 * `named`: the paths were typed by someone, so one that doesn't exist is an error (the default
 * incidents folder may be missing: Git keeps no empty folders).
 */
export function readIncidentFiles(
  root: string,
  paths: readonly string[],
  { named = true, index }: { named?: boolean; index?: FileIndex } = {},
): IncidentFiles {
  const problems: Problem[] = [];
  const problem = (path: string, rule: string, message: string, expected?: string, line = 0) =>
    problems.push({ file: path, line, column: line ? 1 : 0, severity: 'error', rule, message, expected });
  const realRoot = realpathSync(root);
  // Most paths are below the root (every file of a walked folder): cut, not worked out with path.relative.
  const below = resolve(root) + sep;
  const shown = (path: string) => {
    const shownPath = path.startsWith(below) ? path.slice(below.length) : relative(root, path);
    return (sep === '/' ? shownPath : shownPath.split(sep).join('/')) || '.';
  };
  const found: string[] = [];
  // `known`: the real path when the caller already knows it (an entry of a real folder that is no symlink), so a large
  // folder costs one directory read, not a realpath and a stat per file.
  const walk = (path: string, typed: boolean, known?: { real: string; directory: boolean }) => {
    let real: string;
    let directory: boolean;
    if (known) ({ real, directory } = known);
    else {
      try {
        real = realpathSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT')
          problem(
            shown(path),
            'missing-path',
            typed ? 'there is no such file or folder' : 'a link to nothing',
            'an incident file or a folder of them, relative to the project',
          );
        else problem(shown(path), 'unreadable-path', `it can't be read (${code ?? (error as Error).message})`);
        return;
      }
      if (real !== realRoot && !real.startsWith(realRoot + sep)) {
        problem(
          shown(path),
          'outside-project',
          `it resolves to ${real}, outside the project`,
          'incident files inside the project (a symlink may not lead out of it)',
        );
        return;
      }
      directory = statSync(real).isDirectory();
    }
    if (directory) {
      const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        // A plain file or folder inside a real folder is where it seems to be; a symlink is resolved and checked.
        const plain = entry.isFile() || entry.isDirectory();
        walk(
          join(path, entry.name),
          false,
          plain ? { real: join(real, entry.name), directory: entry.isDirectory() } : undefined,
        );
      }
    } else if (INCIDENT_FILE.test(path) && !/(^|[\\/])README\.md$/i.test(path)) found.push(path);
    else if (typed) problem(shown(path), 'not-an-incident', 'this is not an incident file', 'a .md file');
  };
  for (const path of paths) {
    const full = resolve(root, path);
    if (!named && !existsSync(full)) continue;
    walk(full, named);
  }
  const files: SourceFile[] = [];
  for (const path of [...new Set(found)].sort()) {
    const name = shown(path);
    // A file the index has seen is looked at first (usually it is as it was, and is not read); any other is
    // read, with the times and size the open file gives.
    const seenBefore = index?.has(name) ? statSync(path) : undefined;
    const known = seenBefore && index?.hashOf(name, seenBefore);
    if (known) {
      files.push(unread(name, path, known));
      continue;
    }
    const { bytes, stats } = readWithStats(path);
    const text = decodeText(bytes);
    if (typeof text === 'string') {
      const hash = textHash(text);
      index?.remember(name, seenBefore ?? stats, hash);
      files.push({ path: name, text, hash });
    } else problem(name, 'not-text', text.message, 'a UTF-8 text file', text.line);
  }
  return { files, problems };
}

/**
 * A file's bytes, and its stats as the open file had them: the size `fstat` gives is the size read, as
 * `readFileSync` reads it, so the index's stats need no `stat` of their own.
 */
function readWithStats(path: string): { bytes: Buffer; stats: Stats } {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { bytes: bytes.subarray(0, length), stats };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file as the index knows it, read when its text is first asked for. Should it have changed since
 * (it was written during this run), the run stops at it rather than take one text for another.
 */
function unread(path: string, full: string, hash: string): SourceFile {
  let text: string | undefined;
  return {
    path,
    hash,
    get text() {
      if (text === undefined) {
        const read = decodeText(readFileSync(full));
        if (typeof read !== 'string' || textHash(read) !== hash)
          throw new Error(`${path} changed while Outpost was reading the incidents; run it again`);
        text = read;
      }
      return text;
    },
  };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or where it stops being UTF-8 text. */
function decodeText(bytes: Buffer): string | { line: number; message: string } {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    // Find the line: decode line by line (a newline byte never occurs inside a UTF-8 sequence).
    let line = 1;
    for (let start = 0; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const stop = end === -1 ? bytes.length : end;
      try {
        decoder.decode(bytes.subarray(start, stop));
      } catch {
        return { line, message: 'this line has bytes that are not UTF-8 text' };
      }
      start = stop + 1;
    }
    return { line: 1, message: 'the file is not UTF-8 text' };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) return { line: text.slice(0, nul).split('\n').length, message: 'this line has a NUL byte' };
  return text;
}
