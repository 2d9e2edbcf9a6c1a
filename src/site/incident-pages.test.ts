import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryFolders } from '../tests/helpers.ts';
import { incident, update } from '../tests/builders.ts';
import { NOW, SHOP_INCIDENTS, shopSite } from '../tests/site-fixture.ts';
import { escapeHtml } from '../core/base/html.ts';
import { incidentPageWriter, SHELL } from './incident-pages.ts';
import { incidentArticleHtml } from './incident-article.ts';
import { incidentPageFile } from './build-output.ts';

const outDir = temporaryFolders('outpost-pages-');

/** A title and a message in several scripts, with characters that are escaped: the page is written as UTF-8. */
const unicode = incident('unicode', {
  title: 'Café & “Kasse” – 日本語 <ok>',
  timeline: [
    update('investigating', '2026-11-22T10:00Z', 'Zahlungen schlagen fehl: "ß" & 支払い'),
    update('resolved', '2026-11-22T11:00Z', 'Behoben ✓'),
  ],
});
const site = shopSite([...SHOP_INCIDENTS, unicode]);
const shell = (kind: 'open' | 'settled', before = '') =>
  `${before}<html><title>${SHELL.title}</title><meta content="${SHELL.description}">` +
  `<a href="/incidents/${SHELL.slug[kind]}/">${kind}</a>${SHELL.article}</html>`;
const slugsOf = (settled: boolean) =>
  site.incidents.filter((incident) => incident.settled === settled).map((incident) => incident.slug);
const noAssets = { assetsIn: () => [], rendered: () => {}, keptPages: () => new Set<string>() };

describe('incidentPageWriter', () => {
  test('writes the page of every incident into the shell of its kind, with its article', async () => {
    const dir = outDir();
    const heard: string[] = [];
    const writer = incidentPageWriter(dir, async () => [site], { ...noAssets, rendered: (page) => heard.push(page) });
    const [settled, open] = [slugsOf(true), slugsOf(false)];
    expect(settled.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
    await writer.shell('en', 'settled', shell('settled'));
    await writer.shell('en', 'open', shell('open'));
    const pages = [...(await writer.finish()).keys()].sort();
    expect(pages).toEqual([...settled, ...open].map((slug) => incidentPageFile(slug)).sort());
    expect(heard.sort()).toEqual(pages);
    for (const slug of ['unicode', open[0]]) {
      const view = site.incidentBySlug.get(slug)!;
      const kind = view.settled ? 'settled' : 'open';
      expect(readFileSync(join(dir, incidentPageFile(slug)), 'utf8')).toBe(
        `<html><title>${escapeHtml(view.title)}</title>` +
          `<meta content="${view.latest.text.slice(0, 200).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">` +
          `<a href="/incidents/${slug}/">${kind}</a>${incidentArticleHtml(view, site)}</html>`,
      );
    }
    expect(readFileSync(join(dir, incidentPageFile('unicode')), 'utf8')).toContain(
      '<title>Café &amp; “Kasse” – 日本語 &lt;ok&gt;</title><meta content="Behoben ✓">',
    );
    expect(site.now).toEqual(NOW);
  });

  test('the pages kept from the last build are not written; the assets of shell and article are heard', async () => {
    const dir = outDir();
    const assets = new Map<string, readonly string[]>();
    const [kept, ...settled] = slugsOf(true);
    const writer = incidentPageWriter(dir, async () => [site], {
      assetsIn: (html) => html.match(/\/_astro\/[a-z.]+|Behoben/g) ?? [],
      rendered: (page, found) => assets.set(page, found),
      keptPages: () => new Set([kept]),
    });
    await writer.shell('en', 'settled', shell('settled', '<link href="/_astro/site.css">'));
    await writer.shell('en', 'open', shell('open', '<link href="/_astro/site.css">'));
    const pages = await writer.finish();
    expect(pages.has(incidentPageFile(kept))).toBe(false);
    expect(() => statSync(join(dir, incidentPageFile(kept)))).toThrow(/ENOENT/);
    expect(pages.size).toBe(site.incidents.length - 1);
    // The shell's assets, then what the title, description and article refer to.
    expect(assets.get(incidentPageFile('unicode'))).toEqual(['/_astro/site.css', 'Behoben', 'Behoben']);
    expect(assets.get(incidentPageFile(settled.find((slug) => slug !== 'unicode')!))).toEqual(['/_astro/site.css']);
  });

  test('many pages: every one is on disk when finish returns', async () => {
    const dir = outDir();
    const many = shopSite(
      Array.from({ length: 300 }, (_, index) =>
        incident(`outage-${index}`, {
          title: `Outage ${index}`,
          impact: 'minor',
          timeline: [
            update('investigating', '2026-11-01T10:00Z', `Number ${index} is down.`),
            update('resolved', '2026-11-01T11:00Z', 'Fixed.'),
          ],
        }),
      ),
    );
    const writer = incidentPageWriter(dir, async () => [many]);
    await writer.shell('en', 'settled', shell('settled'));
    const pages = await writer.finish();
    // Each page once, with the size and time it has on disk (the build records them without looking again).
    expect(pages.size).toBe(300);
    for (const [page, [size, mtimeMs]] of pages) expect(statSync(join(dir, page))).toMatchObject({ size, mtimeMs });
    expect(readFileSync(join(dir, incidentPageFile('outage-299')), 'utf8')).toContain('<p>Number 299 is down.</p>');
  });

  test('a page that cannot be written fails the build, naming the file', async () => {
    const dir = outDir();
    // A file where the incidents' folder should be: no page below it can be written.
    writeFileSync(join(dir, 'incidents'), 'not a folder');
    const writer = incidentPageWriter(dir, async () => [site]);
    await writer.shell('en', 'settled', shell('settled'));
    await writer.shell('en', 'open', shell('open'));
    await expect(writer.finish()).rejects.toThrow(join(dir, 'incidents'));
  });

  test('a kind of incident without its shell is reported at the end; a shell twice, or of no language, at once', async () => {
    const writer = incidentPageWriter(outDir(), async () => [site]);
    await writer.shell('en', 'settled', shell('settled'));
    await expect(writer.shell('en', 'settled', shell('settled'))).rejects.toThrow(
      `the settled incident page's shell in "en" was rendered twice`,
    );
    await expect(writer.shell('de', 'open', shell('open'))).rejects.toThrow(
      `the open incident page's shell in "de" was rendered, and "de" is no language of this build`,
    );
    await expect(writer.finish()).rejects.toThrow('no incident page shell was rendered for en open');
  });

  test('a shell without its markers once each is refused, naming the marker', async () => {
    const writer = incidentPageWriter(outDir(), async () => [site]);
    await expect(writer.shell('en', 'open', `<title>${SHELL.title}</title>${SHELL.article}`)).rejects.toThrow(
      `the open incident page's shell in "en" has "${SHELL.description}" 0 times, not once`,
    );
    await writer.finish().catch(() => {});
  });
});
