/**
 * The bundled example, built and opened in Chromium at desktop and phone
 * width, with and without JavaScript. Screenshots land in $OUTPOST_SCREENSHOTS
 * (default: a temp folder) for people to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, launchChromium, REPO, serveStatic } from './helpers.ts';

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

async function open(path: string, options: OpenOptions): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: options.timezoneId ?? 'UTC',
    locale: 'en-US',
  });
  const page = await context.newPage();
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
    await expect(page.locator('#active + article .incident-title').textContent()).resolves.toBe('Some API requests fail and labels print slowly');
    await expect(page.locator('#maintenance-next + article .incident-title').textContent()).resolves.toBe('Planned maintenance of the API');
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
    expect(await page.locator('.month h2').allTextContents()).toEqual(['November 2026', 'October 2026', 'September 2026', 'August 2026']);
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

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['light', 'dark'] as const)('accessibility in %s mode (axe-core, WCAG 2.1 AA)', (colorScheme) => {
  test.each(['/', '/incidents/2026-11-22-api-errors/', '/history/', '/components/api/', '/subscribe/', '/embed/'])('%s has no violations', async (path) => {
    const { page } = await open(path, { width: 1280, colorScheme });
    expect(await axeViolations(page)).toEqual([]);
  });
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('the embed on the product\'s own site (another origin)', () => {
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
    product = { url: `http://localhost:${(server.address() as { port: number }).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
  });
  afterAll(() => product?.close());

  test.each(['light', 'dark'] as const)('shows the pill and the active incident\'s banner, accessibly, without errors (%s)', async (colorScheme) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, colorScheme, locale: 'en-US' });
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
    await expect(incident.getAttribute('href')).resolves.toBe('https://status.parcelpoint.example/incidents/2026-11-22-api-errors/');
    await expect(page.locator('.banner').getAttribute('aria-label')).resolves.toBe('Service status');
    await page.screenshot({ path: join(shots, `embed-${colorScheme}.png`) });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

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

describe('times in the reader\'s zone', () => {
  test('New York sees 18:20 UTC as 13:20 EST, with "ago" on the latest update', async () => {
    const { page } = await open('/', { width: 1280, timezoneId: 'America/New_York' });
    await expect(page.locator('time[datetime="2026-11-22T18:20:00Z"]').first().textContent()).resolves.toBe('Nov 22, 2026, 13:20 EST');
    await expect(page.locator('[data-zone-note]').textContent()).resolves.toBe('Times are shown in your time zone (America/New_York).');
    const noJs = await open('/', { width: 1280, timezoneId: 'America/New_York', javaScript: false });
    await expect(noJs.page.locator('time[datetime="2026-11-22T18:20:00Z"]').first().textContent()).resolves.toBe('22 Nov 2026, 18:20 UTC');
  });
});

describe('keyboard and touch reach the uptime text', () => {
  test('a day with incidents is focusable and shows its text, with a link to the incident', async () => {
    const { page } = await open('/', { width: 1280 });
    const day = page.locator('.component .bar[tabindex]').first();
    await day.focus();
    const tip = day.locator('.tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    expect((await tip.boundingBox())!.width).toBeGreaterThan(50);
    await expect(tip.locator('a').first().getAttribute('href')).resolves.toMatch(/^\/incidents\//);
    await page.screenshot({ path: join(shots, 'uptime-focus.png'), clip: { x: 0, y: Math.max(0, ((await day.boundingBox())!.y) - 120), width: 1280, height: 200 } });
  });
});

describe('between rebuilds', () => {
  test('upcoming maintenance turns "In progress" by the reader\'s clock', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-29T02:30:00Z'));
    await page.goto(`${site.url}/`);
    await expect(page.locator('#maintenance-next + article [data-window-state]').textContent()).resolves.toBe('In progress');
    await context.close();
  });

  test('a newer version of the page is announced without moving the layout', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-22T18:35:00Z') });
    let updatedAt = '2026-11-22T18:20:00Z';
    await page.route('**/api/v2/status.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ page: { updated_at: updatedAt }, status: {} }) }));
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
