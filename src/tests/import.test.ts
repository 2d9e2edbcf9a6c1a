/**
 * `outpost import` on real public histories nobody here wrote (src/tests/fixtures/import/README.md
 * says where each is from): every incident and update in is an incident and update out at its
 * exact time, every file validates, old links redirect (in a browser, under a sub-path), and a
 * second run writes nothing. The clock is fixed after the newest fixture, for exact counts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runImport as importRun, type ImportReport } from '../cli/commands/import/command.ts';
import { statuspageItems } from '../cli/commands/import/sources.ts';
import { readCstateTime } from '../core/import/cstate.ts';
import { importedFrom } from '../core/import/render.ts';
import type { Incident } from '../core/incident/model.ts';
import { loadProject } from '../project/project.ts';
import { astroBuild, FIXTURES, filesIn, launchChromium, makeSite, serveStatic, USER_AGENT } from './helpers.ts';

const NOW = '2026-12-01T00:00Z';
process.env.OUTPOST_NOW = NOW;
const STATUSPAGE = join(FIXTURES, 'import/statuspage');
const CSTATE = join(FIXTURES, 'import/cstate');
const SITE = {
  name: 'Imported Status',
  url: 'https://example.github.io/status/',
  components: [{ id: 'website', name: 'Website' }],
};

async function runImport(root: string, args: string[]): Promise<{ code: number; out: string; report: ImportReport }> {
  const lines: string[] = [];
  const say = (line: string) => lines.push(line);
  const { code, report } = await importRun(args, { root, out: say, err: say });
  return { code, out: lines.join('\n'), report };
}

async function project(root: string): Promise<{ incidents: Incident[]; errors: string[] }> {
  const result = await loadProject({ root, now: new Date('2026-12-01T00:00Z') });
  return {
    incidents: result.incidents,
    errors: result.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.file}:${p.line} ${p.rule} ${p.message}`),
  };
}

/** Every file of a site with its bytes and time: a run that writes nothing leaves this the same. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    filesIn(root)
      .filter((path) => !path.startsWith('node_modules'))
      .map((path) => [path, `${statSync(join(root, path)).mtimeMs} ${readFileSync(join(root, path), 'utf8')}`]),
  );
}

const byMarker = (incidents: Incident[], root: string) =>
  new Map(
    incidents.map((incident) => [importedFrom(readFileSync(join(root, incident.file), 'utf8'))?.sourceId, incident]),
  );

describe("outpost import statuspage, on GitHub's and Discord's real v2 JSON", () => {
  const files = [
    'github-components.json',
    'github-incidents.json',
    'discord-components.json',
    'discord-summary.json',
    'discord-incidents.json',
    'discord-scheduled-maintenances.json',
  ];
  const sources = files.map((file) => join(STATUSPAGE, file));
  let site: { root: string; cleanup: () => void };
  let first: { code: number; out: string; report: ImportReport };
  beforeAll(async () => {
    site = makeSite('import-statuspage', SITE);
    first = await runImport(site.root, ['statuspage', ...sources, '--write-config']);
  });
  afterAll(() => site.cleanup());

  const sourceIncidents = () =>
    ['github-incidents.json', 'discord-incidents.json', 'discord-scheduled-maintenances.json'].flatMap((file) => {
      const data = JSON.parse(readFileSync(join(STATUSPAGE, file), 'utf8'));
      return (data.incidents ?? data.scheduled_maintenances) as {
        id: string;
        name: string;
        scheduled_for?: string;
        scheduled_until?: string;
        incident_updates: { status: string; body: string; display_at: string; created_at: string }[];
      }[];
    });

  test('every incident and every update in is one out, at its exact time, with its words', async () => {
    expect(first.code, first.out).toBe(0);
    const { incidents, errors } = await project(site.root);
    expect(errors).toEqual([]);
    const written = byMarker(incidents, site.root);
    const expected = sourceIncidents();
    expect(expected.length).toBe(4);
    expect(incidents.length).toBe(expected.length);
    for (const source of expected) {
      const incident = written.get(source.id)!;
      expect(incident, source.id).toBeDefined();
      expect(incident.title).toBe(source.name);
      const ins = source.incident_updates.map((update) => ({
        at: new Date(update.display_at ?? update.created_at).getTime(),
        status: update.status,
        text: update.body.replace(/\r\n?/g, '\n').trim(),
      }));
      const outs = incident.updates.map((update) => ({
        at: update.at.getTime(),
        status: update.status,
        text: update.markdown,
      }));
      expect(outs.sort((a, b) => a.at - b.at)).toEqual(ins.sort((a, b) => a.at - b.at));
      if (source.scheduled_for)
        expect(incident.scheduled).toEqual({
          start: new Date(source.scheduled_for!),
          end: new Date(source.scheduled_until!),
        });
    }
    expect(first.out).toContain('imported 4 incidents, 0 with new updates, 20 updates in all');
  });

  test('components: each the worst status it was in; the new ones are written into the config', async () => {
    const { incidents } = await project(site.root);
    const actions = byMarker(incidents, site.root).get('69sb0f8lydp4')!;
    expect(actions.components).toEqual([
      { id: 'actions', status: 'major_outage' },
      { id: 'pages', status: 'partial_outage' },
    ]);
    const config = readFileSync(join(site.root, 'astro.config.mjs'), 'utf8');
    for (const id of ['git-operations', 'webhooks', 'api', 'south-korea', 'actions', 'pages'])
      expect(config).toMatch(new RegExp(`id: ["']${id}["']`));
    expect(first.out).toContain(
      '"South Korea" is in group jk03xttfcz9b, which the source does not list: it gets no group',
    );
  });

  test('each Statuspage id keeps a page at /incidents/<id> that leads to the new one, with the base path', async () => {
    const { incidents } = await project(site.root);
    for (const [id, incident] of byMarker(incidents, site.root)) {
      const page = readFileSync(join(site.root, 'public/incidents', id!, 'index.html'), 'utf8');
      expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/status/incidents/${incident.slug}/">`);
      expect(page).toContain(
        `<link rel="canonical" href="https://example.github.io/status/incidents/${incident.slug}/">`,
      );
      expect(page).not.toMatch(/<script/i);
    }
  });

  test('a second run writes nothing; a new update in the source is added on top, nothing else changes', async () => {
    const before = snapshot(site.root);
    const again = await runImport(site.root, ['statuspage', ...sources, '--write-config']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('imported 0 incidents, 0 with new updates, 0 updates in all; 4 already there');
    expect(snapshot(site.root)).toEqual(before);

    const data = JSON.parse(readFileSync(join(STATUSPAGE, 'github-incidents.json'), 'utf8'));
    data.incidents[1].incident_updates.unshift({
      ...data.incidents[1].incident_updates[0],
      id: 'later',
      status: 'resolved',
      body: 'Git SSH connections work normally again.',
      display_at: '2024-09-16T15:01:02.250Z',
      created_at: '2024-09-16T15:01:02.250Z',
    });
    const dir = mkdtempSync(join(tmpdir(), 'outpost-import-'));
    writeFileSync(join(dir, 'incidents.json'), JSON.stringify(data));
    const next = await runImport(site.root, ['statuspage', join(dir, 'incidents.json')]);
    rmSync(dir, { recursive: true, force: true });
    expect(next.out).toContain('1 with new updates, 1 updates in all; 1 already there');
    const after = snapshot(site.root);
    const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
    expect(changed).toEqual(['incidents/2024-09-16-disruption-with-git-ssh.md']);
    const text = readFileSync(join(site.root, changed[0]), 'utf8');
    expect(text).toMatch(
      /---\n\n## Resolved · 2024-09-16 15:01:02\.250 UTC\nGit SSH connections work normally again\.\n\n## Resolved · 2024-09-16 14:28:03\.812 UTC\n/,
    );
  });
});

/** The times a cState issue names explicitly, in its markers and track shortcodes, read as the importer's test-independent oracle. */
function explicitTimes(text: string): number[] {
  const body = text
    .split(/^---\s*$/m)
    .slice(2)
    .join('---');
  const times: number[] = [];
  const marker =
    /^\s*(?:[*_]{1,2}[A-Za-z ]+?\s+(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?)[*_]{1,2}\s*:|(?:Update|Investigating|Resolved)\s+(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?)\s*:)/gm;
  for (const match of body.matchAll(marker)) times.push(readCstateTime(match[1] ?? match[2], 'UTC')!.date.getTime());
  for (const match of body.matchAll(/\{\{[<%]\s*track\s+"([^"]+)"/g))
    times.push(readCstateTime(match[1], 'UTC')!.date.getTime());
  return times;
}

const field = (text: string, name: string) =>
  new RegExp(`^${name}:\\s*['"]?([^'"\\n#]+?)['"]?\\s*$`, 'm').exec(text)?.[1];

describe.each(readdirSync(CSTATE).filter((name) => !name.includes('.')))('outpost import cstate, on %s', (name) => {
  let site: { root: string; cleanup: () => void };
  let first: { code: number; out: string; report: ImportReport };
  const issues = join(CSTATE, name, 'content/issues');
  beforeAll(async () => {
    site = makeSite(`import-cstate-${name}`, SITE);
    first = await runImport(site.root, ['cstate', join(CSTATE, name), '--write-config']);
  });
  afterAll(() => site.cleanup());

  test('every published issue is an incident; every update is out, merged into the one before, or said why', async () => {
    expect(first.code, first.out).toBe(0);
    const { incidents, errors } = await project(site.root);
    expect(errors).toEqual([]);
    const written = byMarker(incidents, site.root);
    for (const file of readdirSync(issues)) {
      const text = readFileSync(join(issues, file), 'utf8');
      const path = `content/issues/${file}`;
      if (/^draft:\s*true/m.test(text)) {
        expect(first.out).toContain(`skipped ${path}: a draft (draft: true): cState does not publish it`);
        expect(written.has(path)).toBe(false);
        continue;
      }
      const incident = written.get(path)!;
      expect(incident, path).toBeDefined();
      expect(incident.title).toBe(field(text, 'title')!.trim());
      const updates = [...incident.updates].reverse();
      // Its first update is at `date`; its Resolved update at `resolvedWhen`; its explicit times all there.
      expect(updates[0].at.getTime(), path).toBe(readCstateTime(field(text, 'date')!, 'UTC')!.date.getTime());
      const resolvedWhen = field(text, 'resolvedWhen');
      if (/^resolved:\s*['"]?true/m.test(text) && resolvedWhen) {
        expect(incident.updates[0]).toMatchObject({
          status: 'resolved',
          at: readCstateTime(resolvedWhen, 'UTC')!.date,
        });
      }
      for (const at of explicitTimes(text))
        expect(
          updates.map((update) => update.at.getTime()),
          `${path} ${new Date(at).toISOString()}`,
        ).toContain(at);
      expect(incident.type).toBe(/^informational:\s*['"]?true/m.test(text) ? 'notice' : 'incident');
    }
  });

  test('the counts add up: written = in - merged - left out + added, and the report says why for each', async () => {
    const { incidents } = await project(site.root);
    const written = byMarker(incidents, site.root);
    for (const entry of first.report.incidents) {
      const incident = written.get(entry.sourceId)!;
      const { merged, leftOut, added } = entry.counted;
      expect(incident.updates.length, `${entry.sourceId}\n${entry.notes.join('\n')}`).toBe(
        entry.updatesIn - merged - leftOut + added,
      );
      const notes = entry.notes.join('\n');
      if (merged > 0) expect(notes).toContain(`${merged} part${merged === 1 ? '' : 's'} without a time of`);
      if (added > 0)
        expect(notes).toMatch(
          /Resolved update added|Resolved at the last update's time|the first update repeats the title/,
        );
      for (const note of entry.notes) expect(first.out).toContain(`  ${entry.label}: ${note}`);
    }
  });

  test('old /issues/<name>/ addresses lead to the new pages; a second run writes nothing', async () => {
    const { incidents } = await project(site.root);
    for (const [sourceId, incident] of byMarker(incidents, site.root)) {
      const name = sourceId!.split('/').pop()!.replace(/\.md$/, '').toLowerCase();
      const page = join(site.root, 'public/issues', name, 'index.html');
      expect(existsSync(page), sourceId).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain(`url=/status/incidents/${incident.slug}/`);
    }
    const before = snapshot(site.root);
    const again = await runImport(site.root, ['cstate', join(CSTATE, name), '--write-config']);
    expect(again.out).toMatch(/imported 0 incidents, 0 with new updates, 0 updates in all; \d+ already there/);
    expect(snapshot(site.root)).toEqual(before);
  });
});

describe('cState issues read by hand', () => {
  const read = async (site: string, file: string) => {
    const root = makeSite(`import-hand-${site}`, SITE);
    try {
      const result = await runImport(root.root, ['cstate', join(CSTATE, site), '--write-config']);
      const incident = byMarker((await project(root.root)).incidents, root.root).get(`content/issues/${file}`)!;
      return { incident, text: readFileSync(join(root.root, incident.file), 'utf8'), out: result.out };
    } finally {
      root.cleanup();
    }
  };

  test('Uberspace "vela": times in the markers, newest first in the source, the last one at resolvedWhen', async () => {
    const { incident } = await read('Uberspace__status-page', '2019-01-28-vela.md');
    expect(incident.updates.map((update) => `${update.status} ${update.at.toISOString()}`)).toEqual([
      'resolved 2019-01-29T14:40:00.000Z',
      'update 2019-01-29T12:40:00.000Z',
      'update 2019-01-28T21:30:00.000Z',
      'investigating 2019-01-28T17:33:00.000Z',
      'investigating 2019-01-28T17:33:00.000Z',
    ]);
    expect(incident.updates.at(-1)!.markdown).toBe('vela down');
    expect(incident.impact).toBe('critical');
    expect(incident.components).toEqual([{ id: 'vela', status: 'major_outage' }]);
  });

  test('CynderHost "Proton": untimed parts stay in the first update with their words, Resolved at resolvedWhen, the post mortem kept', async () => {
    const { incident } = await read('CynderHost__status-page', '2021-11-05-service-issue-impacting-proton.md');
    expect(incident.updates.map((update) => `${update.status} ${update.at.toISOString()}`)).toEqual([
      'resolved 2021-10-13T07:58:18.506Z',
      'investigating 2021-10-13T07:45:18.497Z',
    ]);
    expect(incident.updates[0].markdown).toBe(
      'At this time, we are marking this incident as resolved. Further details will be forthcoming.',
    );
    expect(incident.updates[1].markdown).toContain(
      '\n\n**Investigating** – We are continuing to mitigate issues impacting proton.cynderhost.com',
    );
    expect(incident.updates[1].markdown).toContain(
      '\n\n**Recovery** – We are now seeing error rates return to normal now.',
    );
    expect(incident.postmortemMarkdown).toBe(
      'The post mortem for this incident may be found here: <https://status.cynderhost.com/pages/october-13th-proton-outage-post-mortem/>',
    );
  });

  test('linuxserver: an informational issue with a date and no time is a notice at midnight UTC, as Hugo reads it', async () => {
    const { incident, out } = await read('linuxserver__cstate', '2015-06-29-smokeping.md');
    expect(incident).toMatchObject({ type: 'notice', title: 'New Container: Smokeping' });
    expect(incident.updates.map((update) => update.at.toISOString())).toEqual(['2015-06-29T00:00:00.000Z']);
    expect(out).toContain(
      'content/issues/2015-06-29-smokeping.md: date "2015-06-29" has no time of day: the first update is at 00:00 in UTC, as Hugo reads it',
    );
  });
});

describe('bad input', () => {
  let site: { root: string; cleanup: () => void };
  let dir: string;
  beforeAll(() => {
    site = makeSite('import-broken', SITE);
    dir = mkdtempSync(join(tmpdir(), 'outpost-import-broken-'));
  });
  afterAll(() => {
    site.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a file that is not JSON, or is cut short: a clear error naming it, nothing written', async () => {
    writeFileSync(join(dir, 'page.html'), '<!doctype html><title>Status</title>');
    const html = await runImport(site.root, ['statuspage', join(dir, 'page.html')]);
    expect(html.code).toBe(1);
    expect(html.out).toContain(
      `import stopped: ${join(dir, 'page.html')} is not JSON: it starts with "<!doctype html><titl"`,
    );
    const text = readFileSync(join(STATUSPAGE, 'discord-incidents.json'), 'utf8');
    writeFileSync(join(dir, 'cut.json'), text.slice(0, 200));
    const cut = await runImport(site.root, ['statuspage', join(dir, 'cut.json')]);
    expect(cut.out).toContain(
      `import stopped: ${join(dir, 'cut.json')} ends before its JSON does: the file is cut short`,
    );
    expect(filesIn(site.root).filter((path) => path.startsWith('incidents/') || path.startsWith('public/'))).toEqual(
      [],
    );
  });

  test('an incident without its updates is skipped, naming the field; one whose file would not validate is not written', async () => {
    const data = JSON.parse(readFileSync(join(STATUSPAGE, 'discord-scheduled-maintenances.json'), 'utf8'));
    const broken = { ...data.scheduled_maintenances[0], id: 'nowindow1234' };
    delete broken.incident_updates;
    const backwards = {
      ...data.scheduled_maintenances[0],
      id: 'backwards123',
      scheduled_for: '2015-09-22T02:00:00.000-07:00',
      scheduled_until: '2015-09-22T01:00:00.000-07:00',
    };
    writeFileSync(join(dir, 'maintenances.json'), JSON.stringify({ scheduled_maintenances: [broken, backwards] }));
    const result = await runImport(site.root, ['statuspage', join(dir, 'maintenances.json')]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `skipped Statuspage incident nowindow1234 (${join(dir, 'maintenances.json')}: scheduled_maintenances.0): can't be read: incident_updates: Invalid input: expected array, received undefined`,
    );
    expect(result.out).toMatch(
      /not written: Statuspage maintenance backwards123 would not be valid as incidents\/2015-09-19-server-juice\.md:\nincidents\/2015-09-19-server-juice\.md:\d+:\d+: error \[maintenance-window\]/,
    );
    expect(filesIn(site.root).filter((path) => path.startsWith('incidents/'))).toEqual([]);
  });

  test('a cState issue without a title is skipped, saying so; a folder with no issues is a usage error', async () => {
    const issues = join(dir, 'cstate/content/issues');
    cpSync(join(CSTATE, 'packit__status/content/issues'), issues, { recursive: true });
    writeFileSync(
      join(issues, '2021-01-01-no-title.md'),
      '---\ndate: 2021-01-01 10:00:00\nsection: issue\n---\n\nText.\n',
    );
    const result = await runImport(site.root, ['cstate', join(dir, 'cstate')]);
    expect(result.out).toContain("skipped content/issues/2021-01-01-no-title.md: can't be read: no title");
    await expect(runImport(site.root, ['cstate', join(dir)])).rejects.toThrow(
      `${dir} has no cState issues (.md files in content/issues)`,
    );
    await expect(runImport(site.root, ['statuspage', join(dir, 'missing.json')])).rejects.toThrow(
      `there is no file ${join(dir, 'missing.json')}`,
    );
    await expect(runImport(site.root, ['instatus', 'x'])).rejects.toThrow('"instatus" is not something to import from');
  });
});

describe('large histories stream', () => {
  test('an incident is handed on before the rest of the file has arrived', async () => {
    const incident = JSON.parse(readFileSync(join(STATUSPAGE, 'github-incidents.json'), 'utf8')).incidents[0];
    let release!: () => void;
    const rest = new Promise<void>((resolve) => (release = resolve));
    async function* chunks() {
      yield `{"incidents":[${JSON.stringify(incident)},`;
      await rest; // Never comes unless the first incident was handed on already.
      yield `${JSON.stringify({ ...incident, id: 'second' })}]}`;
    }
    const seen: string[] = [];
    for await (const item of statuspageItems(chunks(), 'stream')) {
      seen.push((item.value as { id: string }).id);
      release();
    }
    expect(seen).toEqual(['69sb0f8lydp4', 'second']);
  });
});

describe("from addresses: the management API, page by page, and a page's public v2 API", () => {
  test('every page of /v1/pages/{id}/incidents with the key from the environment; components in their groups', async () => {
    const { createServer } = await import('node:http');
    const template = JSON.parse(readFileSync(join(STATUSPAGE, 'github-incidents.json'), 'utf8')).incidents[1];
    const all = Array.from({ length: 230 }, (_, n) => {
      const at = new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString();
      return {
        ...template,
        id: `mgmt${String(n).padStart(4, '0')}`,
        name: `Incident number ${n}`,
        postmortem_body: n === 7 ? '## What happened\nA disk filled up.' : null,
        incident_updates: [
          {
            ...template.incident_updates[0],
            created_at: at,
            display_at: at,
            status: 'resolved',
            body: `Resolved ${n}.`,
          },
        ],
        components: [{ id: 'c1', name: 'Git Operations', group_id: 'g1' }],
      };
    });
    const seen: string[] = [];
    const userAgents = new Set<string | undefined>();
    const server = createServer((request, response) => {
      const url = new URL(request.url!, 'http://x');
      seen.push(`${url.pathname}?${url.searchParams.get('page')} ${request.headers.authorization}`);
      userAgents.add(request.headers['user-agent']);
      const page = Number(url.searchParams.get('page'));
      const per = Number(url.searchParams.get('per_page'));
      const lists: Record<string, unknown[]> = {
        '/v1/pages/abc/incidents': all,
        '/v1/pages/abc/components': [{ id: 'c1', name: 'Git Operations', group_id: 'g1', status: 'operational' }],
        '/v1/pages/abc/component-groups': [
          { id: 'g1', name: 'Developers', description: 'For developers', components: ['c1'] },
        ],
      };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify((lists[url.pathname] ?? []).slice((page - 1) * per, page * per)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const site = makeSite('import-management', SITE);
    try {
      const address = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1/pages/abc/incidents`;
      await expect(
        runImport(site.root, ['statuspage', address, '--key-env', 'OUTPOST_TEST_NO_SUCH_KEY']),
      ).rejects.toThrow('the management API needs its key in the environment variable OUTPOST_TEST_NO_SUCH_KEY');
      process.env.OUTPOST_TEST_STATUSPAGE_KEY = 'k-123';
      const result = await runImport(site.root, [
        'statuspage',
        address,
        '--key-env',
        'OUTPOST_TEST_STATUSPAGE_KEY',
        '--write-config',
      ]);
      expect(result.code, result.out).toBe(0);
      expect(result.report.written.length).toBe(230);
      expect(seen.filter((line) => line.startsWith('/v1/pages/abc/incidents'))).toEqual(
        ['1', '2', '3'].map((page) => `/v1/pages/abc/incidents?${page} OAuth k-123`),
      );
      expect([...userAgents]).toEqual([USER_AGENT]);
      const { incidents, errors } = await project(site.root);
      expect(errors).toEqual([]);
      expect(incidents.length).toBe(230);
      expect(byMarker(incidents, site.root).get('mgmt0007')!.postmortemMarkdown).toBe(
        '### What happened\nA disk filled up.',
      );
      const config = readFileSync(join(site.root, 'astro.config.mjs'), 'utf8');
      expect(config).toMatch(
        /id: ["']developers["'],\s*name: ["']Developers["'],\s*description: ["']For developers["']/,
      );
      expect(config).toMatch(/id: ["']git-operations["'],\s*name: ["']Git Operations["'],\s*group: ["']developers["']/);
    } finally {
      delete process.env.OUTPOST_TEST_STATUSPAGE_KEY;
      site.cleanup();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test("a page's address: its components, incidents and maintenances from /api/v2/", async () => {
    const { createServer } = await import('node:http');
    const files: Record<string, string> = {
      '/api/v2/components.json': 'discord-components.json',
      '/api/v2/incidents.json': 'discord-incidents.json',
      '/api/v2/scheduled-maintenances.json': 'discord-scheduled-maintenances.json',
    };
    const server = createServer((request, response) => {
      const file = files[new URL(request.url!, 'http://x').pathname];
      response.writeHead(file ? 200 : 404, { 'content-type': 'application/json' });
      response.end(file ? readFileSync(join(STATUSPAGE, file)) : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const site = makeSite('import-v2-url', SITE);
    try {
      const result = await runImport(site.root, [
        'statuspage',
        `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
        '--write-config',
      ]);
      expect(result.code, result.out).toBe(0);
      expect(result.report.written.map((entry) => entry.sourceId).sort()).toEqual(['chkt3cr0jf7b', 'n4njzfn1mqy0']);
      const missing = await runImport(site.root, [
        'statuspage',
        `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v2/nothing.json`,
      ]);
      expect(missing.out).toContain('/api/v2/nothing.json answered HTTP 404');
    } finally {
      site.cleanup();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('old links under a sub-path, in a browser', () => {
  test('/status/incidents/<statuspage id> lands on the imported incident', async () => {
    const site = makeSite('import-browser', SITE);
    const work = mkdtempSync(join(tmpdir(), 'outpost-import-browser-'));
    try {
      const result = await runImport(site.root, [
        'statuspage',
        join(STATUSPAGE, 'github-incidents.json'),
        '--write-config',
      ]);
      expect(result.code, result.out).toBe(0);
      const build = await astroBuild(site.root, join(work, 'status'), { OUTPOST_NOW: NOW });
      expect(build.code, build.stdout + build.stderr).toBe(0);
      const server = await serveStatic(work);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ javaScriptEnabled: false });
        for (const old of ['/status/incidents/69sb0f8lydp4', '/status/incidents/69sb0f8lydp4/']) {
          await page.goto(server.url + old);
          await page.waitForURL(`${server.url}/status/incidents/2024-09-16-incident-with-pages-and-actions/`);
          await expect(page.locator('h1').textContent()).resolves.toBe('Incident with Pages and Actions');
        }
      } finally {
        await browser.close();
        await server.close();
      }
    } finally {
      site.cleanup();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
