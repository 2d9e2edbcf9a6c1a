#!/usr/bin/env node
/**
 * `npm run bench`: generated incidents at several sizes; times (median of
 * repeated runs) and memory of validation, and of a full build with --build.
 * Numbers are for comparing on one machine, not for asserting in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTimestamp } from '../core/time.ts';
import { loadProject } from './project.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, runs: { type: 'string', default: '3' }, build: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const NOW = new Date('2026-11-22T18:30Z');
const COMPONENTS = ['web', 'api', 'checkout', 'search', 'email', 'webhooks'];
const STATUSES = ['investigating', 'identified', 'monitoring'];

/** A site of `count` resolved incidents, one every ~6 hours back from NOW, with realistic prose. */
export function generateSite(root: string, count: number): void {
  mkdirSync(join(root, 'incidents'), { recursive: true });
  const integration = resolve(import.meta.dirname, '../site/integration.ts');
  writeFileSync(join(root, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';
import outpost from ${JSON.stringify(integration)};
export default defineConfig({ integrations: [outpost({ name: 'Bench', url: 'https://status.example.com/', components: ${JSON.stringify(COMPONENTS.map((id) => ({ id, name: id.toUpperCase() })))} })] });
`);
  for (let i = 0; i < count; i++) {
    const start = new Date(NOW.getTime() - (i + 1) * 6 * 3_600_000 - (i % 7) * 60_000);
    const component = COMPONENTS[i % COMPONENTS.length];
    const updates: string[] = [];
    const steps = 2 + (i % 3);
    for (let step = steps - 1; step >= 0; step--) {
      const at = new Date(start.getTime() + step * 20 * 60_000);
      const status = step === steps - 1 ? 'Resolved' : STATUSES[step % STATUSES.length].replace(/^./, (c) => c.toUpperCase());
      updates.push(`## ${status} · ${formatTimestamp(at)}\nSome customers using **${component}** see errors. Orders are not lost; please retry in a few minutes. Next update in 20 minutes.\n`);
    }
    writeFileSync(
      join(root, 'incidents', `${start.toISOString().slice(0, 10)}-incident-${i}.md`),
      `---\ntitle: ${component} errors for some customers (${i})\nimpact: ${['minor', 'major', 'critical'][i % 3]}\ncomponents: [${component}]\n---\n\n${updates.join('\n')}`,
    );
  }
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

for (const size of sizes) {
  // Inside the repository (git-ignored) so the generated astro.config.mjs resolves astro from node_modules.
  mkdirSync(resolve(import.meta.dirname, '../../.bench'), { recursive: true });
  const root = mkdtempSync(resolve(import.meta.dirname, `../../.bench/${size}-`));
  try {
    generateSite(root, size);
    const times: number[] = [];
    let heap = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = await loadProject({ root, now: NOW });
      times.push(performance.now() - started);
      heap = Math.max(heap, process.memoryUsage().heapUsed);
      if (!result.ok) throw new Error(`generated site is invalid: ${result.problems[0]?.message}`);
    }
    let build = '';
    if (values.build) {
      const started = performance.now();
      execFileSync(process.execPath, [resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--silent'], { env: { ...process.env, OUTPOST_NOW: NOW.toISOString() }, stdio: 'ignore' });
      build = `  build ${((performance.now() - started) / 1000).toFixed(1)} s`;
    }
    console.log(`${String(size).padStart(6)} incidents  validate median ${median(times).toFixed(0).padStart(6)} ms (${runs} runs)  heap ${(heap / 2 ** 20).toFixed(0)} MiB${build}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
