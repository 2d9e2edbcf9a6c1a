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
import type { Problem } from '../core/base/problems.ts';
import { isOffOrigin, readStylesheet } from '../core/config/custom-css.ts';

export interface CustomCss {
  problems: Problem[];
  /**
   * What the built stylesheets are made from: these files, what they import, the files they bring
   * into the build's assets. Absolute, sorted.
   */
  files: string[];
}

const SYNTAX = {
  rule: 'css-syntax',
  expected: "CSS that the build's parsers, PostCSS and Lightning CSS, read without error",
};
const OFF_ORIGIN = {
  rule: 'off-origin-css',
  expected: 'fonts and images from the project (put them in public/ and refer to them by path)',
  example: "src: url('/fonts/brand.woff2') format('woff2');",
};
const IMPORT = {
  rule: 'css-import',
  expected: 'a CSS file of the project, by its path from this file',
  example: "@import './fonts.css';",
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
      const syntax = { ...SYNTAX, ...(expected && { expected }) };
      problems.push({ ...at(line, column), ...syntax, message: `CSS syntax error: ${message}` });
    }
    for (const { kind, url, line, column } of references) {
      if (isOffOrigin(url, site)) {
        const message = `"${url}" is on another origin: the status page makes no requests to other origins`;
        problems.push({ ...at(line, column), ...OFF_ORIGIN, message });
      } else if (kind === 'import') {
        const found = importedFile(root, file, url);
        if (typeof found === 'string') queue.push(found);
        else problems.push({ ...at(line, column), ...IMPORT, message: `@import "${url}" ${found.why}` });
      } else {
        const asset = assetFile(root, file, url);
        if (asset) files.add(asset);
      }
    }
  }
  return { problems, files: [...files].sort() };
}

/** An address that names no file of the project: with a scheme (`https:`, `data:`), or protocol-relative. */
const NOT_A_PATH = /^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i;

/**
 * Where Vite looks for a path in a stylesheet: an absolute one in `public/`, then from the project
 * root; any other next to the stylesheet.
 */
function placesOf(root: string, from: string, path: string): { public?: string; project: string } {
  if (!path.startsWith('/')) return { project: resolve(dirname(from), path) };
  return { public: join(root, 'public', path), project: join(root, path) };
}

/** The file an `@import` of a same-site address brings in, or why there is none. */
function importedFile(root: string, from: string, url: string): string | { why: string } {
  if (NOT_A_PATH.test(url)) return { why: 'is an address, not a file of the project: its content cannot be checked' };
  const path = url.replace(/[?#].*$/, '');
  const places = placesOf(root, from, path);
  const found = [places.public, places.project].find((file) => file !== undefined && isFile(file));
  if (!found) {
    if (path.startsWith('.') || path.startsWith('/')) return { why: 'cannot be found' };
    try {
      // A package's stylesheet, wherever Node finds it (a workspace may keep node_modules above the project).
      return realpathSync(createRequire(from).resolve(path));
    } catch {
      return { why: 'cannot be found' };
    }
  }
  const inside = relative(realpathSync(root), realpathSync(found));
  return inside.startsWith('..') || isAbsolute(inside) ? { why: 'is outside the project' } : realpathSync(found);
}

/**
 * The file of the project that an address in a stylesheet brings into the build's assets (an image,
 * a font), if any: not one in `public/`, which is copied as it is and keeps its address.
 */
function assetFile(root: string, from: string, url: string): string | undefined {
  if (NOT_A_PATH.test(url) || url.startsWith('#')) return undefined;
  const places = placesOf(root, from, url.replace(/[?#].*$/, ''));
  if (places.public && isFile(places.public)) return undefined;
  return isFile(places.project) ? places.project : undefined;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
