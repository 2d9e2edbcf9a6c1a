/**
 * Branding and languages end to end. The German fixture (logo, accent colour,
 * links, custom CSS, `locale: 'de'`) and the bilingual one (`locales: ['en',
 * 'de']`, one incident translated, one not) are each built once; the German
 * site is opened in Chromium: axe in light and dark mode, no JavaScript, no
 * request to another origin. Screenshots land in $OUTPOST_SCREENSHOTS.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { de } from '../core/i18n/de.ts';
import { en, type MessageKey } from '../core/i18n/en.ts';
import {
  astroBuild,
  axeViolations,
  elementsOf,
  launchChromium,
  filesIn,
  FIXTURES,
  fixtureSite,
  outpost,
  serveStatic,
  type Run,
} from './helpers.ts';

const NOW = { OUTPOST_NOW: '2026-11-22T18:30Z' };
const work = mkdtempSync(join(tmpdir(), 'outpost-languages-'));
const shots = process.env.OUTPOST_SCREENSHOTS ?? join(work, 'screenshots');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The literal words of a catalogue text, without its parameters; plural forms each count. */
function fragments(template: string): string[] {
  let text = template;
  while (/\{\w+, plural,/.test(text)) {
    text = text.replace(
      /\{\w+, plural,((?:\s*(?:=\d+|\w+)\s*\{[^{}]*\})+)\s*\}/g,
      (_, forms: string) => ` ${[...forms.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]).join('\u0000')} `,
    );
  }
  return text
    .split(/\{\w+\}|\u0000|#/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 4 && /\p{L}{3}/u.test(piece));
}

/** What a reader sees or hears of a page: its text, and the attributes read aloud or shown. */
function readable(html: string): string[] {
  const out: string[] = [];
  const withoutScript = html.replace(/<script[\s\S]*?<\/script>/g, '');
  out.push(
    withoutScript
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"'),
  );
  for (const element of elementsOf(html)) {
    for (const name of ['aria-label', 'title', 'alt', 'content', 'data-text'])
      if (element.attrs[name]) out.push(element.attrs[name]);
  }
  return out;
}

describe('a site in German, with a brand', () => {
  const out = join(work, 'german');
  let build: Run;
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    build = await astroBuild(`${FIXTURES}german`, out, NOW);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    site = await serveStatic(out);
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('builds, says once that the English-word guidance rules are off, and marks every page German', () => {
    expect(build.stdout).toContain(
      'notice [guidance-language] incidents are written in "de"; the guidance rules that read English words (cliche, cause-not-impact, blame, overpromise, next-update, all-clear, jargon) are off',
    );
    expect(build.stdout).toContain('0 errors, 0 warnings, 1 notice');
    for (const page of filesIn(out).filter((file) => file.endsWith('.html')))
      expect(read(page), page).toContain('<html lang="de">');
  });

  test('no English fixed text remains on any page', () => {
    // Every English catalogue text whose German one differs; Status, Atom, RSS, API … are the same words in both.
    const english = [
      ...new Set(
        Object.keys(en).flatMap((key) =>
          fragments(en[key as MessageKey]).filter((fragment) => !de[key as MessageKey].includes(fragment)),
        ),
      ),
    ];
    expect(english).toContain('Incident history');
    const found: string[] = [];
    for (const page of filesIn(out).filter((file) => file.endsWith('.html'))) {
      const texts = readable(read(page));
      for (const fragment of english) {
        const pattern = new RegExp(`(?<!\\p{L})${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
        if (texts.some((text) => pattern.test(text))) found.push(`${page}: "${fragment}"`);
      }
    }
    expect(found).toEqual([]);
  });

  test('dates and numbers are German', () => {
    const home = read('index.html');
    expect(home).toContain('<time datetime="2026-11-22">22. Nov. 2026</time>');
    expect(home).toContain('<time datetime="2026-11-22T18:20:00Z" data-relative>22. Nov. 2026, 19:20 MEZ</time>');
    expect(home).toMatch(/<strong>\d+,\d\d\u00a0%<\/strong> Verfügbarkeit in den letzten 90 Tagen/);
    expect(read('incidents/2026-11-10-suche-langsam/index.html')).toContain('<dt>Dauer</dt><dd>1 Std. 25 Min.</dd>');
  });

  test("feeds, calendar and badges speak German; the API keeps Statuspage's English words", () => {
    const atom = read('history.atom');
    expect(atom).toContain(
      '<title type="html"><![CDATA[[Ursache gefunden] Einige Kundinnen und Kunden können nicht bezahlen]]></title>',
    );
    expect(atom).toContain('<title>Beispiel Status: Störungsverlauf</title>');
    expect(atom).toContain(
      '<strong>Betroffen:</strong> Kasse (Teilausfall), Programmierschnittstelle (eingeschränkte Leistung)',
    );
    expect(read('history.rss')).toContain('<language>de</language>');
    expect(JSON.parse(read('feed.json'))).toMatchObject({ language: 'de', title: 'Beispiel Status: Störungsverlauf' });
    const calendar = read('maintenance.ics');
    expect(calendar).toContain('X-WR-CALNAME:Beispiel Status: Wartung');
    expect(calendar).toContain('Betroffen: Programmierschnittstelle');
    expect(read('badge.svg')).toContain('aria-label="Beispiel Status: Teilausfall"');
    expect(JSON.parse(read('api/v2/status.json')).status.description).toBe('Partial System Outage');
    expect(JSON.parse(read('api/v2/incidents/unresolved.json')).incidents[0].status).toBe('identified');
  });

  test('logo, accent colour, links and custom CSS after the built-in styles', () => {
    const home = read('index.html');
    const header = home.slice(home.indexOf('<header'), home.indexOf('</header>'));
    expect(header).toMatch(
      /<picture class="site-logo"><source srcset="[^"]+" media="\(prefers-color-scheme: dark\)"><img src="[^"]+" alt="Beispiel"><\/picture>Beispiel Status<\/a>/,
    );
    expect(header).toContain(
      '<a href="https://example.de/">Beispiel GmbH</a><a href="mailto:support@example.de">Support</a>',
    );
    expect(home).toContain(
      '<p class="site-links"><a href="https://example.de/">Beispiel GmbH</a><a href="mailto:support@example.de">Support</a></p>',
    );
    const css = [...home.matchAll(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/g)]
      .map((match) => read(match[1]))
      .join('\n');
    expect(css).toContain('--accent:#0b5fff');
    expect(css).toContain('--accent:#3d80ff');
    // The brand's own rule comes after Outpost's last one, so it wins on equal specificity.
    expect(css.indexOf('letter-spacing:.02em')).toBeGreaterThan(css.indexOf('.live-notice a{'));
  });

  test("in Chromium: German, no JavaScript needed, nothing from other origins; the script keeps the page's language", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({
        locale: 'en-US',
        timezoneId: 'UTC',
        javaScriptEnabled,
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.url}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Teilausfall');
      await expect(
        page.locator('.site-logo img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      ).resolves.toBe(true);
      const time = page.locator('time[datetime="2026-11-22T18:20:00Z"]').first();
      await expect(time.textContent()).resolves.toBe(
        javaScriptEnabled ? '22. Nov. 2026, 18:20 UTC' : '22. Nov. 2026, 19:20 MEZ',
      );
      if (javaScriptEnabled)
        await expect(page.locator('[data-zone-note]').textContent()).resolves.toBe('Zeiten in Ihrer Zeitzone (UTC).');
      await page.screenshot({
        path: join(shots, `german-home-${javaScriptEnabled ? 'js' : 'nojs'}.png`),
        fullPage: true,
      });
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  describe.each(['light', 'dark'] as const)('axe-core (WCAG 2.1 AA) in %s mode', (colorScheme) => {
    test.each(['/', '/incidents/2026-11-22-kasse-fehler/', '/history/', '/components/kasse/', '/subscribe/'])(
      '%s has no violations',
      async (path) => {
        const context = await browser.newContext({
          colorScheme,
          locale: 'de-DE',
          timezoneId: 'Europe/Berlin',
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(site.url + path);
        if (path === '/') await page.screenshot({ path: join(shots, `german-home-${colorScheme}.png`) });
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      },
    );
  });
});

describe('a site in two languages', () => {
  const out = join(work, 'bilingual');
  // A copy: its rebuild below keeps pages by the record of its last build, which no other test file touches.
  const bilingual = fixtureSite('bilingual');
  afterAll(bilingual.cleanup);
  let build: Run;
  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  beforeAll(async () => {
    // Verbose: Outpost's debug lines say how the incident pages were written.
    build = await astroBuild(bilingual.root, out, NOW, ['--verbose']);
    expect(build.code, build.stdout + build.stderr).toBe(0);
  });

  test("each language's page shells are rendered before its articles, so no article waits in memory", () => {
    const log = build.stdout + build.stderr;
    expect(log).toContain('The integration outpost has added middleware');
    expect(log).not.toContain('rendered before their page shell');
  });

  test("the build sends nothing to Astro's telemetry", () => {
    const log = build.stdout + build.stderr;
    expect(log).toContain('[record] telemetry has been disabled');
    expect(log).not.toContain('anonymousProjectId');
  });

  test('every page in both languages, German under /de/; feeds, calendar and badges per language; one API and one 404', () => {
    const files = filesIn(out);
    const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('de/') && file !== '404.html');
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) expect(files).toContain(`de/${page}`);
    for (const file of [
      'history.atom',
      'history.rss',
      'feed.json',
      'maintenance.ics',
      'badge.svg',
      'components/checkout/history.atom',
      'components/checkout/badge.svg',
      'subscribe/index.html',
      'embed/index.html',
      'embed.js',
    ])
      expect(files).toContain(`de/${file}`);
    expect(
      files.filter(
        (file) =>
          file.startsWith('de/api/') ||
          file.startsWith('de/schema/') ||
          file === 'de/404.html' ||
          file === 'de/_headers',
      ),
    ).toEqual([]);
    expect(read('index.html')).toContain('<html lang="en">');
    expect(read('de/index.html')).toContain('<html lang="de">');
    expect(JSON.parse(read('de/feed.json')).language).toBe('de');
    expect(JSON.parse(read('feed.json')).language).toBe('en');
  });

  test('a switcher and hreflang lead to the same page in the other language', () => {
    const page = read('de/incidents/2026-11-10-search-slow/index.html');
    expect(page).toContain(
      '<nav class="languages" aria-label="Sprache"><a href="/incidents/2026-11-10-search-slow/" lang="en" hreflang="en">English</a><a href="/de/incidents/2026-11-10-search-slow/" lang="de" hreflang="de" aria-current="page">Deutsch</a></nav>',
    );
    expect(page).toContain(
      '<link rel="alternate" hreflang="en" href="https://status.example.com/incidents/2026-11-10-search-slow/">',
    );
    expect(read('history/index.html')).toContain('<a href="/de/history/" lang="de" hreflang="de">Deutsch</a>');
  });

  test('the translated incident reads German; the other falls back to English, marked as English', () => {
    const translated = read('de/incidents/2026-11-22-checkout-errors/index.html');
    expect(translated).toContain('<h1>Einige Kundinnen und Kunden können nicht bezahlen</h1>');
    expect(translated).toContain('<div class="prose"><p>Wir haben die Ursache gefunden und beheben sie.');
    // The promise of the next update is read from the default language's text.
    expect(translated).toContain(
      'Nächste Meldung spätestens <time datetime="2026-11-22T19:00:00Z">22. Nov. 2026, 20:00 MEZ</time>',
    );
    expect(read('incidents/2026-11-22-checkout-errors/index.html')).toContain(
      '<h1>Some customers can&#39;t complete checkout</h1>',
    );
    const fallback = read('de/incidents/2026-11-10-search-slow/index.html');
    expect(fallback).toContain('<h1 lang="en">Search was slow</h1>');
    expect(fallback).toContain('<div class="prose" lang="en"><p>Search works normally again.');
    expect(fallback).toContain('<h3><a href="#update-2026-11-10T10-40-00Z">Behoben</a>');
    expect(read('de/history.atom')).toContain('[Behoben] Search was slow');
  });

  test('the embed in German reads the API at the root and links to the German pages', () => {
    const script = read('de/embed.js');
    expect(script).toContain('"labels":{"none":"Alle Systeme betriebsbereit"');
    expect(script).toContain("const root = new URL('..', me.src);");
    expect(script).toContain("fetch(new URL('api/v2/summary.json', root)");
    expect(read('embed.js')).toContain("const root = new URL('.', me.src);");
    expect(read('de/embed/index.html')).toContain('<html lang="de">');
    expect(read('de/subscribe/index.html')).toContain('<h1>Example Status folgen</h1>');
  });

  test('strings in the config replace a text in one language only', () => {
    expect(read('de/index.html')).toContain('<h2 id="components">Dienste</h2>');
    expect(read('index.html')).toContain('<h2 id="components">Components</h2>');
  });

  test("a rebuild keeps the settled incident's pages in both languages", async () => {
    const again = await astroBuild(bilingual.root, out, NOW);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('keeping the pages of 1 settled incident from the last build');
    expect(read('de/incidents/2026-11-10-search-slow/index.html')).toContain('<h1 lang="en">Search was slow</h1>');
    expect(read('incidents/2026-11-10-search-slow/index.html')).toContain('<html lang="en">');
  });

  // Last: its page record (one per site folder) is for another output folder, so nothing is kept after it.
  test('the incident pages written in bulk are the pages Astro renders for each alone, in both languages', async () => {
    const alone = join(work, 'bilingual-alone');
    const build = await astroBuild(bilingual.root, alone, { ...NOW, OUTPOST_BULK_PAGES: '0' });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    expect(filesIn(alone)).toEqual(filesIn(out));
    for (const file of filesIn(out))
      expect(readFileSync(join(alone, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });
});

test("the outage templates come in the site's language", async () => {
  const run = await outpost(['templates', 'partial-outage'], { cwd: `${FIXTURES}german` });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('# partial-outage: Bei manchen Kundinnen und Kunden oder Anfragen schlägt etwas fehl');
  expect(run.stdout).toContain('Einige Kundinnen und Kunden sehen Fehler bei {components}.');
});
