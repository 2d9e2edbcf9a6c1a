/**
 * Where Outpost's sources are. In a checkout the integration runs from them
 * (Node strips their types); in the installed package it runs compiled from
 * `dist-pkg/`, because Node strips no types inside node_modules, while Astro
 * still compiles the pages and everything they import from the package's
 * `src/` (Vite reads TypeScript anywhere, as it does for Starlight).
 */
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder `npm pack` compiles the package's Node entry points into (tsconfig.pkg.json). */
export const COMPILED_DIR = 'dist-pkg';

const here = new URL('./', import.meta.url);
const compiled = basename(dirname(fileURLToPath(here))) === COMPILED_DIR;

/** Outpost's `src/` folder, with the pages and the code that renders them. */
export const SOURCE_ROOT: URL = new URL(compiled ? `../../src/` : '../', here);

/** A file of the site's sources (`pages/index.astro`), as Astro's `injectRoute` wants it. */
export const siteSource = (path: string): URL => new URL(`site/${path}`, SOURCE_ROOT);
