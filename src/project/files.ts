/** Incident files on disk, as plain text for the core. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../core/checks/validate.ts';

/** Every `.md` file under the given paths (files or folders), sorted, with paths relative to root. */
export function readIncidentFiles(root: string, paths: readonly string[]): SourceFile[] {
  const found: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) walk(join(path, entry));
      }
    } else if (/\.(md|markdown)$/i.test(path) && !/(^|[\\/])README\.md$/i.test(path)) found.push(path);
  };
  for (const path of paths) walk(resolve(root, path));
  return [...new Set(found)].sort().map((path) => ({
    path: relative(root, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}
