/**
 * Time passes: a site that builds at its own clock builds on every later day with no commit, and every
 * incident still open stays on the page — home page, `unresolved.json`, the feeds, the uptime bars. Each
 * site is judged at its own clock and at +1, +8, +31 and +400 days: in process through the same project
 * loading and output registry as the build (fast), and with Astro at +8 days (the example) and +400 days
 * (every site), reading the written pages.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadProject } from '../project/project.ts';
import { buildSiteViews, type SiteView } from '../core/outputs/view-model.ts';
import { renderOutput } from '../core/outputs/registry.ts';
import { incidentStatusAt } from '../core/state/status.ts';
import { dayKey } from '../core/incident/time.ts';
import type { Incident } from '../core/incident/model.ts';
import { astroBuild, FIXTURES, REPO } from './helpers.ts';

/** Each site with the clock its own tests build it at. */
const SITES: [name: string, root: string, clock: string][] = [
  ['the example', REPO, '2026-11-22T18:30Z'],
  ['basic', `${FIXTURES}basic`, '2026-11-22T19:00Z'],
  ['bilingual', `${FIXTURES}bilingual`, '2026-11-22T18:30Z'],
  ['german', `${FIXTURES}german`, '2026-11-22T18:30Z'],
  ['outputs', `${FIXTURES}outputs`, '2026-11-22T18:45Z'],
  ['warnings', `${FIXTURES}warnings`, '2026-11-22T19:00Z'],
];
const LATER_DAYS = [0, 1, 8, 31, 400];
const later = (clock: string, days: number) => new Date(new Date(clock).getTime() + days * 86_400_000);

/** The incidents open at the site's own clock: nothing in the files ever closes them. */
async function openAtOwnClock(root: string, clock: string): Promise<Incident[]> {
  const project = await loadProject({ root, now: new Date(clock) });
  expect(project.ok, JSON.stringify(project.problems.filter((problem) => problem.severity === 'error'))).toBe(true);
  return project.incidents.filter(
    (incident) => incident.type === 'incident' && incidentStatusAt(incident, new Date(clock)) !== 'resolved',
  );
}

test('the sites have open incidents to keep, so the property is tested', async () => {
  const counts = await Promise.all(SITES.map(async ([, root, clock]) => (await openAtOwnClock(root, clock)).length));
  expect(counts[0]).toBe(1);
  expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(4);
});

describe.each(SITES)('%s, day after day', (_name, root, clock) => {
  test.each(LATER_DAYS)('+%i days: valid, and every open incident everywhere it was', async (days) => {
    const open = await openAtOwnClock(root, clock);
    const now = later(clock, days);
    const project = await loadProject({ root, now });
    expect(project.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(project.ok).toBe(true);
    for (const site of buildSiteViews(project.config!, project.incidents, project.now))
      await expectOpenShown(site, open);
  });
});

async function expectOpenShown(site: SiteView, open: Incident[]): Promise<void> {
  const text = async (path: string) => (await renderOutput(site, path))!.body;
  if (open.length > 0) expect(site.overall.status).not.toBe('operational');
  const today = dayKey(site.now, site.config.timeZone);
  for (const incident of open) {
    expect(site.activeIncidents.map((view) => view.slug)).toContain(incident.slug);
    expect(site.incidentBySlug.get(incident.slug)?.active).toBe(true);
    expect(await text(`${site.language.path ? `${site.language.path}/` : ''}history.atom`)).toContain(
      `incidents/${incident.slug}/`,
    );
    expect(await text(`${site.language.path ? `${site.language.path}/` : ''}history.rss`)).toContain(
      `incidents/${incident.slug}/`,
    );
    for (const affected of incident.components) {
      const bars = site.components.find((component) => component.id === affected.id)!.uptimeDays;
      const bar = bars.find((day) => day.day === today)!;
      expect(bar.incidents.map((shown) => shown.slug)).toContain(incident.slug);
      expect(bar.worst).not.toBe('operational');
    }
    if (!site.language.path) {
      const unresolved = JSON.parse(await text('api/v2/incidents/unresolved.json')) as {
        incidents: { shortlink: string; status: string }[];
      };
      expect(unresolved.incidents.some((listed) => listed.shortlink.endsWith(`/incidents/${incident.slug}/`))).toBe(
        true,
      );
      const summary = JSON.parse(await text('api/v2/summary.json')) as { status: { indicator: string } };
      expect(summary.status.indicator).not.toBe('none');
    }
  }
}

describe('built with Astro, days later', () => {
  const outs: string[] = [];
  afterAll(() => outs.forEach((out) => rmSync(out, { recursive: true, force: true })));

  const builds: [name: string, days: number, root: string, clock: string][] = [
    ...SITES.filter(([name]) => name === 'the example').map(([name, root, clock]): [string, number, string, string] => [
      name,
      8,
      root,
      clock,
    ]),
    ...SITES.map(([name, root, clock]): [string, number, string, string] => [name, 400, root, clock]),
  ];

  test.each(builds)('%s, %i days after its clock', async (_name, days, root, clock) => {
    const open = await openAtOwnClock(root, clock);
    const out = mkdtempSync(join(tmpdir(), 'outpost-later-'));
    outs.push(out);
    const now = later(clock, days);
    const build = await astroBuild(root, out, { OUTPOST_NOW: now.toISOString() });
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    for (const incident of open) {
      expect(home).toContain(`/incidents/${incident.slug}/`);
      expect(readFileSync(join(out, 'incidents', incident.slug, 'index.html'), 'utf8')).toContain(
        'class="next-update overdue"',
      );
    }
    if (open.length > 0) {
      const unresolved = readFileSync(join(out, 'api/v2/incidents/unresolved.json'), 'utf8');
      for (const incident of open) expect(unresolved).toContain(`/incidents/${incident.slug}/`);
    }
    if (root === REPO && days === 8) {
      // `astro preview` serves what was built, whatever the clock says now: it judges nothing again.
      const served = await previewHome(root, out, { OUTPOST_NOW: later(clock, 400).toISOString() });
      expect(served).toContain('/incidents/2026-11-22-api-errors/');
    }
  });
});

/** Starts `astro preview` of `outDir`, fetches the home page, stops the server; the page's HTML. */
async function previewHome(root: string, outDir: string, env: Record<string, string>): Promise<string> {
  const astro = join(REPO, 'node_modules/astro/bin/astro.mjs');
  const server = spawn(process.execPath, [astro, 'preview', '--root', root, '--outDir', outDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1' },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  try {
    for (let tries = 0; tries < 300; tries++) {
      const url = /http:\/\/localhost:(\d+)\//.exec(output)?.[0];
      if (url) return await (await fetch(url)).text();
      if (server.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`astro preview served nothing:\n${output}`);
  } finally {
    server.kill();
  }
}
