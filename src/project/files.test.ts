import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readIncidentFiles } from './files.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-files-'));
const root = join(work, 'site');
const outside = join(work, 'outside');
mkdirSync(join(root, 'incidents'), { recursive: true });
mkdirSync(outside, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOOD = '---\ntitle: x\n---\n';
writeFileSync(join(root, 'incidents/good.md'), GOOD);
writeFileSync(join(outside, 'secret.md'), GOOD);
writeFileSync(join(root, 'incidents/nul.md'), '---\ntitle: x\n---\n\n## Investigating · 2026-11-22 18:05 UTC\nA\0B\n');
writeFileSync(
  join(root, 'incidents/latin1.md'),
  Buffer.concat([Buffer.from('---\ntitle: x\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]),
);
symlinkSync(join(outside, 'secret.md'), join(root, 'incidents/linked-out.md'));
symlinkSync(outside, join(root, 'incidents/folder-out'));
symlinkSync(join(root, 'incidents/good.md'), join(root, 'incidents/linked-in.md'));
symlinkSync(join(root, 'incidents/nothing.md'), join(root, 'incidents/dangling.md'));

describe('reading incident files', () => {
  const { files, problems } = readIncidentFiles(root, ['incidents'], { named: false });
  const byRule = (rule: string) =>
    problems.filter((problem) => problem.rule === rule).map((problem) => [problem.file, problem.line, problem.message]);

  test('only text inside the project is read', () => {
    expect(files.map((file) => file.path)).toEqual(['incidents/good.md', 'incidents/linked-in.md']);
  });

  test('a symlink out of the project, to a file or a folder, is refused with where it leads', () => {
    expect(byRule('outside-project')).toEqual([
      ['incidents/folder-out', 0, `it resolves to ${outside}, outside the project`],
      ['incidents/linked-out.md', 0, `it resolves to ${join(outside, 'secret.md')}, outside the project`],
    ]);
  });

  test('NUL bytes and bytes that are not UTF-8 are errors at their line', () => {
    expect(byRule('not-text')).toEqual([
      ['incidents/latin1.md', 5, 'this line has bytes that are not UTF-8 text'],
      ['incidents/nul.md', 6, 'this line has a NUL byte'],
    ]);
  });

  test('a link to nothing is an error', () => {
    expect(byRule('missing-path')).toEqual([['incidents/dangling.md', 0, 'a link to nothing']]);
  });

  test('a named path that does not exist is an error; an unnamed default folder may be missing', () => {
    expect(readIncidentFiles(root, ['incidents/typo.md']).problems).toEqual([
      expect.objectContaining({
        file: 'incidents/typo.md',
        rule: 'missing-path',
        message: 'there is no such file or folder',
      }),
    ]);
    expect(readIncidentFiles(root, ['no-such-folder'], { named: false })).toEqual({ files: [], problems: [] });
    writeFileSync(join(root, 'notes.txt'), 'hi');
    expect(readIncidentFiles(root, ['notes.txt']).problems).toEqual([
      expect.objectContaining({ file: 'notes.txt', rule: 'not-an-incident' }),
    ]);
  });
});
