import { afterAll, describe, expect, test, vi } from 'vitest';
import { fixtureSite } from '../tests/helpers.ts';
import { hasParsedCache } from './parsed-cache.ts';
import { loadProject } from './project.ts';
import { loadProjectOnThread } from './project-thread.ts';

const NOW = new Date('2026-11-22T18:30Z');
const sites = ['basic', 'broken'].map((name) => ({ name, ...fixtureSite(name) }));
afterAll(() => sites.forEach((site) => site.cleanup()));

describe('the project loaded on a thread of its own', () => {
  test.each(sites)('is the project loadProject gives, dates and all: $name', async ({ root }) => {
    const onThread = await loadProjectOnThread({ root, now: NOW });
    const here = await loadProject({ root, now: NOW });
    expect(onThread).toStrictEqual(here);
    expect(onThread.now).toBeInstanceOf(Date);
    expect(onThread.incidents.length + onThread.problems.length).toBeGreaterThan(0);
  });

  test('writes what it parsed for the next run after it answers', async () => {
    const site = fixtureSite('basic');
    try {
      expect(hasParsedCache(site.root)).toBe(false);
      await loadProjectOnThread({ root: site.root, now: NOW });
      await vi.waitFor(() => expect(hasParsedCache(site.root)).toBe(true), { timeout: 10_000 });
    } finally {
      site.cleanup();
    }
  });

  test('with options a thread cannot be sent, is loaded here instead, with the same result', async () => {
    const { root } = sites[0];
    // A function is not data: the site's own options, with one added that no thread can receive.
    const options = { ...(await import(`${root}/astro.config.mjs`)).default.integrations[0].outpostOptions };
    const unsendable = { ...options, extra: () => 'not data' };
    const onThread = await loadProjectOnThread({ root, now: NOW, options: unsendable });
    expect(onThread).toStrictEqual(await loadProject({ root, now: NOW, options: unsendable }));
    expect(onThread.problems.map((problem) => problem.message).join('\n')).toMatch(/extra/);
  });

  test('that fails, fails the load with what went wrong on the thread', async () => {
    const { root } = sites[0];
    // Not a path: the thread's loadProject throws.
    await expect(loadProjectOnThread({ root, now: NOW, paths: [42 as never] })).rejects.toThrow(
      /^Outpost could not load the project: TypeError.*path/s,
    );
  });

  test('whose module cannot be loaded, fails the load with why, rather than going on without it', async () => {
    const { root } = sites[0];
    const missing = new URL('./no-such-project.js', import.meta.url).href;
    await expect(loadProjectOnThread({ root, now: NOW }, missing)).rejects.toThrow(
      /^Outpost could not load the project: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module .*no-such-project\.js/s,
    );
  });

  test.each([
    // An error thrown on the thread outside the load's own promise.
    [
      'setTimeout(() => { throw new Error("boom"); }); export const loadProjectAndCaches = () => new Promise(() => {});',
      /^the thread loading the project failed: boom$/,
    ],
    // The thread ends without an answer.
    [
      'export const loadProjectAndCaches = () => process.exit(3);',
      /^the thread loading the project stopped \(exit code 3\)$/,
    ],
  ])('that ends without an answer, fails the load: %s', async (code, message) => {
    const module = `data:text/javascript,${encodeURIComponent(code)}`;
    await expect(loadProjectOnThread({ root: sites[0].root, now: NOW }, module)).rejects.toThrow(message);
  });
});
