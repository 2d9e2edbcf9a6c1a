/**
 * The bundled example, built and opened in Chromium at desktop and phone
 * width, with and without JavaScript. Screenshots land in $OUTPOST_SCREENSHOTS
 * (default: a temp folder) for people to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, CHROMIUM_ARGS, REPO, serveStatic } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-browser-'));
const shots = process.env.OUTPOST_SCREENSHOTS ?? join(work, 'screenshots');
let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const out = join(work, 'dist');
  const build = await astroBuild(REPO, out, { OUTPOST_NOW: '2026-11-22T18:30Z' });
  expect(build.code, build.stdout + build.stderr).toBe(0);
  site = await serveStatic(out);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(path: string, options: { width: number; javaScript?: boolean }): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
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
