import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const SHARDS = 'node_modules/.cache/outpost/parsed';
/** Each shard of the cache at `root`, with when it was last written. */
const shardTimes = (root: string) =>
  new Map(readdirSync(join(root, SHARDS)).map((name) => [name, statSync(join(root, SHARDS, name)).mtimeMs]));

describe('incidents parsed in an earlier run', () => {
  test('are found by a later run, Dates and all; a missing cache is empty', () => {
    const root = join(work, 'kept');
    mkdirSync(root);
    const first = parsedCache(root);
    expect(first.get(source, context)).toBeUndefined();
    first.set(source, context, parsed, false);
    first.save(true);
    expect([...shardTimes(root).keys()]).toHaveLength(1);
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

  test("an incident's identity: the same for the same file in a later run, another for another text; none for others", () => {
    const root = join(work, 'identity');
    mkdirSync(root);
    const first = parsedCache(root);
    first.set(source, context, parsed, false);
    first.save(true);
    const identity = first.identity(parsed);
    expect(identity).toEqual(expect.any(String));
    const later = parsedCache(root);
    const found = later.get(source, context)!;
    expect(found).not.toBe(parsed); // a copy, read from the cache
    expect(later.identity(found)).toBe(identity);
    const edited = { ...parsed, title: 'B' };
    later.set({ ...source, text: `${source.text}\n` }, context, edited, false);
    expect(later.identity(edited)).toEqual(expect.any(String));
    expect(later.identity(edited)).not.toBe(identity);
    // Not from the cache, nor kept in it (times from Git outside a Git checkout are not kept).
    expect(later.identity({ ...parsed })).toBeUndefined();
    const timed = { ...parsed };
    later.set({ ...source, path: 'incidents/timed.md' }, context, timed, true);
    expect(later.identity(timed)).toBeUndefined();
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
    const cache = parsedCache(root);
    cache.set(source, context, parsed, false);
    cache.save(true);
    for (const name of shardTimes(root).keys()) writeFileSync(join(root, SHARDS, name), 'not a cache');
    expect(parsedCache(root).get(source, context)).toBeUndefined();
  });

  test('an edit rewrites only the shard of what changed; the single file of older versions goes', () => {
    const root = join(work, 'shards');
    mkdirSync(join(root, 'node_modules/.cache/outpost'), { recursive: true });
    const old = join(root, 'node_modules/.cache/outpost/parsed-incidents.v8');
    writeFileSync(old, 'an older version');
    const files = Array.from({ length: 200 }, (_, index) => ({ path: `incidents/i${index}.md`, text: `${index}` }));
    const first = parsedCache(root);
    for (const file of files) first.set(file, context, parsed, false);
    first.save(true);
    expect(existsSync(old)).toBe(false);
    const before = shardTimes(root);
    expect(before.size).toBe(16);
    // Nothing changed: nothing is written.
    const again = parsedCache(root);
    for (const file of files) expect(again.get(file, context)).toEqual(parsed);
    again.save(true);
    expect(shardTimes(root)).toEqual(before);
    // One file edited: one shard is written (its new entry, its old one dropped), the others stay.
    const edited = parsedCache(root);
    const changed = { ...files[7], text: 'edited' };
    for (const file of files) if (file !== files[7]) edited.get(file, context);
    expect(edited.get(changed, context)).toBeUndefined();
    edited.set(changed, context, parsed, false);
    edited.save(true);
    const after = shardTimes(root);
    const rewritten = [...after].filter(([name, time]) => before.get(name) !== time).map(([name]) => name);
    expect(rewritten.length).toBeGreaterThanOrEqual(1);
    expect(rewritten.length).toBeLessThanOrEqual(2);
    const next = parsedCache(root);
    expect(next.get(changed, context)).toEqual(parsed);
    expect(next.get(files[7], context)).toBeUndefined();
    for (const file of files.slice(8)) expect(next.get(file, context)).toEqual(parsed);
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
    const atOne = parsedCache(repo);
    const found = atOne.get(source, context)!;
    expect(found).toEqual(parsed);
    // The commit is part of its identity: the same text read at another commit is another incident.
    expect(atOne.identity(found)).toBe(timed.identity(parsed));
    expect(atOne.identity(found)).toMatch(/ [0-9a-f]{40} false$/);
    git('commit', '-q', '--allow-empty', '-m', 'two');
    expect(parsedCache(repo).get(source, context)).toBeUndefined();
  });
});
