import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { incident, update } from '../tests/builders.ts';
import { parsedCache } from './parsed-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-parsed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const context = { componentIds: ['checkout', 'api'], locales: ['en'] };
const source = { path: 'incidents/a.md', text: '---\ntitle: A\n---\n' };
const parsed = incident('a', { title: 'A', timeline: [update('investigating', '2026-11-22T18:05Z', 'Errors.')] });

describe('incidents parsed in an earlier run', () => {
  test('are found by a later run, Dates and all; a missing cache is empty', () => {
    const root = join(work, 'kept');
    mkdirSync(root);
    const first = parsedCache(root);
    expect(first.get(source, context)).toBeUndefined();
    first.set(source, context, parsed, false);
    first.save(true);
    expect(existsSync(join(root, 'node_modules/.cache/outpost/parsed-incidents.v8'))).toBe(true);
    const found = parsedCache(root).get(source, context);
    expect(found).toEqual(parsed);
    expect(found?.updates[0].at).toBeInstanceOf(Date);
  });

  test('only for the same path, text, components and languages', () => {
    const root = join(work, 'keys');
    mkdirSync(root);
    const cache = parsedCache(root);
    cache.set(source, context, parsed, false);
    cache.save(true);
    const later = parsedCache(root);
    expect(later.get({ ...source, text: `${source.text}\n` }, context)).toBeUndefined();
    expect(later.get({ ...source, path: 'incidents/b.md' }, context)).toBeUndefined();
    expect(later.get(source, { ...context, componentIds: ['checkout'] })).toBeUndefined();
    expect(later.get(source, { ...context, locales: ['en', 'de'] })).toBeUndefined();
    expect(later.get(source, context)).toEqual(parsed);
  });

  test('a run over every file drops what it did not ask for; a run over some keeps the rest', () => {
    const root = join(work, 'prune');
    mkdirSync(root);
    const other = { path: 'incidents/b.md', text: 'b' };
    const cache = parsedCache(root);
    cache.set(source, context, parsed, false);
    cache.set(other, context, parsed, false);
    cache.save(true);
    const some = parsedCache(root);
    some.get(source, context);
    some.save(false);
    expect(parsedCache(root).get(other, context)).toEqual(parsed);
    const all = parsedCache(root);
    all.get(source, context);
    all.save(true);
    expect(parsedCache(root).get(other, context)).toBeUndefined();
    expect(parsedCache(root).get(source, context)).toEqual(parsed);
  });

  test("the guidance on an incident's words is kept with it, for the config it was judged under", () => {
    const root = join(work, 'words');
    mkdirSync(root);
    const words = [
      { file: 'incidents/a.md', line: 5, column: 1, severity: 'warning' as const, rule: 'cliche', message: 'm' },
    ];
    const cache = parsedCache(root);
    cache.set(source, context, parsed, false);
    cache.setWords!(source, context, '{"config":1}', words);
    cache.save(true);
    const later = parsedCache(root);
    expect(later.words!(source, context, '{"config":1}')).toBeUndefined(); // asked before its incident: not in this run yet
    later.get(source, context);
    expect(later.words!(source, context, '{"config":1}')).toEqual(words);
    expect(later.words!(source, context, '{"config":2}')).toBeUndefined();
  });

  test('a damaged cache is no cache', () => {
    const root = join(work, 'damaged');
    mkdirSync(join(root, 'node_modules/.cache/outpost'), { recursive: true });
    writeFileSync(join(root, 'node_modules/.cache/outpost/parsed-incidents.v8'), 'not a cache');
    expect(parsedCache(root).get(source, context)).toBeUndefined();
  });

  test('times from Git are kept for the commit they were read at; outside Git they are not kept', () => {
    const outside = join(work, 'no-git');
    mkdirSync(outside);
    const cache = parsedCache(outside);
    cache.set(source, context, parsed, true);
    cache.save(true);
    expect(parsedCache(outside).get(source, context)).toBeUndefined();

    const repo = join(work, 'git');
    mkdirSync(repo);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
        cwd: repo,
        stdio: 'ignore',
      });
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'one');
    const timed = parsedCache(repo);
    timed.set(source, context, parsed, true);
    timed.save(true);
    expect(parsedCache(repo).get(source, context)).toEqual(parsed);
    git('commit', '-q', '--allow-empty', '-m', 'two');
    expect(parsedCache(repo).get(source, context)).toBeUndefined();
  });
});
