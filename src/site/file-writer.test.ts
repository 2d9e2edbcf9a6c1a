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
    await files.write(join(dir, 'incidents', `page-${index}`, 'index.html'), `<p>${index} · é 日本</p>`);
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
  await files.write(page, '<p>page</p>');
  await expect(files.close()).rejects.toThrow(`${page} could not be written: ENOTDIR`);
  await expect(files.write(join(dir, 'other.html'), 'x')).rejects.toThrow(page);
});

test('text is written as UTF-8, and the sizes answered are its bytes', async () => {
  const dir = folder();
  const files = fileWriter();
  const text = '<p>Störung · 障害 · 🚧</p>';
  await files.write(join(dir, 'page.html'), text);
  const written = await files.close();
  expect(readFileSync(join(dir, 'page.html'))).toEqual(Buffer.from(text, 'utf8'));
  expect(written.get(join(dir, 'page.html'))?.[0]).toBe(Buffer.byteLength(text));
});

test('folders are made ahead of their files; one that cannot be made is reported by its file', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'blocked'), 'a file where a folder should be');
  const files = fileWriter();
  const [a, b, blocked] = [join(dir, 'incidents', 'a'), join(dir, 'incidents', 'b'), join(dir, 'blocked', 'c')];
  files.folders([a, b, blocked]);
  await files.write(join(a, 'index.html'), 'a');
  await files.write(join(blocked, 'index.html'), 'c');
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
    await files.write(${JSON.stringify(file)}, '<p>written</p>');
    await files.close();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe('<p>written</p>');
});
