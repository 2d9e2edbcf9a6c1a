import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { incident, update } from '../tests/builders.ts';
import { incidentPageFile, pageCodeVersion, prepareBuild, startBuild } from './build-output.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-build-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A site's folders, under this file's own. */
const siteFolders = (name: string) => {
  const root = join(work, name);
  return { root, outDir: join(root, 'dist'), publicDir: join(root, 'public') };
};
/** An incident over within the hour it began, on `day`. */
const settledOn = (slug: string, day: string) =>
  incident(slug, { timeline: [update('investigating', `${day}T10:00Z`), update('resolved', `${day}T11:00Z`)] });

test('the code version of pages changes with the options and the installed packages, and only then', () => {
  const root = join(work, 'version');
  mkdirSync(root);
  const options = { name: 'Acme', url: 'https://status.acme.example/', components: [{ id: 'api', name: 'API' }] };
  const first = pageCodeVersion(root, options);
  expect(pageCodeVersion(root, structuredClone(options))).toBe(first);
  expect(pageCodeVersion(root, { ...options, name: 'Acme Inc.' })).not.toBe(first);
  writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/astro":{"version":"7.3.5"}}}');
  const locked = pageCodeVersion(root, options);
  expect(locked).not.toBe(first);
  writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/astro":{"version":"7.4.0"}}}');
  expect(pageCodeVersion(root, options)).not.toBe(locked);
  writeFileSync(join(root, 'astro.config.mjs'), 'export default { build: { format: "file" } };');
  expect(pageCodeVersion(root, options)).not.toBe(locked);
});

test("the code version of pages changes with the brand's files and everything the custom CSS is made from", () => {
  const root = join(work, 'brand');
  const files: Record<string, string> = {
    'styles/brand.css': "@import './more.css';\n.hero { background: url(./img/hero.png), url(/public-image.png); }\n",
    'styles/more.css': '.a { color: red; }\n',
    'styles/img/hero.png': 'hero',
    'public/public-image.png': 'copied as it is',
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'logo-dark.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
    'unrelated.css': '.b { color: blue; }\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const options = {
    name: 'Acme',
    url: 'https://status.acme.example/',
    components: [{ id: 'api', name: 'API' }],
    customCss: ['./styles/brand.css'],
    logo: { src: './logo.svg', dark: './logo-dark.svg', alt: 'Acme' },
  };
  const edits = [
    ['styles/brand.css', true],
    ['styles/more.css', true], // imported
    ['styles/img/hero.png', true], // brought into the build's assets by url()
    ['logo.svg', true],
    ['logo-dark.svg', true],
    ['public/public-image.png', false], // copied as it is, by its own address
    ['unrelated.css', false],
  ] as const;
  let version = pageCodeVersion(root, options);
  for (const [path, changes] of edits) {
    appendFileSync(join(root, path), '\n');
    const next = pageCodeVersion(root, options);
    expect(next !== version, path).toBe(changes);
    version = next;
  }
});

describe('a kept page stays whole', () => {
  const root = join(work, 'whole');
  const outDir = join(root, 'dist');
  const now = new Date('2026-11-22T19:00Z');
  const timeline = [update('investigating', '2026-10-01T10:00Z'), update('resolved', '2026-10-01T11:00Z')];
  const incidents = [incident('styled', { timeline }), incident('logo', { timeline })];
  const publicDir = join(root, 'public');
  const build = () => startBuild({ root, outDir, publicDir, assetsDir: '_astro', code: 'v1', incidents, now });
  const write = (path: string, text = path) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
    return pathToFileURL(join(outDir, path));
  };
  /** A page under a sub-path with a stylesheet and images, referred to as Astro does (and by a whole address). */
  const page = (stylesheet: string, ...images: string[]) =>
    `<!DOCTYPE html><link rel="stylesheet" href="/status/_astro/${stylesheet}">` +
    images
      .map((image) => `<img src="https://acme.example/status/_astro/${image}" srcset="/status/_astro/${image} 2x">`)
      .join('');

  test('a page whose asset this build did not write is rendered again; the others stay', () => {
    const first = build();
    write('_astro/Base.abc.css');
    write('_astro/my logo.x1.svg');
    first.finish([
      write(incidentPageFile('styled'), page('Base.abc.css')),
      write(incidentPageFile('logo'), page('Base.abc.css', 'my%20logo.x1.svg')),
    ]);

    // The logo changed in a way the reuse key did not see: the build writes it under another name.
    const second = build();
    expect([...second.kept].sort()).toEqual(['logo', 'styled']);
    write('_astro/Base.abc.css');
    write('_astro/my logo.y2.svg');
    expect([...second.keptPages()]).toEqual(['styled']);
    expect(second.keptPages()).toBe(second.keptPages()); // decided once
    const rendered = write(incidentPageFile('logo'), page('Base.abc.css', 'my%20logo.y2.svg'));
    second.finish([rendered]);

    // The record lists each page's assets (the rendered one's anew): the next build keeps both.
    const third = build();
    write('_astro/Base.abc.css');
    write('_astro/my logo.y2.svg');
    expect([...third.keptPages()].sort()).toEqual(['logo', 'styled']);
    third.finish([]);
    expect(JSON.parse(readFileSync(join(root, 'node_modules/.cache/outpost/pages.json'), 'utf8')).pages).toEqual({
      styled: { key: expect.any(String), assets: ['_astro/Base.abc.css'] },
      logo: { key: expect.any(String), assets: ['_astro/Base.abc.css', '_astro/my logo.y2.svg'] },
    });
  });
});

describe('between two builds', () => {
  const { root, outDir, publicDir } = siteFolders('site');
  const old = settledOn('old', '2026-10-01');
  const gone = settledOn('gone', '2026-10-02');
  const open = incident('open', { timeline: [update('investigating', '2026-11-22T18:00Z')] });
  const now = new Date('2026-11-22T19:00Z');
  const write = (path: string, text = path) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
    return pathToFileURL(join(outDir, path));
  };
  const build = (incidents: (typeof old)[], code = 'v1') =>
    startBuild({ root, outDir, publicDir, assetsDir: '_astro', code, incidents, now });
  const past = new Date('2026-01-01T00:00Z');

  test('a first build keeps nothing and records what it wrote', () => {
    mkdirSync(publicDir, { recursive: true });
    writeFileSync(join(publicDir, 'robots.txt'), 'User-agent: *\n');
    write('stale-from-before.html');
    const first = build([old, gone, open]);
    expect(first.kept.size).toBe(0);
    // A cold build starts from an empty folder, as Astro's would.
    expect(existsSync(join(outDir, 'stale-from-before.html'))).toBe(false);
    const written = [incidentPageFile('old'), incidentPageFile('gone'), incidentPageFile('open'), 'index.html'].map(
      (path) => write(path),
    );
    write('robots.txt', 'User-agent: *\n');
    write('_astro/Base.abc123.css');
    expect(first.finish(written)).toEqual([]);
  });

  test('the next keeps settled pages, rewrites the rest and removes only what the last build wrote and this one did not', () => {
    write('.git/HEAD', 'ref: refs/heads/gh-pages\n');
    write('CNAME-by-hand', 'status.acme.example\n'); // never recorded: left alone
    // A copy that keeps the source's time, as fs.copyFile does on macOS: a public file is still fresh.
    utimesSync(join(outDir, 'robots.txt'), past, past);
    utimesSync(join(outDir, incidentPageFile('gone')), past, past);
    const second = build([old, open]);
    expect([...second.kept]).toEqual(['old']);
    expect(existsSync(join(outDir, '_astro/Base.abc123.css'))).toBe(false); // hashed assets are written anew
    const written = [incidentPageFile('open'), 'index.html'].map((path) => write(path));
    write('_astro/Base.def456.css');
    expect(second.finish(written)).toEqual([incidentPageFile('gone')]);
    expect(existsSync(join(outDir, 'incidents/gone'))).toBe(false);
    for (const path of ['robots.txt', '.git/HEAD', 'CNAME-by-hand', incidentPageFile('old'), '_astro/Base.def456.css'])
      expect(existsSync(join(outDir, path)), path).toBe(true);
  });

  test('a kept page that something else rewrote, an edited incident, other code or an unfinished build: rendered again', () => {
    const finishAll = (output: ReturnType<typeof build>) =>
      output.finish([write(incidentPageFile('old')), write(incidentPageFile('open'))]);
    writeFileSync(join(outDir, incidentPageFile('old')), 'written by an older checkout');
    const rewritten = build([old, open]);
    expect(rewritten.kept.size).toBe(0);
    finishAll(rewritten);
    expect([...build([old, open]).kept]).toEqual(['old']); // and does not finish
    const afterInterrupted = build([old, open]);
    expect(afterInterrupted.interrupted).toBe(true);
    expect(afterInterrupted.kept.size).toBe(0);
    finishAll(afterInterrupted);
    const edited = incident('old', {
      timeline: [update('investigating', '2026-10-01T10:00Z'), update('resolved', '2026-10-01T11:30Z')],
    });
    const afterEdit = build([edited, open]);
    expect(afterEdit.kept.size).toBe(0);
    finishAll(afterEdit);
    const otherCode = build([edited, open], 'v2');
    expect(otherCode.kept.size).toBe(0);
    finishAll(otherCode);
    expect([...build([edited, open], 'v2').kept]).toEqual(['old']);
  });
});

describe("an incident's identity, where the project knows one", () => {
  const { root, outDir, publicDir } = siteFolders('identity');
  const settled = settledOn('settled', '2026-10-01');
  const now = new Date('2026-11-22T19:00Z');
  const write = (path: string) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), path);
    return pathToFileURL(join(outDir, path));
  };
  const build = (identity?: string) =>
    prepareBuild({ root, outDir, publicDir, assetsDir: '_astro', code: 'v1' }).start([settled], now, (incident) =>
      incident === settled ? identity : undefined,
    );

  test('keys its page in place of its data: the page is kept while the identity is the same', () => {
    mkdirSync(publicDir, { recursive: true });
    build('parsed from text 1').finish([write(incidentPageFile('settled'))]);
    expect([...build('parsed from text 1').kept]).toEqual(['settled']);
    // The same data under another identity (the file was edited, say, and parses the same): rendered again.
    const other = build('parsed from text 2');
    expect(other.kept.size).toBe(0);
    other.finish([write(incidentPageFile('settled'))]);
    // Without one, the incident is keyed by its data: another key, so rendered again, then kept.
    const byData = build(undefined);
    expect(byData.kept.size).toBe(0);
    byData.finish([write(incidentPageFile('settled'))]);
    expect([...build(undefined).kept]).toEqual(['settled']);
  });
});

describe('a build made ready before its incidents are known', () => {
  const { root, outDir, publicDir } = siteFolders('early');
  const settled = settledOn('settled', '2026-10-01');
  const open = incident('open', { timeline: [update('investigating', '2026-11-22T18:00Z')] });
  const now = new Date('2026-11-22T19:00Z');
  const write = (path: string) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), path);
    return pathToFileURL(join(outDir, path));
  };
  const prepare = () => prepareBuild({ root, outDir, publicDir, assetsDir: '_astro', code: 'v1' });
  /** What Vite writes while the incidents load: the hashed assets and the copies of the public files. */
  const vite = (asset: string) => {
    write(`_astro/${asset}`);
    write('robots.txt');
  };

  test('nothing to trust: the folder is emptied at once, and what Vite writes before the incidents come stays', () => {
    mkdirSync(publicDir, { recursive: true });
    writeFileSync(join(publicDir, 'robots.txt'), 'robots.txt');
    write('stale-from-before.html');
    const prepared = prepare();
    expect(existsSync(join(outDir, 'stale-from-before.html'))).toBe(false);
    vite('Base.abc.css');
    const build = prepared.start([settled, open], now);
    for (const path of ['_astro/Base.abc.css', 'robots.txt']) expect(existsSync(join(outDir, path)), path).toBe(true);
    expect(build.kept.size).toBe(0);
    expect(build.finish(['index.html', incidentPageFile('settled'), incidentPageFile('open')].map(write))).toEqual([]);
  });

  test('a record to trust and nothing kept: the last build’s page that this one does not write goes at the end', () => {
    // Older than this build: a file written since the build began is another's, and stays.
    const past = new Date('2026-01-01T00:00Z');
    utimesSync(join(outDir, incidentPageFile('settled')), past, past);
    const prepared = prepare();
    // Only the hashed assets go before Vite: the pages wait for the incidents, which may keep them.
    expect(existsSync(join(outDir, '_astro/Base.abc.css'))).toBe(false);
    expect(existsSync(join(outDir, incidentPageFile('settled')))).toBe(true);
    vite('Base.def.css');
    // The settled incident was deleted: nothing is kept, and its page is not written again.
    const build = prepared.start([open], now);
    expect(build.kept.size).toBe(0);
    expect(build.finish(['index.html', incidentPageFile('open')].map(write))).toEqual([incidentPageFile('settled')]);
    for (const path of ['_astro/Base.def.css', 'robots.txt', incidentPageFile('open')])
      expect(existsSync(join(outDir, path)), path).toBe(true);
  });
});
