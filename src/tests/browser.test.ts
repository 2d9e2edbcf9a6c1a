/**
 * The bundled example, built and opened in Chromium at desktop and phone
 * width, with and without JavaScript. Screenshots land in $OUTPOST_SCREENSHOTS
 * (default: a temp folder) for people to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, axeViolations, launchChromium, outpost, REPO, serveStatic } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-browser-'));
const shots = process.env.OUTPOST_SCREENSHOTS ?? join(work, 'screenshots');
let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const out = join(work, 'dist');
  const build = await astroBuild(REPO, out, { OUTPOST_NOW: '2026-11-22T18:30Z' });
  expect(build.code, build.stdout + build.stderr).toBe(0);
  site = await serveStatic(out);
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

interface OpenOptions {
  width: number;
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
  timezoneId?: string;
}

/**
 * Pages kept between tests, by what only a context can set (JavaScript, the reader's zone): a new
 * page costs Chromium a renderer process, a third of a second of CPU, and this file opens about a
 * hundred. A test gets pages no other open of that test holds; after it, they go back, blank.
 */
const idle = new Map<string, Page[]>();
const lent: { key: string; page: Page }[] = [];
afterEach(async () => {
  for (const { key, page } of lent.splice(0)) {
    page.removeAllListeners();
    await page.goto('about:blank');
    idle.set(key, [...(idle.get(key) ?? []), page]);
  }
});

/** The reader's clock: the build's, so that the script decides as the build did (and screenshots are the same every run). */
const READER_CLOCK = new Date('2026-11-22T18:30:00Z');

async function open(path: string, options: OpenOptions): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const javaScriptEnabled = options.javaScript ?? true;
  const timezoneId = options.timezoneId ?? 'UTC';
  const key = `${javaScriptEnabled} ${timezoneId}`;
  let page = idle.get(key)?.pop();
  if (!page) {
    const context = await browser.newContext({ javaScriptEnabled, timezoneId, locale: 'en-US' });
    page = await context.newPage();
  }
  lent.push({ key, page });
  await page.setViewportSize({ width: options.width, height: 900 });
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await page.clock.setFixedTime(READER_CLOCK);
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url)) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(site.url + path);
  expect(response?.status()).toBe(path.startsWith('/no-such') ? 404 : 200);
  return { page, foreign, errors };
}

describe.each([
  ['desktop', 1280],
  ['phone', 390],
])('the example site on %s', (name, width) => {
  test('home: status in words, incidents, maintenance, components, days', async () => {
    const { page, foreign, errors } = await open('/', { width });
    await page.screenshot({ path: join(shots, `home-${name}.png`), fullPage: true });
    await expect(page.locator('h1').textContent()).resolves.toBe('Partial outage');
    await expect(page.locator('#active + article .incident-title').textContent()).resolves.toBe(
      'Some API requests fail and labels print slowly',
    );
    await expect(page.locator('#maintenance-next + article .incident-title').textContent()).resolves.toBe(
      'Planned maintenance of the API',
    );
    expect(await page.locator('.component').count()).toBe(7);
    expect(await page.locator('.day').count()).toBe(14);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('an incident page, reached by clicking through', async () => {
    const { page } = await open('/', { width });
    await page.click('text=Some API requests fail and labels print slowly');
    await page.waitForURL(/\/incidents\/2026-11-22-api-errors\/$/);
    await page.screenshot({ path: join(shots, `incident-${name}.png`), fullPage: true });
    expect(await page.locator('.update').count()).toBe(2);
    await expect(page.locator('.update h3 a').first().textContent()).resolves.toBe('Identified');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('history and a component page', async () => {
    const { page } = await open('/history/', { width });
    await page.screenshot({ path: join(shots, `history-${name}.png`), fullPage: true });
    expect(await page.locator('.month h2').allTextContents()).toEqual([
      'November 2026',
      'October 2026',
      'September 2026',
      'August 2026',
    ]);
    const component = await open('/components/api/', { width });
    await component.page.screenshot({ path: join(shots, `component-${name}.png`), fullPage: true });
    await expect(component.page.locator('h1').textContent()).resolves.toContain('REST API');
  });
});

test('everything shows without JavaScript', async () => {
  const { page } = await open('/', { width: 390, javaScript: false });
  await expect(page.locator('h1').textContent()).resolves.toBe('Partial outage');
  await expect(page.locator('.component .status').first().textContent()).resolves.toBe('Operational');
});

test('an unknown address gets the 404 page', async () => {
  const { page } = await open('/no-such-page/', { width: 1280 });
  await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode (axe-core, WCAG 2.1 AA)', (colorScheme) => {
  test.each(['/', '/incidents/2026-11-22-api-errors/', '/history/', '/components/api/', '/subscribe/', '/embed/'])(
    '%s has no violations',
    async (path) => {
      const { page } = await open(path, { width: 1280, colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe("the embed on the product's own site (another origin)", () => {
  let product: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parcelpoint</title></head>
<body><div data-outpost-banner></div><header><p>Parcelpoint</p></header><main><h1>Ship parcels</h1><p>Labels, tracking and pickups.</p></main>
<footer><p>Status: <span data-outpost-status></span></p></footer><script src="${site.url}/embed.js" async></script></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    product = {
      url: `http://localhost:${(server.address() as { port: number }).port}/`,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  });
  afterAll(() => product?.close());

  test.each(['light', 'dark'] as const)(
    "shows the pill and the active incident's banner, accessibly, without errors (%s)",
    async (colorScheme) => {
      const context = await browser.newContext({
        viewport: { width: 1024, height: 700 },
        colorScheme,
        locale: 'en-US',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(product.url);
      expect(new URL(product.url).origin).not.toBe(new URL(site.url).origin);
      await page.locator('.pill').waitFor();
      await expect(page.locator('.pill').textContent()).resolves.toBe('Partial outage');
      await expect(page.locator('.pill').getAttribute('href')).resolves.toBe('https://status.parcelpoint.example/');
      const incident = page.locator('.banner a').first();
      await expect(incident.textContent()).resolves.toBe('Some API requests fail and labels print slowly');
      await expect(incident.getAttribute('href')).resolves.toBe(
        'https://status.parcelpoint.example/incidents/2026-11-22-api-errors/',
      );
      await expect(page.locator('.banner').getAttribute('aria-label')).resolves.toBe('Service status');
      await page.screenshot({ path: join(shots, `embed-${colorScheme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('says nothing when the status site cannot be reached', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/api/v2/summary.json', (route) => route.abort('connectionrefused'));
    const summary = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/api/v2/summary.json'));
    await page.goto(product.url);
    await summary;
    await page.waitForTimeout(100);
    await expect(page.locator('.pill').count()).resolves.toBe(0);
    await expect(page.locator('.banner').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("times in the reader's zone", () => {
  test('New York sees 18:20 UTC as 13:20 EST, with "ago" on the latest update', async () => {
    const { page } = await open('/', { width: 1280, timezoneId: 'America/New_York' });
    await expect(page.locator('time[datetime="2026-11-22T18:20:00Z"]').first().textContent()).resolves.toBe(
      '22 Nov 2026, 13:20 EST',
    );
    await expect(page.locator('[data-zone-note]').textContent()).resolves.toBe(
      'Times are shown in your time zone (America/New_York).',
    );
    const noJs = await open('/', { width: 1280, timezoneId: 'America/New_York', javaScript: false });
    await expect(noJs.page.locator('time[datetime="2026-11-22T18:20:00Z"]').first().textContent()).resolves.toBe(
      '22 Nov 2026, 18:20 UTC',
    );
  });
});

describe('keyboard and touch reach the uptime text', () => {
  test('a day with incidents is focusable and shows its text: on the home page a count linking the component, there the incidents', async () => {
    const { page } = await open('/', { width: 1280 });
    const day = page.locator('.component .bar[tabindex]').first();
    await day.focus();
    const tip = day.locator('.tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    expect((await tip.boundingBox())!.width).toBeGreaterThan(50);
    await expect(tip.locator('a').first().textContent()).resolves.toMatch(/^\d+ incidents?$/);
    const href = (await tip.locator('a').first().getAttribute('href'))!;
    expect(href).toMatch(/^\/components\/[a-z-]+\/$/);
    await page.screenshot({
      path: join(shots, 'uptime-focus.png'),
      clip: { x: 0, y: Math.max(0, (await day.boundingBox())!.y - 120), width: 1280, height: 200 },
    });
    const component = await open(href, { width: 390 });
    const there = component.page.locator('.bar[tabindex]').last();
    await there.focus();
    await expect(there.locator('.tip').isVisible()).resolves.toBe(true);
    await expect(there.locator('.tip a').first().getAttribute('href')).resolves.toMatch(/^\/incidents\//);
    await component.page.screenshot({ path: join(shots, 'uptime-focus-component-phone.png') });
  });
});

describe('between rebuilds', () => {
  test('upcoming maintenance turns "In progress" by the reader\'s clock', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-29T02:30:00Z'));
    await page.goto(`${site.url}/`);
    await expect(page.locator('#maintenance-next + article [data-window-state]').textContent()).resolves.toBe(
      'In progress',
    );
    await context.close();
  });

  test('a newer version of the page is announced without moving the layout', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      timezoneId: 'UTC',
      viewport: { width: 390, height: 900 },
    });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-22T18:35:00Z') });
    let updatedAt = '2026-11-22T18:20:00Z';
    await page.route('**/api/v2/status.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ page: { updated_at: updatedAt }, status: {} }),
      }),
    );
    await page.goto(`${site.url}/`);
    const heading = await page.locator('h1').boundingBox();
    await page.clock.runFor(61_000);
    await expect(page.locator('.live-notice').count()).resolves.toBe(0);
    updatedAt = '2026-11-22T18:40:00Z';
    await page.clock.runFor(61_000);
    await page.locator('.live-notice').waitFor();
    await expect(page.locator('.live-notice').textContent()).resolves.toBe('This page has been updated. Reload');
    expect(await page.locator('h1').boundingBox()).toEqual(heading);
    await page.screenshot({ path: join(shots, 'live-notice-phone.png') });
    await context.close();
  });
});

/**
 * Issue 20: public pages speak only to customers, say what is true now and look finished on a phone. Every
 * kind of page, at desktop and phone width, light and dark: nothing wider than the screen, axe finds nothing,
 * a Subscribe link in the header, the banner clear of it, nothing of the team's. Then one test per point.
 */
const PAGES = {
  home: '/',
  'active incident': '/incidents/2026-11-22-api-errors/',
  'resolved incident': '/incidents/2026-11-20-labels-failing/',
  'scheduled maintenance': '/incidents/2026-11-29-maintenance-api/',
  history: '/history/',
  component: '/components/api/',
  "component's history": '/components/api/history/',
  subscribe: '/subscribe/',
} as const;
/** Words only the team's texts (post, email, support recap) and the developers' items use. */
const TEAM_WORDS = [
  'Hi, thanks for reaching out',
  'Recap for support',
  'Share this incident',
  'Follow this incident:',
  'If anything else is unclear',
];
const DEVELOPER_WORDS = [
  'embed.js',
  'data-outpost-status',
  'schema/webhook.json',
  'badge.svg',
  'summary.json',
  'For developers',
];

/** The texts of what a locator finds that shows at this width (display is not none). */
const shownTexts = (locator: Locator) =>
  locator.evaluateAll((items) =>
    items.filter((item) => getComputedStyle(item).display !== 'none').map((item) => item.textContent),
  );
const texts = (locator: Locator) => locator.allTextContents();
const text = (locator: Locator) => locator.textContent();

describe.each([
  ['desktop', 1280],
  ['phone', 390],
] as const)('every kind of page on %s', (device, width) => {
  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    test.each(Object.entries(PAGES))(
      '%s: fits the screen, axe finds nothing, Subscribe in the header, nothing for the team',
      async (name, path) => {
        const { page, errors } = await open(path, { width, colorScheme });
        const shot = `page-${name.replace(/\W+/g, '-')}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: join(shots, shot), fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        expect(await axeViolations(page)).toEqual([]);
        const subscribe = page.locator('.site-header nav a', { hasText: 'Subscribe' });
        await expect(subscribe.getAttribute('href')).resolves.toBe('/subscribe/');
        expect(await subscribe.isVisible()).toBe(true);
        // The first thing under the header keeps its distance.
        const header = (await page.locator('.site-header').boundingBox())!;
        const first = (await page.locator('main > :first-child').boundingBox())!;
        expect(first.y - (header.y + header.height)).toBeGreaterThanOrEqual(16);
        const html = await page.content();
        for (const words of TEAM_WORDS) expect(html, words).not.toContain(words);
        expect(await page.locator('textarea').count()).toBe(0);
        expect(errors).toEqual([]);
      },
    );
  });

  test('the uptime bars and their percentage cover the same days, and say which', async () => {
    const { page } = await open('/', { width });
    const days = width === 1280 ? 90 : 30;
    const api = page.locator('.component', { hasText: 'REST API' });
    expect(await shownTexts(api.locator('.bar'))).toHaveLength(days);
    const captions = await shownTexts(api.locator('figcaption > span'));
    // The 90 minutes of major outage on 29 Sep and 88 of partial on 20 Oct count in the 90 and 60 days, not in
    // the 30, which hold only today's 42 minutes of partial outage: 129 and 12.6 minutes down.
    const periods = [
      '99.90% uptime in the last 90 days',
      '99.85% uptime in the last 60 days',
      '99.97% uptime in the last 30 days',
    ];
    expect(captions).toEqual([width === 1280 ? periods[0] : periods[2], 'Today']);
    expect((await texts(api.locator('figcaption > span'))).slice(0, 3)).toEqual(periods);
  });
});

describe('what readers see is true now', () => {
  test('a scheduled maintenance: "Scheduled", its window, neutral pills; "Under maintenance" once it starts', async () => {
    const { page } = await open(PAGES['scheduled maintenance'], { width: 390 });
    await expect(page.locator('.kind strong').textContent()).resolves.toBe('Scheduled');
    await expect(page.locator('.facts dt').allTextContents()).resolves.toEqual(['Window', 'Starts', 'Affected']);
    const window = '29 Nov 2026, 02:00 UTC to 29 Nov 2026, 03:00 UTC';
    await expect(text(page.locator('.facts dd').first())).resolves.toBe(window);
    await expect(page.locator('.affected .status').allTextContents()).resolves.toEqual(['Scheduled', 'Scheduled']);
    for (const pill of await page.locator('.affected .status').all()) {
      await expect(pill.getAttribute('class')).resolves.toBe('status status-neutral');
    }
    // The reader's clock passes the start before the next rebuild: the script says what is now true.
    const later = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    const during = await later.newPage();
    await during.clock.setFixedTime(new Date('2026-11-29T02:30:00Z'));
    await during.goto(site.url + PAGES['scheduled maintenance']);
    await expect(during.locator('.kind strong').textContent()).resolves.toBe('In progress');
    const pills = during.locator('.affected .status');
    await expect(texts(pills)).resolves.toEqual(['Under maintenance', 'Under maintenance']);
    await expect(pills.first().getAttribute('class')).resolves.toBe('status status-under_maintenance');
    await during.clock.setFixedTime(new Date('2026-11-29T03:30:00Z'));
    await during.reload();
    await expect(texts(pills)).resolves.toEqual(['Was under maintenance', 'Was under maintenance']);
    await later.close();
    // Elsewhere too: in the history, with its window, apart from and above what happened.
    const history = await open('/history/', { width: 390 });
    await expect(history.page.locator('main h2').first().textContent()).resolves.toBe('Upcoming maintenance');
    await expect(text(history.page.locator('.upcoming .meta'))).resolves.toBe(`Maintenance · Scheduled: ${window}`);
    expect(await history.page.locator('.month', { hasText: 'Planned maintenance of the API' }).count()).toBe(0);
  });

  test('a resolved incident: what it affected, in the past tense and a neutral colour', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(PAGES['resolved incident'], { width: 1280, colorScheme });
      const affected = ['Label printing Had a partial outage', 'REST API Had degraded performance'];
      await expect(texts(page.locator('.affected li'))).resolves.toEqual(affected);
      const colours = await page
        .locator('.affected .status')
        .evaluateAll((items) => items.map((item) => getComputedStyle(item).color));
      const muted = await page
        .locator('.facts dt')
        .first()
        .evaluate((element) => getComputedStyle(element).color);
      expect(colours).toEqual([muted, muted]);
    }
  });

  test('an active incident: its pills in their colours, its status once on the home card', async () => {
    const incident = await open(PAGES['active incident'], { width: 390 });
    const pills = incident.page.locator('.affected .status');
    await expect(texts(pills)).resolves.toEqual(['Partial outage', 'Degraded performance']);
    await expect(pills.first().getAttribute('class')).resolves.toBe('status status-partial_outage');
    const home = await open('/', { width: 390 });
    const card = home.page.locator('#active + article');
    expect((await text(card))!.match(/Identified/g)).toHaveLength(1);
    await expect(text(card.locator('.meta'))).resolves.toBe('Identified · Major impact · REST API, Label printing');
  });

  test.each(Object.entries(PAGES))(
    "one time vocabulary on the %s page: the reader's zone with the script, the page's without",
    async (_name, path) => {
      const time = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) 2026, \d\d:\d\d (EST|EDT|UTC)$/;
      const day = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) 2026$/;
      const withScript = await open(path, { width: 1280, timezoneId: 'America/New_York' });
      const times = await withScript.page.locator('time[datetime*="T"]').allTextContents();
      expect(times.length, path).toBeGreaterThan(0);
      for (const label of times) expect(label, path).toMatch(time);
      expect(
        times.filter((label) => label.endsWith('UTC')),
        path,
      ).toEqual([]);
      for (const label of await texts(withScript.page.locator('time:not([datetime*="T"])')))
        expect(label, path).toMatch(day);
      const without = await open(path, { width: 1280, timezoneId: 'America/New_York', javaScript: false });
      const plain = await without.page.locator('time[datetime*="T"]').allTextContents();
      expect(
        plain.filter((label) => !label.endsWith('UTC')),
        path,
      ).toEqual([]);
      // With the script in the page's own zone, not a character changes: the same vocabulary.
      const inUtc = await open(path, { width: 1280, timezoneId: 'UTC' });
      expect(await inUtc.page.locator('time[datetime*="T"]').allTextContents(), path).toEqual(plain);
    },
  );

  test("what an author wrote stays as written; the page's own words follow the reader's zone", async () => {
    const { page } = await open(PAGES['active incident'], { width: 1280, timezoneId: 'America/New_York' });
    await expect(text(page.locator('.update').first().locator('.prose'))).resolves.toContain(
      'Next update by 19:00 UTC.',
    );
    await expect(text(page.locator('.next-update'))).resolves.toBe('Next update expected by 22 Nov 2026, 14:00 EST');
  });

  test("/subscribe/ lists only what a reader can do; the developers' items are in the docs", async () => {
    const { page } = await open('/subscribe/', { width: 390 });
    await expect(texts(page.locator('main h2'))).resolves.toEqual([
      'Feeds',
      'Maintenance calendar',
      'Slack',
      'Microsoft Teams',
    ]);
    const html = await page.locator('main').innerHTML();
    for (const words of DEVELOPER_WORDS) expect(html, words).not.toContain(words);
    const docs = readFileSync(join(REPO, 'docs/developers.md'), 'utf8');
    for (const item of [
      '<span data-outpost-status></span>',
      '/embed.js',
      '/schema/webhook.json',
      '/badge.svg',
      '/api/v2/summary.json',
    ]) {
      expect(docs, item).toContain(item);
    }
  });

  test('a component page: its feeds (no badge), maintenance to come above its incidents, its own history', async () => {
    const { page } = await open(PAGES.component, { width: 390 });
    await expect(text(page.locator('main .subscribe'))).resolves.toBe('Follow REST API: Atom · RSS · JSON Feed');
    await expect(texts(page.locator('main h2'))).resolves.toEqual([
      'Uptime',
      'Upcoming maintenance',
      'Incidents in the last 90 days',
    ]);
    const full = page.locator('a', { hasText: 'Full history of REST API' });
    await expect(full.getAttribute('href')).resolves.toBe('/components/api/history/');
    await full.click();
    await page.waitForURL(/\/components\/api\/history\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('REST API: incident history');
    await expect(texts(page.locator('main h2'))).resolves.toEqual([
      'Upcoming maintenance',
      'November 2026',
      'October 2026',
      'September 2026',
    ]);
    // The API's own incidents only (not the pickups', say), newest first.
    await expect(page.locator('.month .incident-line > a').allTextContents()).resolves.toEqual([
      'Some API requests fail and labels print slowly',
      "Some merchants can't print labels",
      "DHL labels can't be created",
      'Planned maintenance of the order database',
      'API requests fail and webhooks are delayed',
    ]);
  });
});

/** What `npx outpost init` writes, built with this checkout's integration: the site a new user starts from. */
describe('a site fresh from outpost init', () => {
  let fresh: { url: string; close: () => Promise<void> };
  let root: string;
  beforeAll(async () => {
    const base = join(REPO, '.test-sites');
    mkdirSync(base, { recursive: true });
    root = mkdtempSync(join(base, 'init-'));
    const env = { OUTPOST_NOW: '2026-11-22T18:30Z' };
    const answers = [
      '--name',
      'Fresh Status',
      '--url',
      'https://status.fresh.example/',
      '--time-zone',
      'Europe/Berlin',
    ];
    const init = await outpost(['init', 'site', ...answers, '--component', 'web:Website', '--component', 'api:API'], {
      cwd: root,
      env,
    });
    expect(init.code, init.stdout + init.stderr).toBe(0);
    const config = join(root, 'site/astro.config.mjs');
    const integration = JSON.stringify(join(REPO, 'src/site/integration.ts'));
    writeFileSync(config, readFileSync(config, 'utf8').replace("from 'outpost';", `from ${integration};`));
    const build = await astroBuild(join(root, 'site'), join(root, 'dist'), env);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    expect(build.stdout + build.stderr).toContain('warning [example-incident]');
    fresh = await serveStatic(join(root, 'dist'));
  });
  afterAll(async () => {
    await fresh?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test.each([1280, 390])(
    'at %i px: days before the page existed have no data; the example counts for nothing',
    async (width) => {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      const page = await context.newPage();
      await page.goto(fresh.url);
      await page.screenshot({ path: join(shots, `init-home-${width}.png`), fullPage: true });
      const web = page.locator('.component', { hasText: 'Website' });
      const bars = await web.locator('.bar').evaluateAll((items) => items.map((bar) => bar.className));
      expect(bars.slice(0, 89)).toEqual(Array(89).fill('bar nd'));
      expect(bars[89]).toBe('bar op');
      await expect(web.locator('.bar').first().locator('.tip').textContent()).resolves.toBe('25 Aug 2026: no data');
      // The example ran this morning and affected the website: today is still a day without incidents, and 100%.
      await expect(web.locator('.bar').last().locator('.tip').textContent()).resolves.toBe('22 Nov 2026: no incidents');
      const caption = await shownTexts(web.locator('figcaption > span'));
      expect(caption).toEqual(['100.00% uptime since 22 Nov 2026', 'Today']);
      await expect(page.locator('.legend').textContent()).resolves.toContain('No data');
      await expect(text(page.locator('.day').first())).resolves.toContain('Example: some customers could not sign in');
      // The days before the page existed did not go without incidents: nobody was reporting.
      await expect(page.locator('.day').nth(1).locator('.quiet').textContent()).resolves.toBe('No data');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await context.close();
    },
  );
});
