/**
 * A site under a sub-path, as GitHub Pages serves a project site (`https://<owner>.github.io/<repo>/`):
 * built, served from `dist/` under `/status/` only (everything else is a 404, as another site's
 * root would be), and crawled. Every same-site reference in every file the build wrote (links,
 * assets, srcset, feeds and their links, the JSON API's URLs, the embed script's requests and
 * links, CSS `url()`, built script imports) must answer 200 under `/status/`; none may point at
 * the domain's root or at another address of the site.
 *
 * Two builds: the config naming the sub-path address itself, and the config naming a custom domain
 * (what `init` suggests) with `OUTPOST_URL` set to the address `actions/configure-pages` reports
 * (no trailing slash), as the deploy workflow builds it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, filesIn, FIXTURES, makeSite, outpost } from './helpers.ts';

const NOW = '2026-11-22T18:30Z';
/** Where the deploy publishes the site, and the custom domain its config names instead. */
const SITE = 'https://acme.github.io/status/';
const ORIGIN = new URL(SITE).origin;
const CUSTOM_DOMAIN = 'status.acme.example';
const BASE = new URL(SITE).pathname;

const work = mkdtempSync(join(tmpdir(), 'outpost-subpath-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Everything a sub-path can break: two languages, a logo, custom CSS with a `url()`, a path in `links`, maintenance, a notice. */
function brandedSite(url: string) {
  const site = makeSite('subpath', {
    name: 'Acme Status',
    url,
    timeZone: 'Europe/Berlin',
    locales: ['en', 'de'],
    logo: { src: './public/logo.svg', dark: './public/logo-dark.svg', alt: 'Acme' },
    accentColor: '#0b5fff',
    links: [
      { label: 'Acme', href: 'https://acme.example/' },
      { label: 'About', href: '/about/' },
    ],
    customCss: ['./styles/status.css'],
    groups: [{ id: 'shop', name: 'Shop' }],
    components: [
      { id: 'checkout', name: 'Checkout', group: 'shop' },
      { id: 'search', name: 'Search', group: 'shop' },
    ],
  });
  cpSync(join(FIXTURES, 'bilingual/incidents'), join(site.root, 'incidents'), { recursive: true });
  writeFileSync(
    join(site.root, 'incidents/2026-12-01-search-maintenance.md'),
    '---\ntitle: Search maintenance\ntype: maintenance\ncomponents: [search]\nscheduled:\n  start: 2026-12-01 03:00 UTC\n  end: 2026-12-01 04:00 UTC\n---\n\n## Scheduled · 2026-11-20 12:00 UTC\nSearch may be unavailable for a few minutes.\n',
  );
  writeFileSync(
    join(site.root, 'incidents/2026-11-20-support-hours.md'),
    '---\ntitle: Longer support hours\ntype: notice\nuntil: 2026-12-24 00:00 UTC\n---\n\n## Update · 2026-11-20 12:00 UTC\nSupport answers until 22:00 UTC every day this month.\n',
  );
  mkdirSync(join(site.root, 'public/about'), { recursive: true });
  mkdirSync(join(site.root, 'styles'));
  // Big enough that Vite writes them as files rather than inlining them.
  const svg = (fill: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><!--${'x'.repeat(5000)}--><rect width="64" height="64" fill="${fill}"/></svg>\n`;
  writeFileSync(join(site.root, 'public/logo.svg'), svg('#0b5fff'));
  writeFileSync(join(site.root, 'public/logo-dark.svg'), svg('#7ab4ff'));
  writeFileSync(join(site.root, 'public/pattern.svg'), svg('#eeeeee'));
  writeFileSync(join(site.root, 'public/about/index.html'), '<!doctype html><title>About</title><p>About Acme.</p>\n');
  writeFileSync(join(site.root, 'styles/status.css'), '.site-header { background-image: url(/pattern.svg); }\n');
  return site;
}

/** GitHub Pages for a project site: `dist/` under the base path; a folder without its slash redirects; the rest is a 404. */
async function serveUnder(base: string, dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base) || path.includes('..')) return void response.writeHead(404).end();
    const file = join(dir, path.slice(base.length));
    try {
      const found = await stat(file);
      if (found.isDirectory() && !path.endsWith('/'))
        return void response.writeHead(301, { location: `${path}/` }).end();
      const body = await readFile(found.isDirectory() ? join(file, 'index.html') : file);
      response.writeHead(200).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A reference found in a file, as written there and resolved against where that file is served. */
interface Reference {
  from: string;
  raw: string;
  url: URL;
}

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
};

/** The references of an HTML page: every URL attribute (srcset too), meta refreshes, inline style and <style> `url()`s, and <base>. */
function htmlReferences(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    const attrs = Object.fromEntries((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
    for (const name of ['href', 'src', 'action', 'poster', 'data-status-url'])
      if (attrs[name] !== undefined) found.push(attrs[name]);
    for (const name of ['srcset', 'imagesrcset'])
      if (attrs[name]) found.push(...attrs[name].split(',').map((entry) => entry.trim().split(/\s+/)[0]));
    if (node.tagName === 'meta' && /^refresh$/i.test(attrs['http-equiv'] ?? ''))
      found.push(/url=(.*)$/i.exec(attrs.content ?? '')?.[1]?.trim() ?? '');
    if (node.tagName === 'meta' && /^(og|twitter):(url|image)/.test(attrs.property ?? attrs.name ?? ''))
      found.push(attrs.content);
    if (attrs.style) found.push(...cssReferences(attrs.style));
    if (node.tagName === 'style')
      found.push(...cssReferences((node.childNodes ?? []).map((child) => child.value ?? '').join('')));
    node.childNodes?.forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

/** `url(…)` and `@import` in CSS. */
function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  );
  const imports = [...css.matchAll(/@import\s+["']([^"']+)["']/g)].map((match) => match[1]);
  return [...urls, ...imports].filter((url) => !url.startsWith('data:'));
}

/** Atom and RSS: `href`/`src` attributes and element text that is a URL (RSS `<link>`, permalink `<guid>`, `<icon>`, `<uri>`). */
function xmlReferences(xml: string): string[] {
  return [
    ...xml.matchAll(/\s(?:href|src|url)="([^"]+)"/g),
    ...xml.matchAll(/>\s*((?:https?:\/\/|\/)[^<\s]*)\s*</g),
  ].map((match) => match[1].replace(/&amp;/g, '&'));
}

/** Every string in a JSON document that is a URL or an absolute path (the API's `url` and `shortlink`, a JSON Feed's links, `$id`). */
function jsonReferences(value: unknown): string[] {
  if (typeof value === 'string') return /^(https?:\/\/|\/)/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonReferences);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonReferences);
  return [];
}

/** An iCalendar file's content lines (folded lines joined), so `URL:` values can be read whole. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

/** Imports of a built module: `import … from "./x.js"`, `import("./y.js")`. */
function scriptImports(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g)].map((match) => match[1]);
}

/**
 * Runs a built `embed.js` as a page of the product would, with the script served from `scriptUrl`
 * and `fetch` answered from the built site: what it requests and every link it puts on the page.
 */
async function embedReferences(script: string, scriptUrl: string, dist: string): Promise<string[]> {
  const requested: string[] = [];
  const links: string[] = [];
  const element = (tag: string) => {
    const node = {
      tag,
      className: '',
      textContent: '',
      href: '',
      children: [] as unknown[],
      setAttribute() {},
      append: (...kids: unknown[]) => node.children.push(...kids),
    };
    return node;
  };
  const host = () => ({
    shadowRoot: null,
    attachShadow: () => ({ replaceChildren: (...kids: unknown[]) => collect(kids) }),
  });
  const collect = (nodes: unknown[]) => {
    for (const node of nodes as { tag?: string; href?: string; children?: unknown[] }[]) {
      if (node?.tag === 'a') links.push(node.href || '(a link without href)');
      if (node?.children) collect(node.children);
    }
  };
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const giveUp = setTimeout(() => done(), 5000);
  const document = {
    currentScript: { src: scriptUrl },
    createElement: element,
    querySelectorAll: () => [host()],
    querySelector: () => host(),
    body: { prepend() {} },
  };
  const fetch = async (url: URL) => {
    requested.push(url.href);
    const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : '';
    const body =
      url.origin === ORIGIN && path ? await readFile(join(dist, path), 'utf8').catch(() => undefined) : undefined;
    setTimeout(done, 50);
    return { ok: body !== undefined, json: async () => JSON.parse(body ?? 'null') };
  };
  runInNewContext(script, { document, fetch, URL, setTimeout });
  await finished;
  clearTimeout(giveUp);
  return [...requested, ...links];
}

/** Every same-site reference of every file in `dist`, each file read as served under `SITE`. */
async function siteReferences(dist: string): Promise<{ references: Reference[]; mentions: string[] }> {
  const references: Reference[] = [];
  const mentions: string[] = [];
  for (const path of filesIn(dist)) {
    const text = readFileSync(join(dist, path), 'utf8');
    // The 404 page is served at any missing address, however deep.
    const where =
      path === '404.html'
        ? new URL('no/such/page/here/', SITE)
        : new URL(path.replace(/(^|\/)index\.html$/, '$1'), SITE);
    const add = (raw: string, against: URL | string = where) => {
      if (!raw || /^(#|mailto:|tel:|data:|javascript:)/i.test(raw)) return;
      references.push({ from: path, raw, url: new URL(raw, against) });
    };
    if (path.endsWith('.html')) {
      const base = /<base\s+href="([^"]+)"/i.exec(text)?.[1];
      for (const raw of htmlReferences(text)) add(raw, base ? new URL(base, where) : where);
    } else if (path.endsWith('.css')) for (const raw of cssReferences(text)) add(raw);
    else if (/\.(atom|rss|xml)$/.test(path)) for (const raw of xmlReferences(text)) add(raw);
    else if (path.endsWith('.json')) for (const raw of jsonReferences(JSON.parse(text))) add(raw);
    else if (path.endsWith('.ics'))
      for (const [, raw] of unfold(text).matchAll(/^URL[^:\r\n]*:(.+)$/gm)) add(raw.trim());
    else if (path.endsWith('embed.js')) for (const raw of await embedReferences(text, where.href, dist)) add(raw);
    else if (path.endsWith('.js')) for (const raw of scriptImports(text)) add(raw);
    // Text anywhere (a snippet on a page, a comment) that names the site by its full address, or names the other one.
    const flat = path.endsWith('.ics') ? unfold(text) : text;
    for (const [raw] of flat.matchAll(new RegExp(`${ORIGIN.replace(/[.]/g, '\\.')}[^\\s"'<>)&\\\\]*`, 'g'))) add(raw);
    if (flat.includes(CUSTOM_DOMAIN)) mentions.push(path);
  }
  return { references: references.filter((reference) => reference.url.origin === ORIGIN), mentions };
}

/** The problems of a built site under `SITE`: references outside the base path, and references that don't answer 200. */
async function crawl(
  dist: string,
): Promise<{ checked: number; outside: string[]; broken: string[]; mentions: string[] }> {
  const { references, mentions } = await siteReferences(dist);
  const outside = references
    .filter((reference) => !reference.url.pathname.startsWith(BASE))
    .map((reference) => `${reference.from}: ${reference.raw}`);
  const server = await serveUnder(BASE, dist);
  const status = new Map<string, number>();
  try {
    for (const pathname of new Set(references.map((reference) => reference.url.pathname))) {
      status.set(pathname, (await fetch(`${server.origin}${pathname}`)).status);
    }
  } finally {
    await server.close();
  }
  const broken = references
    .filter((reference) => reference.url.pathname.startsWith(BASE) && status.get(reference.url.pathname) !== 200)
    .map((reference) => `${reference.from}: ${reference.raw} (${status.get(reference.url.pathname)})`);
  return { checked: status.size, outside: [...new Set(outside)].sort(), broken: [...new Set(broken)].sort(), mentions };
}

describe.each([
  { name: 'the config names the sub-path address', url: SITE, env: {} },
  {
    name: 'the config names a custom domain; OUTPOST_URL is what configure-pages reports',
    url: `https://${CUSTOM_DOMAIN}/`,
    env: { OUTPOST_URL: SITE.slice(0, -1) },
  },
])('a site served under $url: $name', ({ url, env }) => {
  const dist = join(work, url === SITE ? 'config' : 'override');
  let site: { root: string; cleanup: () => void };
  let result: Awaited<ReturnType<typeof crawl>>;

  beforeAll(async () => {
    site = brandedSite(url);
    const build = await astroBuild(site.root, dist, { OUTPOST_NOW: NOW, ...env });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    result = await crawl(dist);
  });
  afterAll(() => site?.cleanup());

  test('the crawl reaches the pages, feeds, API, embed, styles and logo', async () => {
    const { references } = await siteReferences(dist);
    const reached = new Set(
      references.map((reference) =>
        reference.url.pathname.slice(BASE.length).replace(/_astro\/[^/]+\.(\w+)$/, '_astro/*.$1'),
      ),
    );
    for (const path of [
      '',
      'de/',
      'history/',
      'components/checkout/',
      'incidents/2026-11-22-checkout-errors/',
      'subscribe/',
      'about/',
      'history.atom',
      'de/history.rss',
      'feed.json',
      'components/search/history.atom',
      'maintenance.ics',
      'status-icon.svg',
      'api/v2/summary.json',
      'api/v2/status.json',
      'schema/incident.json',
      '_astro/*.css',
      '_astro/*.svg',
      'pattern.svg',
    ]) {
      expect(reached, path).toContain(path);
    }
    // The embed is for the product's own site (docs/developers.md), so no page links it; it is written, and the
    // crawl reads it like every file (what it refers to is in the two tests below).
    for (const file of ['embed/index.html', 'embed.js']) expect(filesIn(dist), file).toContain(file);
    // Badges and the embed are for developers (docs/developers.md): no page links them, so the crawl checks fewer files.
    expect(result.checked).toBeGreaterThan(50);
  });

  test('no reference points outside the base path', () => {
    expect(result.outside).toEqual([]);
  });

  test('every same-site reference answers 200 under the base path', () => {
    expect(result.broken).toEqual([]);
  });

  test('no file names the address the config gives instead of the one it is served at', () => {
    expect(result.mentions).toEqual([]);
  });
});

describe('OUTPOST_URL', () => {
  test('announcements link to the address the deploy published at', async () => {
    const site = makeSite(
      'subpath-announce',
      {
        name: 'Acme Status',
        url: `https://${CUSTOM_DOMAIN}/`,
        components: [{ id: 'checkout', name: 'Checkout' }],
        announce: [{ kind: 'slack', urlEnv: 'SLACK_WEBHOOK_URL' }],
      },
      {
        '2026-11-22-checkout.md':
          '---\ntitle: Checkout errors\nimpact: major\ncomponents: [checkout]\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nSome payments fail. Next update by 18:45 UTC.\n',
      },
    );
    try {
      const run = await outpost(['announce', '--dry-run'], {
        cwd: site.root,
        env: { OUTPOST_NOW: NOW, OUTPOST_URL: SITE.slice(0, -1) },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`${SITE}incidents/2026-11-22-checkout/`);
      expect(run.stdout).not.toContain(CUSTOM_DOMAIN);
    } finally {
      site.cleanup();
    }
  });

  test('a bad value stops validation and the build with an error naming the variable', async () => {
    const site = brandedSite(`https://${CUSTOM_DOMAIN}/`);
    try {
      const checked = await outpost(['validate'], {
        cwd: site.root,
        env: { OUTPOST_NOW: NOW, OUTPOST_URL: 'acme.github.io/status' },
      });
      expect(checked.code).toBe(1);
      expect(checked.stdout).toContain(
        'OUTPOST_URL: error [bad-url] OUTPOST_URL="acme.github.io/status" is not an http or https URL',
      );
      const built = await outpost(['build'], {
        cwd: site.root,
        env: { OUTPOST_NOW: NOW, OUTPOST_URL: 'ftp://acme.github.io/status/' },
      });
      expect(built.code).toBe(1);
      expect(built.stdout).toContain(
        'OUTPOST_URL: error [bad-url] OUTPOST_URL="ftp://acme.github.io/status/" is not an http or https URL',
      );
      expect(built.stdout).toContain('nothing was built');
    } finally {
      site.cleanup();
    }
  });
});
