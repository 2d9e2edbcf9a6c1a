/** Shared by the end-to-end tests: run the CLI and Astro as a user would, in child processes. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const OUTPOST = join(REPO, 'src/tools/outpost.ts');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd ?? REPO, env: { ...process.env, GITHUB_ACTIONS: undefined, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

export function outpost(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  return run(process.execPath, [OUTPOST, ...args], options);
}

export function astroBuild(root: string, env: Record<string, string | undefined>): Promise<Run> {
  return run(process.execPath, [ASTRO, 'build', '--root', root], { cwd: root, env });
}

/** A throwaway copy of a fixture site, outside the repository (so no Git history applies). */
export function copyFixture(name: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `outpost-${name}-`));
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
