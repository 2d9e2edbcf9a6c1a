import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fileIndex, textHash } from './file-index.ts';
import { readIncidentFiles } from './files.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const A = '---\ntitle: A\n---\n';
const B = '---\ntitle: B\n---\n';
const HOUR_AGO = new Date(Date.now() - 3_600_000);

/** A project with incident files last modified an hour ago (long enough not to be racy). */
function project(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  mkdirSync(join(root, 'incidents'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(root, 'incidents', file), text);
    utimesSync(join(root, 'incidents', file), HOUR_AGO, HOUR_AGO);
  }
  return root;
}

/** One run: reads the incidents with the project's index and saves it. */
function run(root: string, { complete = true, now }: { complete?: boolean; now?: () => number } = {}) {
  const index = fileIndex(root, now);
  const read = readIncidentFiles(root, ['incidents'], { named: false, index });
  index.save(complete);
  return read.files;
}

describe('the index of files read', () => {
  test('an unchanged file is known by its hash and read only when its text is asked for', () => {
    const root = project('known', { 'a.md': A, 'b.md': B });
    const first = run(root);
    expect(first.map((file) => [file.path, file.hash])).toEqual([
      ['incidents/a.md', textHash(A)],
      ['incidents/b.md', textHash(B)],
    ]);
    const second = run(root);
    expect(second.map((file) => file.hash)).toEqual([textHash(A), textHash(B)]);
    expect(second[0].text).toBe(A);
    // Not read yet: a change now is found when the text is asked for, and stops the run there.
    writeFileSync(join(root, 'incidents/b.md'), '---\ntitle: Changed\n---\n');
    expect(() => second[1].text).toThrow(
      'incidents/b.md changed while Outpost was reading the incidents; run it again',
    );
  });

  test('a changed file is read again (its size or times differ), with its new hash', () => {
    const root = project('changed', { 'a.md': A });
    run(root);
    writeFileSync(join(root, 'incidents/a.md'), B);
    utimesSync(join(root, 'incidents/a.md'), HOUR_AGO, HOUR_AGO);
    const [file] = run(root);
    expect(file.hash).toBe(textHash(B));
    expect(file.text).toBe(B);
  });

  test('a file modified in the moment it was read is not trusted next time', () => {
    const root = project('racy', { 'a.md': A });
    // The clock says the file was written a second before it was read: it is read again next run.
    const [first] = run(root, { now: () => HOUR_AGO.getTime() + 1000 });
    expect(first.hash).toBe(textHash(A));
    const index = fileIndex(root);
    const [again] = readIncidentFiles(root, ['incidents'], { named: false, index }).files;
    expect(Object.getOwnPropertyDescriptor(again, 'text')?.value).toBe(A);
  });

  test('a run over some files keeps the others; a run over all drops deleted ones', () => {
    const root = project('prune', { 'a.md': A, 'b.md': B });
    run(root);
    const some = fileIndex(root);
    readIncidentFiles(root, ['incidents/a.md'], { index: some });
    some.save(false);
    const lazy = (files: ReturnType<typeof run>) =>
      files.map((file) => Object.getOwnPropertyDescriptor(file, 'text')?.get !== undefined);
    expect(lazy(run(root))).toEqual([true, true]);
    rmSync(join(root, 'incidents/b.md'));
    run(root);
    writeFileSync(join(root, 'incidents/b.md'), B);
    utimesSync(join(root, 'incidents/b.md'), HOUR_AGO, HOUR_AGO);
    expect(lazy(run(root))).toEqual([true, false]);
  });

  test('a damaged index is no index', () => {
    const root = project('damaged', { 'a.md': A });
    mkdirSync(join(root, 'node_modules/.cache/outpost'), { recursive: true });
    writeFileSync(join(root, 'node_modules/.cache/outpost/files.json'), '{"version":1,"files":{"incidents/a.md":7}}');
    const [file] = run(root);
    expect(Object.getOwnPropertyDescriptor(file, 'text')?.value).toBe(A);
    writeFileSync(join(root, 'node_modules/.cache/outpost/files.json'), 'not json');
    expect(Object.getOwnPropertyDescriptor(run(root)[0], 'text')?.value).toBe(A);
  });
});
