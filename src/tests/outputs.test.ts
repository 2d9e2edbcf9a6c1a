/**
 * Feeds, calendar, Statuspage API, badges and the JSON Schema of a fixture
 * built at a moment with an active incident, maintenance in progress and
 * maintenance planned; read back with real parsers.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseJsonFeed } from 'feedsmith';
import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { en } from '../core/i18n/en.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OUTPUTS } from '../core/outputs/registry.ts';
import { API_DOCUMENTS } from '../core/outputs/statuspage-schema.ts';
import { activeContent, astroBuild, elementsOf, filesIn, FIXTURES } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'outpost-outputs-'));
const out = join(work, 'dist');
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  const result = await astroBuild(`${FIXTURES}outputs`, out, { OUTPOST_NOW: '2026-11-22T18:45Z' });
  expect(result.code, result.stdout + result.stderr).toBe(0);
});

const NEWEST_SIX = [
  ['[Update] API requests fail for some customers', '2026-11-22-api-errors#2026-11-22T18:30:00Z'],
  ['[Identified] API requests fail for some customers', '2026-11-22-api-errors#2026-11-22T18:20:00Z'],
  ['[Investigating] API requests fail for some customers', '2026-11-22-api-errors#2026-11-22T18:05:00Z'],
  ['[In progress] Backup storage maintenance', '2026-11-22-backup-maintenance#2026-11-22T18:00:00Z'],
  ['[Scheduled] Website maintenance', '2026-12-01-web-maintenance#2026-11-20T12:00:00Z'],
  ['[Scheduled] Backup storage maintenance', '2026-11-22-backup-maintenance#2026-11-15T12:00:00Z'],
];

describe('feeds', () => {
  test('Atom: one entry per update, newest first, capped, tag-URI ids around <slug>#<time>', () => {
    const feed = parseFeed(read('history.atom'));
    expect(feed.title).toBe('Outputs Status: incident history');
    expect(feed.updated?.toISOString()).toBe('2026-11-22T18:30:00.000Z');
    expect(feed.items.map((item) => [item.title, item.id])).toEqual(
      NEWEST_SIX.map(([title, id]) => [title, `tag:status.example.org,${id.slice(0, 10)}:${id}`]),
    );
    expect(feed.items[0].url).toBe(
      'https://status.example.org/incidents/2026-11-22-api-errors/#update-2026-11-22T18-30-00Z',
    );
    expect(feed.items[0].content).toContain('<strong>Affected:</strong> API (partial outage)');
    expect(read('history.atom')).toContain('<link rel="self" href="https://status.example.org/history.atom"/>');
  });

  test('RSS 2.0: the same entries, guid the update link, atom:link self', () => {
    const feed = parseFeed(read('history.rss'));
    expect(feed.items.map((item) => item.title)).toEqual(NEWEST_SIX.map(([title]) => title));
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(6);
    expect(feed.items[3].published?.toISOString()).toBe('2026-11-22T18:00:00.000Z');
    expect(read('history.rss')).toContain(
      '<atom:link href="https://status.example.org/history.rss" rel="self" type="application/rss+xml"/>',
    );
  });

  test('JSON Feed 1.1: the same entries with <slug>#<time> ids', () => {
    const raw = json('feed.json');
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    const feed = parseJsonFeed(read('feed.json'));
    expect(feed.items?.map((item) => [item.title, item.id])).toEqual(NEWEST_SIX);
    expect(feed.feed_url).toBe('https://status.example.org/feed.json');
  });

  test('per component and per group', () => {
    const web = parseFeed(read('components/web/history.atom'));
    expect(web.items.map((item) => item.title)).toEqual([
      '[Scheduled] Website maintenance',
      '[Resolved] <b>Website</b> down & "unreachable"',
      '[Monitoring] <b>Website</b> down & "unreachable"',
      '[Investigating] <b>Website</b> down & "unreachable"',
    ]);
    const backups = parseJsonFeed(read('components/db-backups/feed.json'));
    expect(backups.items?.map((item) => item.title)).toEqual([
      '[In progress] Backup storage maintenance',
      '[Scheduled] Backup storage maintenance',
    ]);
    const group = parseFeed(read('components/core/history.rss'));
    expect(group.title).toBe('Outputs Status: Core services');
    expect(group.items).toHaveLength(6);
    expect(group.items.some((item) => item.title?.includes('Backup'))).toBe(false);
  });

  test('every page offers the feeds for auto-discovery', () => {
    for (const page of ['index.html', 'history/index.html', 'incidents/2026-11-22-api-errors/index.html', '404.html']) {
      const html = read(page);
      expect(html, page).toContain(
        '<link rel="alternate" type="application/atom+xml" title="Outputs Status (Atom)" href="/history.atom">',
      );
      expect(html, page).toContain('type="application/rss+xml"');
      expect(html, page).toContain('type="application/feed+json"');
    }
    expect(read('components/api/index.html')).toContain(
      '<link rel="alternate" type="application/atom+xml" title="API (Atom)" href="/components/api/history.atom">',
    );
  });

  test('hostile Markdown stays inert in every feed and JSON string; titles stay text', () => {
    // Each element's text as a reader gets it: one XML decoding (CDATA kept as is). Feed parsers decode
    // entities once more, which would turn escaped text back into tags no reader's HTML view ever sees.
    const xmlText = (xml: string) =>
      xml.replace(
        /<!\[CDATA\[([\s\S]*?)\]\]>|&(lt|gt|quot|apos|amp);/g,
        (_, cdata: string | undefined, name: string) =>
          cdata ?? { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name]!,
      );
    const elements = (file: string, tag: string) =>
      [...read(file).matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => xmlText(match[1]));
    const jsonFeed = json('feed.json');
    const html = [...elements('history.atom', 'content'), ...elements('history.rss', 'content:encoded')].concat(
      jsonFeed.items.map((item: { content_html: string }) => item.content_html),
    );
    expect(html.some((content) => content.includes('Some requests fail.'))).toBe(true);
    for (const content of html) expect(activeContent(content)).toEqual([]);
    // Readers take an RSS description as HTML: markup that was text in the message (a code span) must stay text there.
    const descriptions = elements('history.rss', 'description');
    expect(descriptions.some((description) => description.includes('&lt;img src=x onmouseover=alert(3)&gt;'))).toBe(
      true,
    );
    for (const description of descriptions) expect(activeContent(description), description).toEqual([]);
    for (const { path } of OUTPUTS.filter((file) => file.type !== 'image/svg+xml')) {
      expect(read(path), path).not.toMatch(/<script|onerror\s*=|javascript:/i);
    }
  });
});

describe('Statuspage v2 API', () => {
  test.each(Object.entries(API_DOCUMENTS))('%s passes the Statuspage schema', (name, schema) => {
    const result = schema.safeParse(json(`api/v2/${name}`));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('status and components at the fixed clock', () => {
    expect(json('api/v2/status.json').status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
    const components = json('api/v2/components.json').components.map(
      (c: { id: string; status: string; group: boolean; group_id: string | null }) => [
        c.id,
        c.status,
        c.group,
        c.group_id,
      ],
    );
    expect(components).toEqual([
      ['core', 'partial_outage', true, null],
      ['web', 'operational', false, 'core'],
      ['api', 'partial_outage', false, 'core'],
      ['db-backups', 'under_maintenance', false, null],
    ]);
  });

  test('unresolved incidents, with "Update" reported as the state it kept', () => {
    const [incident, ...rest] = json('api/v2/incidents/unresolved.json').incidents;
    expect(rest).toEqual([]);
    expect(incident).toMatchObject({
      id: '2026-11-22-api-errors',
      status: 'identified',
      impact: 'major',
      started_at: '2026-11-22T18:05:00Z',
      resolved_at: null,
      shortlink: 'https://status.example.org/incidents/2026-11-22-api-errors/',
    });
    expect(
      incident.incident_updates.map((u: { status: string; created_at: string }) => [u.status, u.created_at]),
    ).toEqual([
      ['identified', '2026-11-22T18:30:00Z'],
      ['identified', '2026-11-22T18:20:00Z'],
      ['investigating', '2026-11-22T18:05:00Z'],
    ]);
    expect(incident.incident_updates[2].body).toBe('Some requests fail. x ]]> end <img src=x onmouseover=alert(3)>');
    const all = json('api/v2/incidents.json').incidents.map((i: { id: string; status: string }) => [i.id, i.status]);
    expect(all).toEqual([
      ['2026-11-22-api-errors', 'identified'],
      ['2026-11-10-web-down', 'resolved'],
    ]);
  });

  test('active and upcoming maintenance', () => {
    const active = json('api/v2/scheduled-maintenances/active.json').scheduled_maintenances;
    expect(
      active.map((m: { id: string; status: string; scheduled_for: string }) => [m.id, m.status, m.scheduled_for]),
    ).toEqual([['2026-11-22-backup-maintenance', 'in_progress', '2026-11-22T18:00:00Z']]);
    const upcoming = json('api/v2/scheduled-maintenances/upcoming.json').scheduled_maintenances;
    expect(
      upcoming.map((m: { id: string; status: string; scheduled_until: string }) => [m.id, m.status, m.scheduled_until]),
    ).toEqual([['2026-12-01-web-maintenance', 'scheduled', '2026-12-01T04:00:00Z']]);
    const all = json('api/v2/scheduled-maintenances.json').scheduled_maintenances.map(
      (m: { id: string; status: string }) => [m.id, m.status],
    );
    expect(all).toEqual([
      ['2026-12-01-web-maintenance', 'scheduled'],
      ['2026-11-22-backup-maintenance', 'in_progress'],
      ['2026-11-01-completed-maintenance', 'completed'],
      ['2025-11-20-old-maintenance', 'completed'],
    ]);
    const summary = json('api/v2/summary.json');
    expect(summary.incidents.map((i: { id: string }) => i.id)).toEqual(['2026-11-22-api-errors']);
    expect(summary.scheduled_maintenances.map((m: { id: string }) => m.id)).toEqual([
      '2026-11-22-backup-maintenance',
      '2026-12-01-web-maintenance',
    ]);
  });
});

describe('maintenance calendar', () => {
  test('parses with ical.js: one VEVENT per window ahead or in the past year, stable UIDs, UTC times', () => {
    const text = read('maintenance.ics');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Outpost//status.example.org//EN');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(
      events.map((event) => [
        event.uid,
        event.summary,
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
      ]),
    ).toEqual([
      [
        '2026-11-01-completed-maintenance@status.example.org',
        'Earlier API maintenance',
        '2026-11-01T02:00:00.000Z',
        '2026-11-01T03:00:00.000Z',
      ],
      [
        '2026-11-22-backup-maintenance@status.example.org',
        'Backup storage maintenance',
        '2026-11-22T18:00:00.000Z',
        '2026-11-22T20:00:00.000Z',
      ],
      [
        '2026-12-01-web-maintenance@status.example.org',
        'Website maintenance',
        '2026-12-01T03:00:00.000Z',
        '2026-12-01T04:00:00.000Z',
      ],
    ]);
    expect(text).toContain('\r\nDTSTART:20261201T030000Z\r\nDTEND:20261201T040000Z\r\n');
    expect(calendar.getAllSubcomponents('vevent')[2].getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-11-20T12:00:00Z',
    );
    // The window that ended more than a year ago stays in the history and the API (above), not in the calendar.
    expect(text).not.toContain('Database upgrade a year ago');
  });
});

test('plain-text RSS titles encode & and < as hexadecimal character references, as the W3C feed validator asks', () => {
  const xml = read('components/web/history.rss');
  expect(xml).toContain('<title>[Resolved] &#x3C;b&gt;Website&#x3C;/b&gt; down &#x26; &quot;unreachable&quot;</title>');
  expect(parseFeed(xml).items.map((item) => item.title)).toContain('[Resolved] <b>Website</b> down & "unreachable"');
  expect(xml).not.toMatch(/<title>[^<]*&amp;/);
});

describe('the outputs registry', () => {
  test('the build writes every registered file for the site, and the scoped ones for each component and group', () => {
    const written = new Set(filesIn(out));
    for (const file of OUTPUTS) {
      expect(written.has(file.path), file.path).toBe(true);
      for (const scope of ['api', 'db-backups', 'core'])
        expect(written.has(`components/${scope}/${file.path}`), `${scope}/${file.path}`).toBe(file.scoped === true);
    }
  });

  test('every page links the registered feeds in <head> and the footer files by their labels', () => {
    const html = read('index.html');
    const label = (file: (typeof OUTPUTS)[number]) => en[file.label!];
    for (const file of OUTPUTS.filter((candidate) => candidate.alternate))
      expect(html).toContain(
        `<link rel="alternate" type="${file.type}" title="Outputs Status (${label(file)})" href="/${file.path}">`,
      );
    for (const file of OUTPUTS.filter((candidate) => candidate.footer))
      expect(html).toContain(`<a href="/${file.path}">${label(file)}</a>`);
  });
});

describe('badges and the incident schema', () => {
  test('badges say the status in words, with an accessible title', () => {
    expect(read('badge.svg')).toContain('<title>Outputs Status: partial outage</title>');
    expect(read('components/db-backups/badge.svg')).toContain('aria-label="Backups: under maintenance"');
    expect(read('components/core/badge.svg')).toContain('<title>Core services: partial outage</title>');
  });

  test("/schema/incident.json is generated from the zod schema, with this site's components", () => {
    const schema = json('schema/incident.json');
    expect(schema.$id).toBe('https://status.example.org/schema/incident.json');
    expect(schema.required).toEqual(['title']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.impact.enum).toEqual(['none', 'minor', 'major', 'critical']);
    expect(schema.properties.components.anyOf[0].items.enum).toEqual(['web', 'api', 'db-backups']);
  });
});

describe('following the page', () => {
  test('/subscribe/ lists the feeds of the site, each group and each component, the calendar, Slack, Teams, the list and the accounts', () => {
    const html = read('subscribe/index.html');
    const links = elementsOf(html)
      .filter((element) => element.tag === 'a')
      .map((element) => element.attrs.href);
    for (const scope of ['', 'components/core/', 'components/web/', 'components/api/', 'components/db-backups/']) {
      for (const file of ['history.atom', 'history.rss', 'feed.json'])
        expect(links, `${scope}${file}`).toContain(`/${scope}${file}`);
    }
    expect(links).toContain('/maintenance.ics');
    expect(html).toContain('/feed subscribe https://status.example.org/history.atom');
    expect(html).toContain('Post to a channel when a RSS feed item is published');
    expect(links).toContain('https://lists.example.org/join/status');
    expect(links).toContain('https://social.example.org/@outputs');
    expect(html).toContain('>@outputs@social.example.org</a>');
    expect(links).toContain('https://bsky.app/profile/status.example.org');
    // Only what a reader can do: the API, the embed, badges and the webhook schema are for developers (docs/developers.md).
    for (const developers of ['/schema/webhook.json', '/api/v2/summary.json', '/embed/', '/badge.svg'])
      expect(links).not.toContain(developers);
    expect(html).not.toContain('embed.js');
  });

  test("every page's header and footer link /subscribe/", () => {
    for (const page of [
      'index.html',
      'history/index.html',
      'components/api/index.html',
      'components/api/history/index.html',
      'incidents/2026-11-22-api-errors/index.html',
      'subscribe/index.html',
      '404.html',
    ]) {
      expect(read(page), page).toContain('<a class="nav-subscribe" href="/subscribe/">Subscribe</a>');
      expect(read(page), page).toContain('<a href="/subscribe/">All ways to follow</a>');
    }
  });

  test("/schema/webhook.json is generated from the payload's zod schema", () => {
    const schema = json('schema/webhook.json');
    expect(schema.$id).toBe('https://status.example.org/schema/webhook.json');
    expect(schema.required).toEqual(['delivery_id', 'event', 'language', 'site', 'incident', 'update']);
    expect(schema.properties.incident.properties.type.enum).toEqual(['incident', 'maintenance', 'notice']);
    expect(schema.properties.update.properties.created_at.type).toBe('string');
  });

  test('_headers lets other origins read the JSON (Cloudflare Pages, Netlify)', () => {
    expect(read('_headers')).toMatch(/^\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
  });

  test('/embed/ shows the pill and the banner at build time, with no script', () => {
    const html = read('embed/index.html');
    // Its own stylesheet is the only active content: no script, no handler.
    expect(activeContent(html)).toEqual(['<style>']);
    expect(html).toContain('<span>Partial outage</span>');
    expect(html).toContain(
      '<a href="https://status.example.org/incidents/2026-11-22-api-errors/" target="_blank" rel="noopener">API requests fail for some customers</a> (Identified)',
    );
    expect(html).toContain('Backup storage maintenance</a> (In progress)');
  });

  test('/embed.js stays under 3 KB gzipped and needs nothing else', () => {
    const script = read('embed.js');
    expect(gzipSync(script).length).toBeLessThan(3 * 1024);
    expect(script).not.toMatch(/\bimport\b|innerHTML|eval\(/);
  });
});

describe('stable across builds', () => {
  test('a later rebuild of the same files keeps every id; the same clock gives the same bytes', async () => {
    const again = join(work, 'again');
    const later = join(work, 'later');
    expect((await astroBuild(`${FIXTURES}outputs`, again, { OUTPOST_NOW: '2026-11-22T18:45Z' })).code).toBe(0);
    expect((await astroBuild(`${FIXTURES}outputs`, later, { OUTPOST_NOW: '2026-11-22T18:50Z' })).code).toBe(0);
    for (const file of filesIn(out))
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    const ids = (dir: string) =>
      parseFeed(readFileSync(join(dir, 'history.atom'), 'utf8')).items.map((item) => item.id);
    expect(ids(later)).toEqual(ids(out));
  });
});
