import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { temporaryFolders } from '../tests/helpers.ts';
import { fileWriter } from './file-writer.ts';

const folder = temporaryFolders('outpost-files-');

test('every file handed over is on disk, in its new folders, when close returns', async () => {
  const dir = folder();
  const files = fileWriter();
  for (let index = 0; index < 500; index++)
    await files.write(join(dir, 'incidents', `page-${index}`, 'index.html'), Buffer.from(`<p>${index} · é 日本</p>`));
  const written = await files.close();
  expect(written.size).toBe(500);
  for (const index of [0, 250, 499])
    expect(readFileSync(join(dir, 'incidents', `page-${index}`, 'index.html'), 'utf8')).toBe(
      `<p>${index} · é 日本</p>`,
    );
});

test('a file that cannot be written fails close, naming it; the writes after it are refused', async () => {
  const dir = folder();
  // A file where a folder should be: nothing below it can be written.
  writeFileSync(join(dir, 'incidents'), 'not a folder');
  const files = fileWriter();
  const page = join(dir, 'incidents', 'checkout', 'index.html');
  await files.write(page, Buffer.from('<p>page</p>'));
  await expect(files.close()).rejects.toThrow(`${page} could not be written: ENOTDIR`);
  await expect(files.write(join(dir, 'other.html'), Buffer.from('x'))).rejects.toThrow(page);
});

test('bytes that fill their own memory move to the thread; bytes in a shared pool are copied', async () => {
  const dir = folder();
  const files = fileWriter();
  const own = new TextEncoder().encode('<p>moved</p>');
  const pooled = Buffer.from('<p>copied</p>');
  await files.write(join(dir, 'own.html'), own);
  await files.write(join(dir, 'pooled.html'), pooled);
  await files.close();
  expect(own.byteLength).toBe(0);
  expect(pooled.toString()).toBe('<p>copied</p>');
  expect(readFileSync(join(dir, 'own.html'), 'utf8')).toBe('<p>moved</p>');
  expect(readFileSync(join(dir, 'pooled.html'), 'utf8')).toBe('<p>copied</p>');
});

test('folders are made ahead of their files; one that cannot be made is reported by its file', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'blocked'), 'a file where a folder should be');
  const files = fileWriter();
  const [a, b, blocked] = [join(dir, 'incidents', 'a'), join(dir, 'incidents', 'b'), join(dir, 'blocked', 'c')];
  files.folders([a, b, blocked]);
  await files.write(join(a, 'index.html'), Buffer.from('a'));
  await files.write(join(blocked, 'index.html'), Buffer.from('c'));
  await expect(files.close()).rejects.toThrow(`${join(blocked, 'index.html')} could not be written: ENOTDIR`);
  expect(readFileSync(join(a, 'index.html'), 'utf8')).toBe('a');
  // Made ahead, though no file went into it.
  expect(statSync(b).isDirectory()).toBe(true);
});

test('closing a writer that wrote nothing starts no thread and succeeds', async () => {
  expect((await fileWriter().close()).size).toBe(0);
});

test('writes also in a process started as a module (`node --input-type=module -e`, as the bench starts builds)', () => {
  const dir = folder();
  const file = join(dir, 'page', 'index.html');
  const script = `
    const { fileWriter } = await import(${JSON.stringify(new URL('./file-writer.ts', import.meta.url).href)});
    const files = fileWriter();
    await files.write(${JSON.stringify(file)}, new TextEncoder().encode('<p>written</p>'));
    await files.close();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe('<p>written</p>');
});
