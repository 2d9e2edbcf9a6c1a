import { describe, expect, test } from 'vitest';
import { incident, update } from '../tests/builders.ts';
import { SHOP_INCIDENTS, shopSite } from '../tests/site-fixture.ts';
import { slot } from '../core/i18n/translate.ts';
import { attribute, messageHtml, pillHtml } from './elements.ts';
import { incidentArticleHtml } from './incident-article.ts';
import { incidentLineHtml } from './incident-line.ts';

const hostile = incident('hostile', {
  title: '<script>alert("title")</script> & \'more\'',
  impact: 'minor',
  components: [{ id: 'api', status: 'degraded_performance' }],
  timeline: [update('investigating', '2026-11-22T19:10Z', 'Slow. <script>alert("message")</script>')],
});
const site = shopSite([...SHOP_INCIDENTS, hostile]);
const article = (slug: string) => incidentArticleHtml(site.incidentBySlug.get(slug)!, site);

describe('attribute', () => {
  test('as Astro writes one: none, the name alone, or the value with & and " escaped', () => {
    expect(attribute('lang', undefined)).toBe('');
    expect(attribute('data-relative', '')).toBe(' data-relative');
    expect(attribute('href', '/a?b=1&c="2"<>\'')).toBe(' href="/a?b=1&amp;c=&quot;2&quot;<>\'"');
  });
});

describe('incidentArticleHtml', () => {
  test('text from the incident is escaped, and the message is the sanitized HTML', () => {
    const html = article('hostile');
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &#39;more&#39;</h1>');
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<div class="prose"><p>Slow\. [^<]*<\/p><\/div>/);
  });

  test('a resolved incident: its facts, its components with pills, every update newest first, its postmortem', () => {
    const html = article('checkout-errors');
    expect(html.startsWith('<article class="incident impact-major type-incident"><header><p class="kind">')).toBe(true);
    expect([...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((match) => match[1])).toEqual([
      'Impact',
      'Started',
      'Ended',
      'Duration',
      'Affected',
    ]);
    expect(html).toContain(
      '<li><a href="/status/components/checkout/">Checkout</a> <span class="status status-neutral">' +
        '<span class="dot" aria-hidden="true"></span>Had a partial outage</span></li>',
    );
    expect([...html.matchAll(/<li class="update update-([a-z_]+)"/g)].map((match) => match[1])).toEqual([
      'resolved',
      'monitoring',
      'update',
      'investigating',
    ]);
    expect(html).toContain(
      '<section aria-labelledby="postmortem" class="postmortem"><h2 id="postmortem">Postmortem</h2>' +
        '<div class="prose"><p>A <strong>bad</strong> deploy.</p></div>' +
        '<p><a href="https://example.com/pm" rel="noopener">Read the full postmortem</a></p></section>',
    );
    expect(html.endsWith('</article><p><a href="/status/history/">← All incidents</a></p>')).toBe(true);
    // No white space between elements, as Astro writes its templates (compressHTML).
    expect(html).not.toMatch(/>\n\s*</);
  });

  test('ongoing: how long so far and when the next update comes; no end', () => {
    const html = article('api-slow');
    expect(html).toContain('<dt>Ongoing for</dt><dd>30 min</dd>');
    expect(html).not.toContain('<dt>Ended</dt>');
    expect(html).toMatch(
      /<p class="next-update">Next update expected by <time datetime="2026-11-22T19:45:00Z">[^<]+<\/time>/,
    );
  });

  test("maintenance still to come: its window, and what the script switches by the reader's clock", () => {
    const html = article('db-upgrade');
    expect(html).toContain(
      '<article class="incident impact-none type-maintenance" data-window-start="2026-11-29T02:00:00.000Z" ' +
        'data-window-end="2026-11-29T03:00:00.000Z">',
    );
    expect(html).toContain('<strong data-window-state>Scheduled</strong>');
    expect(html).toMatch(
      /<dt>Window<\/dt><dd><time datetime="2026-11-29T02:00:00Z">[^<]+<\/time>[^<]+<time datetime="2026-11-29T03:00:00Z">/,
    );
    expect(html).toContain('<dt>Starts</dt>');
    expect(html).not.toContain('Ongoing for');
    expect(html).toContain('data-window-pill="[[&quot;under_maintenance&quot;,');
  });
});

describe('the small elements', () => {
  test('a pill without a window has no data for the script', () => {
    expect(pillHtml({ tone: 'operational', label: 'Up & running' })).toBe(
      '<span class="status status-operational"><span class="dot" aria-hidden="true"></span>Up &amp; running</span>',
    );
  });

  test("a message puts each slot's element in its place, and refuses a slot it was not given", () => {
    const parts = site.i18n.parts('nextUpdate', { time: slot('time') });
    expect(messageHtml(parts, { time: '<time>soon</time>' })).toBe('Next update expected by <time>soon</time>');
    expect(() => messageHtml(parts, {})).toThrow('the message\'s slot "time" was given no element');
  });
});

describe('incidentLineHtml', () => {
  const line = (slug: string) => incidentLineHtml(site.incidentBySlug.get(slug)!, site);
  const meta = (slug: string) => line(slug).replace(/^.*<span class="meta">|<\/span><\/li>$/g, '');
  const time = (iso: string) => `<time datetime="${iso}">[^<]+</time>`;

  test('the title escaped and linked, in a line of its own', () => {
    expect(line('hostile')).toMatch(
      /^<li class="incident-line impact-minor type-incident"><a href="\/status\/incidents\/hostile\/">&lt;script&gt;/,
    );
  });

  test('over: when it started and how long it lasted; ongoing: its status and for how long', () => {
    expect(meta('checkout-errors')).toMatch(
      new RegExp(`^Major impact · ${time('2026-11-22T18:05:00Z')} · lasted 57 min$`),
    );
    expect(meta('api-slow')).toMatch(
      new RegExp(`^Minor impact · ${time('2026-11-22T19:00:00Z')} · Investigating, ongoing for 30 min$`),
    );
  });

  test('maintenance to come: its window; a pinned notice: until when', () => {
    expect(meta('db-upgrade')).toMatch(
      new RegExp(`^Maintenance · Scheduled: ${time('2026-11-29T02:00:00Z')} to ${time('2026-11-29T03:00:00Z')}$`),
    );
    expect(meta('peak')).toMatch(
      new RegExp(`^Notice · ${time('2026-11-17T08:00:00Z')} · [^<]*${time('2026-12-01T00:00:00Z')}`),
    );
  });
});
