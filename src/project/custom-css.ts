/**
 * The custom CSS files and every file they reach: each read as the build reads it
 * (src/core/config/custom-css.ts), every `@import` followed to its file and read the same way
 * (each file once, so an import cycle ends), every address checked against the site's origin.
 *
 * An `@import` is found as Vite finds it: a path starting with `/` in `public/`, then from the
 * project root; any other path next to the importing file, then as a package in `node_modules`.
 * One that cannot be found is an error: what is not read cannot be checked.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../core/checks/problems.ts';
import { isOffOrigin, readStylesheet } from '../core/config/custom-css.ts';

export interface CustomCss {
  problems: Problem[];
  /** What the built stylesheets are made from: these files, what they import, the files they bring into the build's assets. Absolute, sorted. */
  files: string[];
}

const OFF_ORIGIN = {
  expected: 'fonts and images from the project (put them in public/ and refer to them by path)',
  example: "src: url('/fonts/brand.woff2') format('woff2');",
};

/** `paths`: the `customCss` entries, relative to `root`; `site`: the site's address (`url` of the config). */
export function readCustomCss(root: string, paths: readonly string[], site: string): CustomCss {
  const problems: Problem[] = [];
  const read = new Set<string>();
  const files = new Set<string>();
  const queue = paths.map((path) => resolve(root, path)).filter(isFile);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (read.has(file)) continue;
    read.add(file);
    files.add(file);
    const name = relative(root, file).split(sep).join('/');
    const at = (line: number, column: number) => ({ file: name, line, column, severity: 'error' as const });
    const { syntaxErrors, references } = readStylesheet(readFileSync(file, 'utf8'), name);
    for (const { line, column, message, expected } of syntaxErrors) {
      problems.push({ ...at(line, column), rule: 'css-syntax', message: `CSS syntax error: ${message}`, expected: expected ?? 'CSS that the build\'s parsers, PostCSS and Lightning CSS, read without error' });
    }
    for (const { kind, url, line, column } of references) {
      if (isOffOrigin(url, site)) {
        problems.push({ ...at(line, column), rule: 'off-origin-css', message: `"${url}" is on another origin: the status page makes no requests to other origins`, ...OFF_ORIGIN });
      } else if (kind === 'import') {
        const found = importedFile(root, file, url);
        if (typeof found === 'string') queue.push(found);
        else problems.push({ ...at(line, column), rule: 'css-import', message: `@import "${url}" ${found.why}`, expected: 'a CSS file of the project, by its path from this file', example: "@import './fonts.css';" });
      } else {
        const asset = assetFile(root, file, url);
        if (asset) files.add(asset);
      }
    }
  }
  return { problems, files: [...files].sort() };
}

/** The file an `@import` of a same-site address brings in, or why there is none. */
function importedFile(root: string, from: string, url: string): string | { why: string } {
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(url)) return { why: 'is an address, not a file of the project: its content cannot be checked' };
  const path = url.replace(/[?#].*$/, '');
  const candidates = path.startsWith('/') ? [join(root, 'public', path), join(root, path)] : [resolve(dirname(from), path)];
  let found = candidates.find(isFile);
  if (!found && !path.startsWith('.') && !path.startsWith('/')) {
    try {
      // A package's stylesheet: wherever Node resolves it (a workspace may keep node_modules above the project).
      return realpathSync(createRequire(from).resolve(path));
    } catch {
      // Not a package either.
    }
  }
  if (!found) return { why: 'cannot be found' };
  found = realpathSync(found);
  const inside = relative(realpathSync(root), found);
  if (inside.startsWith('..') || isAbsolute(inside)) return { why: 'is outside the project' };
  return found;
}

/**
 * The file of the project that an address in a stylesheet brings into the build's assets (an image,
 * a font), if any: not one in `public/`, which is copied as it is and keeps its address.
 */
function assetFile(root: string, from: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]{2}|^#/i.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  if (!path.startsWith('/')) return [resolve(dirname(from), path)].find(isFile);
  return isFile(join(root, 'public', path)) ? undefined : [join(root, path)].find(isFile);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
