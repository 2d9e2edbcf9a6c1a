import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryFolders } from '../tests/helpers.ts';
import { NOW, shopSite } from '../tests/site-fixture.ts';
import { articleMarker, incidentPageWriter, SHELL } from './incident-pages.ts';
import { incidentPageFile } from './build-output.ts';

const outDir = temporaryFolders('outpost-pages-');

const site = shopSite();
const utf8 = (text: string) => Buffer.from(text);
const shell = (kind: 'open' | 'settled') =>
  utf8(
    `<html><title>${SHELL.title}</title><meta content="${SHELL.description}">` +
      `<a href="/incidents/${SHELL.slug[kind]}/">${kind}</a>${SHELL.article}</html>`,
  );
const articles = (slugs: string[]) =>
  utf8(`<main>${slugs.map((slug) => `${articleMarker(slug)}<article>${slug}</article>`).join('')}</main>`);

describe('incidentPageWriter', () => {
  test('writes each incident page from its shell, also for articles rendered before their shell', async () => {
    const dir = outDir();
    const heard: string[] = [];
    const writer = incidentPageWriter(dir, async () => [site], {
      assetsIn: () => [],
      rendered: (page) => heard.push(page),
    });
    const settled = site.incidents.filter((incident) => incident.settled).map((incident) => incident.slug);
    const open = site.incidents.filter((incident) => !incident.settled).map((incident) => incident.slug);
    expect(settled.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
    await writer.shell('en', 'settled', shell('settled'));
    await writer.articles('en', articles([...settled, ...open]));
    await writer.shell('en', 'open', shell('open'));
    const pages = [...(await writer.finish()).keys()].sort();
    expect(pages).toEqual([...settled, ...open].map((slug) => incidentPageFile(slug)).sort());
    expect(heard.sort()).toEqual(pages);
    const first = site.incidentBySlug.get(settled[0])!;
    expect(readFileSync(join(dir, incidentPageFile(first.slug)), 'utf8')).toBe(
      `<html><title>${first.title}</title><meta content="${first.latest.text.slice(0, 200)}">` +
        `<a href="/incidents/${first.slug}/">settled</a><article>${first.slug}</article></html>`,
    );
    expect(site.now).toEqual(NOW);
  });

  test('pages are cut from the bytes: text in any script, a marker that is no slug stays text, assets of both', async () => {
    const dir = outDir();
    const assets = new Map<string, readonly string[]>();
    const writer = incidentPageWriter(dir, async () => [site], {
      assetsIn: (html) => html.toString().match(/\/_astro\/[a-z.]+/g) ?? [],
      rendered: (page, found) => assets.set(page, found),
    });
    const [first, second] = site.incidents.filter((incident) => incident.settled);
    const shellWithStyles = (kind: 'open' | 'settled') =>
      utf8(`<link href="/_astro/site.css">${shell(kind).toString()}`);
    await writer.shell('en', 'settled', shellWithStyles('settled'));
    await writer.shell('en', 'open', shellWithStyles('open'));
    const fake = '<!--_outpost-article:Not A Slug-->';
    await writer.articles(
      'en',
      utf8(
        `${articleMarker(first.slug)}<p>Café – 日本語 ✓ ${fake}</p><img src="/_astro/chart.png">` +
          `${articleMarker(second.slug)}<p>ß</p>`,
      ),
    );
    await writer.finish();
    expect(readFileSync(join(dir, incidentPageFile(first.slug)), 'utf8')).toContain(
      `<a href="/incidents/${first.slug}/">settled</a><p>Café – 日本語 ✓ ${fake}</p><img src="/_astro/chart.png"></html>`,
    );
    expect(readFileSync(join(dir, incidentPageFile(second.slug)), 'utf8')).toMatch(/settled<\/a><p>ß<\/p><\/html>$/);
    expect([...(assets.get(incidentPageFile(first.slug)) ?? [])].sort()).toEqual([
      '/_astro/chart.png',
      '/_astro/site.css',
    ]);
    expect(assets.get(incidentPageFile(second.slug))).toEqual(['/_astro/site.css']);
  });

  test('many pages: every one is on disk when finish returns', async () => {
    const dir = outDir();
    const writer = incidentPageWriter(dir, async () => [site]);
    await writer.shell('en', 'settled', shell('settled'));
    await writer.shell('en', 'open', shell('open'));
    const slugs = site.incidents.map((incident) => incident.slug);
    for (let round = 0; round < 20; round++) await writer.articles('en', articles(slugs));
    const pages = await writer.finish();
    // Each page once, with the size and time it has on disk (the build records them without looking again).
    expect(pages.size).toBe(slugs.length);
    for (const [page, [size, mtimeMs]] of pages) expect(statSync(join(dir, page))).toMatchObject({ size, mtimeMs });
    for (const slug of slugs)
      expect(readFileSync(join(dir, incidentPageFile(slug)), 'utf8')).toContain(`<article>${slug}`);
  });

  test('a page that cannot be written fails the build, naming the file', async () => {
    const dir = outDir();
    // A file where the incidents' folder should be: no page below it can be written.
    writeFileSync(join(dir, 'incidents'), 'not a folder');
    const writer = incidentPageWriter(dir, async () => [site]);
    await writer.shell('en', 'settled', shell('settled'));
    await writer.shell('en', 'open', shell('open'));
    await writer.articles('en', articles([site.incidents[0].slug])).catch(() => {});
    await expect(writer.finish()).rejects.toThrow(join(dir, 'incidents'));
  });

  test('an article without a shell is reported at the end', async () => {
    const writer = incidentPageWriter(outDir(), async () => [site]);
    await writer.articles('en', articles([site.incidents[0].slug]));
    await expect(writer.finish()).rejects.toThrow(/no incident page shell was rendered for en /);
  });
});
