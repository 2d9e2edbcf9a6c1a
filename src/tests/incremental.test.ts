/**
 * Incremental builds: a rebuild with the cache kept reuses the pages of
 * settled incidents, and what it writes is byte for byte what a cold build
 * of the same files at the same clock writes. Every step edits the site the
 * way people do (an update, a resolution, a deletion, a config change) and
 * compares against a cold build of a second copy that never has a cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, elementsOf, filesIn, makeSite, type Run } from './helpers.ts';

const OPTIONS = {
  name: 'Incremental Status',
  url: 'https://status.example.com/',
  // One incident to a page of history: pages past the first are archive pages, kept while they read the same.
  historyPageSize: 1,
  components: [
    { id: 'checkout', name: 'Checkout' },
    { id: 'api', name: 'API' },
  ],
};

const resolved = (title: string, day: string, word: string) =>
  `---\ntitle: ${title}\nimpact: minor\ncomponents:\n  api: degraded_performance\n---\n\n## Resolved · ${day} 11:00 UTC\nThe API answers normally again (${word}).\n\n## Investigating · ${day} 10:00 UTC\nSome API requests are slow.\n`;

const ACTIVE = `---\ntitle: Checkout fails for some customers\nimpact: major\ncomponents:\n  checkout: partial_outage\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nSome customers see an error when paying. Next update by 19:00 UTC.\n`;
const MAINTENANCE = `---\ntitle: Planned API maintenance\ntype: maintenance\ncomponents: [api]\nscheduled:\n  start: 2026-11-29 02:00 UTC\n  end: 2026-11-29 03:00 UTC\n---\n\n## Scheduled · 2026-11-20 09:00 UTC\nThe API may be briefly unavailable.\n`;

const INCIDENTS: Record<string, string> = {
  '2026-10-01-slow-api.md': resolved('Slow API', '2026-10-01', 'first'),
  '2026-10-15-slow-again.md': resolved('Slow API again', '2026-10-15', 'second'),
  '2026-11-02-slower.md': resolved('Slower API', '2026-11-02', 'third'),
  '2026-11-22-checkout.md': ACTIVE,
  '2026-11-29-maintenance.md': MAINTENANCE,
};

const tree = (dir: string) => new Map(filesIn(dir).map((file) => [file, readFileSync(join(dir, file))]));

/**
 * A site kept between builds and a copy of it that is always built cold. `buildBoth` builds the
 * kept site incrementally and the cold copy from nothing, at the same clock, and compares every
 * byte; it returns the kept site's build and the incident pages it left as they were.
 */
function sitePair(name: string, options: Record<string, unknown>, incidents: Record<string, string>) {
  const kept = makeSite(name, options, incidents);
  const cold = makeSite(`${name}-cold`, options, incidents);
  for (const { root } of [kept, cold]) {
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'public/robots.txt'), 'User-agent: *\n');
  }
  afterAll(() => {
    kept.cleanup();
    cold.cleanup();
  });

  /** When each incident page of the kept site was last written. */
  function pageTimes(): Map<string, number> {
    const incidents = join(kept.root, 'dist/incidents');
    const times = new Map<string, number>();
    if (!existsSync(incidents)) return times;
    for (const slug of readdirSync(incidents)) times.set(slug, statSync(join(incidents, slug, 'index.html')).mtimeMs);
    return times;
  }

  /** When each page of history (the site's and the components') of the kept site was last written. */
  function historyTimes(): Map<string, number> {
    const dist = join(kept.root, 'dist');
    if (!existsSync(dist)) return new Map();
    return new Map(
      filesIn(dist)
        .filter((file) => /(^|\/)history\/\d+\/index\.html$/.test(file))
        .map((file) => [file, statSync(join(dist, file)).mtimeMs]),
    );
  }

  /** The same change to both copies of the site. */
  function edit(change: (root: string) => void): void {
    change(kept.root);
    change(cold.root);
  }

  async function buildBoth(now: string): Promise<Run & { reused: string[]; archived: string[] }> {
    rmSync(join(cold.root, 'node_modules'), { recursive: true, force: true });
    rmSync(join(cold.root, 'dist'), { recursive: true, force: true });
    const before = pageTimes();
    const historyBefore = historyTimes();
    const [incremental, fresh] = await Promise.all([
      astroBuild(kept.root, join(kept.root, 'dist'), { OUTPOST_NOW: now }),
      astroBuild(cold.root, join(cold.root, 'dist'), { OUTPOST_NOW: now }),
    ]);
    expect(incremental.code, incremental.stderr + incremental.stdout).toBe(0);
    expect(fresh.code, fresh.stderr + fresh.stdout).toBe(0);
    const [got, want] = [tree(join(kept.root, 'dist')), tree(join(cold.root, 'dist'))];
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [file, bytes] of want) expect(got.get(file)?.toString('utf8'), file).toBe(bytes.toString('utf8'));
    const reused = [...pageTimes()]
      .filter(([slug, time]) => before.get(slug) === time)
      .map(([slug]) => slug)
      .sort();
    const keeping = incremental.stdout.includes(`keeping the pages of ${reused.length} settled incident`);
    expect(keeping).toBe(reused.length > 0);
    const archived = [...historyTimes()]
      .filter(([file, time]) => historyBefore.get(file) === time)
      .map(([file]) => file)
      .sort();
    return { ...incremental, reused, archived };
  }

  /** The kept site's build alone: the incident pages it left as they were. */
  async function rebuild(now: string): Promise<string[]> {
    const before = pageTimes();
    const build = await astroBuild(kept.root, join(kept.root, 'dist'), { OUTPOST_NOW: now });
    expect(build.code, build.stderr + build.stdout).toBe(0);
    return [...pageTimes()]
      .filter(([slug, time]) => before.get(slug) === time)
      .map(([slug]) => slug)
      .sort();
  }

  const incidentPage = (slug: string) => readFileSync(join(kept.root, 'dist/incidents', slug, 'index.html'), 'utf8');
  return { kept, cold, edit, buildBoth, rebuild, incidentPage };
}

const { kept, edit, buildBoth, incidentPage } = sitePair('incremental', OPTIONS, INCIDENTS);

// Each step builds two sites, some twice: minutes on a loaded machine, hence the steps' long timeouts.
describe('an incremental rebuild', () => {
  test('the first build renders everything; a settled page says nothing about the site as a whole', async () => {
    const first = await buildBoth('2026-11-22T18:30Z');
    expect(first.reused).toEqual([]);
    expect(first.archived).toEqual([]);
    // An archive page of history says nothing about the site as a whole either; the first page does.
    const archive = readFileSync(join(kept.root, 'dist/history/2/index.html'), 'utf8');
    expect(archive).toContain('For the current status, see the <a href="/">status page</a>.');
    expect(archive).not.toContain('data-updated');
    expect(readFileSync(join(kept.root, 'dist/history/index.html'), 'utf8')).toContain('Status as of');
    const settled = incidentPage('2026-10-01-slow-api');
    expect(settled).toContain('For the current status, see the <a href="/">status page</a>.');
    expect(settled).not.toContain('Status as of');
    expect(settled).not.toContain('data-updated');
    // The active incident's page is live: the clock and the site's version stamp.
    const active = incidentPage('2026-11-22-checkout');
    expect(active).toContain('Status as of');
    expect(active).toContain('data-updated="2026-11-22T18:05:00Z"');
  }, 180_000);

  test('an hour later with one update added reuses every settled page and renders the rest', async () => {
    edit((root) => {
      const file = join(root, 'incidents/2026-11-22-checkout.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          '\n## Investigating',
          '\n## Identified · 2026-11-22 19:10 UTC\nWe found the cause. Next update by 20:00 UTC.\n\n## Investigating',
        ),
      );
    });
    const second = await buildBoth('2026-11-22T19:30Z');
    expect(second.reused).toEqual(['2026-10-01-slow-api', '2026-10-15-slow-again', '2026-11-02-slower']);
    expect(incidentPage('2026-11-22-checkout')).toContain('We found the cause.');
    // The update is on the first page of history: every archive page is kept as it was.
    expect(second.archived).toEqual([
      'components/api/history/2/index.html',
      'components/api/history/3/index.html',
      'history/2/index.html',
      'history/3/index.html',
      'history/4/index.html',
    ]);
  }, 180_000);

  test('resolving an incident, editing a settled one and deleting another render only what changed', async () => {
    edit((root) => {
      const active = join(root, 'incidents/2026-11-22-checkout.md');
      writeFileSync(
        active,
        readFileSync(active, 'utf8').replace(
          '\n## Identified',
          '\n## Resolved · 2026-11-22 19:40 UTC\nCheckout works again.\n\n## Identified',
        ),
      );
      writeFileSync(
        join(root, 'incidents/2026-10-15-slow-again.md'),
        resolved('Slow API again', '2026-10-15', 'second, corrected'),
      );
      rmSync(join(root, 'incidents/2026-10-01-slow-api.md'));
      rmSync(join(root, 'public/robots.txt'));
    });
    const third = await buildBoth('2026-11-22T20:00Z');
    expect(third.reused).toEqual(['2026-11-02-slower']);
    // One page of history fewer: every page of it is rendered again (each says how many there are).
    expect(third.archived).toEqual([]);
    // The deleted incident's page, the deleted public file and the last pages of history are gone (buildBoth
    // compared the file lists).
    expect(third.stdout).toContain('removed 4 stale files of earlier builds');
    expect(incidentPage('2026-10-15-slow-again')).toContain('second, corrected');
    // Resolved now and settled: its page no longer carries the clock.
    expect(incidentPage('2026-11-22-checkout')).not.toContain('Status as of');
  }, 180_000);

  test('the next build reuses the newly settled page too, and a config change renders everything again', async () => {
    const fourth = await buildBoth('2026-11-22T21:00Z');
    expect(fourth.reused).toEqual(['2026-10-15-slow-again', '2026-11-02-slower', '2026-11-22-checkout']);
    expect(fourth.archived).toEqual([
      'components/api/history/2/index.html',
      'history/2/index.html',
      'history/3/index.html',
    ]);
    expect(fourth.stdout).not.toContain('stale');
    edit((root) => {
      const config = join(root, 'astro.config.mjs');
      writeFileSync(config, readFileSync(config, 'utf8').replace('"name": "API"', '"name": "Public API"'));
    });
    const fifth = await buildBoth('2026-11-22T21:00Z');
    expect(fifth.reused).toEqual([]);
    expect(fifth.archived).toEqual([]);
    expect(incidentPage('2026-11-02-slower')).toContain('Public API');
  }, 180_000);

  test('after a build that did not finish, nothing of it is trusted', async () => {
    // As a build that stopped half way leaves it; pages in dist/ may be newer than Astro's record of them.
    writeFileSync(join(kept.root, 'node_modules/.cache/outpost/build-running'), '2026-11-22T21:00:00Z\n');
    writeFileSync(join(kept.root, 'dist/incidents/2026-11-02-slower/index.html'), 'half-written');
    const sixth = await buildBoth('2026-11-22T22:00Z');
    expect(sixth.stdout).toContain('the last build did not finish, so every page is rendered again');
    expect(sixth.reused).toEqual([]);
    expect(sixth.archived).toEqual([]);
    const seventh = await buildBoth('2026-11-22T23:00Z');
    expect(seventh.reused).toEqual(['2026-10-15-slow-again', '2026-11-02-slower', '2026-11-22-checkout']);
    expect(seventh.archived).toEqual([
      'components/api/history/2/index.html',
      'history/2/index.html',
      'history/3/index.html',
    ]);
  }, 180_000);

  test('without the last output (a fresh machine with only the record), every page is rendered', async () => {
    rmSync(join(kept.root, 'dist'), { recursive: true });
    const eighth = await buildBoth('2026-11-23T00:00Z');
    expect(eighth.reused).toEqual([]);
    expect(readdirSync(join(kept.root, 'dist/incidents')).sort()).toEqual([
      '2026-10-15-slow-again',
      '2026-11-02-slower',
      '2026-11-22-checkout',
      '2026-11-29-maintenance',
    ]);
  }, 180_000);
});

describe('an incremental rebuild after the brand changed', () => {
  // Under a sub-path, with a custom stylesheet that imports another, a logo big enough to be a file of
  // its own in the build's assets and a dark one small enough to be inlined into every page.
  const options = {
    ...OPTIONS,
    url: 'https://example.com/status/',
    customCss: ['./styles/brand.css'],
    logo: { src: './styles/logo.svg', dark: './styles/logo-dark.svg', alt: 'Acme' },
  };
  const brand = sitePair('incremental-brand', options, {
    '2026-10-01-slow-api.md': resolved('Slow API', '2026-10-01', 'first'),
    '2026-11-02-slower.md': resolved('Slower API', '2026-11-02', 'second'),
  });
  const svg = (fill: string, padding = 0) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><desc>${'Acme '.repeat(padding)}</desc>` +
    `<rect width="8" height="8" fill="${fill}"/></svg>\n`;
  brand.edit((root) => {
    mkdirSync(join(root, 'styles'));
    writeFileSync(join(root, 'styles/brand.css'), "@import './more.css';\n.site-name { letter-spacing: .01em; }\n");
    writeFileSync(join(root, 'styles/more.css'), '.incident h1 { text-decoration: underline; }\n');
    writeFileSync(join(root, 'styles/logo.svg'), svg('#0b5fff', 1000));
    writeFileSync(join(root, 'styles/logo-dark.svg'), svg('#9ec1ff'));
  });

  // A srcset's candidates are split at a comma after whitespace or at the end of a URL: a data URI
  // has commas of its own.
  const srcsetUrls = (srcset: string) =>
    srcset.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0].replace(/,$/, ''));

  /** The same-site references of every incident page of the kept site that its build did not write. */
  function danglingReferences(): string[] {
    const dist = join(brand.kept.root, 'dist');
    const missing: string[] = [];
    for (const slug of readdirSync(join(dist, 'incidents'))) {
      const page = new URL(`incidents/${slug}/`, 'https://example.com/status/');
      for (const { attrs } of elementsOf(readFileSync(join(dist, 'incidents', slug, 'index.html'), 'utf8'))) {
        const references = [attrs.href, attrs.src, ...srcsetUrls(attrs.srcset ?? '')];
        for (const reference of references.filter(Boolean)) {
          const url = new URL(reference, page);
          if (url.origin !== page.origin || !url.pathname.startsWith('/status/')) continue;
          const path = decodeURIComponent(url.pathname.slice('/status/'.length));
          const file = path.endsWith('/') || path === '' ? `${path}index.html` : path;
          if (!existsSync(join(dist, file))) missing.push(`${slug}: ${reference}`);
        }
      }
    }
    return missing;
  }
  const assets = () => readdirSync(join(brand.kept.root, 'dist/_astro')).sort();

  test('an unchanged brand: the settled pages are kept, and what they refer to is there', async () => {
    expect((await brand.buildBoth('2026-11-22T18:30Z')).reused).toEqual([]);
    expect(assets().some((file) => file.endsWith('.svg'))).toBe(true); // the big logo is a file of its own
    expect(brand.incidentPage('2026-10-01-slow-api')).toContain('data:image/svg+xml'); // the small one is inlined
    expect(await brand.rebuild('2026-11-22T19:30Z')).toEqual(['2026-10-01-slow-api', '2026-11-02-slower']);
    expect(danglingReferences()).toEqual([]);
  }, 180_000);

  test.each([
    ['the custom stylesheet', 'styles/brand.css', "@import './more.css';\n.site-name { letter-spacing: .02em; }\n"],
    ['a stylesheet it imports', 'styles/more.css', '.incident h1 { text-decoration: none; }\n'],
    ['the logo', 'styles/logo.svg', svg('#003fcc', 1000)],
    ['the dark logo, inlined into every page', 'styles/logo-dark.svg', svg('#c4dbff')],
  ])(
    'changing %s renders the settled pages again: they refer to this build’s files',
    async (_what, file, text) => {
      const before = assets();
      brand.edit((root) => writeFileSync(join(root, file), text));
      const build = await brand.buildBoth('2026-11-22T20:00Z');
      expect(build.reused).toEqual([]);
      if (!file.includes('dark')) expect(assets()).not.toEqual(before);
      expect(danglingReferences()).toEqual([]);
    },
    180_000,
  );

  test('a change the reuse key misses (a PostCSS config) renames the stylesheet: the pages are rendered', async () => {
    const plugin = "{ postcssPlugin: 'mark', Once: (css) => { css.append('.by-postcss { color: #123456; }'); } }";
    brand.edit((root) => writeFileSync(join(root, 'postcss.config.mjs'), `export default { plugins: [${plugin}] };\n`));
    const build = await brand.buildBoth('2026-11-22T21:00Z');
    expect(build.stdout).toContain('keeping the pages of 2 settled incidents from the last build');
    expect(build.stdout).toContain('rendered 2 of the kept pages again: an asset they refer to is gone');
    expect(build.reused).toEqual([]);
    expect(danglingReferences()).toEqual([]);
    // The record now lists this build's assets: the next build keeps the pages again.
    expect(await brand.rebuild('2026-11-22T21:30Z')).toEqual(['2026-10-01-slow-api', '2026-11-02-slower']);
  }, 180_000);
});
