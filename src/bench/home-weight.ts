#!/usr/bin/env node
/**
 * `npm run bench:home [-- COUNT]`: the home page's weight with COUNT generated incidents
 * (default 10,000): the HTML raw and gzipped, and its stylesheets and scripts gzipped. The
 * budget is one round trip: 14 KB gzipped for the HTML. A measurement, printed; the test of
 * the same budget at a size `npm test` can afford is src/tests/weight.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSite, NOW } from './generate.ts';

export const HOME_BUDGET = 14 * 1024;

/** Gzipped sizes of a built home page and what it loads from the build's assets. */
export function homeWeight(dist: string): { raw: number; html: number; css: number; js: number } {
  const html = readFileSync(join(dist, 'index.html'));
  const gz = (file: Buffer) => gzipSync(file, { level: 9 }).length;
  const assets = (pattern: RegExp) =>
    [...html.toString().matchAll(pattern)].reduce((sum, match) => sum + gz(readFileSync(join(dist, match[1]))), 0);
  return {
    raw: html.length,
    html: gz(html),
    css: assets(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/g),
    js: assets(/<script[^>]+src="\/(_astro\/[^"]+\.js)"/g),
  };
}

if (import.meta.main) {
  const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000);
  const root = join(resolve(import.meta.dirname, '../..'), '.bench', `home-${count}`);
  generateSite(root, count);
  const astro = join(resolve(import.meta.dirname, '../..'), 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, OUTPOST_NOW: NOW.toISOString() };
  const build = spawnSync(process.execPath, [astro, 'build', '--root', root], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0)
    throw new Error(`the build failed:\n${build.stdout.slice(-3000)}${build.stderr.slice(-3000)}`);
  const weight = homeWeight(join(root, 'dist'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `home page with ${count} incidents: HTML ${kb(weight.raw)} raw, ${kb(weight.html)} gzipped (budget ${kb(HOME_BUDGET)}); ` +
      `CSS ${kb(weight.css)}, JS ${kb(weight.js)} gzipped`,
  );
  if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
  process.exitCode = weight.html <= HOME_BUDGET ? 0 : 1;
}
