/**
 * Page weight: the home page of a site with 10 components, an active incident
 * and 90 days of history weighs at most 30 KB gzipped, HTML, CSS and JS
 * together. A measurement in bytes, not a timing: it cannot flake.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, makeSite } from './helpers.ts';

const BUDGET = 30 * 1024;
const components = Array.from({ length: 10 }, (_, i) => ({ id: `service-${i}`, name: `Service number ${i}`, description: `What service ${i} does for customers`, group: i < 5 ? 'core' : 'extras' }));
const incidents: Record<string, string> = {};
for (let day = 1; day <= 88; day += 2) {
  const start = new Date(Date.UTC(2026, 10, 22) - day * 86_400_000 + 9 * 3_600_000);
  const iso = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const id = components[day % 10].id;
  incidents[`past-${day}.md`] = `---\ntitle: Some customers see errors in service ${day % 10}\nimpact: ${['minor', 'major', 'critical'][day % 3]}\ncomponents: [${id}]\n---\n\n## Resolved · ${iso(new Date(start.getTime() + 50 * 60_000))}\nEverything works normally again; nothing was lost and you need not do anything.\n\n## Investigating · ${iso(start)}\nSome customers see errors. Please retry in a few minutes. Next update in 30 minutes.\n`;
}
incidents['active.md'] = '---\ntitle: Some customers see errors in service 1\nimpact: major\ncomponents:\n  service-1: partial_outage\n  service-2: degraded_performance\n---\n\n## Identified · 2026-11-22 18:20 UTC\nWe found the cause and are fixing it. Requests that failed were not carried out: it is safe to retry them. Next update by 19:00 UTC.\n\n## Investigating · 2026-11-22 18:05 UTC\nSome requests fail. Next update by 18:35 UTC.\n';
const site = makeSite('weight', { name: 'Weight Status', url: 'https://status.example.com/', groups: [{ id: 'core', name: 'Core' }, { id: 'extras', name: 'Extras' }], components }, incidents);
const out = join(site.root, 'dist');
afterAll(() => site.cleanup());
beforeAll(async () => {
  const build = await astroBuild(site.root, out, { OUTPOST_NOW: '2026-11-22T18:30Z' });
  expect(build.code, build.stdout + build.stderr).toBe(0);
});

test(`the home page with 10 components, an active incident and 90-day bars is at most ${BUDGET / 1024} KB gzipped`, () => {
  const html = readFileSync(join(out, 'index.html'));
  const styles = [...html.toString().matchAll(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/g)].map((match) => readFileSync(join(out, match[1])));
  const scripts = [...html.toString().matchAll(/<script[^>]+src="\/(_astro\/[^"]+\.js)"/g)].map((match) => readFileSync(join(out, match[1])));
  const sizes = { html: gzipSync(html, { level: 9 }).length, css: styles.reduce((sum, css) => sum + gzipSync(css, { level: 9 }).length, 0), js: scripts.reduce((sum, js) => sum + gzipSync(js, { level: 9 }).length, 0) };
  const total = sizes.html + sizes.css + sizes.js;
  console.log(`home page weight, gzipped: HTML ${sizes.html} B (raw ${html.length} B), CSS ${sizes.css} B, external JS ${sizes.js} B (the script is inline), total ${total} B of ${BUDGET} B`);
  expect(html.toString()).toContain('Some customers see errors in service 1');
  expect(html.toString().match(/<li class="bar /g)).toHaveLength(12 * 90);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test('no asset comes from another origin and nothing but our own files is written', () => {
  const assets = readdirSync(join(out, '_astro'));
  expect(assets.every((file) => /\.(css|js)$/.test(file))).toBe(true);
});
