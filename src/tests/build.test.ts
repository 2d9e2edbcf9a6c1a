import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activeContent, astroBuild, elementsOf, filesIn, FIXTURES, type Run } from './helpers.ts';
import { escapeHtml } from '../core/base/html.ts';
import { shareTexts } from '../core/outputs/share.ts';
import { buildSiteView } from '../core/outputs/view-model.ts';
import { loadProject } from '../project/project.ts';

const NOW = '2026-11-22T19:00Z';
const work = mkdtempSync(join(tmpdir(), 'outpost-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Our own enhancement script (inlined by Astro, it is small), the one script a page may have. */
function withoutOwnScript(html: string): string {
  const start = html.indexOf('<script type="module">');
  const end = html.indexOf('</script>', start);
  if (start === -1 || !html.slice(start, end).includes('data-zone-note')) return html;
  return html.slice(0, start) + html.slice(end + '</script>'.length);
}

describe('building the basic fixture site', () => {
  const out = join(work, 'basic');
  let result: Run;
  const page = (path: string) => readFileSync(join(out, path), 'utf8');

  beforeAll(async () => {
    result = await astroBuild(`${FIXTURES}basic`, out, { OUTPOST_NOW: NOW });
  });

  test('succeeds and writes every page of PRODUCT.md', () => {
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const html = filesIn(out).filter((file) => file.endsWith('.html'));
    expect(html).toEqual([
      '404.html',
      'components/api/history/index.html',
      'components/api/index.html',
      'components/checkout/history/index.html',
      'components/checkout/index.html',
      'components/search/history/index.html',
      'components/search/index.html',
      'components/status-emails/history/index.html',
      'components/status-emails/index.html',
      'embed/index.html',
      'history/2/index.html',
      'history/index.html',
      'incidents/2026-09-15-emails-late/index.html',
      'incidents/2026-10-01-api-down/index.html',
      'incidents/2026-11-21-hostile/index.html',
      'incidents/2026-11-22-checkout-errors/index.html',
      'incidents/2026-11-29-maintenance/index.html',
      'index.html',
      'subscribe/index.html',
    ]);
  });

  test('the home page says what is broken, what is planned and what happened', () => {
    const home = page('index.html');
    expect(home).toContain('<h1 id="overall">Partial outage</h1>');
    expect(home).toMatch(/Current incidents<\/h2>.*Some customers can&#39;t complete checkout/s);
    expect(home).toMatch(/Upcoming maintenance<\/h2>.*Planned API maintenance/s);
    expect(home).toContain('<time datetime="2026-11-22T18:40:00Z" data-relative>22 Nov 2026, 19:40 CET</time>');
    // 14 days, today first; the hostile incident on 21 Nov (23:30 in Berlin), quiet days say so.
    expect(home.match(/<li class="day">/g)).toHaveLength(14);
    expect(home).toMatch(/<time datetime="2026-11-21">21 Nov 2026<\/time><\/h3><ul class="incident-lines">/);
    expect(home).toMatch(
      /<time datetime="2026-11-20">20 Nov 2026<\/time><\/h3><p class="quiet">No incidents reported.<\/p>/,
    );
    // Components by group, ungrouped last, each with its status and 90 bars.
    const order = ['Checkout', 'Search', 'API', 'E-mails'].map(
      (name) => home.indexOf(`class="component-name" href="/status/components/`) >= 0 && home.indexOf(`>${name}</a>`),
    );
    expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)));
    // 90 bars for each of the 4 components and each of the 2 groups.
    expect(home.match(/<li class="bar /g)).toHaveLength(6 * 90);
  });

  test('an incident page has every update with its time, anchors and the facts', () => {
    const incident = page('incidents/2026-11-22-checkout-errors/index.html');
    expect(incident).toContain('<h1>Some customers can&#39;t complete checkout</h1>');
    expect(incident).toContain('id="update-2026-11-22T18-40-00Z"');
    expect(incident).toContain('id="update-2026-11-22T18-05-00Z"');
    expect(incident).toMatch(/<dt>Ongoing for<\/dt><dd>55 min<\/dd>/);
    expect(incident).toContain('Next update expected by <time datetime="2026-11-22T19:10:00Z">');
    expect(incident).toContain('href="/status/components/checkout/"');
    const past = page('incidents/2026-10-01-api-down/index.html');
    expect(past).toMatch(/<dt>Started<\/dt><dd><time datetime="2026-10-01T09:50:00Z">/);
    expect(past).toMatch(/<dt>Duration<\/dt><dd>40 min<\/dd>/);
  });

  test('history is paged by 2, newest first, by month; maintenance still to come above it, on the first page', () => {
    expect(page('history/index.html')).toMatch(
      /Upcoming maintenance<\/h2>.*Planned API maintenance.*November 2026.*Some customers can&#39;t complete checkout.*Page 1 of 2/s,
    );
    expect(page('history/2/index.html')).toMatch(/October 2026.*API unavailable.*September 2026.*E-mails arrive late/s);
    expect(page('history/2/index.html')).not.toContain('Upcoming maintenance');
    expect(page('history/2/index.html')).toContain('rel="prev" href="/status/history/"');
  });

  test('each component has its own paged history, linked from its page', () => {
    expect(page('components/api/index.html')).toContain(
      '<a href="/status/components/api/history/">Full history of API →</a>',
    );
    const api = page('components/api/history/index.html');
    expect(api).toMatch(
      /<h1>API: incident history<\/h1>.*Upcoming maintenance<\/h2>.*Planned API maintenance.*October 2026.*API unavailable/s,
    );
    expect(api).not.toContain('E-mails arrive late');
    expect(page('components/status-emails/history/index.html')).toMatch(/September 2026.*E-mails arrive late/s);
  });

  test('uptime matches a hand computation', () => {
    // The 90-day window runs from Berlin's midnight of 25 Aug (22:00 UTC on 24 Aug) to now, 19:00 UTC on 22 Nov:
    // 129,420 minutes. API: 40 minutes of major outage on 1 Oct → 1 − 40/129420 = 99.969% → "99.96%".
    // Checkout: partial outage since 18:05, 55 minutes at 30% = 16.5 → 1 − 16.5/129420 = 99.987% → "99.98%".
    const home = page('index.html');
    const uptimeOf = (name: string) =>
      new RegExp(`aria-label="${name}: the last 90 days[^"]*".*?<strong>([\\d.]+%)</strong> uptime`, 's').exec(
        home,
      )?.[1];
    expect(uptimeOf('API')).toBe('99.96%');
    expect(uptimeOf('Checkout')).toBe('99.98%');
    expect(uptimeOf('Search')).toBe('100.00%');
    expect(uptimeOf('Platform')).toBe('99.96%');
    expect(uptimeOf('Shop')).toBe('99.98%');
    // The home page counts a day's incidents and links the component's page, whose bars name them: the home page
    // stays the same size however long the history grows.
    expect(home).toMatch(
      /<li class="bar mo" tabindex="0"><span class="tip"><time datetime="2026-10-01">1 Oct 2026<\/time>: Major outage, 40 min of outage · <a href="\/status\/components\/api\/">1 incident<\/a><\/span><\/li>/,
    );
    expect(page('components/api/index.html')).toMatch(
      /<li class="bar mo" tabindex="0"><span class="tip"><time datetime="2026-10-01">1 Oct 2026<\/time>: Major outage, 40 min of outage · <a href="\/status\/incidents\/2026-10-01-api-down\/">API unavailable<\/a><\/span><\/li>/,
    );
    // The bars of a group count too, with nowhere to link.
    expect(home).toMatch(
      /<li class="bar mo" tabindex="0"><span class="tip"><time datetime="2026-10-01">1 Oct 2026<\/time>: Major outage, 40 min of outage · 1 incident<\/span><\/li>/,
    );
  });

  test('a component page lists its incidents', () => {
    const api = page('components/api/index.html');
    expect(api).toContain('API unavailable');
    expect(api).toContain('Planned API maintenance');
    expect(api).not.toContain('E-mails arrive late');
  });

  test("no public page carries the team's texts (post, email, support recap) or the developers' items", async () => {
    const project = await loadProject({ root: `${FIXTURES}basic`, now: new Date(NOW) });
    const site = buildSiteView(project.config!, project.incidents, new Date(NOW));
    const texts = site.incidents.flatMap((incident) => {
      const shared = shareTexts(site, incident);
      // Each text's own lines, as a page would carry them (escaped); the message itself is on the page, so not it.
      const own = (text: string) =>
        text
          .split('\n')
          .filter(
            (line) =>
              line.trim() !== '' &&
              !incident.updates.some((update) => update.text.includes(line)) &&
              line !== incident.title,
          );
      return [shared.post, shared.email.subject, ...own(shared.email.body), ...own(shared.recap)].map(escapeHtml);
    });
    expect(texts.length).toBeGreaterThan(20);
    // The test can fail: the texts are distinctive, and pages of old did carry them.
    expect(texts).toContain('Hi, thanks for reaching out.');
    for (const file of filesIn(out).filter((name) => name.endsWith('.html'))) {
      const html = page(file);
      expect(
        texts.filter((text) => html.includes(text)),
        file,
      ).toEqual([]);
      for (const words of ['embed.js', 'data-outpost-status', 'schema/webhook.json', 'badge.svg'])
        expect(file === 'embed/index.html' || !html.includes(words), `${file}: ${words}`).toBe(true);
    }
  });

  test('hostile Markdown and titles come out inert', () => {
    for (const file of filesIn(out).filter((name) => name.endsWith('.html'))) {
      // The iframe embed carries its own stylesheet inline (and no script at all, below).
      expect(activeContent(withoutOwnScript(page(file))), file).toEqual(file === 'embed/index.html' ? ['<style>'] : []);
    }
    // The test itself can fail: the same check finds the fixture's attacks in its raw Markdown rendered unsafely.
    expect(
      activeContent('<p><img src=x onerror="alert(2)"><a href="javascript:alert(4)">x</a><script>x</script></p>'),
    ).toEqual(['img[onerror]', 'a[href=javascript:alert(4)]', '<script>']);
    expect(page('incidents/2026-11-21-hostile/index.html')).toContain(
      '<h1>&lt;img src=x onerror=alert(1)&gt; Search is &quot;slow&quot; &amp; &lt;b&gt;odd&lt;/b&gt;</h1>',
    );
  });

  test('no page asks another origin for anything, and none needs JavaScript', () => {
    for (const file of filesIn(out).filter((name) => name.endsWith('.html'))) {
      const html = page(file);
      const sources = elementsOf(html)
        .filter((element) => ['link', 'script', 'img', 'source', 'video', 'audio'].includes(element.tag))
        .map((element) => element.attrs.src ?? element.attrs.href ?? '');
      expect(
        sources.filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith('https://example.com/status/')),
        file,
      ).toEqual([]);
      // One script of our own, same origin, cached by hash; everything shows without it. The iframe embed has none.
      expect(html.match(/<script\b[^>]*>/g), file).toEqual(
        file === 'embed/index.html' ? null : ['<script type="module">'],
      );
      expect(withoutOwnScript(html), file).not.toContain('<script');
    }
  });

  test('the same input builds the same bytes, the incident pages written in bulk or each through Astro alone', async () => {
    const again = join(work, 'basic-again');
    const second = await astroBuild(`${FIXTURES}basic`, again, { OUTPOST_NOW: NOW, OUTPOST_BULK_PAGES: '0' });
    expect(second.code).toBe(0);
    expect(filesIn(again)).toEqual(filesIn(out));
    for (const file of filesIn(out))
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });
});

describe('building a site with broken incidents', () => {
  test('fails with the validator report and leaves nothing deployable', async () => {
    const out = join(work, 'broken');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>stale page from an earlier build</p>');
    const result = await astroBuild(`${FIXTURES}broken`, out, { OUTPOST_NOW: NOW });
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(
      'incidents/unknown-component.md:6:3: error [unknown-component] "paymnts" is not a component; did you mean "payments"?',
    );
    expect(output).toContain('incidents/yaml-syntax.md:2:8: error [yaml-syntax]');
    expect(output).toMatch(/18 errors, \d+ warnings/);
    expect(existsSync(out)).toBe(false);
  });
});
