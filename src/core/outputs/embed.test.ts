import { describe, expect, test } from 'vitest';
import { incident, update } from '../../tests/builders.ts';
import { parseSiteConfig } from '../checks/validate.ts';
import { embedCss, renderEmbedPage, renderEmbedScript, renderHostHeaders } from './embed.ts';
import { STATUS_PALETTE } from '../theme/palette.ts';
import { buildSiteView, buildSiteViews } from './view-model.ts';

const config = (extra: Record<string, unknown> = {}) =>
  parseSiteConfig(
    {
      name: 'Acme <Status>',
      url: 'https://status.acme.example/base/',
      components: [
        { id: 'api', name: 'API' },
        { id: 'web', name: 'Web' },
      ],
      ...extra,
    },
    'astro.config.mjs',
  ).config!;
const now = new Date('2026-11-22T18:30Z');
const active = (slug: string, impact: 'minor' | 'major' | 'critical', at: string) =>
  incident(slug, {
    title: `${slug} & co`,
    impact,
    components: [
      {
        id: 'api',
        status: impact === 'critical' ? 'major_outage' : impact === 'major' ? 'partial_outage' : 'degraded_performance',
      },
    ],
    timeline: [update('investigating', at)],
  });
const maintenance = incident('window', {
  type: 'maintenance',
  impact: 'none',
  components: [{ id: 'web', status: 'under_maintenance' }],
  scheduled: { start: new Date('2026-11-22T18:00Z'), end: new Date('2026-11-22T20:00Z') },
  timeline: [update('scheduled', '2026-11-20T09:00Z')],
});

describe('/embed/', () => {
  test.each([
    ['all well: the pill alone', [], 'none', 'All systems operational', []],
    ['maintenance', [maintenance], 'maintenance', 'Maintenance in progress', ['window']],
    ['minor', [active('slow', 'minor', '2026-11-22T18:05Z')], 'minor', 'Some systems are slow', ['slow']],
    ['major', [active('errors', 'major', '2026-11-22T18:05Z')], 'major', 'Partial outage', ['errors']],
    [
      'critical: at most three items, incidents before maintenance',
      [
        active('a', 'critical', '2026-11-22T18:01Z'),
        active('b', 'minor', '2026-11-22T18:02Z'),
        active('c', 'minor', '2026-11-22T18:03Z'),
        maintenance,
      ],
      'critical',
      'Major outage',
      ['c', 'b', 'a'],
    ],
  ])('%s', (_name, incidents, indicator, label, items) => {
    const page = renderEmbedPage(buildSiteView(config(), incidents, now));
    expect(page).toContain(
      `<a class="pill ${indicator}" href="https://status.acme.example/base/" target="_blank" rel="noopener"><span class="dot"></span><span>${label}</span></a>`,
    );
    expect(page).toContain('<title>Acme &lt;Status&gt;: status</title>');
    expect(page).toContain('<html lang="en">');
    const links = [
      ...page.matchAll(/<li><a href="([^"]+)" target="_blank" rel="noopener">([^<]+)<\/a> \(([^)]+)\)<\/li>/g),
    ].map((match) => [match[1], match[2]]);
    expect(links).toEqual(
      items.map((slug) => [
        `https://status.acme.example/base/incidents/${slug}/`,
        `${slug === 'window' ? 'window' : `${slug} &amp; co`}`,
      ]),
    );
    expect(
      page.includes(`<section class="banner ${indicator}" aria-label="Service status"><strong>${label}</strong><ul>`),
    ).toBe(items.length > 0);
  });
});

describe('/embed.js', () => {
  test("one language: links from the summary, the site's root next to the script", () => {
    const script = renderEmbedScript(buildSiteView(config(), [], now));
    expect(script).toContain("const root = new URL('.', me.src);");
    expect(script).toContain('const page = link(d.page && d.page.url, root.href);');
    expect(script).toContain('a.href = link(item.shortlink, page);');
    expect(script).not.toContain('LANG');
    const words = JSON.parse(/const T = (.*);\n/.exec(script)![1]);
    expect(words.region).toBe('Service status');
    expect(words.labels).toEqual({
      none: 'All systems operational',
      minor: 'Some systems are slow',
      major: 'Partial outage',
      critical: 'Major outage',
      maintenance: 'Maintenance in progress',
    });
    expect(words.words).toMatchObject({
      investigating: 'Investigating',
      resolved: 'Resolved',
      in_progress: 'In progress',
    });
    expect(JSON.parse(/const CSS = (.*);\n/.exec(script)![1])).toBe(embedCss());
    expect(() => new Function(script)).not.toThrow();
  });

  test('a second language: its words, links into its folder, the API at the root', () => {
    const [en, de] = buildSiteViews(config({ locales: ['en', 'de'] }), [], now);
    expect(renderEmbedScript(en)).not.toContain('LANG');
    const script = renderEmbedScript(de);
    expect(script).toContain('const LANG = "de/";');
    expect(script).toContain("const root = new URL('..', me.src);");
    expect(script).toContain('const page = new URL(LANG, root).href;');
    expect(script).toContain('a.href = inLanguage(link(item.shortlink, page));');
    expect(JSON.parse(/const T = (.*);\n/.exec(script)![1]).labels.none).toBe('Alle Systeme betriebsbereit');
    expect(() => new Function(script)).not.toThrow();
  });
});

test('the stylesheet colours each indicator in both modes', () => {
  const css = embedCss();
  const [light, dark] = css.split('@media (prefers-color-scheme:dark)');
  expect(light).toContain(
    `.none{--s:${STATUS_PALETTE.operational.light}}.minor{--s:${STATUS_PALETTE.degraded_performance.light}}.major{--s:${STATUS_PALETTE.partial_outage.light}}.critical{--s:${STATUS_PALETTE.major_outage.light}}.maintenance{--s:${STATUS_PALETTE.under_maintenance.light}}`,
  );
  expect(dark).toContain(
    `.none{--s:${STATUS_PALETTE.operational.dark}}.minor{--s:${STATUS_PALETTE.degraded_performance.dark}}.major{--s:${STATUS_PALETTE.partial_outage.dark}}.critical{--s:${STATUS_PALETTE.major_outage.dark}}.maintenance{--s:${STATUS_PALETTE.under_maintenance.dark}}`,
  );
});

test("_headers lets any origin read the site's files", () => {
  expect(
    renderHostHeaders(buildSiteView(config(), [], now))
      .split('\n')
      .slice(2),
  ).toEqual(['/base/*', '  Access-Control-Allow-Origin: *', '']);
});
