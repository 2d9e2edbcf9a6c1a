/**
 * Page weight: the home page of a branded site (logo in light and dark,
 * accent colour, links) with 10 components, an active incident and 90 days
 * of history weighs at most 30 KB gzipped, HTML, CSS, JS and the logo
 * together. A measurement in bytes, not a timing: it cannot flake.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, makeSite } from './helpers.ts';

const BUDGET = 30 * 1024;
const components = Array.from({ length: 10 }, (_, i) => ({
  id: `service-${i}`,
  name: `Service number ${i}`,
  description: `What service ${i} does for customers`,
  group: i < 5 ? 'core' : 'extras',
}));
const incidents: Record<string, string> = {};
for (let day = 1; day <= 88; day += 2) {
  const start = new Date(Date.UTC(2026, 10, 22) - day * 86_400_000 + 9 * 3_600_000);
  const iso = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const id = components[day % 10].id;
  incidents[`past-${day}.md`] =
    `---\ntitle: Some customers see errors in service ${day % 10}\nimpact: ${['minor', 'major', 'critical'][day % 3]}\ncomponents: [${id}]\n---\n\n## Resolved · ${iso(new Date(start.getTime() + 50 * 60_000))}\nEverything works normally again; nothing was lost and you need not do anything.\n\n## Investigating · ${iso(start)}\nSome customers see errors. Please retry in a few minutes. Next update in 30 minutes.\n`;
}
incidents['active.md'] =
  '---\ntitle: Some customers see errors in service 1\nimpact: major\ncomponents:\n  service-1: partial_outage\n  service-2: degraded_performance\n---\n\n## Identified · 2026-11-22 18:20 UTC\nWe found the cause and are fixing it. Requests that failed were not carried out: it is safe to retry them. Next update by 19:00 UTC.\n\n## Investigating · 2026-11-22 18:05 UTC\nSome requests fail. Next update by 18:35 UTC.\n';
const brand = {
  logo: { src: './logo.svg', dark: './logo-dark.svg', alt: 'Weight' },
  accentColor: '#0b5fff',
  links: [
    { label: 'Weight Inc.', href: 'https://weight.example.com/' },
    { label: 'Support', href: 'mailto:support@weight.example.com' },
  ],
};
const site = makeSite(
  'weight',
  {
    name: 'Weight Status',
    url: 'https://status.example.com/',
    groups: [
      { id: 'core', name: 'Core' },
      { id: 'extras', name: 'Extras' },
    ],
    components,
    ...brand,
  },
  incidents,
);
// A logo of about 6 KB, too big for Vite to inline: the page loads it as a file of its own.
const logo = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100"><path fill="${fill}" d="${Array.from(
    { length: 800 },
    (_, i) => `L${(i * 37) % 400} ${(i * 53) % 100}`,
  )
    .join(' ')
    .replace('L', 'M')}Z"/></svg>`;
writeFileSync(join(site.root, 'logo.svg'), logo('#0b5fff'));
writeFileSync(join(site.root, 'logo-dark.svg'), logo('#3d80ff'));
const out = join(site.root, 'dist');
afterAll(() => site.cleanup());
beforeAll(async () => {
  const build = await astroBuild(site.root, out, { OUTPOST_NOW: '2026-11-22T18:30Z' });
  expect(build.code, build.stdout + build.stderr).toBe(0);
});

test(`the home page with 10 components, an active incident and 90-day bars is at most ${BUDGET / 1024} KB gzipped`, () => {
  const html = readFileSync(join(out, 'index.html'));
  const styles = [...html.toString().matchAll(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/g)].map((match) =>
    readFileSync(join(out, match[1])),
  );
  const scripts = [...html.toString().matchAll(/<script[^>]+src="\/(_astro\/[^"]+\.js)"/g)].map((match) =>
    readFileSync(join(out, match[1])),
  );
  // A reader's browser loads one of the two logos; the budget counts both.
  const images = [...html.toString().matchAll(/(?:src|srcset)="\/(_astro\/[^"]+\.svg)"/g)].map((match) =>
    readFileSync(join(out, match[1])),
  );
  expect(images).toHaveLength(2);
  const gz = (files: Buffer[]) => files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
  const sizes = { html: gz([html]), css: gz(styles), js: gz(scripts), logo: gz(images) };
  const total = sizes.html + sizes.css + sizes.js + sizes.logo;
  console.log(
    `home page weight, gzipped: HTML ${sizes.html} B (raw ${html.length} B), CSS ${sizes.css} B, external JS ${sizes.js} B (the script is inline), logos ${sizes.logo} B, total ${total} B of ${BUDGET} B`,
  );
  expect(html.toString()).toContain('Some customers see errors in service 1');
  expect(html.toString().match(/<li class="bar /g)).toHaveLength(12 * 90);
  // The home page does not grow with the history: its bars count a day's incidents and link the component's page
  // (which names them), so 10,000 incidents weigh no more than 100 there (npm run bench:home: 11.9 KB of HTML).
  const bars = html.toString().match(/<li class="bar [^"]*"[^>]*>.*?<\/li>/g)!;
  expect(bars.filter((bar) => bar.includes('/incidents/'))).toEqual([]);
  expect(bars.filter((bar) => bar.includes('>1 incident</a>')).length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test('no asset comes from another origin and nothing but our own files is written', () => {
  const assets = readdirSync(join(out, '_astro'));
  expect(
    assets
      .filter((file) => !/\.(css|js)$/.test(file))
      .map((file) => file.replace(/\.[\w-]+\.svg$/, '.svg'))
      .sort(),
  ).toEqual(['logo-dark.svg', 'logo.svg']);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  // Only the configured link points elsewhere: a place to go, not something the page loads.
  expect(
    new Set(
      [...html.matchAll(/(?:src|srcset|href)="((?:https?:)?\/\/[^"]+)"/g)]
        .map((match) => match[1])
        .filter((url) => !url.startsWith('https://status.example.com/')),
    ),
  ).toEqual(new Set(['https://weight.example.com/']));
});
