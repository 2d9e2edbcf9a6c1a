import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { pageCodeVersion } from './build-output.ts';

const root = mkdtempSync(join(tmpdir(), 'outpost-code-version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the code version of pages changes with the options and the installed packages, and only then', () => {
  const options = { name: 'Acme', url: 'https://status.acme.example/', components: [{ id: 'api', name: 'API' }] };
  const first = pageCodeVersion(root, options);
  expect(pageCodeVersion(root, structuredClone(options))).toBe(first);
  expect(pageCodeVersion(root, { ...options, name: 'Acme Inc.' })).not.toBe(first);
  writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/astro":{"version":"7.3.5"}}}');
  const locked = pageCodeVersion(root, options);
  expect(locked).not.toBe(first);
  writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/astro":{"version":"7.4.0"}}}');
  expect(pageCodeVersion(root, options)).not.toBe(locked);
});
